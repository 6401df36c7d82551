import { Decimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import { decimalContext, isingTorusLogZ, kaufmanLogZ, kaufmanThermo } from "../../src/ising/index.js";

// Issue 11 §6 (mutation survivors of kaufman.ts): the smallest tori, the digit range's ends and the
// argument checks, each against a second road (the 2×2 and 2×3 tori summed by hand).

/** ln Z of the 2×2 torus at `digits`: every bond doubled, E ∈ {−8 (2 states), 0 (12), +8 (2)}. */
function torus2x2(beta: string, digits: number): Decimal {
  // ln Z = 8β + ln(2 + 12 e^{−8β} + 2 e^{−16β}); the logarithm's argument stays in [2, 10), where
  // decimal.js needs no ln 10 (its stored ln 10 ends near 1025 digits).
  const D = Decimal.clone({ precision: digits + 10 });
  const y = D.exp(new D(beta).times(-8));
  return D.ln(y.times(12).plus(y.times(y).times(2)).plus(2))
    .plus(new D(beta).times(8))
    .toSD(digits);
}

/** ln Z of the 2×3 torus (2 columns, 3 rows) by summing its 64 states: doubled rungs, rings of 3. */
function torus2x3(beta: number): number {
  let z = 0;
  for (let c = 0; c < 64; c++) {
    const s = (x: number, y: number) => ((c >> (2 * y + x)) & 1 ? -1 : 1);
    let E = 0;
    for (let y = 0; y < 3; y++) {
      E -= 2 * s(0, y) * s(1, y); // the x ring of length 2: a doubled bond
      for (let x = 0; x < 2; x++) E -= s(x, y) * s(x, (y + 1) % 3);
    }
    z += Math.exp(-beta * E);
  }
  return Math.log(z);
}

describe("Kaufman's formula on the smallest tori and at the ends of its domain", () => {
  it("gives the 2×2 torus at 5, 40 and 1000 digits (the digit range's ends) exactly as the hand sum", () => {
    for (const digits of [5, 40, 1000])
      for (const beta of ["0.3", "0.9"]) {
        const v = kaufmanLogZ(2, 2, beta, digits);
        expect(v.precision(true)).toBeLessThanOrEqual(digits);
        expect(
          v
            .minus(torus2x2(beta, digits))
            .abs()
            .lte(new Decimal(10).pow(1 - digits).times(v.abs())),
        ).toBe(true);
      }
    expect(String(isingTorusLogZ(2, "0.3", { digits: 30 }))).toBe(String(torus2x2("0.3", 30)));
  });
  it("gives the rectangular 2×3 and 3×2 tori as the sum over their 64 states", () => {
    for (const beta of [0.2, 0.5]) {
      expect(kaufmanLogZ(2, 3, beta, 30).toNumber()).toBeCloseTo(torus2x3(beta), 13);
      expect(kaufmanLogZ(3, 2, beta, 30).toNumber()).toBeCloseTo(torus2x3(beta), 13);
    }
  });
  it("reads β from a number, a decimal string or a Decimal alike", () => {
    const a = kaufmanLogZ(4, 4, 0.4, 30);
    expect(kaufmanLogZ(4, 4, "0.4", 30).eq(a)).toBe(true);
    expect(kaufmanLogZ(4, 4, new Decimal("0.4"), 30).eq(a)).toBe(true);
    // The default is 40 digits.
    expect(isingTorusLogZ(4, 0.4).eq(kaufmanLogZ(4, 4, 0.4, 40))).toBe(true);
    expect(kaufmanLogZ(4, 4, 0.4).eq(kaufmanLogZ(4, 4, 0.4, 40))).toBe(true);
  });
  it("names each bad argument: L, m, n, digits, β (TypeError for a non-number non-string)", () => {
    for (const L of [1, 1.5, 0, -3])
      expect(() => isingTorusLogZ(L, 0.4)).toThrow(
        new RegExp(`^isingTorusLogZ: L must be an integer in \\[2, 4096\\], got ${L}$`),
      );
    expect(() => kaufmanLogZ(1, 4, 0.4)).toThrow(/^kaufmanLogZ: m must be an integer in \[2, 4096\], got 1$/);
    expect(() => kaufmanLogZ(4, 2.5, 0.4)).toThrow(/^kaufmanLogZ: n must be an integer in \[2, 4096\], got 2.5$/);
    for (const d of [4, 1001, 5.5])
      expect(() => kaufmanLogZ(4, 4, 0.4, d)).toThrow(
        new RegExp(`^kaufmanLogZ: digits must be an integer in \\[5, 1000\\], got ${d}$`),
      );
    for (const b of [null, {}, [0.4], true])
      expect(() => kaufmanLogZ(4, 4, b as never)).toThrow(
        /^kaufmanLogZ: beta must be a number, decimal string or Decimal, got /,
      );
    expect(() => isingTorusLogZ(4, null as never)).toThrow(TypeError);
    expect(() => isingTorusLogZ(4, null as never)).toThrow(/^isingTorusLogZ: beta must be a number/);
    for (const b of ["0.3", Number.POSITIVE_INFINITY, Number.NaN])
      expect(() => kaufmanThermo(4, 4, b as never)).toThrow(/^kaufmanThermo: beta must be a finite number, got /);
  });
  it("decimalContext carries digits + 15 significant digits, digits in [5, 1000]", () => {
    expect(decimalContext(5).precision).toBe(20);
    expect(decimalContext(1000).precision).toBe(1015);
    for (const d of [4, 1001, 7.5, Number.NaN])
      expect(() => decimalContext(d)).toThrow(/^decimalContext: digits must be an integer in \[5, 1000\], got /);
  });
});
