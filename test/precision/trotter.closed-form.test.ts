import { describe, expect, it } from "vitest";
import { Decimal } from "decimal.js";
import { isPowerOfTwo, trotterDifference, trotterError } from "../../src/precision/trotter.js";

// A second road for trotterError that shares no code with it: for H₁ = aZ, H₂ = bX (Pauli
// matrices) every exponential has the closed form e^{t(aZ + bX)} = cosh(tr) I + sinh(tr)/r (aZ + bX),
// r = √(a² + b²); products and the 2×2 spectral norm ‖M‖₂² = (F + √(F² − 4 det²))/2 (F = ‖M‖_F²)
// are written out in decimal.js at 160 digits, far beyond the cancellation of the cases below.
const W = Decimal.clone({ precision: 160 });
type M2 = [Decimal, Decimal, Decimal, Decimal]; // row-major 2×2

function expPauli(a: Decimal, b: Decimal, t: Decimal): M2 {
  const r = a.pow(2).plus(b.pow(2)).sqrt();
  if (r.isZero()) return [new W(1), new W(0), new W(0), new W(1)];
  const c = t.times(r).cosh();
  const s = t.times(r).sinh().div(r);
  return [c.plus(s.times(a)), s.times(b), s.times(b), c.minus(s.times(a))];
}
function mul2(p: M2, q: M2): M2 {
  return [
    p[0].times(q[0]).plus(p[1].times(q[2])),
    p[0].times(q[1]).plus(p[1].times(q[3])),
    p[2].times(q[0]).plus(p[3].times(q[2])),
    p[2].times(q[1]).plus(p[3].times(q[3])),
  ];
}
function norm2(m: M2): Decimal {
  const F = m.reduce((s, x) => s.plus(x.pow(2)), new W(0));
  const det = m[0].times(m[3]).minus(m[1].times(m[2]));
  return F.plus(F.pow(2).minus(det.pow(2).times(4)).abs().sqrt())
    .div(2)
    .sqrt();
}
/** ‖P − e^{−β(aZ+bX)}‖₂ for the order-1 or order-2 product of the layers aZ, bX with n steps. */
function closedError(a: Decimal.Value, b: Decimal.Value, beta: Decimal.Value, n: number, order: 1 | 2): Decimal {
  const A = new W(a);
  const B = new W(b);
  const t = new W(beta).neg().div(n);
  const zero = new W(0);
  const step =
    order === 1
      ? mul2(expPauli(A, zero, t), expPauli(zero, B, t))
      : mul2(mul2(expPauli(A, zero, t.div(2)), expPauli(zero, B, t)), expPauli(A, zero, t.div(2)));
  let P: M2 = step;
  for (let k = 1; k < n; k++) P = mul2(P, step);
  const E = expPauli(A, B, new W(beta).neg());
  return norm2(P.map((x, i) => x.minus(E[i])) as M2);
}
const Z = (a: string | number) => [
  [a, 0],
  [0, typeof a === "string" ? `-${a}` : -a],
];
const X = (b: string | number) => [
  [0, b],
  [b, 0],
];
/** |got/want − 1| (got the library's Decimal, want the closed form's). */
const rel = (got: Decimal.Value, want: Decimal) => new W(got).div(want).minus(1).abs().toNumber();

describe("trotterError against the Pauli closed form (decimal.js cosh/sinh, 160 digits)", () => {
  it("orders 1 and 2, n a power of two or not, β of either sign, to 30 digits", () => {
    for (const [a, b, beta, n, order] of [
      ["0.75", "1.25", "0.5", 3, 1],
      ["0.75", "1.25", "0.5", 3, 2],
      ["1", "-0.5", "-1.5", 5, 2],
      ["1", "-0.5", "-1.5", 4, 1],
      ["2", "1", "1", 1, 2],
    ] as const) {
      const got = trotterError([Z(a), X(b)], beta, n, { order, digits: 30 });
      expect(rel(got, closedError(a, b, beta, n, order)), `${a} ${b} ${beta} ${n} ${order}`).toBeLessThan(1e-29);
    }
  });
  it("raises the precision until a tiny error (b = 10^−40: ‖E‖ ≈ 10^−41) has its 30 digits", () => {
    // The error sits 136 bits below ‖P‖ ≈ 1: the first passes see rounding noise; the loop must
    // raise the bits by what was lost, decide it is not noise, and agree on 32 digits.
    const want = closedError("1", "1e-40", "1", 2, 1);
    expect(want.toNumber()).toBeGreaterThan(1e-42);
    expect(rel(trotterError([Z(1), X("1e-40")], 1, 2, { digits: 30 }), want)).toBeLessThan(1e-29);
  });
  it("finds an error below the first passes' noise floor (b = 10^−55) instead of calling it 0", () => {
    const want = closedError("1", "1e-55", "1", 3, 2);
    const got = trotterError([Z(1), X("1e-55")], 1, 3, { order: 2, digits: 20 });
    expect(rel(got, want)).toBeLessThan(1e-19);
  });
  it("reads a number β at its exact binary value and a string at its decimal value", () => {
    // 0.1 as a double is 0.1000000000000000055511151231257827021181583404541015625.
    const exact = "0.1000000000000000055511151231257827021181583404541015625";
    const fromNumber = trotterError([Z(1), X(1)], 0.1, 2, { digits: 30 });
    expect(rel(fromNumber, closedError(1, 1, exact, 2, 1))).toBeLessThan(1e-29);
    const fromString = trotterError([Z(1), X(1)], "0.1", 2, { digits: 30 });
    expect(rel(fromString, closedError(1, 1, "0.1", 2, 1))).toBeLessThan(1e-29);
    expect(rel(fromNumber, closedError(1, 1, "0.1", 2, 1))).toBeGreaterThan(1e-18);
  });
  it("the default is order 1 at 30 digits", () => {
    const got = trotterError([Z(1), X(1)], 1, 3);
    expect(rel(got, closedError(1, 1, 1, 3, 1))).toBeLessThan(1e-29);
    expect(String(got).replace(/^0\.0*|\./g, "").length).toBeLessThanOrEqual(30);
  });
});

