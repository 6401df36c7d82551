import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkerResolver, parseLeanDeclarations, sketchResolver, usesSorry } from "../../src/site/lean.js";
import { PROJECT } from "./helpers.js";

describe("parseLeanDeclarations", () => {
  const decls = parseLeanDeclarations(readFileSync(join(PROJECT, "lean-sketches", "Paper.lean"), "utf8"));
  it("finds each top-level declaration with its doc comment and body", () => {
    expect(decls.map((d) => `${d.keyword} ${d.name}`)).toEqual([
      "def RGFlow",
      "theorem RGFixedPoint",
      "theorem TrotterSuzuki",
    ]);
    expect(decls[0].text.startsWith("/-- The RG map")).toBe(true);
    expect(decls[1].text).toContain("use Jstar");
    expect(decls[1].text).not.toContain("TrotterSuzuki");
    expect(decls[2].text).not.toContain("end Paper");
  });
  it("tells a sorry from a comment mentioning one", () => {
    expect(usesSorry("theorem t : True := by\n  -- no sorry here\n  trivial")).toBe(false);
    expect(usesSorry(decls[2].text)).toBe(true);
  });
});

describe("sketchResolver", () => {
  const resolve = sketchResolver(PROJECT);
  it("answers a reference with the declaration, its line and status", () => {
    const d = resolve("Paper.lean#TrotterSuzuki");
    expect(d?.status).toBe("sorry");
    expect(d?.file).toBe("lean-sketches/Paper.lean");
    expect(d?.line).toBe(14);
    expect(resolve("Paper.lean#RGFixedPoint")?.status).toBe("stated");
  });
  it("answers undefined for a missing file or name", () => {
    expect(resolve("Paper.lean#Missing")).toBeUndefined();
    expect(resolve("Nope.lean#RGFlow")).toBeUndefined();
  });
});

describe("checkerResolver", () => {
  const base = { kind: "theorem", name: "T", line: 3, text: "theorem T : True := trivial", file: "Paper.lean" };
  it("maps the checker's findings to sorry, vacuous or stated", () => {
    const r = checkerResolver((ref) =>
      ref.endsWith("#Sorry")
        ? { ...base, usesSorry: true, conclusionTrue: false, conclusionFromHypothesis: false }
        : ref.endsWith("#Vac")
          ? { ...base, usesSorry: false, conclusionTrue: false, conclusionFromHypothesis: true }
          : ref.endsWith("#Plain")
            ? { ...base, usesSorry: false, conclusionTrue: false, conclusionFromHypothesis: false }
            : undefined,
    );
    expect(r("Paper.lean#Sorry")?.status).toBe("sorry");
    const vac = r("Paper.lean#Vac");
    expect(vac?.status).toBe("vacuous");
    expect(vac?.note).toMatch(/one of the hypotheses/);
    expect(vac?.file).toBe("lean-sketches/Paper.lean");
    expect(r("Paper.lean#Plain")?.status).toBe("stated");
    expect(r("Paper.lean#None")).toBeUndefined();
  });
});
