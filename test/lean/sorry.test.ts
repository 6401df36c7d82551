import { describe, expect, it } from "vitest";
import { checkLeanFile } from "../../src/lean/checker.js";
import { leanSketch } from "../../src/lean/sketches.js";
import {
  axiomsOf,
  dependentsOf,
  falseWithSorry,
  letBindings,
  SORRY_AXIOM,
  sorriedHaves,
} from "../../src/lean/sorry.js";

const synthetic = checkLeanFile(
  [
    "-- claims: a.b",
    "theorem A (x : ℕ) : x = x := by",
    "  sorry",
    "-- claims: a.b",
    "theorem B (x : ℕ) : x = x := by",
    "  have h : x = x := A x",
    "  exact h",
    "-- claims: a.b",
    "theorem C (x : ℕ) : x = x := by",
    "  have h : x = x := B x",
    "  exact h",
    "-- claims: a.b",
    "theorem D (x : ℕ) : x = x := by",
    "  let f := fun n => n + 1",
    "  have g : f x = x + 1 := by sorry",
    "  rfl",
    "-- claims: a.b",
    "theorem E (x : ℕ) : x = x := rfl",
    "-- claims: a.b",
    "theorem A' (x : ℕ) : x = x := rfl",
  ].join("\n"),
);

describe("sorryAx dependencies", () => {
  it("a sorry taints the declaration and everything that refers to it, transitively", () => {
    expect(axiomsOf(synthetic, "A")).toEqual([SORRY_AXIOM]);
    expect(axiomsOf(synthetic, "B")).toEqual([SORRY_AXIOM]);
    expect(axiomsOf(synthetic, "C")).toEqual([SORRY_AXIOM]);
    expect(axiomsOf(synthetic, "D")).toEqual([SORRY_AXIOM]);
    expect(axiomsOf(synthetic, "E")).toEqual([]);
    // A' is a different identifier from A: no false reference.
    expect(axiomsOf(synthetic, "A'")).toEqual([]);
    expect(dependentsOf(synthetic, "A")).toEqual(["B", "C"]);
    expect(dependentsOf(synthetic, "C")).toEqual([]);
  });

  it("second road: sorryAx ∈ axiomsOf(d) iff d uses sorry or depends on a declaration that does", () => {
    for (const file of ["Paper.lean", "Repaired.lean"] as const) {
      const r = checkLeanFile(leanSketch(file));
      const direct = r.declarations.filter((d) => d.usesSorry).map((d) => d.name);
      const tainted = new Set([...direct, ...direct.flatMap((n) => dependentsOf(r, n))]);
      for (const d of r.declarations)
        expect(axiomsOf(r, d.name).includes(SORRY_AXIOM), `${file}#${d.name}`).toBe(tainted.has(d.name));
    }
    const synthDirect = synthetic.declarations.filter((d) => d.usesSorry).map((d) => d.name);
    expect(synthDirect).toEqual(["A", "D"]);
  });

  it("Paper.lean: only TrotterSuzuki uses sorry, and nothing in the listing refers to it", () => {
    const r = checkLeanFile(leanSketch("Paper.lean"));
    const users = r.declarations.filter((d) => axiomsOf(r, d.name).length > 0).map((d) => d.name);
    expect(users).toEqual(["TrotterSuzuki"]);
    expect(dependentsOf(r, "TrotterSuzuki")).toEqual([]);
  });

  it("a sorried proof of False is accepted with the same axioms", () => {
    const f = checkLeanFile(`-- claims: a.b\n${falseWithSorry("T")}`);
    expect(f.declarations[0].conclusion).toBe("False");
    expect(axiomsOf(f, "T_false")).toEqual([SORRY_AXIOM]);
    expect(() => falseWithSorry("1x")).toThrow(RangeError);
  });

  it("finds sorried have-steps and let bindings", () => {
    const d = synthetic.declarations.find((x) => x.name === "D");
    expect(d).toBeDefined();
    if (!d) return;
    expect(sorriedHaves(d)).toEqual([{ name: "g", statement: "f x = x + 1" }]);
    expect(letBindings(d).get("f")).toBe("fun n => n + 1");
    const b = synthetic.declarations.find((x) => x.name === "B");
    expect(b && sorriedHaves(b)).toEqual([]);
  });

  it("refuses unknown declarations", () => {
    expect(() => axiomsOf(synthetic, "Z")).toThrow(RangeError);
    expect(() => dependentsOf(synthetic, "Z")).toThrow(RangeError);
  });
});
