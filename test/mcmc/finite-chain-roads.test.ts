import { describe, expect, it } from "vitest";
import {
  asymptoticVariance,
  detailedBalanceDefect,
  kernel,
  kineticIsingKernel,
  metropolisHastingsKernel,
  normalize,
  solveAugmented,
  stationarityDefect,
  stationaryDistribution,
  stepDistribution,
  totalVariation,
} from "../../src/mcmc/finite-chain.js";
import { binningError, integratedAutocorrelationTime, simulateChain } from "../../src/mcmc/estimators.js";
import { distributionAfter, matrixAsymmetry, twoBlockProposal, worstTotalVariation } from "../../src/mcmc/mixing.js";

const f64 = (...v: number[]) => Float64Array.from(v);
const close = (got: ArrayLike<number>, want: ArrayLike<number>, tol: number) => {
  expect(got.length).toBe(want.length);
  for (let k = 0; k < want.length; k++) expect(Math.abs(got[k] - want[k]), `[${k}]`).toBeLessThanOrEqual(tol);
};

describe("finite chains by hand", () => {
  it("kernel checks rows to 1e-12 and entries to finite ≥ 0, naming the entry", () => {
    expect(kernel(2, f64(0.25, 0.75 + 5e-13, 1, 0)).n).toBe(2);
    expect(() => kernel(2, f64(0.25, 0.75 + 2e-12, 1, 0))).toThrow(/^kernel: row 0 of p sums to 1\.000000000002/);
    expect(() => kernel(2, f64(1, 0, 0.5, 0.4))).toThrow("kernel: row 1 of p sums to 0.9, not 1");
    expect(() => kernel(2, f64(1, 0, 1.5, -0.5))).toThrow("kernel: p[3] = P(1|1) must be finite and ≥ 0, got -0.5");
    expect(() => kernel(2, f64(1, 0, Number.NaN, 1))).toThrow("kernel: p[2] = P(0|1) must be finite and ≥ 0, got NaN");
    expect(() => kernel(1, f64(Number.POSITIVE_INFINITY))).toThrow(/^kernel: p\[0\] = P\(0\|0\) must be finite/);
    expect(() => kernel(2, f64(1, 0, 1))).toThrow("kernel: p must have n² = 4 entries, got 3");
    expect(() => kernel(0, f64())).toThrow(/^kernel: n must be an integer in \[1, 4096\]/);
    expect(() => kernel(1, [1] as never)).toThrow(/^kernel: p must be a Float64Array/);
  });
  it("Metropolis–Hastings on two states, with and without the Hastings factor (by hand)", () => {
    // Q = [[.5,.5],[.9,.1]], π ∝ (1, 3). Hastings: P(1|0) = .5·min(1, 3·.9/(1·.5)) = .5,
    // P(0|1) = .9·min(1, 1·.5/(3·.9)) = 1/6. Plain: P(0|1) = .9·min(1, 1/3) = .3.
    const q = kernel(2, f64(0.5, 0.5, 0.9, 0.1));
    close(metropolisHastingsKernel([1, 3], q).p, [0.5, 0.5, 1 / 6, 5 / 6], 1e-15);
    close(metropolisHastingsKernel([1, 3], q, { hastings: false }).p, [0.5, 0.5, 0.3, 0.7], 1e-15);
    close(metropolisHastingsKernel([1, 3], q, { hastings: true }).p, [0.5, 0.5, 1 / 6, 5 / 6], 1e-15);
    // A zero proposal entry stays zero (and is not divided by).
    const q3 = kernel(3, f64(0, 1, 0, 0.5, 0, 0.5, 0, 1, 0));
    // π ∝ (1, 4, 1): P(1|0) = min(1, 4·.5/1) = 1, P(0|1) = .5·min(1, 1·1/(4·.5)) = .25, rest stays.
    close(metropolisHastingsKernel([1, 4, 1], q3).p, [0, 1, 0, 0.25, 0.5, 0.25, 0, 1, 0], 1e-15);
  });
  it("Metropolis–Hastings names π and its options", () => {
    const q = kernel(2, f64(0.5, 0.5, 0.5, 0.5));
    expect(() => metropolisHastingsKernel([1, 0], q)).toThrow("metropolisHastingsKernel: π(1) = 0 must be positive");
    expect(() => metropolisHastingsKernel([-1, 1], q)).toThrow("metropolisHastingsKernel: π(0) = -1 must be positive");
    expect(() => metropolisHastingsKernel([1, 2, 3], q)).toThrow(/^metropolisHastingsKernel: π must have length 2/);
    expect(() => metropolisHastingsKernel([1, 2], q, null as never)).toThrow(
      /^metropolisHastingsKernel: options must be an object/,
    );
    expect(() => metropolisHastingsKernel([1, 2], { n: 2, p: f64(1) })).toThrow(
      /^metropolisHastingsKernel: q\.p must have length 4/,
    );
  });
  it("one step, normalization, and the stationary law of a birth–death chain (detailed balance, closed form)", () => {
    const k = kernel(3, f64(0.5, 0.5, 0, 0.2, 0.3, 0.5, 0, 0.4, 0.6));
    close(stepDistribution(k, [1, 0, 0]), [0.5, 0.5, 0], 1e-16);
    close(stepDistribution(k, [0.2, 0.3, 0.5]), [0.16, 0.39, 0.45], 1e-15);
    close(normalize([1, 3]), [0.25, 0.75], 1e-16);
    expect(() => normalize([])).toThrow(/^normalize: v must have at least 1 entries/);
    // π1/π0 = .5/.2, π2/π1 = .5/.4: π ∝ (1, 2.5, 3.125).
    const want = normalize([1, 2.5, 3.125]);
    const pi = stationaryDistribution(k);
    close(pi, want, 1e-15);
    expect(detailedBalanceDefect(k, pi)).toBeLessThan(1e-16);
    expect(stationarityDefect(k, pi)).toBeLessThan(1e-16);
    // A non-stationary law: defects by hand. μ = (1, 0, 0): μP = (.5, .5, 0); |π0 P01 − π1 P10| = .5.
    expect(stationarityDefect(k, [1, 0, 0])).toBeCloseTo(0.5, 15);
    expect(detailedBalanceDefect(k, [1, 0, 0])).toBeCloseTo(0.5, 15);
    expect(detailedBalanceDefect(k, [0, 0, 1])).toBeCloseTo(0.4, 15);
    expect(() => stepDistribution(k, [1, 0])).toThrow(
      /^stepDistribution: μ must have length 3 \(as the kernel k implies\)/,
    );
  });
  it("a cyclic chain breaks detailed balance but keeps the uniform law stationary", () => {
    const k = kernel(3, f64(0.1, 0.9, 0, 0, 0.1, 0.9, 0.9, 0, 0.1));
    const pi = stationaryDistribution(k);
    close(pi, [1 / 3, 1 / 3, 1 / 3], 1e-15);
    expect(detailedBalanceDefect(k, pi)).toBeCloseTo(0.3, 14);
  });
  it("a reducible chain has a singular stationary system, said as such", () => {
    const k = kernel(3, twoBlockProposal(2, 1));
    expect(() => stationaryDistribution(k)).toThrow("solveAugmented: singular system (is the chain reducible?)");
    expect(() => solveAugmented(f64(1, 2, 3, 4, 5), 2)).toThrow(/^solveAugmented: a must have length 6/);
    close(solveAugmented(f64(2, 0, 4, 0, 4, 2), 2), [2, 0.5], 1e-16);
  });
  it("total variation by hand", () => {
    expect(totalVariation([0.5, 0.5, 0], [0, 0.5, 0.5])).toBe(0.5);
    expect(totalVariation([0.2, 0.8], [0.2, 0.8])).toBe(0);
    expect(() => totalVariation([1], [0.5, 0.5])).toThrow(/^totalVariation: ν must have length 1/);
  });
  it("the asymptotic variance of a 3-state chain equals Var f + 2 Σ_t Cov(f(X0), f(Xt)) summed directly", () => {
    const k = kernel(3, f64(0.6, 0.3, 0.1, 0.2, 0.5, 0.3, 0.3, 0.3, 0.4));
    const f = [1, -2, 0.5];
    const pi = stationaryDistribution(k);
    const mean = pi.reduce((s, p, x) => s + p * f[x], 0);
    const fb = f.map((v) => v - mean);
    let sigma2 = pi.reduce((s, p, x) => s + p * fb[x] * fb[x], 0);
    // Cov(f(X0), f(Xt)) = Σ_x π_x f̄_x (P^t f̄)_x; |λ₂| < 0.5, so 200 terms are exact in float64.
    let g = fb.slice();
    for (let t = 1; t <= 200; t++) {
      g = g.map((_, x) => k.p[3 * x] * g[0] + k.p[3 * x + 1] * g[1] + k.p[3 * x + 2] * g[2]);
      sigma2 += 2 * pi.reduce((s, p, x) => s + p * fb[x] * g[x], 0);
    }
    expect(Math.abs(asymptoticVariance(k, f) - sigma2)).toBeLessThan(1e-13);
    expect(() => asymptoticVariance(k, [1, 2])).toThrow(/^asymptoticVariance: f must have length 3/);
  });
  it("the kinetic Ising kernel is Π_i e^{βs′_i h_i}/(2 cosh βh_i) with bit i set ⇔ s_i = −1", () => {
    const J = [0.4, -0.7, 0.3, 0.2];
    const theta = [0.1, -0.5];
    const beta = 1.3;
    const k = kineticIsingKernel(J, theta, beta);
    expect(k.n).toBe(4);
    const spin = (s: number, i: number) => ((s >> i) & 1 ? -1 : 1);
    for (let s = 0; s < 4; s++)
      for (let t = 0; t < 4; t++) {
        let w = 1;
        for (let i = 0; i < 2; i++) {
          const h = theta[i] + J[2 * i] * spin(s, 0) + J[2 * i + 1] * spin(s, 1);
          w *= Math.exp(beta * spin(t, i) * h) / (2 * Math.cosh(beta * h));
        }
        expect(Math.abs(k.p[4 * s + t] - w), `P(${t}|${s})`).toBeLessThan(1e-15);
      }
    expect(() => kineticIsingKernel([0], [], 1)).toThrow(/^kineticIsingKernel: θ must have at least 1 entries/);
    expect(() => kineticIsingKernel([0, 0, 0], [0, 0], 1)).toThrow(/^kineticIsingKernel: J must have length 4/);
    expect(() => kineticIsingKernel(new Array(121).fill(0), new Array(11).fill(0), 1)).toThrow(
      /^kineticIsingKernel: θ must have at most 10 entries/,
    );
    expect(() => kineticIsingKernel([0], [0], Number.NaN)).toThrow(/^kineticIsingKernel: β must be finite/);
  });
});

