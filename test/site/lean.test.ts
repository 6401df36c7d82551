import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseLeanDeclarations, sketchResolver, usesSorry } from "../../src/site/lean.js";
import { PROJECT } from "./helpers.js";

describe("parseLeanDeclarations", () => {
  const decls = parseLeanDeclarations(readFileSync(join(PROJECT, "lean-sketches", "Paper.lean"), "utf8"));
  it("finds each top-level declaration with its doc comment and body", () => {
    expect(decls.map((d) => `${d.keyword} ${d.name}`)).toEqual(["def RGFlow", "theorem RGFixedPoint", "theorem TrotterSuzuki"]);
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
