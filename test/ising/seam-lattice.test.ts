import { describe, expect, it } from "vitest";
import { specificHeatPerSpin } from "../../src/ising/finite-size.js";
import { seamLogZ, seamSpecificHeat, seamSpecificHeatPeak } from "../../src/ising/seam-lattice.js";

/** ln Z by enumerating all 2^{L²} states (second road for any seam coupling s). */
function bruteLogZ(L: number, beta: number, s: number): number {
  let z = 0;
  for (let st = 0; st < 1 << (L * L); st++) {
    const spin = (r: number, c: number) => (((st >>> (r * L + c)) & 1) === 1 ? -1 : 1);
    let e = 0;
    for (let r = 0; r < L; r++)
      for (let c = 0; c < L; c++) {
        e += (c === L - 1 ? s : 1) * spin(r, c) * spin(r, (c + 1) % L);
        e += (r === L - 1 ? s : 1) * spin(r, c) * spin((r + 1) % L, c);
      }
    z += Math.exp(beta * e);
  }
  return Math.log(z);
}

describe("seam lattice", () => {
  it("ln Z equals the enumeration of all states for L = 3, 4 and seam couplings in [−1, 1]", () => {
    for (const L of [3, 4])
      for (const s of [-1, -0.3, 0, 0.5, 1])
        for (const b of [0.2, 0.44, 0.9]) expect(seamLogZ(L, b, s)).toBeCloseTo(bruteLogZ(L, b, s), 9);
  });

  it("s = 1 is the torus and s = 0 the open square of finite-size.ts (exact jets)", () => {
    for (const L of [4, 5])
      for (const T of [2, 2.3, 3]) {
        expect(seamSpecificHeat(L, T, 1)).toBeCloseTo(specificHeatPerSpin(L, T, true), 6);
        expect(seamSpecificHeat(L, T, 0)).toBeCloseTo(specificHeatPerSpin(L, T, false), 6);
      }
  });

  it("the peak search finds a maximum of c(T)", () => {
    const p = seamSpecificHeatPeak(5, 0.6);
    expect(p.c).toBeGreaterThanOrEqual(seamSpecificHeat(5, p.T + 1e-3, 0.6));
    expect(p.c).toBeGreaterThanOrEqual(seamSpecificHeat(5, p.T - 1e-3, 0.6));
  });

  it("refuses bad input", () => {
    expect(() => seamLogZ(1, 0.4, 1)).toThrow(RangeError);
    expect(() => seamLogZ(4, 0, 1)).toThrow(RangeError);
    expect(() => seamLogZ(4, 0.4, 1.5)).toThrow(RangeError);
    expect(() => seamSpecificHeat(4, 0.1, 1)).toThrow(RangeError);
  });
});

describe("seam lattice: messages and the remembered peaks", () => {
  it("names the function and the argument", () => {
    expect(() => seamLogZ(1, 0.4, 1)).toThrow(/^seamLogZ: L must be an integer in \[2, 10\], got 1/);
    expect(() => seamLogZ(4, 0, 1)).toThrow(/^seamLogZ: beta must be in \(0, 2\], got 0/);
    expect(() => seamLogZ(4, 0.4, 1.5)).toThrow(/^seamLogZ: s must be in \[-1, 1\], got 1\.5/);
    expect(() => seamSpecificHeat(4, 0.1, 1)).toThrow(/^seamSpecificHeat: T must be in \[0\.5, 20\], got 0\.1/);
    expect(() => seamSpecificHeatPeak(4, 1, 0)).toThrow(/^seamSpecificHeatPeak: tol must be in \[1e-8, 1\], got 0/);
  });
  it("remembers each (L, s) on its own, and a caller cannot change a remembered peak", () => {
    // Coarse tolerance keeps the search short; each peak must be a maximum of its own c(T).
    const torus = seamSpecificHeatPeak(3, 1, 1e-3);
    const open = seamSpecificHeatPeak(3, 0, 1e-3);
    for (const [p, s] of [
      [torus, 1],
      [open, 0],
    ] as const) {
      expect(p.c).toBeCloseTo(seamSpecificHeat(3, p.T, s), 12);
      expect(p.c).toBeGreaterThanOrEqual(seamSpecificHeat(3, p.T + 0.01, s));
      expect(p.c).toBeGreaterThanOrEqual(seamSpecificHeat(3, p.T - 0.01, s));
    }
    expect(open.c).not.toBeCloseTo(torus.c, 3);
    const { T, c } = torus;
    torus.T = 99; // the caller's copy only
    expect(seamSpecificHeatPeak(3, 1, 1e-3)).toEqual({ T, c });
  });
});