describe("mixing by hand", () => {
  it("distributionAfter is μP^t (t = 0 is the start) and names a bad start or t", () => {
    const k = kernel(3, f64(0.5, 0.5, 0, 0.2, 0.3, 0.5, 0, 0.4, 0.6));
    close(distributionAfter(k, 2, 0), [0, 0, 1], 0);
    close(distributionAfter(k, 2, 2), [0.08, 0.36, 0.56], 1e-15);
    expect(() => distributionAfter(k, -1, 1)).toThrow("distributionAfter: bad start -1");
    expect(() => distributionAfter(k, 0.5, 1)).toThrow("distributionAfter: bad start 0.5");
    expect(() => distributionAfter(k, 0, -1)).toThrow("distributionAfter: t must be a non-negative integer, got -1");
    expect(() => distributionAfter(k, 0, 1.5)).toThrow(/t must be a non-negative integer, got 1\.5/);
  });
  it("worstTotalVariation takes the worst start; at t = 0 it is 1 − min π", () => {
    const k = kernel(2, f64(0.7, 0.3, 0.1, 0.9));
    // π = (.25, .75): from state 0 TV = .75, from state 1 TV = .25.
    expect(worstTotalVariation(k, 0)).toBeCloseTo(0.75, 15);
    expect(worstTotalVariation(k, 1)).toBeCloseTo(0.6 * 0.75, 15);
  });
  it("matrixAsymmetry takes the largest |A_ij − A_ji| over all pairs and checks the size", () => {
    expect(matrixAsymmetry(3, [0, 1, 0, 1, 0, 0.5, 2, 0, 0])).toBe(2);
    expect(matrixAsymmetry(3, [0, 1, 0, 1, 0, 0.5, -0.25, 0.25, 0])).toBe(0.25);
    expect(() => matrixAsymmetry(2, [0, 1, 1])).toThrow("matrixAsymmetry: 3 entries for N = 2");
  });
  it("twoBlockProposal is uniform within each block and zero across", () => {
    close(twoBlockProposal(2, 1), [0.5, 0.5, 0, 0.5, 0.5, 0, 0, 0, 1], 0);
    close(twoBlockProposal(1, 2), [1, 0, 0, 0, 0.5, 0.5, 0, 0.5, 0.5], 0);
    for (const [a, b] of [
      [0, 1],
      [1, 0],
      [1.5, 1],
      [1, 1.5],
    ])
      expect(() => twoBlockProposal(a, b)).toThrow("twoBlockProposal: blocks of ≥ 1 state");
  });
});

