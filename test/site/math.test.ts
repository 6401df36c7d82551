import { seedsDir } from "../../src/claims/documents.js";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadSpec, PROJECT_ROOT } from "../../src/claims/registry.js";
import { plainScripts, renderMathText, renderTex, splitMath } from "../../src/site/math.js";

describe("splitMath", () => {
  it("finds inline and display formulas", () => {
    expect(splitMath("a $x$ b $$y$$ c")).toEqual([
      { kind: "text", text: "a " },
      { kind: "math", tex: "x", display: false },
      { kind: "text", text: " b " },
      { kind: "math", tex: "y", display: true },
      { kind: "text", text: " c" },
    ]);
  });
  it("reads an unclosed $$ as a formula cut off by the end of a quote", () => {
    expect(splitMath("so: $$ a = \\frac{b}")).toEqual([
      { kind: "text", text: "so: " },
      { kind: "math", tex: "a = \\frac{b}", display: true, truncated: true },
    ]);
    const r = renderMathText("so: $$ a = \\frac{b}");
    expect(r.errors).toEqual([]);
    expect(r.html).toContain('<code class="tex-fragment"');
    expect(r.html).not.toContain("$$");
  });
  it("keeps escaped and unmatched dollars as text", () => {
    expect(splitMath("costs \\$5 and $ alone")).toEqual([{ kind: "text", text: "costs $5 and $ alone" }]);
  });
});

describe("renderMathText", () => {
  it("typesets TeX and escapes the text around it", () => {
    const r = renderMathText("<b> & $$\\sum_i p_i = 1$$ with β");
    expect(r.errors).toEqual([]);
    expect(r.html).toContain("&lt;b&gt; &amp; ");
    expect(r.html).toContain('class="katex-display"');
    expect(r.html).toContain("with β");
    expect(r.html).not.toContain("$$");
  });
  it("shows backticked words as code", () => {
    expect(renderMathText("proved with `sorry` <here>").html).toBe("proved with <code>sorry</code> &lt;here&gt;");
  });
  it("typesets a quoted row of an align environment as a one-row aligned block", () => {
    const r = renderTex("S &= -k_B \\sum_k P_k \\ln P_k", true);
    expect(r.errors).toEqual([]);
    expect(r.html).toContain("katex-display");
    // Outside display math a bare & is still an error, not silently rewritten.
    expect(renderTex("a & b", false).errors).toEqual(["a & b"]);
  });
  it("typesets the spec prose's plain sub- and superscripts, but not in code or quotes", () => {
    expect(plainScripts("n_a states, Σ_{q≠p} e^{−β(E_x − E_a)} and 2^N, 10^-3.")).toBe(
      "n<sub>a</sub> states, Σ<sub>q≠p</sub> e<sup>−β(E<sub>x</sub> − E<sub>a</sub>)</sup> and 2<sup>N</sup>, 10<sup>-3</sup>.",
    );
    expect(plainScripts("∏_{l=1}^L")).toBe("∏<sub>l=1</sub><sup>L</sup>");
    expect(plainScripts("H^(h), ⟨x⟩_i, x̂_i, P⊥_x, ξ_∞, {±1}^N, m*_i")).toBe(
      "H<sup>(h)</sup>, ⟨x⟩<sub>i</sub>, x̂<sub>i</sub>, P⊥<sub>x</sub>, ξ<sub>∞</sub>, {±1}<sup>N</sup>, m*<sub>i</sub>",
    );
    expect(plainScripts("x_pᵀξ and e^{β(o_{q} − o_p)}")).toBe(
      "x<sub>p</sub>ᵀξ and e<sup>β(o<sub>q</sub> − o<sub>p</sub>)</sup>",
    );
    // A lone underscore or caret (Markdown emphasis, a bare ^) stays.
    expect(plainScripts("_data_ and a ^ b")).toBe("_data_ and a ^ b");
    expect(renderMathText("`H_loss` vs H_loss", { scripts: true }).html).toBe(
      "<code>H_loss</code> vs H<sub>loss</sub>",
    );
    expect(renderMathText("H_loss and _data_").html).toBe("H_loss and _data_");
  });
  it("reports TeX it cannot parse instead of throwing", () => {
    const r = renderMathText("bad $\\frac{1}{$ here");
    expect(r.errors).toEqual(["\\frac{1}{"]);
    expect(r.html).toContain("math-error");
  });
});

describe("the documents' math", () => {
  const seeds = seedsDir() ?? join(PROJECT_ROOT, "..", "shared", "seeds");
  it.skipIf(!existsSync(seeds))("typesets every formula of the five documents (their macros included)", () => {
    const failing: string[] = [];
    for (const f of readdirSync(seeds).sort()) {
      for (const s of splitMath(readFileSync(join(seeds, f), "utf8"))) {
        if (s.kind === "math" && renderTex(s.tex, s.display).errors.length > 0) failing.push(`${f}: ${s.tex}`);
      }
    }
    expect(failing).toEqual([]);
  });
  it("knows the blog's macros", () => {
    expect(renderMathText("$\\vv{x} = \\WV \\langle x \\rangle$, $\\dmodel$, $\\tr A$").errors).toEqual([]);
  });
});

describe("the spec's texts", () => {
  it("typeset without errors, and no quote leaves TeX outside math delimiters", () => {
    const failing: string[] = [];
    for (const e of loadSpec()) {
      const q = e.source.quote;
      const r = renderMathText(q);
      if (r.errors.length > 0) failing.push(`${e.id}: ${r.errors.join(" | ")}`);
      const outside = splitMath(q)
        .filter((s) => s.kind === "text")
        .map((s) => (s.kind === "text" ? s.text : ""))
        .join(" ");
      if (/\\[A-Za-z]+|[A-Za-z]_\{|\^\{/.test(outside)) failing.push(`${e.id}: raw TeX outside $…$ in its quote`);
    }
    expect(failing).toEqual([]);
  });
});
