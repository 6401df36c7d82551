import { describe, expect, it } from "vitest";
import { Prng } from "../../src/random/prng.js";
import { LOW_T_SYSTEMS, lowTAgreement } from "../../src/spinglass/low-t-agreement.js";
import { nmfFixedPoint } from "../../src/spinglass/nmf-fixed-point.js";
import { replicaAverages } from "../../src/spinglass/replicas.js";
import { alignment, type SpinSystem, thesisRadius, thesisSystem } from "../../src/spinglass/system.js";

const SEED = 12345;
const BETA = 100;
const negatedFields = (sys: SpinSystem): SpinSystem => ({ ...sys, x: sys.x.map((v) => -v) });

/** The reading on the systems of SEED, with the seeds nMF was asked about. */
function reading() {
  const seen: number[] = [];
  const r = lowTAgreement(SEED, BETA, (sys, s) => {
    seen.push(s);
    return sys;
  });
  if (r === undefined) throw new Error("nMF did not converge on the test systems");
  return { r, seen };
}

describe("lowTAgreement", () => {
  it("asks nMF about the systems of seeds seed + 7919k, k < 5, and reads one 𝒜 per system", () => {
    const { r, seen } = reading();
    expect(seen).toEqual([12345, 20264, 28183, 36102, 44021]);
    expect(r.agreements).toHaveLength(LOW_T_SYSTEMS);
  });

  it("reads system 0 as defined: one replica of the thesis' sampler (seed 12352, 312 500 = 2·10⁷/64 steps, untuned) against nMF's fixed point", () => {
    const { r } = reading();
    const N = 16;
    const D = 16;
    const sys = thesisSystem(new Prng(SEED), { N, D });
    const n = nmfFixedPoint(sys, BETA, thesisRadius(D));
    const run = replicaAverages(sys, BETA, SEED + 7, 1, { tuned: false, steps: 312_500 });
    expect(r.agreements[0]).toBe(alignment(run.averages[0], n.m, N, D));
    expect(r.kernel).toBe(run.kernel);
  });

  it("reads the median: the middle of the five sorted agreements", () => {
    const { r } = reading();
    const sorted = [...r.agreements].sort((a, b) => a - b);
    expect(r.median).toBe(sorted[2]);
  });

  it("flips sign exactly when nMF is solved with the fields negated (nMF is odd in x from m₀ = 0, 𝒜 linear in m_nMF's sign)", () => {
    const { r } = reading();
    const neg = lowTAgreement(SEED, BETA, negatedFields);
    if (neg === undefined) throw new Error("nMF did not converge on the test systems");
    expect(neg.agreements).toEqual(r.agreements.map((a) => -a));
    expect(neg.median).toBe(-r.median);
  });

  it("finds the thesis' agreement at β = 100 on these systems (median ≥ 0.97, every 𝒜 in [−1, 1])", () => {
    const { r } = reading();
    for (const a of r.agreements) expect(Math.abs(a)).toBeLessThanOrEqual(1 + 1e-12);
    expect(r.median).toBeGreaterThanOrEqual(0.97);
  });

  it("is undefined, before any chain runs, when nMF has no fixed point (J = −100·I: m ↦ φ(β(x − 100m)) overshoots at β = 100)", () => {
    const seen: number[] = [];
    const r = lowTAgreement(SEED, BETA, (sys, s) => {
      seen.push(s);
      return { ...sys, J: Float64Array.from({ length: sys.N * sys.N }, (_, k) => (k % (sys.N + 1) === 0 ? -100 : 0)) };
    });
    expect(r).toBeUndefined();
    expect(seen).toEqual([SEED]);
  });
});
