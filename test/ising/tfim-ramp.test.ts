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
