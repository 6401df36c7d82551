import { describe, expect, it } from "vitest";
import { Decimal } from "decimal.js";
import {
  assumptionConstants,
  bchLeadingTerm,
  firstOrderBound,
  firstOrderBoundA1A2,
  fitOrder,
  trotterFreeEnergies,
} from "../../src/precision/trotter-bounds.js";
import { trotterError } from "../../src/precision/trotter.js";

const D = Decimal.clone({ precision: 45 });
const X = [
  [0, 1],
  [1, 0],
];
const Z = [
  [1, 0],
  [0, -1],
];

describe("trotter bounds", () => {
  it("A1/A2 constants of Pauli X, Z: ε = ‖[X,Z]‖ = 2, M = 1", () => {
    const c = assumptionConstants([X, Z], 30);
    expect(c.epsilon.toString()).toBe("2");
    expect(c.M.toString()).toBe("1");
    expect(c.normSum.toString()).toBe("2");
  });

  it("the first-order bound is (β²/2n)·2·e^{2β} for X, Z and dominates the error", () => {
    const b = firstOrderBound([X, Z], 1, 8, 30);
    const closed = new D(2).exp().div(8);
    expect(b.minus(closed).abs().lt(1e-28)).toBe(true);
    expect(new Decimal(String(trotterError([X, Z], 1, 8))).lt(b)).toBe(true);
    expect(firstOrderBoundA1A2([X, Z], 1, 8, 30).gte(b)).toBe(true);
  });

  it("fitOrder recovers the exponent of exact power laws", () => {
    const ns = [4, 8, 16, 32];
    expect(
      fitOrder(
        ns,
        ns.map((n) => 3 / n ** 2),
      ),
    ).toBeCloseTo(2, 12);
    expect(
      fitOrder(
        ns,
        ns.map((n) => new Decimal(n).pow(-1.5).times("1e-40")),
      ),
    ).toBeCloseTo(1.5, 12);
    expect(() => fitOrder([1, 2], [1, 0])).toThrow(RangeError);
  });

  it("BCH leading term of X, Z is (β²/2)[X,Z]", () => {
    const E = bchLeadingTerm([X, Z], 0.5, 20);
    // [X, Z] = [[0, −2], [2, 0]]; times β²/2 = 1/8.
    expect(E.data.map(String)).toEqual(["0", "-0.25", "0.25", "0"]);
  });

  it("free energies agree for commuting layers and obey Golden–Thompson for X, Z", () => {
    const c = trotterFreeEnergies(
      [
        [
          [1, 0],
          [0, 2],
        ],
        [
          [0.5, 0],
          [0, -1],
        ],
      ],
      "0.7",
      1,
      { digits: 30 },
    );
    expect(c.productFreeEnergy.minus(c.effectiveFreeEnergy).abs().lt(1e-28)).toBe(true);
    // Closed form: −(1/β) ln(e^{−1.05} + e^{−0.7}).
    const closed = new D(-1.05).exp().plus(new D(-0.7).exp()).ln().div(-0.7);
    expect(c.effectiveFreeEnergy.minus(closed).abs().lt(1e-25)).toBe(true);
    const q = trotterFreeEnergies([X, Z], 1, 1, { digits: 30 });
    expect(q.productFreeEnergy.lt(q.effectiveFreeEnergy)).toBe(true);
    // F_eff of X + Z (eigenvalues ±√2): −ln(2 cosh √2).
    const feff = new D(2).sqrt().cosh().times(2).ln().neg();
    expect(q.effectiveFreeEnergy.minus(feff).abs().lt(1e-25)).toBe(true);
  });
});
