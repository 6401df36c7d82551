import { describe, expect, it } from "vitest";
import { sentenceHash, sentenceOfQuote, splitSentences } from "../../src/documents/sentences.js";

const kinds = (t: string) => splitSentences(t).map((s) => [s.kind, s.text]);

describe("splitSentences", () => {
  it("splits prose at full stops but not after abbreviations, initials or inside $…$", () => {
    const s = splitSentences(
      "See Eq. (2.5) and Fig. 3, e.g. the first one. Honkoop, B. wrote it. The mean is $x = 1. Y$ here! Is it? Yes.",
    );
    expect(s.map((x) => x.text)).toEqual([
      "See Eq. (2.5) and Fig. 3, e.g. the first one.",
      "Honkoop, B. wrote it.",
      "The mean is $x = 1. Y$ here!",
      "Is it?",
      "Yes.",
    ]);
  });

  it("keeps headings, numbered display equations and list items apart, and tracks sections", () => {
    const text = [
      "4.2 Composite Partition Function",
      "",
      "The product is:",
      "",
      "$$\\prod_l e^{-\\beta H} \\approx e^{-\\beta H_{eff}}, \\quad (9)$$",
      "",
      "- **First:** one point. A second sentence.",
      "- **Second:** another point.",
      "",
      "### Markdown heading",
      "",
      "$$",
      "x = 1",
      "",
      "y = 2",
      "$$",
    ].join("\n");
    const s = splitSentences(text);
    expect(s.map((x) => [x.kind, x.section, x.equation])).toEqual([
      ["heading", "§4.2", undefined],
      ["sentence", "§4.2", undefined],
      ["equation", "§4.2", "9"],
      ["item", "§4.2", undefined],
      ["item", "§4.2", undefined],
      ["item", "§4.2", undefined],
      ["heading", "Markdown heading", undefined],
      ["equation", "Markdown heading", undefined],
    ]);
    expect(s[3].text).toBe("- **First:** one point.");
  });

  it("joins a paragraph cut by a page break, and keeps offsets into the text", () => {
    const text =
      "The states differ by large regions of spins. However, because\n\nof the size of the system, it is hard. Next one.";
    const s = splitSentences(text);
    expect(s.map((x) => x.text)).toEqual([
      "The states differ by large regions of spins.",
      "However, because\n\nof the size of the system, it is hard.",
      "Next one.",
    ]);
    for (const x of s) expect(text.slice(x.start, x.end)).toBe(x.text);
  });

  it("keeps a bibliography item whole and a list number with its item", () => {
    expect(kinds("- [1] A. Author. A title, 2024.\n- [2] B. Author. Another, 2023.")).toEqual([
      ["item", "- [1] A. Author. A title, 2024."],
      ["item", "- [2] B. Author. Another, 2023."],
    ]);
    expect(kinds("1. **Limit:** Quantum simulation works.")).toEqual([
      ["item", "1. **Limit:** Quantum simulation works."],
    ]);
  });

  it("splits Lean run into a prose line into one unit per declaration", () => {
    const s = splitSentences("x : def a (n : Nat) : Nat := n. 5. Next def b : Nat := 1 theorem c : True := trivial");
    expect(s.map((u) => [u.kind, u.text])).toEqual([
      ["code", "x :"],
      ["code", "def a (n : Nat) : Nat := n. 5. Next"],
      ["code", "def b : Nat := 1"],
      ["code", "theorem c : True := trivial"],
    ]);
  });

  it("treats front matter, HTML and fenced code as single units", () => {
    const s = splitSentences(
      "---\ntitle: x\n---\n\n<div>\nWork. In progress.\n</div>\n\n```\ntheorem a : True := trivial\n\nend\n```\n",
    );
    expect(s.map((x) => x.kind)).toEqual(["markup", "markup", "code"]);
  });

  it("is deterministic, and hashes ignore spacing, quote marks and case", () => {
    const t = "One sentence here. Another “quoted” one.";
    expect(splitSentences(t)).toEqual(splitSentences(t));
    expect(sentenceHash('Another "quoted"  one.')).toBe(splitSentences(t)[1].hash);
    expect(sentenceHash("Another one.")).not.toBe(splitSentences(t)[1].hash);
    expect(splitSentences(t)[1].hash).toMatch(/^[0-9a-f]{8}$/);
  });
});

describe("sentenceOfQuote", () => {
  it("finds the sentence a quote starts in, also across sentences and TeX spellings", () => {
    const s = splitSentences("First one here. The factor $\\beta$ sets the scale. Last.");
    expect(sentenceOfQuote(s, "factor β sets")).toBe(1);
    expect(sentenceOfQuote(s, "the scale. Last")).toBe(1);
    expect(sentenceOfQuote(s, "not there")).toBeUndefined();
  });
});
