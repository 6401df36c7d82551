import type { Decimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import { Prng } from "../../src/random/prng.js";
import {
  daxpy,
  decimalContext,
  dcommutator,
  dfrobenius,
  dmul,
  dspectralNorm,
  dsymmetricEigenvalues,
  dtranspose,
  toDecimalMatrix,
} from "../../src/precision/decimal-matrix.js";

const D = decimalContext(40);

describe("decimal-matrix", () => {
  it("finds the eigenvalues of a symmetric tridiagonal matrix (2 − 2cos(kπ/(n+1)))", () => {
    const n = 5;
    const rows = Array.from({ length: n }, (_, i) =>
      Array.from({ length: n }, (_, j) => (i === j ? 2 : Math.abs(i - j) === 1 ? -1 : 0)),
    );
    const ev = dsymmetricEigenvalues(toDecimalMatrix(rows, D), D);
    const pi = D.acos(-1);
    for (let k = 1; k <= n; k++) {
      const exact = new D(2).minus(
        pi
          .times(k)
          .div(n + 1)
          .cos()
          .times(2),
      );
      expect(ev[k - 1].minus(exact).abs().lt(1e-35)).toBe(true);
    }
  });

  it("commutator of Pauli X and Z is −2iY (real form [[0,−2],[2,0]]) with spectral norm 2", () => {
    const X = toDecimalMatrix(
      [
        [0, 1],
        [1, 0],
      ],
      D,
    );
    const Z = toDecimalMatrix(
      [
        [1, 0],
        [0, -1],
      ],
      D,
    );
    const C = dcommutator(X, Z, D);
    expect(C.data.map(String)).toEqual(["0", "-2", "2", "0"]);
    expect(dspectralNorm(C, D).toString()).toBe("2");
    expect(dfrobenius(C, D).minus(D.sqrt(8)).abs().lt(1e-38)).toBe(true);
  });

  it("rejects non-symmetric input to the eigensolver", () => {
    expect(() =>
      dsymmetricEigenvalues(
        toDecimalMatrix(
          [
            [1, 2],
            [0, 1],
          ],
          D,
        ),
        D,
      ),
    ).toThrow(RangeError);
  });
});

describe("decimal matrices: domain (issue 15)", () => {
  it("decimalContext takes 1 to 10^6 digits and refuses others, naming digits", () => {
    expect(decimalContext(1).precision).toBe(1);
    expect(decimalContext(1_000_000).precision).toBe(1_000_000);
    expect(() => decimalContext(1_000_001)).toThrow(/decimalContext: digits must be an integer in \[1, 1000000\]/);
    expect(() => decimalContext(2 ** 31)).toThrow(RangeError);
    expect(() => decimalContext(Number.NaN)).toThrow(/digits .* got NaN/);
  });
  it("toDecimalMatrix names rows[i][j] or D", () => {
    const D = decimalContext(20);
    expect(() => toDecimalMatrix([[1, 2, 3]], D)).toThrow(
      /toDecimalMatrix: rows must be square 1×1, but rows\[0\] has 3/,
    );
    expect(() => toDecimalMatrix("x" as unknown as number[][], D)).toThrow(/toDecimalMatrix: rows must be an array/);
    expect(() => toDecimalMatrix([["abc"]], D)).toThrow(/rows\[0\]\[0\] is not a decimal number/);
    expect(() => toDecimalMatrix([[Number.POSITIVE_INFINITY]], D)).toThrow(/rows\[0\]\[0\] must be finite/);
    expect(() => toDecimalMatrix([[1]], 5 as unknown as typeof D)).toThrow(
      /toDecimalMatrix: D must be a decimal.js constructor/,
    );
    expect(toDecimalMatrix([["0.1"]], D).data[0].toString()).toBe("0.1");
  });
});

describe("decimal matrix kernels: domain (issue 15)", () => {
  const D = decimalContext(20);
  const A = toDecimalMatrix(
    [
      [1, 2],
      [2, 1],
    ],
    D,
  );
  it("name A, B, s or D and refuse non-finite entries", () => {
    expect(() => dmul(A, toDecimalMatrix([[1]], D), D)).toThrow(/dmul: A is 2×2 and B 1×1/);
    expect(() => daxpy(A, "abc", A, D)).toThrow(/daxpy: s must be a finite number/);
    expect(() => dtranspose({ n: 2, data: [new D(1)] } as never)).toThrow(
      /dtranspose: A\.data must be an array of n² = 4/,
    );
    expect(() => dfrobenius({ n: 1, data: [new D(Number.NaN)] }, D)).toThrow(/dfrobenius: A\.data\[0\] must be finite/);
    expect(() => dspectralNorm(A, 5 as never)).toThrow(/dspectralNorm: D must be a decimal.js constructor/);
    expect(() =>
      dsymmetricEigenvalues(
        toDecimalMatrix(
          [
            [1, 2],
            [3, 1],
          ],
          D,
        ),
        D,
      ),
    ).toThrow(/A must be symmetric, but A\[0\]\[1\] differs from A\[1\]\[0\]/);
  });
  it("the O(n³) kernels take n³ · precision up to 2^26 and refuse more", () => {
    const zeros = (d: number) =>
      toDecimalMatrix(
        Array.from({ length: 32 }, () => new Array<number>(32).fill(0)),
        decimalContext(d),
      );
    expect(dmul(zeros(2048), zeros(2048), decimalContext(2048)).data[0].isZero()).toBe(true);
    expect(() => dmul(zeros(2048), zeros(2048), decimalContext(2049))).toThrow(
      /n³ · D\.precision must be at most 2\^26/,
    );
    expect(dspectralNorm(A, D).toNumber()).toBeCloseTo(3, 15);
  });
  it("dmul skipping zero a_ik equals the full sum Σ_k a_ik b_kj digit for digit and sign for sign", () => {
    // The full sum, every term added (dmul's loop before zero terms were skipped, issue 14).
    const fullSum = (A: ReturnType<typeof toDecimalMatrix>, B: ReturnType<typeof toDecimalMatrix>) => {
      const n = A.n;
      const out: Decimal[] = [];
      for (let i = 0; i < n; i++)
        for (let j = 0; j < n; j++) {
          let s = new D(0);
          for (let k = 0; k < n; k++) s = s.plus(A.data[i * n + k].times(B.data[k * n + j]));
          out.push(s);
        }
      return out;
    };
    const rng = new Prng(1414);
    const entry = () => {
      const u = rng.next();
      // Mostly zeros (both signs), some exact cancellations (±1), some 40-digit values.
      if (u < 0.4) return u < 0.2 ? "0" : "-0";
      if (u < 0.6) return u < 0.5 ? "1" : "-1";
      return new D(rng.next() - 0.5).div(3).toString();
    };
    const D20 = decimalContext(20);
    for (let trial = 0; trial < 30; trial++) {
      const n = 1 + rng.int(6);
      const rows = () => Array.from({ length: n }, () => Array.from({ length: n }, entry));
      // A's entries in a 20-digit context half the time: each product is then rounded at A's precision.
      const A = toDecimalMatrix(rows(), trial % 2 === 0 ? D : D20);
      const B = toDecimalMatrix(rows(), D);
      const got = dmul(A, B, D).data;
      const want = fullSum(A, B);
      expect(got.map(String)).toEqual(want.map(String));
      expect(got.map((x) => x.isNegative())).toEqual(want.map((x) => x.isNegative()));
    }
  });
});
