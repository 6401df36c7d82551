/**
 * Small HTML helpers for the static site: escaping, relative links between generated pages, and
 * the page frame every page shares. No templating library: pages are plain template strings, so
 * the output is easy to diff and byte-for-byte deterministic.
 *
 * @module
 */
import { posix } from "node:path";

/** Escape text for HTML element content and double-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/**
 * The relative URL from the page at `fromFile` to `toFile` (both site-relative POSIX paths, e.g.
 * `documents/000.html` → `claims/x.html` gives `../claims/x.html`), so the site opens from disk.
 */
export function relativeUrl(fromFile: string, toFile: string): string {
  const rel = posix.relative(posix.dirname(fromFile), toFile);
  return rel === "" ? posix.basename(toFile) : rel;
}

/** An entry of the top navigation bar. */
export interface NavItem {
  /** Site-relative path of the target page. */
  href: string;
  label: string;
}

/** What every page needs besides its body. */
export interface PageFrame {
  /** Site-relative path of the page being written (links are made relative to it). */
  file: string;
  title: string;
  nav: NavItem[];
  body: string;
  /** Footer text (already HTML). */
  footer: string;
}

/** Wrap a page body in the shared frame: head with the stylesheets, navigation, footer. */
export function renderPage(frame: PageFrame): string {
  const rel = (to: string) => escapeHtml(relativeUrl(frame.file, to));
  const nav = frame.nav
    .map((n) => {
      const current = n.href === frame.file ? ' aria-current="page"' : "";
      return `<a href="${rel(n.href)}"${current}>${escapeHtml(n.label)}</a>`;
    })
    .join("\n      ");
  return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${escapeHtml(frame.title)} · spinspec</title>
  <link rel="icon" href="${rel("assets/favicon.svg")}" type="image/svg+xml">
  <link rel="stylesheet" href="${rel("assets/katex/katex.min.css")}">
  <link rel="stylesheet" href="${rel("assets/site.css")}">
</head>
<body>
  <header class="site-header">
    <a class="brand" href="${rel("index.html")}">spinspec</a>
    <nav>
      ${nav}
    </nav>
  </header>
  <main>
${frame.body}
  </main>
  <footer class="site-footer">${frame.footer}</footer>
</body>
</html>
`;
}
