import { describe, expect, it } from "vitest";
import { detailedBalanceGap, logGaussianTarget, logGlobalProposal } from "../../src/spinglass/global-proposal.js";

describe("detailed balance with a global proposal", () => {
  it("holds with the Hastings factor, fails without it, and holds without it when ‖x‖ = ‖y‖", () => {
    for (let seed = 0; seed < 20; seed++) {
      expect(detailedBalanceGap(4, seed, 2, 1)).toBeLessThan(1e-12);
      expect(detailedBalanceGap(4, seed, 2, 0, true)).toBeLessThan(1e-12);
    }
    expect(detailedBalanceGap(4, 3, 2, 0)).toBeGreaterThan(1e-3);
  });
  it("the gap without the factor is |log Q(x) − log Q(y)| (second road: the flows in closed form)", () => {
    // Without the factor, both flows are min(π(x), π(y))·Q(·): their log ratio is log Q(y) − log Q(x).
    const x = [1, 2];
    const y = [-0.5, 0.1];
    const R = Math.sqrt(0.5);
    const expected = Math.abs(logGlobalProposal(y, R) - logGlobalProposal(x, R));
    const piX = logGaussianTarget(x, [0, 0], 1);
    const piY = logGaussianTarget(y, [0, 0], 1);
    const fwd = Math.min(piX, piY) + logGlobalProposal(y, R);
    const bwd = Math.min(piX, piY) + logGlobalProposal(x, R);
    expect(Math.abs(fwd - bwd)).toBeCloseTo(expected, 14);
  });
});
