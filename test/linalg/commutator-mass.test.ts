import { describe, expect, it } from "vitest";
import { commutatorMass } from "../../src/linalg/commutator-mass.js";
import { randomCommuting } from "../../src/linalg/random.js";
import { Prng } from "../../src/random/prng.js";

describe("commutatorMass", () => {
  it("is 0 on commuting layers and the entrywise |XZ − ZX| sum on Pauli X, Z", () => {
    for (let seed = 0; seed < 10; seed++) expect(commutatorMass(randomCommuting(new Prng(seed), 4, 3))).toBe(0);
    // Second road by hand: [X, Z] = XZ − ZX = [[0, −2], [2, 0]], entry sum 4.
    const X = [
      [0, 1],
      [1, 0],
    ];
    const Z = [
      [1, 0],
      [0, -1],
    ];
    expect(commutatorMass([X, Z])).toBe(4);
    // Pairs add up: [X, Z] and [X, 2Z] and [Z, 2Z] = 0 give 4 + 8 + 0.
    expect(commutatorMass([X, Z, Z.map((r) => r.map((x) => 2 * x))])).toBe(12);
  });
});
