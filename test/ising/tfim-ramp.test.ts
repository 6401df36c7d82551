import { describe, expect, it } from "vitest";
import { tfimRampFidelity, tfimRampFidelityED } from "../../src/ising/tfim-ramp.js";

describe("tfimRampFidelity", () => {
  it("second road: the free-fermion pairs agree with the 2^N state vector (RK4) at N = 4, 6", () => {
    for (const N of [4, 6])
      for (const [g0, g1, T] of [
        [4, 1, 0.5],
        [4, 1, 3],
        [3, 0.8, 2],
        [0.5, 1.5, 1],
      ]) {
        const ff = tfimRampFidelity(N, g0, g1, T, 20000);
        const ed = tfimRampFidelityED(N, g0, g1, T, Math.ceil(400 * T));
        expect(Math.abs(ff - ed), `N=${N} g0=${g0} g1=${g1} T=${T}`).toBeLessThan(1e-6);
      }
  });

  it("a sudden quench (T = 0) is the overlap of the two ground states, the same on both roads", () => {
    const ff = tfimRampFidelity(6, 4, 1, 0);
    const ed = tfimRampFidelityED(6, 4, 1, 0, 1);
    expect(ff).toBeCloseTo(ed, 10);
    expect(ff).toBeLessThan(0.9);
  });

  it("no ramp (g0 = g1) keeps the ground state; a slow ramp approaches it (adiabatic theorem)", () => {
    expect(tfimRampFidelity(8, 1, 1, 5)).toBeCloseTo(1, 12);
    expect(tfimRampFidelity(4, 4, 1, 200)).toBeGreaterThan(0.9999);
  });

  it("Kibble–Zurek: at T = 1.25 N² the fidelity at g = 1 is about the same for every N; at fixed T it falls", () => {
    const f = [8, 16, 32].map((N) => tfimRampFidelity(N, 4, 1, 1.25 * N * N));
    for (const x of f) expect(x).toBeGreaterThan(0.998);
    expect(tfimRampFidelity(32, 4, 1, 80)).toBeLessThan(0.9);
  });

  it("the default step count is converged (4× the steps agree to 1e-6)", () => {
    const T = 1.25 * 32 * 32;
    const d = tfimRampFidelity(32, 4, 1, T);
    const fine = tfimRampFidelity(32, 4, 1, T, 4 * Math.ceil(2 * T * 6));
    expect(Math.abs(d - fine)).toBeLessThan(1e-6);
  });

  it("refuses odd N, out-of-range N and bad times", () => {
    expect(() => tfimRampFidelity(5, 4, 1, 1)).toThrow(RangeError);
    expect(() => tfimRampFidelity(0, 4, 1, 1)).toThrow(RangeError);
    expect(() => tfimRampFidelity(4, 4, 1, -1)).toThrow(RangeError);
    expect(() => tfimRampFidelity(4, Number.NaN, 1, 1)).toThrow();
    expect(() => tfimRampFidelityED(10, 4, 1, 1, 10)).toThrow(RangeError);
  });
});

describe("tfimRampFidelity: orders of the integrators, default steps, messages", () => {
  // N = 4, g 4 → 1 in T = 0.5: fast enough that the state is far from adiabatic.
  const [N, g0, g1, T] = [4, 4, 1, 0.5];

  it("the pairs' midpoint rule is second order: doubling the steps divides its error by 4", () => {
    // The reference is the RK4 state vector (error ~1e-9 here, far below the midpoint errors ~1e-5).
    const ed = tfimRampFidelityED(N, g0, g1, T, 200);
    const e50 = tfimRampFidelity(N, g0, g1, T, 50) - ed;
    const e100 = tfimRampFidelity(N, g0, g1, T, 100) - ed;
    expect(Math.abs(e100)).toBeGreaterThan(1e-6);
    expect(e50 / e100).toBeGreaterThan(3.5);
    expect(e50 / e100).toBeLessThan(4.5);
  });

  it("RK4 on the state vector agrees with the finely stepped pairs to 2e-8 (fourth order at dt = 1/400)", () => {
    for (const [n, a, b, t] of [
      [4, 4, 1, 0.5],
      [4, 3, 0.8, 2],
      [6, 0.5, 1.5, 1],
    ])
      expect(Math.abs(tfimRampFidelityED(n, a, b, t, 400 * t) - tfimRampFidelity(n, a, b, t, 20000))).toBeLessThan(
        2e-8,
      );
  });

  it("the default step count grows with |g₁| too (a large final field, 4× the steps agree to 1e-6)", () => {
    const t = 1000;
    const d = tfimRampFidelity(8, 0.5, 20, t);
    const fine = tfimRampFidelity(8, 0.5, 20, t, 4 * Math.ceil(2 * t * 21.5));
    expect(Math.abs(d - fine)).toBeLessThan(1e-6);
  });

  it("names the function and the argument", () => {
    for (const [name, fn] of [
      ["tfimRampFidelity", (...a: [number, number, number, number, number]) => tfimRampFidelity(...a)],
      ["tfimRampFidelityED", (...a: [number, number, number, number, number]) => tfimRampFidelityED(...a)],
    ] as const) {
      expect(() => fn(0, 4, 1, 1, 10)).toThrow(new RegExp(`^${name}: N must be an integer in \\[2, `));
      expect(() => fn(5, 4, 1, 1, 10)).toThrow(new RegExp(`^${name}: N must be even, got 5`));
      expect(() => fn(4, Number.NaN, 1, 1, 10)).toThrow(new RegExp(`^${name}: g0 must be finite`));
      expect(() => fn(4, 4, 2e6, 1, 10)).toThrow(new RegExp(`^${name}: g1 must be in \\[-1000000, 1000000\\]`));
      expect(() => fn(4, 4, 1, -1, 10)).toThrow(new RegExp(`^${name}: T must be in \\[0, 10000000\\]`));
      expect(() => fn(4, 4, 1, 1, 0)).toThrow(new RegExp(`^${name}: steps must be an integer in \\[1, `));
    }
  });

  it("work limits: N/2·steps ≤ 2^31 for the pairs, steps ≤ 10^6 for the state vector", () => {
    // 2048 pairs × (2^20 + 1) steps = 2^31 + 2048.
    expect(() => tfimRampFidelity(4096, 1, 1, 1, 2 ** 20 + 1)).toThrow(
      /^tfimRampFidelity: N\/2·steps must be ≤ 2\^31, got 2147485696/,
    );
    expect(() => tfimRampFidelityED(2, 1, 1, 0, 1e6 + 1)).toThrow(
      /^tfimRampFidelityED: steps must be ≤ 10\^6, got 1000001/,
    );
  });
});