describe("trotterDifference against the closed form", () => {
  it("its entries are P − e^{−βΣH} to the requested digits; default order 1, 30 digits", () => {
    const E = trotterDifference([Z("0.5"), X(1)], 1, 3);
    // The closed form's difference matrix, entry by entry.
    const A = new W("0.5");
    const B = new W(1);
    const t = new W(-1).div(3);
    const zero = new W(0);
    const step = mul2(expPauli(A, zero, t), expPauli(zero, B, t));
    const P = mul2(mul2(step, step), step);
    const Ex = expPauli(A, B, new W(-1));
    for (let k = 0; k < 4; k++) {
      const want = P[k].minus(Ex[k]);
      expect(rel(E[k >> 1][k & 1], want), `entry ${k}`).toBeLessThan(1e-29);
    }
  });
  it("keeps its digits when the difference is far below ‖P‖ (n = 1000: entries ≈ 10^−4)", () => {
    // The working bits must cover the digits asked for plus what cancels; 10^−4 entries at 30
    // digits need ≈ 34 digits of P and e^{−βΣH}.
    const n = 1000;
    const E = trotterDifference([Z("0.5"), X(1)], 1, n, { digits: 30 });
    const A = new W("0.5");
    const B = new W(1);
    const t = new W(-1).div(n);
    const zero = new W(0);
    const step = mul2(expPauli(A, zero, t), expPauli(zero, B, t));
    let P: M2 = step;
    for (let k = 1; k < n; k++) P = mul2(P, step);
    const Ex = expPauli(A, B, new W(-1));
    for (let k = 0; k < 4; k++) {
      const want = P[k].minus(Ex[k]);
      expect(want.abs().toNumber()).toBeLessThan(1e-3);
      expect(rel(E[k >> 1][k & 1], want), `entry ${k}`).toBeLessThan(1e-29);
    }
  });
  it("names itself for bad options or digits", () => {
    expect(() => trotterDifference([Z(1)], 1, 1, 5 as never)).toThrow(/^trotterDifference: options must be an object/);
    expect(() => trotterDifference([Z(1)], 1, 1, { digits: 0 })).toThrow(
      /^trotterDifference: digits must be an integer in \[1, 2000\]/,
    );
  });
});

describe("isPowerOfTwo", () => {
  it("is true exactly on 1, 2, 4, …, 2^52 among safe integers", () => {
    for (let k = 0; k <= 52; k++) expect(isPowerOfTwo(2 ** k), `2^${k}`).toBe(true);
    for (const k of [0, -1, -2, 3, 6, 12, 2 ** 32 + 1, 2 ** 40 - 1, 1.5, 0.5, Number.NaN, 2 ** 53 + 2, 2 ** 60])
      expect(isPowerOfTwo(k), String(k)).toBe(false);
  });
});