describe("estimators by hand", () => {
  it("binningError: block size, block count, mean and error on 1…8 with 2 blocks", () => {
    // Blocks of 4: means 2.5, 6.5; se = √(Σ(b − 4.5)²/(B − 1)/B) = √(8/1/2) = 2.
    expect(binningError([1, 2, 3, 4, 5, 6, 7, 8], 2)).toEqual({ mean: 4.5, se: 2, blockSize: 4, blocks: 2 });
    // 9 samples, 2 blocks: blocks of 4 (the 9th sample only enters the mean).
    const r = binningError([1, 2, 3, 4, 5, 6, 7, 8, 100], 2);
    expect([r.blockSize, r.blocks, r.se]).toEqual([4, 2, 2]);
    expect(r.mean).toBeCloseTo(136 / 9, 14);
    // 12 samples, 3 blocks of 4: means 2.5, 6.5, 10.5; se = √(32/2/3).
    const s = binningError([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], 3);
    expect([s.blockSize, s.blocks]).toEqual([4, 3]);
    expect(s.se).toBeCloseTo(Math.sqrt(32 / 2 / 3), 14);
    // Exactly 2·minBlocks samples is enough: blocks of 2, means 2 and 6.
    expect(binningError([1, 3, 5, 7], 2)).toEqual({ mean: 4, se: 2, blockSize: 2, blocks: 2 });
  });
  it("binningError names its arguments", () => {
    expect(() => binningError([1, 2, 3], 2)).toThrow("binningError: x needs ≥ 2·minBlocks = 4 samples, got 3");
    expect(() => binningError([1, 2, 3, 4], 0)).toThrow(
      /^binningError: minBlocks must be an integer in \[1, 1073741824\]/,
    );
    expect(() => binningError([1, Number.NaN, 3, 4], 1)).toThrow(/^binningError: x\[1\] must be finite/);
  });
  it("integratedAutocorrelationTime by hand on (0, 0, 1, 1) and (1, 1, 1, 1)", () => {
    // mean ½, c0 = ¼; t = 1: Σ = ¼ − ¼ + ¼ = ¼ over 3 pairs → ρ(1) = 1/3; the window stops at t < n/2.
    const r = integratedAutocorrelationTime([0, 0, 1, 1]);
    expect(r.mean).toBe(0.5);
    expect(r.tau).toBeCloseTo(0.5 + 1 / 3, 15);
    expect(r.se).toBeCloseTo(Math.sqrt((2 * (5 / 6) * 0.25) / 4), 15);
    expect(integratedAutocorrelationTime([1, 1, 1, 1])).toEqual({ mean: 1, tau: 0.5, se: 0 });
    expect(() => integratedAutocorrelationTime([1])).toThrow(/^integratedAutocorrelationTime: x must have at least 2/);
  });
  it("integratedAutocorrelationTime's window stops at t ≥ 6τ", () => {
    // A period-2 series: ρ(1) = −(n−1)/n·…, τ drops below 1/6 at once and the window closes at t = 1.
    const x = Array.from({ length: 20 }, (_, t) => (t % 2 ? 1 : -1));
    const r = integratedAutocorrelationTime(x);
    // mean 0, c0 = 1, c(1) = −19/19 = −1: τ = ½ − 1 = −½, and 1 ≥ 6·(−½) stops the sum.
    expect(r.tau).toBeCloseTo(-0.5, 15);
  });
  it("simulateChain follows the inverse CDF of each row", () => {
    const k = { n: 3, p: f64(0.2, 0.3, 0.5, 0, 1, 0, 0.5, 0, 0.5) };
    const us = [0.1, 0.9, 0.4, 0.6, 0.2, 0.99999];
    let i = 0;
    // 0 -(.1)→ 0 -(.9)→ 2 -(.4)→ 0 -(.6)→ 2 -(.2)→ 0 -(.99999)→ 2
    expect(Array.from(simulateChain(k, 0, 6, () => us[i++]))).toEqual([0, 2, 0, 2, 0, 2]);
    // A u at or past the row's rounded total falls to the last state.
    expect(Array.from(simulateChain({ n: 2, p: f64(0.5, 0.5 - 1e-16, 0, 1) }, 0, 1, () => 0.9999999999999999))).toEqual(
      [1],
    );
    expect(simulateChain(k, 1, 0, () => 0.5).length).toBe(0);
    expect(() => simulateChain(k, 3, 1, () => 0.5)).toThrow(/^simulateChain: x0 must be an integer in \[0, 2\]/);
    expect(() => simulateChain(k, 0, -1, () => 0.5)).toThrow(/^simulateChain: steps must be an integer/);
    expect(() => simulateChain(k, 0, 1, 0.5 as never)).toThrow(/^simulateChain: next must be a function/);
    expect(() => simulateChain({ n: 2, p: f64(1) }, 0, 1, () => 0.5)).toThrow(
      /^simulateChain: k\.p must have length 4/,
    );
    expect(() => simulateChain(null as never, 0, 1, () => 0.5)).toThrow(/^simulateChain: k must be an object/);
  });
});
