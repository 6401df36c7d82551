/**
 * The internal link checker: every `href` and `src` in a generated HTML page must point at a file
 * of the site (or at a file already on disk, such as the typedoc output), and every `#fragment`
 * into a generated page must name an element id there. External URLs are not allowed at all:
 * the site opens from disk, offline.
 *
 * @module
 */
import { posix } from "node:path";

/** One broken link. */
export interface BrokenLink {
  /** The page holding the link. */
  page: string;
  /** The link as written. */
  href: string;
  /** What is wrong. */
  reason: string;
}

/** Decode the few entities {@link escapeHtml} produces, to read attribute values back. */
function unescapeAttr(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/** The `href` and `src` attribute values of an HTML page, in order. */
export function extractLinks(html: string): string[] {
  const out: string[] = [];
  const re = /\s(?:href|src)="([^"]*)"/g;
  for (let m = re.exec(html); m; m = re.exec(html)) out.push(unescapeAttr(m[1]));
  return out;
}

/** The element ids of an HTML page. */
export function extractIds(html: string): Set<string> {
  const ids = new Set<string>();
  const re = /\sid="([^"]*)"/g;
  for (let m = re.exec(html); m; m = re.exec(html)) ids.add(unescapeAttr(m[1]));
  return ids;
}

/**
 * Check the links of every HTML page in `files` (site-relative POSIX path → content).
 * `existsOutside(path)` answers for targets not generated here (the typedoc pages).
 */
export function checkLinks(
  files: ReadonlyMap<string, string | Uint8Array>,
  existsOutside: (path: string) => boolean = () => false,
): BrokenLink[] {
  const broken: BrokenLink[] = [];
  const idCache = new Map<string, Set<string>>();
  const idsOf = (path: string): Set<string> | undefined => {
    const content = files.get(path);
    if (typeof content !== "string") return undefined;
    let ids = idCache.get(path);
    if (!ids) {
      ids = extractIds(content);
      idCache.set(path, ids);
    }
    return ids;
  };
  const pages = [...files.keys()].filter((p) => p.endsWith(".html")).sort();
  for (const page of pages) {
    const html = files.get(page);
    if (typeof html !== "string") continue;
    for (const href of extractLinks(html)) {
      if (href === "") {
        broken.push({ page, href, reason: "empty link" });
        continue;
      }
      if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith("//")) {
        broken.push({ page, href, reason: "external or absolute URL: the site must work offline" });
        continue;
      }
      const [pathPart, fragment] = href.split("#", 2) as [string, string | undefined];
      const pathOnly = pathPart.split("?")[0];
      if (pathOnly.startsWith("/")) {
        broken.push({ page, href, reason: "absolute path: links must be relative to open from disk" });
        continue;
      }
      const target = pathOnly === "" ? page : posix.normalize(posix.join(posix.dirname(page), decodeURI(pathOnly)));
      if (target.startsWith("..")) {
        broken.push({ page, href, reason: "points outside the site" });
        continue;
      }
      if (!files.has(target) && !existsOutside(target)) {
        broken.push({ page, href, reason: `no file ${target}` });
        continue;
      }
      if (fragment !== undefined && fragment !== "") {
        const ids = idsOf(target);
        if (ids && !ids.has(decodeURIComponent(fragment))) {
          broken.push({ page, href, reason: `no element id "${fragment}" in ${target}` });
        }
      }
    }
  }
  return broken;
}
