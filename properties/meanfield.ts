/**
 * Mean field: paper 000 §6.1 eq 17, §7 eq 18-19; blog 004 (mean-field self-consistency and the
 * attention self-consistency); exact finite-N Curie–Weiss.
 */
import fc from "fast-check";
import { conditional, holds, part } from "../src/claims/property.js";
import { expectClose, expectThat } from "../src/claims/violation.js";
import {
  attentionAverage,
  attentionSelfConsistentSolutions,
  curieWeissLogZ,
  curieWeissThermo,
  meanFieldSolutions,
  predictedSolutionCount,
  spinodalField,
} from "../src/meanfield/index.js";

/** −βf of the mean-field (N → ∞) Curie–Weiss model: max_m [βJm²/2 + βhm + s(m)]. */
function meanFieldMinusBetaF(beta: number, J: number, h: number): number {
  const s = (m: number) => {
    const p = (1 + m) / 2,
      q = (1 - m) / 2;
    return -(p > 0 ? p * Math.log(p) : 0) - (q > 0 ? q * Math.log(q) : 0);
  };
  let best = -Infinity;
  for (const m of meanFieldSolutions(beta, J, h)) best = Math.max(best, (beta * J * m * m) / 2 + beta * h * m + s(m));
  return best;
}

const bj = fc.double({ min: 0.05, max: 5, noNaN: true });
/** βJ values kept 1e-3 away from the critical point, where two roots merge into m = 0. */
const awayFromCritical = bj.filter((x) => Math.abs(x - 1) > 1e-3);

