import { describe, expect, it } from "vitest";
import { fig41Plan, publishedThesisSteps } from "../../src/figures/thesis-fig41.js";

describe("Fig 4.1's plans", () => {
  it("the published plan runs the thesis' sampler for the thesis' own budgets at its size", () => {
    const p = fig41Plan(false, true);
    expect([p.N, p.D, p.replicas, p.thesisMeasure]).toEqual([64, 32, 3, 1e6]);
    expect([1e-3, 1, 1.0001, 10, 10.5, 1000].map(p.thesisSteps)).toEqual([5e7, 5e7, 2e7, 2e7, 1e7, 1e7]);
    expect(p.betas[0]).toBeCloseTo(1e-3, 15);
    expect(p.betas.at(-1)).toBeCloseTo(1e3, 10);
    // 1.3·10⁹ steps of the thesis' sampler over the 13 β (3 replicas): 15 minutes of one core at 0.7 µs a step, 8 minutes on 2 worker threads.
    const total = p.betas.reduce((s, b) => s + p.replicas * (p.thesisSteps(b) + p.thesisMeasure), 0);
    expect(total).toBe(3 * (7 * 5.1e7 + 2 * 2.1e7 + 4 * 1.1e7));
  });
  it("the thorough plan differs from it only in the thesis' budgets", () => {
    const t = fig41Plan(true);
    const p = fig41Plan(true, true);
    expect({ ...t, thesisSteps: 0, thesisMeasure: 0 }).toEqual({ ...p, thesisSteps: 0, thesisMeasure: 0 });
    expect(t.thesisSteps(1)).toBe(1e6);
  });
  it("the quick plan scales the published budgets to equal per-site diffusion at N = 16 (÷ 64), then ÷ 8", () => {
    const q = fig41Plan(false);
    expect(q.N).toBe(16);
    for (const b of [0.1, 5, 100]) expect(q.thesisSteps(b)).toBe(Math.round(publishedThesisSteps(b) / 64 / 8));
  });
});
