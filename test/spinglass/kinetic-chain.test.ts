import { describe, expect, it } from "vitest";
import { Prng } from "../../src/random/prng.js";
import {
  kineticChain,
  kineticInput,
  largestCurrent,
  metropolisMatrix,
  stationarityResidual,
  stationary,
} from "../../src/spinglass/kinetic-chain.js";
import { solveLinear } from "../../src/linalg/solve.js";

describe("the discretized kinetic chain", () => {
  const K = 6;
  const S = K * K;
  it("is row-stochastic and positive", () => {
    const { J, x } = kineticInput(3, 0.8);
    const P = kineticChain(J, x, 1.5, K);
    for (let a = 0; a < S; a++) {
      let row = 0;
      for (let b = 0; b < S; b++) {
        expect(P[a * S + b]).toBeGreaterThan(0);
        row += P[a * S + b];
      }
      expect(row).toBeCloseTo(1, 12);
    }
  });
  it("power iteration finds the law that solves π(P − I) = 0, Σπ = 1 directly (second road)", () => {
    const { J, x } = kineticInput(5, 1.1);
    const P = kineticChain(J, x, 2, K);
    const { pi, residual } = stationary(P, S, 400);
    expect(residual).toBeLessThan(1e-12);
    // (Pᵀ − I) π = 0 with the last equation replaced by Σπ = 1.
    const A = new Float64Array(S * S);
    const rhs = new Float64Array(S);
    for (let b = 0; b < S; b++) for (let a = 0; a < S; a++) A[b * S + a] = P[a * S + b] - (a === b ? 1 : 0);
    for (let a = 0; a < S; a++) A[(S - 1) * S + a] = 1;
    rhs[S - 1] = 1;
    const direct = solveLinear(A, rhs, S);
    for (let a = 0; a < S; a++) expect(pi[a]).toBeCloseTo(direct[a], 10);
  });
  it("has detailed balance with symmetric couplings and currents with asymmetric ones", () => {
    for (const [asym, has] of [
      [0, false],
      [1, true],
    ] as const) {
      const { J, x } = kineticInput(7, asym);
      const P = kineticChain(J, x, 1.2, K);
      const cur = largestCurrent(P, stationary(P, S, 600).pi);
      if (has) expect(cur).toBeGreaterThan(1e-6);
      else expect(cur).toBeLessThan(1e-12);
    }
  });
  it("a periodic chain started from a point mass never settles", () => {
    const P = new Float64Array(4);
    P[1] = P[2] = 1; // 0 → 1 → 0
    const start = Float64Array.from([1, 0]);
    expect(stationary(P, 2, 401, start).residual).toBe(2);
  });
});

describe("metropolisMatrix", () => {
  it("keeps an asymmetric chain's stationary law stationary (detailed balance by construction)", () => {
    const { J, x } = kineticInput(11, 1.2);
    const P = kineticChain(J, x, 1.5, 6);
    const { pi } = stationary(P, 36, 600);
    const M = metropolisMatrix(pi);
    expect(stationarityResidual(M, pi)).toBeLessThan(1e-14);
    expect(largestCurrent(M, pi)).toBeLessThan(1e-16);
    // Second road: the asymmetric chain itself has currents, the MH chain on the same law has none.
    expect(largestCurrent(P, pi)).toBeGreaterThan(1e-6);
  });
  it("rows sum to 1 and a non-positive weight is refused", () => {
    const M = metropolisMatrix([1, 2, 3]);
    for (let a = 0; a < 3; a++) expect(M[a * 3] + M[a * 3 + 1] + M[a * 3 + 2]).toBeCloseTo(1, 15);
    expect(() => metropolisMatrix([1, 0])).toThrow(RangeError);
  });
  it("stationary equals the plain power iteration (next_b += π_a P_ab, a ascending) bit for bit, S = 1 … 13 and 144", () => {
    const plain = (P: Float64Array, S: number, iters: number, start: Float64Array) => {
      let pi = Float64Array.from(start);
      const step = () => {
        const next = new Float64Array(S);
        for (let a = 0; a < S; a++) for (let b = 0; b < S; b++) next[b] += pi[a] * P[a * S + b];
        return next;
      };
      for (let t = 0; t < iters; t++) pi = step();
      const next = step();
      let residual = 0;
      for (let b = 0; b < S; b++) residual += Math.abs(next[b] - pi[b]);
      return { pi, residual };
    };
    const rng = new Prng(144);
    // Every remainder S mod 4 (the unrolled passes and the leftover rows), zero entries included.
    for (const S of [1, 2, 3, 4, 5, 6, 7, 8, 9, 13, 144]) {
      const P = new Float64Array(S * S);
      for (let a = 0; a < S; a++) {
        let sum = 0;
        for (let b = 0; b < S; b++) sum += P[a * S + b] = rng.next() < 0.2 ? 0 : rng.next();
        if (sum === 0) P[a * S + a] = sum = 1;
        for (let b = 0; b < S; b++) P[a * S + b] /= sum;
      }
      const start = new Float64Array(S);
      start[rng.int(S)] = 1;
      const got = stationary(P, S, 37, start);
      const want = plain(P, S, 37, start);
      expect(Array.from(got.pi)).toEqual(Array.from(want.pi));
      expect(got.residual).toBe(want.residual);
    }
  });
});
