import { describe, expect, it } from "vitest";
import { Decimal } from "decimal.js";
import {
  assumptionConstants,
  bchLeadingTerm,
  firstOrderBounds,
  fitOrder,
  trotterFreeEnergies,
} from "../../src/precision/trotter-bounds.js";

// Second roads by hand for three layers whose constants differ pair by pair, so that a max taken
// as "the last one", a sum taken as one term, L(L−1) read as L², or β read without |·| all show.
// X = σx, Z = σz, 3Z: [X, Z] = −2iσy → norm 2, [X, 3Z] → norm 6, [Z, 3Z] = 0.
const X = [
  [0, 1],
  [1, 0],
];
const Z = [
  [1, 0],
  [0, -1],
];
const Z3 = [
  [3, 0],
  [0, -3],
];
const D = Decimal.clone({ precision: 50 });
const close = (a: Decimal, b: Decimal.Value, tol: number) => expect(a.minus(b).abs().toNumber()).toBeLessThan(tol);

/** 2×2 float commutator AB − BA, written out (independent of the bigint and decimal kernels). */
function comm2(A: number[][], B: number[][]): number[][] {
  const m = (P: number[][], Q: number[][]) =>
    [0, 1].map((i) => [0, 1].map((j) => P[i][0] * Q[0][j] + P[i][1] * Q[1][j]));
  const ab = m(A, B);
  const ba = m(B, A);
  return [0, 1].map((i) => [0, 1].map((j) => ab[i][j] - ba[i][j]));
}

describe("assumptionConstants against the hand values of three layers", () => {
  it("ε is the largest commutator norm and M the largest layer norm, wherever they sit", () => {
    // 3Z first: the largest commutator ([3Z, X] = 6) and the largest norm (3) come first, the last
    // pair [X, Z] has norm 2 and the last layer norm 1.
    const c = assumptionConstants([Z3, X, Z], 30);
    close(c.epsilon, 6, 1e-25);
    close(c.M, 3, 1e-25);
    close(c.commutatorSum, 6 + 0 + 2, 1e-25);
    close(c.normSum, 3 + 1 + 1, 1e-25);
    // And last: the running max must not be reset by a smaller later value.
    const d = assumptionConstants([X, Z, Z3], 30);
    close(d.epsilon, 6, 1e-25);
    close(d.M, 3, 1e-25);
    close(d.commutatorSum, 2 + 6 + 0, 1e-25);
  });
  it("reads non-dyadic entries to the requested digits (0.1·X, ‖·‖ = 0.1 exactly in decimal)", () => {
    const c = assumptionConstants(
      [
        [
          ["0", "0.1"],
          ["0.1", "0"],
        ],
        Z,
      ],
      40,
    );
    // ‖[0.1X, Z]‖ = 0.2, and the norms 0.1 and 1: to ≥ 35 digits, which a 30-bit reading would miss.
    close(c.epsilon, "0.2", 1e-35);
    close(c.normSum, "1.1", 1e-35);
  });
});

describe("firstOrderBounds against the closed forms", () => {
  it("sharp = β²/(2n)·Σ‖[H,H']‖·e^{|β|Σ‖H‖}, a1a2 = β²L(L−1)ε e^{|β|LM}/(4n), for negative β too", () => {
    for (const beta of ["0.25", "-0.25"]) {
      const n = 3;
      const { sharp, a1a2 } = firstOrderBounds([Z3, X, Z], beta, n, 30);
      const b = new D(beta).abs();
      const sharpClosed = b
        .pow(2)
        .div(2 * n)
        .times(8)
        .times(b.times(5).exp());
      const a1a2Closed = b
        .pow(2)
        .times(3 * 2)
        .times(6)
        .times(b.times(3 * 3).exp())
        .div(4 * n);
      close(sharp.div(sharpClosed), 1, 1e-25);
      close(a1a2.div(a1a2Closed), 1, 1e-25);
      expect(sharp.lte(a1a2)).toBe(true);
    }
  });
  it("carries the constants at more digits than it returns (an irrational norm: φ = (1+√5)/2)", () => {
    // H = [[1, 1], [1, 0]] has eigenvalues φ and 1 − φ, so ‖H‖ = φ; [H, Z] = [[0, −2], [2, 0]], norm 2.
    const H = [
      [1, 1],
      [1, 0],
    ];
    const phi = new D(5).sqrt().plus(1).div(2);
    const { sharp, a1a2 } = firstOrderBounds([H, Z], "0.5", 2, 30);
    const sharpClosed = new D("0.25").div(4).times(2).times(phi.plus(1).times("0.5").exp());
    const a1a2Closed = new D("0.25").times(2).times(2).times(phi.times(2).times("0.5").exp()).div(8);
    // 30 returned digits: relative error ≤ ½·10^−29 each (constants at 25 digits would give ~10^−25).
    close(sharp.div(sharpClosed), 1, 1e-28);
    close(a1a2.div(a1a2Closed), 1, 1e-28);
  });
});

