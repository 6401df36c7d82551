import { describe, expect, it } from "vitest";
import { normalizeForQuote, quoteOccursIn } from "../../src/claims/quote.js";

// Every TeX command the quote check knows, with what it becomes (after lower-casing).
const TEX_TABLE: Array<[string, string]> = [
  ["alpha", "α"],
  ["beta", "β"],
  ["gamma", "γ"],
  ["delta", "δ"],
  ["epsilon", "ε"],
  ["varepsilon", "ε"],
  ["zeta", "ζ"],
  ["eta", "η"],
  ["theta", "θ"],
  ["kappa", "κ"],
  ["lambda", "λ"],
  ["mu", "μ"],
  ["nu", "ν"],
  ["xi", "ξ"],
  ["pi", "π"],
  ["rho", "ρ"],
  ["sigma", "σ"],
  ["tau", "τ"],
  ["phi", "φ"],
  ["varphi", "φ"],
  ["chi", "χ"],
  ["psi", "ψ"],
  ["omega", "ω"],
  ["Gamma", "γ"],
  ["Delta", "δ"],
  ["Theta", "θ"],
  ["Lambda", "λ"],
  ["Sigma", "σ"],
  ["Phi", "φ"],
  ["Psi", "ψ"],
  ["Omega", "ω"],
  ["sum", "σ"],
  ["prod", "∏"],
  ["propto", "∝"],
  ["infty", "∞"],
  ["leq", "≤"],
  ["le", "≤"],
  ["geq", "≥"],
  ["ge", "≥"],
  ["neq", "≠"],
  ["approx", "≈"],
  ["to", "→"],
  ["rightarrow", "→"],
  ["Rightarrow", "⇒"],
  ["cdot", "·"],
  ["times", "×"],
  ["partial", "∂"],
  ["in", "∈"],
  ["sim", "~"],
  ["langle", "⟨"],
  ["rangle", "⟩"],
  ["ldots", "..."],
  ["dots", "..."],
  ["cdots", "..."],
  ["sqrt", "√"],
  ["pm", "±"],
  ["int", "∫"],
  ["lim", "lim"],
  ["ln", "ln"],
  ["log", "log"],
  ["exp", "exp"],
  ["min", "min"],
  ["max", "max"],
  ["Tr", "tr"],
  ["tr", "tr"],
  ["mathcal", ""],
  ["mathbf", ""],
  ["mathrm", ""],
  ["text", ""],
  ["frac", ""],
  ["left", ""],
  ["right", ""],
  ["quad", ""],
  ["qquad", ""],
  ["boldsymbol", ""],
  ["vec", ""],
  ["hat", ""],
  ["bar", ""],
  ["operatorname", ""],
  ["displaystyle", ""],
  ["big", ""],
  ["Big", ""],
  ["mathbb", ""],
  ["vv", ""],
  ["mm", ""],
  ["emph", ""],
  ["textbf", ""],
  ["underline", ""],
];

describe("normalizeForQuote", () => {
  it("turns every known TeX command into its symbol (or drops it), and keeps unknown ones minus the backslash", () => {
    for (const [name, symbol] of TEX_TABLE) expect(normalizeForQuote(`a\\${name} b`), name).toBe(`a${symbol}b`);
    expect(normalizeForQuote("\\unknownCommand")).toBe("unknowncommand");
    expect(normalizeForQuote("\\toString")).toBe("tostring");
  });

  it("unifies dashes, tildes, ellipses, spacing, braces and quote marks, and case", () => {
    expect(normalizeForQuote("a − b – c — d")).toBe("a-b-c-d");
    expect(normalizeForQuote("x ∼ y")).toBe("x~y");
    expect(normalizeForQuote("and so on… or....")).toBe("andsoon...or...");
    expect(normalizeForQuote(' $\\{x_i^2\\}$ `a\' "b" ‘c’ “d” *e* ')).toBe("xi2abcde");
    expect(normalizeForQuote("Tab\tNew\nLine")).toBe("tabnewline");
    expect(normalizeForQuote("..")).toBe("..");
  });
});

describe("quoteOccursIn", () => {
  it("finds a quote written with symbols in a document written in TeX, word for word only", () => {
    const doc = "The energy $E = -\\sum_{ij} J_{ij} s_i s_j$ is \\emph{minimal}, with \\beta \\to \\infty.";
    expect(quoteOccursIn("E = −Σ ij J ij s i s j", doc)).toBe(true);
    expect(quoteOccursIn("is minimal, with β → ∞", doc)).toBe(true);
    expect(quoteOccursIn("is maximal", doc)).toBe(false);
    // The memo of normalized documents answers for each document separately.
    expect(quoteOccursIn("is maximal", "it is maximal")).toBe(true);
    expect(quoteOccursIn("is maximal", doc)).toBe(false);
    for (let i = 0; i < 40; i++) expect(quoteOccursIn(`word${i}`, `document with word${i} in it`)).toBe(true);
    expect(quoteOccursIn("is minimal", doc)).toBe(true);
  });
});