describe("trotterError argument checks name the argument", () => {
  const ok = [Z(1), X(1)];
  it("Hs: an array of square matrices of one size, 1×1 to 64×64, finite entries", () => {
    expect(() => trotterError("x" as never, 1, 1)).toThrow(/^trotterError: Hs must be an array of matrices/);
    expect(() => trotterError([], 1, 1)).toThrow(/^trotterError: Hs needs at least one Hamiltonian/);
    expect(() => trotterError([5 as never], 1, 1)).toThrow(/^trotterError: Hs\[0\] must be an array of rows/);
    expect(() => trotterError([[]], 1, 1)).toThrow(/^trotterError: Hs\[0\] must be 1×1 to 64×64, got 0 rows/);
    expect(() => trotterError([new Array(65).fill([0])], 1, 1)).toThrow(/must be 1×1 to 64×64, got 65 rows/);
    // 64 rows pass the size check; the first row's length is checked next.
    expect(() => trotterError([new Array(64).fill([0])], 1, 1)).toThrow(
      /^trotterError: Hs\[0\]\[0\] must be a row of 64 entries/,
    );
    expect(() => trotterError([Z(1), 7 as never], 1, 1)).toThrow(/^trotterError: Hs\[1\] must be an array of rows/);
    expect(() => trotterError([Z(1), [[1]]], 1, 1)).toThrow(/^Hamiltonian 1 \(Hs\[1\]\) is 1×…, expected 2×2/);
    expect(() => trotterError([Z(1), [[1, 0], 3 as never]], 1, 1)).toThrow(
      /^trotterError: Hs\[1\]\[1\] must be a row of 2 entries/,
    );
    expect(() => trotterError([Z(1), [[1, 0], [0]]], 1, 1)).toThrow(/Hs\[1\]\[1\] must be a row of 2 entries/);
    expect(() => trotterError([Z(1), X(Number.NaN)], 1, 1)).toThrow(
      /^trotterError: Hs\[1\]\[0\]\[1\] must be a finite/,
    );
    expect(() => trotterError([Z(1), X(true as never)], 1, 1)).toThrow(
      /^trotterError: Hs\[1\]\[0\]\[1\] must be a number/,
    );
  });
  it("β, n, order, digits, options", () => {
    expect(() => trotterError(ok, Number.NaN, 1)).toThrow(/^trotterError: beta must be a finite number/);
    expect(() => trotterError(ok, "x", 1)).toThrow(/^trotterError: beta must be a finite number/);
    expect(() => trotterError(ok, 1, "3" as never)).toThrow(/^trotterError: n must be a number/);
    for (const n of [0, 1.5, -2, 2 ** 52 + 1])
      expect(() => trotterError(ok, 1, n), String(n)).toThrow(/^trotterError: n must be an integer in \[1, 2\^52\]/);
    expect(() => trotterError(ok, 1, 1, { order: 3 as never })).toThrow(/^trotterError: order must be 1 or 2/);
    for (const digits of [0, 2001, 2.5])
      expect(() => trotterError(ok, 1, 1, { digits }), String(digits)).toThrow(
        /^trotterError: digits must be an integer in \[1, 2000\]/,
      );
    expect(() => trotterError(ok, 1, 1, null as never)).toThrow(/^trotterError: options must be an object/);
  });
  it("accepts the ends: 1 digit, n = 2^52 (one layer: the error is exactly 0)", () => {
    const one = closedError(1, 1, 1, 3, 1).toSD(1, Decimal.ROUND_HALF_EVEN);
    expect(String(trotterError(ok, 1, 3, { digits: 1 }))).toBe(String(one));
    expect(String(trotterError([[[0.5]]], "0.25", 2 ** 52, { digits: 10 }))).toBe("0");
    // Order 2 at n = 2^52 divides the first layer by 2n = 2^53; diagonal layers commute: exactly 0.
    expect(String(trotterError([Z("0.5"), Z("0.25")], 1, 2 ** 52, { order: 2, digits: 10 }))).toBe("0");
  });
  it("works past 1000 digits (decimal.js's ln refused the noise floor's precision there)", () => {
    expect(String(trotterError([[[0.5]]], 1, 3, { digits: 1030 }))).toBe("0");
    const got = trotterError(ok, 1, 3, { digits: 1030 });
    const Wide = Decimal.clone({ precision: 1100 });
    // The same closed form at 1100 digits: cosh/sinh/sqrt only, no logarithm.
    const r = new Wide(2).sqrt();
    const t = new Wide(-1).div(3);
    const c1 = t.cosh();
    const s1 = t.sinh();
    const ez = [c1.plus(s1), new Wide(0), new Wide(0), c1.minus(s1)];
    const ex = [c1, s1, s1, c1];
    const m = (p: Decimal[], q: Decimal[]) => [
      p[0].times(q[0]).plus(p[1].times(q[2])),
      p[0].times(q[1]).plus(p[1].times(q[3])),
      p[2].times(q[0]).plus(p[3].times(q[2])),
      p[2].times(q[1]).plus(p[3].times(q[3])),
    ];
    const step = m(ez, ex);
    const P = m(m(step, step), step);
    const cr = r.neg().cosh();
    const sr = r.neg().sinh().div(r);
    const E = [cr.plus(sr), sr, sr, cr.minus(sr)];
    const d = P.map((x, i) => x.minus(E[i]));
    const F = d.reduce((acc, x) => acc.plus(x.pow(2)), new Wide(0));
    const det = d[0].times(d[3]).minus(d[1].times(d[2]));
    const want = F.plus(F.pow(2).minus(det.pow(2).times(4)).abs().sqrt())
      .div(2)
      .sqrt();
    expect(new Wide(got).div(want).minus(1).abs().lte(new Wide(10).pow(-1029))).toBe(true);
  });
});