describe("bchLeadingTerm against float commutators", () => {
  it("is (β²/2)·Σ_{l<l'}[H_l, H_l'] over all pairs (three layers, non-commuting 3rd)", () => {
    const H3 = [
      [0.5, 2],
      [2, -1],
    ];
    const beta = 0.75;
    const E = bchLeadingTerm([X, Z, H3], beta, 30);
    const pairs = [comm2(X, Z), comm2(X, H3), comm2(Z, H3)];
    for (let i = 0; i < 2; i++)
      for (let j = 0; j < 2; j++) {
        const want = ((beta * beta) / 2) * (pairs[0][i][j] + pairs[1][i][j] + pairs[2][i][j]);
        expect(E.data[2 * i + j].toNumber()).toBeCloseTo(want, 13);
      }
    expect(pairs[1][0][1]).not.toBe(0); // the 3rd layer's commutators take part
  });
});

describe("trotterFreeEnergies", () => {
  it("order 2 of commuting diagonal layers equals the closed form; the defaults are order 1, 30 digits", () => {
    const A = [
      [1, 0],
      [0, 2],
    ];
    const B = [
      [0.5, 0],
      [0, -1],
    ];
    const c = trotterFreeEnergies([A, B], "0.7", 3, { order: 2, digits: 30 });
    const closed = new D(-1.05).exp().plus(new D(-0.7).exp()).ln().div(-0.7);
    close(c.productFreeEnergy, closed, 1e-28);
    close(c.effectiveTrace, new D(-1.05).exp().plus(new D(-0.7).exp()), 1e-28);
    close(c.productTrace, c.effectiveTrace, 1e-28);
    // Three non-commuting layers (with two, the trace is cyclic and both orders give one value):
    // order 1 and order 2 differ, and the default is order 1.
    const H3 = [
      [0.5, 2],
      [2, -1],
    ];
    const d = trotterFreeEnergies([X, Z, H3], 1, 1);
    const t1 = trotterFreeEnergies([X, Z, H3], 1, 1, { order: 1, digits: 30 });
    const t2 = trotterFreeEnergies([X, Z, H3], 1, 1, { order: 2, digits: 30 });
    close(d.productFreeEnergy, t1.productFreeEnergy, 1e-28);
    expect(t1.productFreeEnergy.minus(t2.productFreeEnergy).abs().toNumber()).toBeGreaterThan(1e-3);
    const o1 = trotterFreeEnergies([X, Z], 1, 1, { order: 1, digits: 30 });
    // Closed form of order 1 at n = 1: Tr(e^{−X} e^{−Z}) = Tr e^{−X}·… = 2 cosh 1 · cosh 1 (e^{−X} has
    // diagonal cosh 1, e^{−Z} = diag(e^{−1}, e), so the trace is cosh 1 (e^{−1} + e)).
    const trace = new D(1).cosh().times(new D(-1).exp().plus(new D(1).exp()));
    close(o1.productTrace, trace, 1e-28);
    close(o1.productFreeEnergy, trace.ln().neg(), 1e-28);
  });
});

describe("fitOrder", () => {
  it("fits a noisy power law by least squares (three points, hand slope)", () => {
    // ln e = (0, ln 2·(−1), ln 4·(−3)/2·…): take errors 1, 1/2, 1/16 at n = 1, 2, 4: ln e = 0, −ln2,
    // −4 ln 2 against ln n = 0, ln 2, 2 ln 2: slope = Σ(x−x̄)(y−ȳ)/Σ(x−x̄)² = −2 ln²2 … = −2.
    expect(fitOrder([1, 2, 4], [1, 0.5, 1 / 16])).toBeCloseTo(2, 12);
    // Asymmetric: errors 1, 1/4, 1/4 → x = (0, 1, 2)·ln2, y = (0, −2, −2)·ln2, slope −1 → order 1.
    expect(fitOrder([1, 2, 4], [1, 0.25, 0.25])).toBeCloseTo(1, 12);
  });
  it("refuses mismatched or too few points and non-positive errors", () => {
    expect(() => fitOrder([1, 2, 3], [1, 2])).toThrow(/≥ 2 matching points/);
    expect(() => fitOrder([1], [1])).toThrow(/≥ 2 matching points/);
    expect(fitOrder([1, 2], [1, 0.5])).toBeCloseTo(1, 12); // two points are enough
    expect(() => fitOrder([1, 2], [1, -1])).toThrow(/not positive/);
  });
});
