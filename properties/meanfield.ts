/**
 * Mean field: paper 000 §6.1 eq 17, §7 eq 18-19; blog 004 (mean-field self-consistency and the
 * attention self-consistency); exact finite-N Curie–Weiss.
 *
 * Parts are factories taking the reference (or the restriction) as a parameter, so each entry's
 * control is the same check on a broken reference or on inputs where the claim is true.
 */
import fc from "fast-check";
import { conditional, control, holds, part } from "../src/claims/property.js";
import { mapResult, scaled, shifted } from "../src/claims/mutate.js";
import { expectClose, expectEqualCounts, expectGe, expectLe, finite } from "../src/claims/violation.js";
import {
  attentionAverage,
  attentionSelfConsistentSolutions,
  curieWeissLogZ,
  curieWeissThermo,
  meanFieldSolutions,
  predictedSolutionCount,
  spinodalField,
} from "../src/meanfield/index.js";
import { meanFieldMinusBetaF } from "../src/meanfield/minus-beta-f.js";

const bj = fc.double({ min: 0.05, max: 5, noNaN: true });

type Solutions = typeof meanFieldSolutions;
/** A solver that only ever finds the first root (a broken root scan). */
const firstRootOnly: Solutions = mapResult(meanFieldSolutions, (r) => r.slice(0, 1));

const solutionCount = (solutions: Solutions = meanFieldSolutions) =>
  part({
    description:
      "m = tanh(βJm) has exactly one solution for βJ ≤ 1 and three for βJ > 1; the attention average over tokens {+1, −1} is the same map",
    arbitraries: () => [bj, fc.double({ min: 0.2, max: 3, noNaN: true }), fc.double({ min: -1, max: 1, noNaN: true })],
    predicate: (_ctx, betaJ, J, u) => {
      // βJ within 1e-3 of the critical point, where two roots merge into m = 0: a counted rejection.
      fc.pre(Math.abs(betaJ - 1) > 1e-3);
      const beta = betaJ / J;
      const roots = solutions(beta, J, 0);
      for (const r of roots) finite(r, "a mean-field solution");
      expectEqualCounts(`solutions at βJ = ${betaJ}`, roots.length, betaJ <= 1 ? 1 : 3, { beta, J, roots });
      expectEqualCounts("grid count vs the analytic count", roots.length, predictedSolutionCount(beta, J, 0), {
        beta,
        J,
        roots,
      });
      // Second road: for tokens {+1, −1}, Σ_j x_j softmax_j(βu x_j) = tanh(βu).
      expectClose("attention average over {+1, −1} vs tanh", attentionAverage([1, -1], beta, u), Math.tanh(beta * u), {
        abs: 1e-14,
      });
    },
    numRuns: 200,
  });

const criticalInside = (spinodal = spinodalField) =>
  part({
    description: "for βJ > 1 and |h| < h_sp(β) there are three solutions of m = tanh(β(Jm + h)); for βJ < 1 one",
    arbitraries: () => [bj, fc.double({ min: -0.98, max: 0.98, noNaN: true })],
    predicate: (_ctx, beta, frac) => {
      fc.pre(Math.abs(beta - 1) > 1e-3);
      const h = frac * spinodal(beta);
      const roots = meanFieldSolutions(beta, 1, h).map((r) => finite(r, "a mean-field solution"));
      expectEqualCounts(`solutions at β = ${beta}, h = ${h}`, roots.length, beta > 1 ? 3 : 1, { beta, h, roots });
    },
    numRuns: 200,
  });

const criticalBoundary = part({
  description: "just past the spinodal (|h| = 1.02 h_sp(β), β > 1) 'above the critical β, multiple solutions' fails",
  arbitraries: () => [fc.double({ min: 1.05, max: 5, noNaN: true }), fc.boolean()],
  predicate: (_ctx, beta, positive) => {
    const h = (positive ? 1.02 : -1.02) * spinodalField(beta);
    const roots = meanFieldSolutions(beta, 1, h).map((r) => finite(r, "a mean-field solution"));
    expectGe(`number of solutions above the critical β at h = ${h}`, roots.length, 2, {}, { beta, h, roots });
  },
  numRuns: 50,
});

/**
 * The blog's attention self-consistency for scalar tokens: multiple solutions at β = 200. `symmetric`
 * restricts to token pairs {a, −a}, where the map is ⟨x⟩ = a·tanh(βa⟨x⟩) (the Ising symmetry) and
 * the claim is true (the control).
 */
const multipleSolutions = (symmetric = false) =>
  part({
    description: `blog: for scalar tokens${symmetric ? " {a, −a}" : ""}, ⟨x⟩ = Σ_j x_j softmax_j(β⟨x⟩x_j) has a single solution below some β_c and multiple above (tested: multiple solutions at β = 200)`,
    arbitraries: () => [
      symmetric
        ? fc.integer({ min: 1, max: 10 }).map((a) => [a / 10, -a / 10])
        : fc.array(fc.integer({ min: -10, max: 10 }), { minLength: 2, maxLength: 5 }).map((a) => a.map((v) => v / 10)),
    ],
    predicate: (ctx, x) => {
      // Tokens that (nearly) coincide carry no interaction to speak of: a counted rejection.
      fc.pre(Math.max(...x) - Math.min(...x) >= 0.1);
      const roots = attentionSelfConsistentSolutions(x, 200);
      for (const r of roots) finite(r, "a self-consistent solution"); // a NaN root is a bug, never a count
      ctx.record("solutions at β = 200", roots);
      expectGe(`number of solutions for tokens ${JSON.stringify(x)} at β = 200`, roots.length, 2, {}, { x, roots });
    },
    examples: symmetric ? [] : [[[0, 1]]],
  });

