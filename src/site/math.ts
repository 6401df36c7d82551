/**
 * Text with TeX math (`$…$` inline, `$$…$$` display) rendered to HTML with KaTeX at build time,
 * so the pages need no script to show formulas. Everything outside the delimiters is escaped
 * text; Unicode math (β, Σ, ≤) passes through as is.
 *
 * @module
 */
import katex from "katex";
import { escapeHtml } from "./html.js";

/** One piece of a text: plain text, or a formula and how it is displayed. */
export type MathSegment =
  | { kind: "text"; text: string }
  | { kind: "math"; tex: string; display: boolean; truncated?: boolean };

/**
 * Split a text at its math delimiters. `\$` is a literal dollar; a `$` without a closing one is
 * kept as text, so a stray dollar never swallows the rest of a statement. An unclosed `$$` is a
 * display formula cut off by the end of a quote: the rest is a `truncated` formula.
 */
export function splitMath(text: string): MathSegment[] {
  const out: MathSegment[] = [];
  let buf = "";
  let i = 0;
  const flush = () => {
    if (buf !== "") out.push({ kind: "text", text: buf });
    buf = "";
  };
  while (i < text.length) {
    const c = text[i];
    if (c === "\\" && text[i + 1] === "$") {
      buf += "$";
      i += 2;
      continue;
    }
    if (c !== "$") {
      buf += c;
      i += 1;
      continue;
    }
    const display = text[i + 1] === "$";
    const open = display ? 2 : 1;
    const close = findClose(text, i + open, display);
    if (close < 0 && display && text.slice(i + 2).trim() !== "") {
      flush();
      out.push({ kind: "math", tex: text.slice(i + 2).trim(), display: true, truncated: true });
      break;
    }
    if (close < 0) {
      buf += display ? "$$" : "$";
      i += open;
      continue;
    }
    const tex = text.slice(i + open, close).trim();
    if (tex === "") {
      buf += text.slice(i, close + open);
    } else {
      flush();
      out.push({ kind: "math", tex, display });
    }
    i = close + open;
  }
  flush();
  return out;
}

/** Index of the closing delimiter (`$` or `$$`) at or after `from`, skipping `\$`; -1 if none. */
function findClose(text: string, from: number, display: boolean): number {
  for (let j = from; j < text.length; j++) {
    if (text[j] === "\\") {
      j += 1;
      continue;
    }
    if (text[j] !== "$") continue;
    if (!display) return j;
    if (text[j + 1] === "$") return j;
  }
  return -1;
}

/**
 * Macros the documents use without defining them in the extracted text (the blog, 004, typesets
 * with its own MathJax set-up). The readings are the conventional ones: `\vv` a vector, `\mm` a
 * matrix, `\WV` the value matrix W_V, `\dmodel` the model width, `\tr` the trace.
 */
export const DOCUMENT_MACROS: Readonly<Record<string, string>> = {
  "\\dmodel": "d_{\\mathrm{model}}",
  "\\WV": "W_V",
  "\\vv": "\\boldsymbol{#1}",
  "\\mm": "\\mathbf{#1}",
  "\\tr": "\\operatorname{tr}",
};

/** The result of rendering: the HTML and the formulas KaTeX could not parse. */
export interface RenderedMath {
  html: string;
  /** TeX sources that failed to parse (shown in red on the page; the build reports them). */
  errors: string[];
}

