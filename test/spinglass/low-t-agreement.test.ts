import { describe, expect, it } from "vitest";
import { LOW_T_SYSTEMS, lowTAgreement } from "../../src/spinglass/low-t-agreement.js";
import type { SpinSystem } from "../../src/spinglass/system.js";

const negatedFields = (sys: SpinSystem): SpinSystem => ({ ...sys, x: sys.x.map((v) => -v) });

describe("lowTAgreement", () => {
  const seen: number[] = [];
  const same = lowTAgreement(12345, 100, (sys, s) => {
    seen.push(s);
    return sys;
  });

  it("asks nMF about the systems of seeds seed + 7919k, k < 5, and reads one 𝒜 per system", () => {
    expect(seen).toEqual([12345, 20264, 28183, 36102, 44021]);
    expect(same?.agreements).toHaveLength(LOW_T_SYSTEMS);
  });

  it("reads the median: the middle of the five sorted agreements", () => {
    if (same === undefined) throw new Error("nMF did not converge on the test systems");
    const sorted = [...same.agreements].sort((a, b) => a - b);
    expect(same.median).toBe(sorted[2]);
  });

  it("flips sign exactly when nMF is solved with the fields negated (nMF is odd in x from m₀ = 0, 𝒜 linear in m_nMF's sign)", () => {
    const neg = lowTAgreement(12345, 100, negatedFields);
    if (same === undefined || neg === undefined) throw new Error("nMF did not converge on the test systems");
    expect(neg.agreements).toEqual(same.agreements.map((a) => -a));
    expect(neg.median).toBe(-same.median);
  });

  it("finds the thesis' agreement at β = 100 on these systems (median ≥ 0.97, every 𝒜 in [−1, 1])", () => {
    if (same === undefined) throw new Error("nMF did not converge on the test systems");
    for (const a of same.agreements) expect(Math.abs(a)).toBeLessThanOrEqual(1 + 1e-12);
    expect(same.median).toBeGreaterThanOrEqual(0.97);
  });
});