const curieWeissLimit = (minusBetaF = meanFieldMinusBetaF) =>
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
      const gap = Math.abs(exact.logZ / N - minusBetaF(beta, 1, h));
      const bound = (2 * Math.log(N)) / N;
      ctx.observeRatio(gap / bound);
      expectLe("|ln Z_N/N − (−βf)|", gap, bound, {}, { N, beta, h });
    },
    numRuns: 60,
    budgetMs: 15000,
  });

type Thermo = typeof curieWeissThermo;

const continuousM = (thermo: Thermo = curieWeissThermo) =>
  part({
    description: "at finite N, ⟨m⟩(h) is continuous: |⟨m⟩(h₁) − ⟨m⟩(h₂)| ≤ βN|h₁ − h₂| (since ∂⟨m⟩/∂h = βN Var m ≤ βN)",
    arbitraries: () => [
      fc.integer({ min: 2, max: 5000 }),
      fc.double({ min: 0.1, max: 3, noNaN: true }),
      fc.double({ min: -0.1, max: 0.1, noNaN: true }),
      fc.double({ min: 1e-9, max: 1e-3, noNaN: true }),
    ],
    predicate: (ctx, N, beta, h, dh) => {
      const a = thermo(N, beta, { h }).m;
      const b = thermo(N, beta, { h: h + dh }).m;
      const lip = beta * N * dh;
      ctx.observeRatio(Math.abs(b - a) / lip);
      expectLe("|⟨m⟩(h + δ) − ⟨m⟩(h)|", Math.abs(b - a), lip, { rel: 1e-9, abs: 1e-14 }, { N, beta, h, dh });
    },
    numRuns: 200,
  });

const jumpInside = (solutions: Solutions = meanFieldSolutions) =>
  part({
    description:
      "β > 1: as N grows, ⟨m⟩_N(+δ) − ⟨m⟩_N(−δ) with δ = N^{−1/2} approaches the mean-field jump 2m*(β) (N = 40 000, within 10%)",
    arbitraries: () => [fc.double({ min: 1.2, max: 3, noNaN: true })],
    predicate: (ctx, beta) => {
      const N = 40000;
      const d = N ** -0.5;
      const jump = curieWeissThermo(N, beta, { h: d }).m - curieWeissThermo(N, beta, { h: -d }).m;
      const mstar = Math.max(...solutions(beta));
      ctx.observeRatio(Math.abs(jump - 2 * mstar) / (0.2 * mstar));
      expectClose("jump of ⟨m⟩ across h = 0", jump, 2 * mstar, { rel: 0.1 }, { beta, N });
    },
    numRuns: 20,
  });

const jumpBoundary = part({
  description: "β < 1 (above T_c): the same difference vanishes as N grows: no jump",
  arbitraries: () => [fc.double({ min: 0.3, max: 0.9, noNaN: true })],
  predicate: (_ctx, beta) => {
    const N = 40000;
    const d = N ** -0.5;
    const jump = curieWeissThermo(N, beta, { h: d }).m - curieWeissThermo(N, beta, { h: -d }).m;
    expectGe(`jump of ⟨m⟩ at β = ${beta}`, jump, 0.1, {}, { beta, N });
  },
  numRuns: 20,
});

export const properties = [
  holds(
    "meanfield.solution-count-h0",
    solutionCount(),
    control("a root scan that keeps only the first root", holds("c", solutionCount(firstRootOnly))),
  ),
  conditional(
    "meanfield.critical-beta-multiple-solutions",
    { inside: criticalInside(), boundary: criticalBoundary },
    control(
      "the spinodal field over-estimated by 1.5",
      conditional("c", { inside: criticalInside(scaled(spinodalField, 1.5)), boundary: criticalBoundary }),
    ),
  ),
  holds(
    "meanfield.attention-self-consistency",
    multipleSolutions(),
    control("token pairs {a, −a} (the Ising symmetry the textbook picture needs)", holds("c", multipleSolutions(true))),
  ),
  holds(
    "meanfield.curie-weiss-limit",
    curieWeissLimit(),
    control("mean-field −βf shifted by 0.01", holds("c", curieWeissLimit(shifted(meanFieldMinusBetaF, 0.01)))),
  ),
  holds(
    "meanfield.finite-n-m-continuous",
    continuousM(),
    control(
      "⟨m⟩ given a spurious slope 10⁶ in h",
      holds(
        "c",
        continuousM(mapResult(curieWeissThermo, (r, _N, _beta, opts) => ({ ...r, m: r.m + 1e6 * (opts?.h ?? 0) }))),
      ),
    ),
  ),
  conditional(
    "meanfield.limit-m-jump",
    { inside: jumpInside(), boundary: jumpBoundary },
    control(
      "m* scaled by 1.5",
      conditional("c", {
        inside: jumpInside(mapResult(meanFieldSolutions, (r) => r.map((v) => 1.5 * v))),
        boundary: jumpBoundary,
      }),
    ),
  ),
];