/** Render one formula. Failures come back as KaTeX's red error span, never as an exception. */
export function renderTex(tex: string, display: boolean): RenderedMath {
  // A row of an align environment quoted on its own (`S &= …`): KaTeX only accepts `&` inside an
  // environment, so typeset it as a one-row `aligned` block.
  const body =
    display && /(^|[^\\])&/.test(tex) && !/\\begin\{/.test(tex) ? `\\begin{aligned}${tex}\\end{aligned}` : tex;
  try {
    const html = katex.renderToString(body, {
      displayMode: display,
      throwOnError: true,
      strict: "ignore",
      output: "htmlAndMathml",
      // A fresh copy: KaTeX stores \gdef definitions in the object it is given.
      macros: { ...DOCUMENT_MACROS },
    });
    return { html, errors: [] };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const html = `<code class="math-error" title="${escapeHtml(message)}">${escapeHtml(tex)}</code>`;
    return { html, errors: [tex] };
  }
}

/**
 * Sub- and superscripts in the plain-text notation the spec's own prose uses (`n_a`, `Σ_{q≠p}`,
 * `2^N`, `e^{−βΔ_a}`), as `<sub>`/`<sup>`, on already escaped HTML. Braced groups first (they may
 * hold further single-token scripts), then a single token after a letter, digit, closing bracket or script (∏_{l=1}^L).
 * Not applied to the documents' quotes, whose underscores may be Markdown emphasis.
 */
export function plainScripts(html: string): string {
  let out = html;
  // Innermost braced groups first, repeatedly, so e^{−β(E_{x} − E_a)} nests correctly.
  for (let prev = ""; prev !== out; ) {
    prev = out;
    out = out.replace(/\^\{([^{}]+)\}/g, "<sup>$1</sup>").replace(/_\{([^{}]+)\}/g, "<sub>$1</sub>");
  }
  // What a script may follow: a letter (with its accents: x̂_i), digit, closing bracket, a symbol
  // that takes limits or indices (∏_l, P⊥_x, ⟨x⟩_i, m*_i, s′_i, λ₊^N), or another script.
  const base = "(?<=[\\p{L}\\p{N}\\p{M})\\]|}⟩⊥∏∑*′₊₋]|</sub>|</sup>)";
  return out
    .replace(new RegExp(`${base}\\^\\(([^()]+)\\)`, "gu"), "<sup>($1)</sup>")
    .replace(new RegExp(`${base}\\^([−-]?[A-Za-z0-9α-ωΑ-Ω∞]+(?:\\.[0-9]+)?)`, "gu"), "<sup>$1</sup>")
    .replace(new RegExp(`${base}_([A-Za-z0-9α-ωΑ-Ω∞]+)`, "gu"), "<sub>$1</sub>");
}

/** Options of {@link renderMathText}. */
export interface MathTextOptions {
  /** Typeset `x_i`, `2^N`, `e^{…}` in the text outside formulas as sub/superscripts (spec prose; not quotes). */
  scripts?: boolean;
}

/**
 * Render a text with embedded math to HTML: text segments are escaped (with `code` in backticks),
 * formulas typeset. Line breaks in the text are kept as `<br>` only where the source has a blank line.
 */
export function renderMathText(text: string, options: MathTextOptions = {}): RenderedMath {
  const errors: string[] = [];
  const html = splitMath(text)
    .map((s) => {
      if (s.kind === "text") {
        // Spec texts mark code (`sorry`, `True`) with backticks, as in Markdown; code keeps its underscores.
        return escapeHtml(s.text)
          .replace(/\n\s*\n/g, "<br><br>")
          .split(/(`[^`\n]+`)/)
          .map((part) =>
            part.startsWith("`") && part.endsWith("`") && part.length > 1
              ? `<code>${part.slice(1, -1)}</code>`
              : options.scripts
                ? plainScripts(part)
                : part,
          )
          .join("");
      }
      if (s.truncated) {
        // A formula the quote cuts off: typeset it if it parses as it stands, else show its TeX.
        const r = renderTex(s.tex, true);
        return r.errors.length === 0
          ? `${r.html}<span class="muted">…</span>`
          : `<code class="tex-fragment" title="a formula cut off by the end of the quote">${escapeHtml(s.tex)} …</code>`;
      }
      const r = renderTex(s.tex, s.display);
      errors.push(...r.errors);
      return r.html;
    })
    .join("");
  return { html, errors };
}
