import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { escapeScale } from "../../src/spinglass/escape-scale.js";
import { evenOddSplit, vectorSpinEnergy } from "../../src/spinglass/energy.js";
import { topEigenpair } from "../../src/spinglass/vector-instability.js";
import { operatorNorm, thesisRadius, thesisSystem } from "../../src/spinglass/system.js";
import { Prng } from "../../src/random/prng.js";

/** E(t) = −λt² + ct, the energy on the ray, evaluated directly (the quadratic of the derivation). */
const quadratic = (lambda: number, c: number) => (t: number) => -lambda * t * t + c * t;

describe("escapeScale", () => {
  it("puts T, 10T, 100T on the falling side of −λt² + ct for every |c| ≤ F, the worst c = ±F included", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-8, max: 1e3, noNaN: true }),
        fc.double({ min: 0, max: 1e3, noNaN: true }),
        fc.double({ min: 0.1, max: 10, noNaN: true }),
        fc.constantFrom(-1, -0.5, 0, 0.5, 1),
        (lambda, F, R, frac) => {
          const E = quadratic(lambda, frac * F);
          const T = escapeScale(lambda, F, R);
          expect(E(10 * T)).toBeLessThan(E(T) - 90);
          expect(E(100 * T)).toBeLessThan(E(10 * T) - 90);
        },
      ),
      { seed: 20261205, numRuns: 500 },
    );
  });

  it("is needed: with a small λ_max a fixed probe t = R, 10R, 100R sees the energy rise where T does not", () => {
    // Jᵉ = diag(0.001, −1): along v = e₁, E(t) = −0.001 t² − x₁ t with the field pointing against v.
    const N = 2;
    const D = 4;
    const J = new Float64Array([0.001, 0, 0, -1]);
    const x = new Float64Array(N * D);
    x[0] = -2; // x_1·ê = −2: the field term +2t rises first
    const sys = { N, D, J, x };
    const ray = (t: number) => {
      const s = new Float64Array(N * D);
      s[0] = t;
      return vectorSpinEnergy(sys, s);
    };
    const R = thesisRadius(D);
    expect(ray(100 * R)).toBeGreaterThan(ray(10 * R)); // the fixed probe sees a rise
    const T = escapeScale(0.001, Math.hypot(...x), R);
    expect(T).toBe(4000);
    expect(ray(10 * T)).toBeLessThan(ray(T) - 90);
    expect(ray(100 * T)).toBeLessThan(ray(10 * T) - 90);
  });

  it("has no ray to give when Jᵉ is negative definite: the system explore found at N = 4 (λ_max < 0)", () => {
    // N = 4, D = 8, seed 1533698416: λ_max(Jᵉ) ≈ −0.0098, so E is bounded below and escapeScale refuses.
    const seed = 1533698416;
    const N = 4;
    const sys = thesisSystem(new Prng(seed), { N, D: 8 });
    const even = evenOddSplit(sys.J, N).even;
    const { value } = topEigenpair(even, N, operatorNorm(even, N), seed + 1);
    expect(value).toBeLessThan(0);
    expect(() => escapeScale(value, 1, 1)).toThrow(/lambda/);
  });

  it("refuses λ ≤ 0, negative or non-finite arguments, naming them", () => {
    expect(() => escapeScale(0, 1, 1)).toThrow(/lambda/);
    expect(() => escapeScale(-1, 1, 1)).toThrow(RangeError);
    expect(() => escapeScale(1, -1, 1)).toThrow(/fieldNorm/);
    expect(() => escapeScale(1, Number.NaN, 1)).toThrow(RangeError);
    expect(() => escapeScale(1, 1, 0)).toThrow(/radius/);
    expect(() => escapeScale(Number.MIN_VALUE, Number.MAX_VALUE, 1)).toThrow(/overflows/);
  });

  it("is R when the field is weak and λ is of order one", () => {
    expect(escapeScale(1, 0.1, 3)).toBe(3);
    expect(escapeScale(0.01, 1, 3)).toBe(200);
    expect(escapeScale(1e-6, 0, 3)).toBe(1000);
  });
});