export const properties = [
  holds(
    "meanfield.solution-count-h0",
    part({
      description:
        "m = tanh(βJm) has exactly one solution for βJ ≤ 1 and three for βJ > 1; the attention average over tokens {+1, −1} is the same map",
      arbitraries: () => [
        awayFromCritical,
        fc.double({ min: 0.2, max: 3, noNaN: true }),
        fc.double({ min: -1, max: 1, noNaN: true }),
      ],
      predicate: (_ctx, betaJ, J, u) => {
        const beta = betaJ / J;
        const roots = meanFieldSolutions(beta, J, 0);
        expectThat(roots.length === (betaJ <= 1 ? 1 : 3), `${roots.length} solutions at βJ = ${betaJ}`, {
          beta,
          J,
          roots,
        });
        expectThat(roots.length === predictedSolutionCount(beta, J, 0), "grid count differs from the analytic count", {
          beta,
          J,
          roots,
        });
        // Second road: for tokens {+1, −1}, Σ_j x_j softmax_j(βu x_j) = tanh(βu).
        expectClose(
          "attention average over {+1, −1} vs tanh",
          attentionAverage([1, -1], beta, u),
          Math.tanh(beta * u),
          { abs: 1e-14 },
        );
      },
      numRuns: 200,
    }),
  ),
  conditional("meanfield.critical-beta-multiple-solutions", {
    inside: part({
      description: "for βJ > 1 and |h| < h_sp(β) there are three solutions of m = tanh(β(Jm + h)); for βJ < 1 one",
      arbitraries: () => [awayFromCritical, fc.double({ min: -0.98, max: 0.98, noNaN: true })],
      predicate: (_ctx, beta, frac) => {
        const h = frac * spinodalField(beta);
        const roots = meanFieldSolutions(beta, 1, h);
        const expected = beta > 1 ? 3 : 1;
        expectThat(roots.length === expected, `${roots.length} solutions at β = ${beta}, h = ${h}`, { beta, h, roots });
      },
      numRuns: 200,
    }),
    boundary: part({
      description:
        "just past the spinodal (|h| = 1.02 h_sp(β), β > 1) 'above the critical β, multiple solutions' fails",
      arbitraries: () => [fc.double({ min: 1.05, max: 5, noNaN: true }), fc.boolean()],
      predicate: (_ctx, beta, positive) => {
        const h = (positive ? 1.02 : -1.02) * spinodalField(beta);
        const roots = meanFieldSolutions(beta, 1, h);
        expectThat(roots.length >= 2, `only ${roots.length} solution above the critical β at h = ${h}`, {
          beta,
          h,
          roots,
        });
      },
      numRuns: 50,
    }),
  }),
  holds(
    "meanfield.attention-self-consistency",
    part({
      description:
        "blog: for scalar tokens, ⟨x⟩ = Σ_j x_j softmax_j(β⟨x⟩x_j) has a single solution below some β_c and multiple above (tested: multiple solutions at β = 200)",
      arbitraries: () => [
        fc
          .array(fc.integer({ min: -10, max: 10 }), { minLength: 2, maxLength: 5 })
          .map((a) => a.map((v) => v / 10))
          .filter((a) => Math.max(...a) - Math.min(...a) >= 0.1),
      ],
      predicate: (ctx, x) => {
        const roots = attentionSelfConsistentSolutions(x, 200);
        ctx.record("solutions at β = 200", roots);
        expectThat(roots.length >= 2, `tokens ${JSON.stringify(x)}: a single solution even at β = 200`, { x, roots });
      },
      examples: [[[0, 1]]],
    }),
  ),
  holds(
    "meanfield.curie-weiss-limit",
    part({
      description:
        "exact finite-N Curie–Weiss: decimal and float64 ln Z agree, and ln Z_N/N → mean-field −βf within 2 ln N / N",
      arbitraries: () => [
        fc.integer({ min: 50, max: 4000 }),
        fc.double({ min: 0.1, max: 3, noNaN: true }),
        fc.double({ min: -0.5, max: 0.5, noNaN: true }),
      ],
      predicate: (ctx, N, beta, h) => {
        const exact = curieWeissThermo(N, beta, { h });
        if (N <= 200) {
          const dec = curieWeissLogZ(N, beta, { h, digits: 20 }).toNumber();
          expectClose("ln Z: decimal vs float64", exact.logZ, dec, { rel: 1e-12 }, { N, beta, h });
        }
        const mf = meanFieldMinusBetaF(beta, 1, h);
        const gap = Math.abs(exact.logZ / N - mf);
        const bound = (2 * Math.log(N)) / N;
        ctx.observeRatio(gap / bound);
        expectThat(gap <= bound, `|ln Z_N/N − (−βf)| = ${gap} > 2 ln N / N`, { N, beta, h, gap, bound });
      },
      numRuns: 60,
      budgetMs: 15000,
    }),
  ),
  holds(
    "meanfield.finite-n-m-continuous",
    part({
      description:
        "at finite N, ⟨m⟩(h) is continuous: |⟨m⟩(h₁) − ⟨m⟩(h₂)| ≤ βN|h₁ − h₂| (since ∂⟨m⟩/∂h = βN Var m ≤ βN)",
      arbitraries: () => [
        fc.integer({ min: 2, max: 5000 }),
        fc.double({ min: 0.1, max: 3, noNaN: true }),
        fc.double({ min: -0.1, max: 0.1, noNaN: true }),
        fc.double({ min: 1e-9, max: 1e-3, noNaN: true }),
      ],
      predicate: (ctx, N, beta, h, dh) => {
        const a = curieWeissThermo(N, beta, { h }).m;
        const b = curieWeissThermo(N, beta, { h: h + dh }).m;
        const lip = beta * N * dh;
        ctx.observeRatio(Math.abs(b - a) / lip);
        expectThat(Math.abs(b - a) <= lip * (1 + 1e-9) + 1e-14, "⟨m⟩ jumps at finite N", { N, beta, h, dh, a, b });
      },
      numRuns: 200,
    }),
  ),
  conditional("meanfield.limit-m-jump", {
    inside: part({
      description:
        "β > 1: as N grows, ⟨m⟩_N(+δ) − ⟨m⟩_N(−δ) with δ = N^{−1/2} approaches the mean-field jump 2m*(β) (N = 40 000, within 10%)",
      arbitraries: () => [fc.double({ min: 1.2, max: 3, noNaN: true })],
      predicate: (ctx, beta) => {
        const N = 40000;
        const d = N ** -0.5;
        const jump = curieWeissThermo(N, beta, { h: d }).m - curieWeissThermo(N, beta, { h: -d }).m;
        const mstar = Math.max(...meanFieldSolutions(beta));
        ctx.observeRatio(Math.abs(jump - 2 * mstar) / (0.2 * mstar));
        expectClose("jump of ⟨m⟩ across h = 0", jump, 2 * mstar, { rel: 0.1 }, { beta, N });
      },
      numRuns: 20,
    }),
    boundary: part({
      description: "β < 1 (above T_c): the same difference vanishes as N grows: no jump",
      arbitraries: () => [fc.double({ min: 0.3, max: 0.9, noNaN: true })],
      predicate: (_ctx, beta) => {
        const N = 40000;
        const d = N ** -0.5;
        const jump = curieWeissThermo(N, beta, { h: d }).m - curieWeissThermo(N, beta, { h: -d }).m;
        expectThat(jump >= 0.1, `no jump of ⟨m⟩ at β = ${beta}: ${jump}`, { beta, N, jump });
      },
      numRuns: 20,
    }),
  }),
];
