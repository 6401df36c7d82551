/**
 * The thesis' experiments (§4.1-4.2, Fig 4.1-4.2) re-run with honest statistics: the field vs
 * coupling comparison, the high-temperature regime (J = 0 exactly, random J with an equilibrating
 * sampler), the zero-field instability against the SK line, what 5 local-move replicas can say
 * about replica symmetry breaking, and the TAP bump with symmetric couplings.
 *
 * Parts are built by small factories taking the reference (or the restriction) as a parameter, so
 * each entry's control is the same check on a broken reference or on inputs where the claim is true.
 */
import fc from "fast-check";
import { control, holds, illPosed, once, part, type RunContext } from "../src/claims/property.js";
import { mapResult, scaled } from "../src/claims/mutate.js";
import {
  expectClose,
  expectGe,
  expectGt,
  expectInInterval,
  expectLe,
  expectLt,
  expectNotRejected,
  expectThat,
  finite,
} from "../src/claims/violation.js";
import { seedArb, gaussianArray } from "../src/spinglass/arbitraries.js";
import { couplingToFieldRatio } from "../src/spinglass/local-field-ratio.js";
import { energyAutocorrelationTimes } from "../src/spinglass/energy-autocorrelation.js";
import { mannWhitneyLowerTail, mannWhitneyU } from "../src/numeric/mann-whitney.js";

import { nmfSolve, tapSolve } from "../src/spinglass/meanfield.js";
import { nmfFixedPoint } from "../src/spinglass/nmf-fixed-point.js";
import {
  exactMeanWithoutCouplings,
  overlapSpread,
  replicaAverages,
  worstDistanceFromMean,
} from "../src/spinglass/replicas.js";
import { steinAlignments } from "../src/spinglass/stein-alignment.js";
import {
  type CrossoverReading,
  replicaCrossover,
  type SmallFieldOrder,
  smallFieldOrder,
} from "../src/spinglass/para-ferro-readings.js";
import { ThesisSampler, thesisSigma } from "../src/spinglass/sampler.js";
import { alignment, localFields, thesisRadius, thesisSystem, type SpinSystem } from "../src/spinglass/system.js";
import { symmetrizedCouplings, topEigenvalue, vectorTc } from "../src/spinglass/vector-instability.js";
import { Prng } from "../src/random/prng.js";
import { lowTAgreement } from "../src/spinglass/low-t-agreement.js";
import { thesisBudget } from "../src/spinglass/thesis-budget.js";

const roundsTo39 = (radius = thesisRadius) =>
  once("R = √(D/2 − 1) at D = 32 is √15 = 3.873, which rounds to 3.9", (ctx) => {
    const R = radius(32);
    ctx.record("R", R);
    expectInInterval("R at D = 32 (rounds to 3.9)", R, 3.85, 3.95);
  });

/** Coupling local field / field, site-averaged, at the thesis' size with couplings of scale `J`. */
const fieldDominates = (J = 1) =>
  part({
    description: `like with like: the coupling's local field ‖Σ_j J_ij m_j‖ (J_ij ~ N(0, ${J}²/N), ‖m_j‖ = R) is at most half the field's ‖x_i‖ = R, site-averaged (N = 64, D = 32)`,
    arbitraries: () => [seedArb],
    predicate: (ctx, seed) => {
      const r = couplingToFieldRatio(seed, 64, 32, J);
      ctx.record("site-averaged coupling/field local-field ratio", r);
      expectLe("coupling/field local-field ratio", r, 0.5, { abs: 0.01 }, { seed });
    },
    numRuns: 20,
  });

const comparable = (ratio = couplingToFieldRatio) =>
  part({
    description:
      "the coupling's and the field's local fields are comparable: their site-averaged ratio is in [0.85, 1.15] (N = 64, D = 32)",
    arbitraries: () => [seedArb],
    predicate: (ctx, seed) => {
      const r = ratio(seed, 64, 32);
      ctx.record("site-averaged coupling/field local-field ratio", r);
      ctx.observeRatio(Math.abs(r - 1) / 0.15);
      expectInInterval("coupling/field local-field ratio", r, 0.85, 1.15, {}, { seed });
    },
    numRuns: 20,
  });

/**
 * The sampler's time average at J = 0 reaches the exact mean R x̂_i: its alignment with the field is
 * ≥ 0.7 at β ∈ [0.1, 0.9]. `averages` is the Monte-Carlo road (a broken one is the control).
 */
const mcReachesExactMean = (averages = replicaAverages) =>
  part({
    description:
      "J = 0, β ∈ [0.1, 0.9] (N = D = 8): the equilibrating sampler's time-averaged mean aligns with the field (𝒜 ≥ 0.7), as the exact mean R x̂_i does",
    arbitraries: () => [seedArb, fc.double({ min: 0.1, max: 0.9, noNaN: true })],
    predicate: (ctx, seed, beta) => {
      const N = 8;
      const D = 8;
      const sys = thesisSystem(new Prng(seed), { N, D, couplingScale: 0 });
      const run = averages(sys, beta, seed + 5, 1, { tuned: true, steps: 60_000 });
      const a = alignment(run.averages[0], sys.x, N, D);
      ctx.record("kernel", run.kernel);
      ctx.record("alignment of the sampler's time average", a);
      ctx.record(
        "relative distance from the exact mean R x̂",
        worstDistanceFromMean(run.averages, exactMeanWithoutCouplings(sys, thesisRadius(D))),
      );
      expectGe("alignment of the Monte-Carlo mean with the field", a, 0.7, {}, { seed, beta });
    },
    numRuns: 3,
    budgetMs: 20_000,
  });

/**
 * Fig 4.1's caption at high temperature for random J: |𝒜(E[m], x)| ≤ 0.5, E[m] estimated with the
 * Stein estimator on two equilibrating chains. `independentField` measures 𝒜 against a random field
 * the model does not see, where "random alignment" is true (the control).
 */
const paramagneticAtHighT = (independentField = false) =>
  part({
    description: `literal Fig 4.1 caption at β ∈ [0.1, 0.9] (N = 16, D = 8, J ~ N(0, 1/N), fields of norm R): the equilibrium mean of the simulated model has random alignment |𝒜| ≤ 0.5 with ${independentField ? "an independent random field" : "the field"}, estimated with the Stein estimator on two equilibrating chains`,
    arbitraries: () => [seedArb, fc.double({ min: 0.1, max: 0.9, noNaN: true })],
    numRuns: 3,
    predicate: (ctx, seed, beta) => {
      const N = 16;
      const D = 8;
      const steps = ctx.thorough ? 400_000 : 60_000;
      const sys = thesisSystem(new Prng(seed), { N, D });
      const against = independentField ? thesisSystem(new Prng(seed ^ 0x5bd1e995), { N, D }).x : sys.x;
      const r = steinAlignments(sys, beta, seed + 10, steps, against);
      ctx.record("kernel", r.kernel);
      ctx.record("Stein-estimated alignment per chain", r.stein);
      ctx.record("plain time-average alignment per chain (biased low by noise)", r.plain);
      ctx.record("nMF alignment", alignment(nmfSolve(sys, beta, thesisRadius(D)).m, against, N, D));
      for (const a of r.stein)
        expectLe("|𝒜| of the Stein-estimated mean", Math.abs(a), 0.5, { abs: 0.01 }, { seed, beta });
    },
    budgetMs: 30_000,
  });

/**
 * §4.2's "rough comparison" with the SK line, encoded as a factor 2: the vector model's zero-field
 * instability T_c (the thesis' D = 32, R² = 15, double sum over J ~ N(0, 1/N)) is within [½, 2] of
 * the SK value T = J.
 */
const roughlySk = (tc = vectorTc) =>
  part({
    description:
      "a rough comparison: the zero-field instability of the vector model (R² = 15, D = 32, double sum over J ~ N(0, 1/N)) is within a factor 2 of the SK line's T = J",
    arbitraries: () => [seedArb, fc.integer({ min: 64, max: 128 })],
    predicate: (ctx, seed, N) => {
      const Tc = tc(N, 32, 1, seed);
      ctx.record("T_c / J", Tc);
      expectInInterval("T_c / T_SK", Tc, 0.5, 2, {}, { seed, N });
    },
    numRuns: 5,
    budgetMs: 20_000,
  });

const vectorLineBelowSk = (eig = topEigenvalue) =>
  once(
    "the vector model's zero-field instability is not the SK line's and lies below it: nMF (exact readout, x = 0, K = J + Jᵀ) decays at 1.25 T_nMF and stays finite at 0.8 T_nMF for T_nMF = R²λ_max(K)/D, λ_max(K) ≈ 2√2, and T_c = T_nMF/2 is more than 10 % below J",
    (ctx) => {
      const N = 80;
      const D = 8;
      const R = thesisRadius(D);
      const { K, norm } = symmetrizedCouplings(N, ctx.seed);
      const lmax = eig(K, N, norm, ctx.seed + 1);
      const TnMF = (R * R * lmax) / D;
      const sys: SpinSystem = { N, D, J: K, x: new Float64Array(N * D) };
      const start = gaussianArray(ctx.seed + 2, N * D, 0.5);
      const size = (T: number) => {
        const res = nmfSolve(sys, 1 / T, R, { m0: start, readout: "exact", tol: 1e-13, maxIter: 1500 });
        return Math.sqrt(res.m.reduce((p, v) => p + v * v, 0) / N);
      };
      const above = size(1.25 * TnMF);
      const below = size(0.8 * TnMF);
      ctx.record("T_nMF / J, λ_max(K), T_c = T_nMF/2", [TnMF, lmax, TnMF / 2]);
      ctx.record("RMS |m_i| at 1.25 T_nMF and 0.8 T_nMF", [above, below]);
      expectLt("RMS |m_i| above T_nMF", above, 1e-3);
      expectGt("RMS |m_i| below T_nMF", below, 0.05);
      // Low side 0.85: at N = 80 the top eigenvalue fluctuates below the edge by O(N^(−2/3)) ≈ 0.05
      // (Tracy–Widom); an --explore seed met 0.894. The verdict rests on the nMF decay and T_c below.
      expectInInterval("λ_max(K) / 2√2", lmax / (2 * Math.SQRT2), 0.85, 1.1);
      expectLt("T_c / J (below the SK line by more than 10 %)", TnMF / 2, 0.9);
    },
    { budgetMs: 20_000 },
  );

/** The J = 0 model the replica checks share: fields of norm 0.5 (the thesis' low h). */
const replicaSystem = (seed: number, N: number) =>
  thesisSystem(new Prng(seed), { N, D: 8, couplingScale: 0, fieldNorm: 0.5 });

/**
 * Five replicas of a replica-symmetric model (J = 0: one Gaussian state) give a uniform overlap
 * matrix (every q_ab within 10 % of the mean off-diagonal overlap). `tuned` chooses the equilibrating
 * sampler instead of the thesis' (its σ, start and budget).
 */
const uniformOverlaps = (tuned: boolean) =>
  part({
    description: `the ${tuned ? "equilibrating sampler (tuned σ)" : "thesis' sampler (its σ and budget, scaled to N = 8 (16 thorough), D = 8 at equal per-site diffusion)"} on a replica-symmetric model (J = 0: one Gaussian state) gives a uniform 5-replica overlap matrix (every q_ab within 10 % of the mean off-diagonal overlap)`,
    arbitraries: () => [seedArb],
    numRuns: 3,
    predicate: (ctx, seed) => {
      const N = ctx.thorough ? 16 : 8;
      const sys = replicaSystem(seed, N);
      const steps = tuned ? (ctx.thorough ? 400_000 : 60_000) : thesisBudget(N);
      const run = replicaAverages(sys, 1, seed + 50, 5, { tuned, steps });
      const { spread, q } = overlapSpread(run.averages, N, 8);
      ctx.record("kernel", run.kernel);
      ctx.record(
        "overlap matrix",
        q.map((r) => r.map((v) => v.toFixed(2)).join(" ")),
      );
      ctx.record("largest relative deviation", spread);
      expectLe(
        "largest relative deviation of q_ab from the mean off-diagonal overlap",
        spread,
        0.1,
        { abs: 0.02 },
        { seed },
      );
    },
    budgetMs: 20_000,
  });

/**
 * B.3's "no issue with ergodicity" on the easiest model: replicas of the J = 0 model started at the
 * thesis' start reach the exact mean R x̂_i (each replica's time average within 25 % of it,
 * Frobenius). `tuned` chooses the equilibrating sampler (the control).
 */
const replicasReachMean = (tuned: boolean) =>
  part({
    description: `the ${tuned ? "equilibrating sampler's" : "thesis' local proposals' (its σ, start and budget scaled to N = 8 (16 thorough), D = 8)"} replicas of the J = 0 model reach its exact mean R x̂_i: every time average within 25 % of it`,
    arbitraries: () => [seedArb],
    numRuns: 3,
    predicate: (ctx, seed) => {
      const N = ctx.thorough ? 16 : 8;
      const sys = replicaSystem(seed, N);
      const steps = tuned ? (ctx.thorough ? 400_000 : 60_000) : thesisBudget(N);
      const run = replicaAverages(sys, 1, seed + 50, 5, { tuned, steps });
      const d = worstDistanceFromMean(run.averages, exactMeanWithoutCouplings(sys, thesisRadius(8)));
      ctx.record("kernel", run.kernel);
      ctx.record("worst relative distance of a replica's time average from R x̂", d);
      expectLe("relative distance from the exact mean", d, 0.25, { abs: 0.05 }, { seed });
    },
    budgetMs: 20_000,
  });

const equilibratedUniform = (averages = replicaAverages) =>
  part({
    description:
      "with the equilibrating sampler (tuned σ) the J = 0 model gives a uniform 5-replica overlap matrix (every q_ab within 10 % of the mean off-diagonal overlap, which is within 10 % of R²)",
    arbitraries: () => [seedArb],
    numRuns: 1,
    thoroughRuns: 1,
    predicate: (ctx, seed) => {
      const N = ctx.thorough ? 16 : 8;
      const D = 8;
      const R = thesisRadius(D);
      const sys = replicaSystem(seed, N);
      const run = averages(sys, 1, seed + 50, 5, { tuned: true, steps: ctx.thorough ? 400_000 : 60_000 });
      const { spread, q } = overlapSpread(run.averages, N, D);
      ctx.record("kernel", run.kernel);
      ctx.record(
        "overlap matrix",
        q.map((r) => r.map((v) => v.toFixed(2)).join(" ")),
      );
      ctx.record("largest relative deviation", spread);
      expectLe("largest relative deviation of q_ab", spread, 0.1, {}, { seed });
      expectInInterval("q_01 / R²", q[0][1] / (R * R), 0.9, 1.1, {}, { seed });
    },
    budgetMs: 20_000,
  });

/** TAP's alignment minus nMF's: the Onsager term's effect on 𝒜 (the "bump"). */
type TapLike = typeof tapSolve;

/**
 * §4.1/B.3: the TAP bump persists with symmetric couplings. At β ∈ [1, 1.5] (the bump's onset, where
 * this TAP is defined), TAP's alignment exceeds nMF's by ≥ 0.002 for the thesis' asymmetric J and
 * for J_even = ½(J + Jᵀ) alike. `tap` is the TAP solver (nMF in its place, i.e. no Onsager term, is
 * the control).
 */
const bumpPersists = (tap: TapLike = tapSolve) =>
  part({
    description:
      "with J and with J_even = ½(J + Jᵀ) (N = 32, D = 16), TAP's alignment with the field exceeds nMF's by ≥ 0.002 at β ∈ [1, 1.5]: the bump does not need asymmetry",
    arbitraries: () => [seedArb, fc.double({ min: 1, max: 1.5, noNaN: true })],
    predicate: (ctx, seed, beta) => {
      const N = 32;
      const D = 16;
      const R = thesisRadius(D);
      const gaps: number[] = [];
      for (const symmetric of [false, true]) {
        const sys = thesisSystem(new Prng(seed), { N, D, symmetric });
        const t = tap(sys, beta, R);
        fc.pre(t.defined && t.settled);
        const n = nmfSolve(sys, beta, R, { tol: 1e-10, maxIter: 5000 });
        fc.pre(n.converged);
        gaps.push(alignment(t.m, sys.x, N, D) - alignment(n.m, sys.x, N, D));
      }
      ctx.record("𝒜(TAP) − 𝒜(nMF), asymmetric J and J_even", gaps);
      expectGe("𝒜(TAP) − 𝒜(nMF) with asymmetric J", gaps[0], 0.002, {}, { seed, beta });
      expectGe("𝒜(TAP) − 𝒜(nMF) with J_even", gaps[1], 0.002, {}, { seed, beta });
    },
    numRuns: 20,
    budgetMs: 20_000,
  });

/** nMF dressed as a TAP result: TAP without its Onsager term (the bump's control). */
const tapWithoutOnsager: TapLike = (sys, beta, R) => {
  const n = nmfSolve(sys, beta, R, { tol: 1e-10, maxIter: 5000 });
  return { m: n.m, defined: true, settled: n.converged, steps: 1, solvedSteps: 1 };
};

/**
 * Eq 3.6's alignment 𝒜 is said to tend "to 1 when the two states are similar, and to 0 when the two
 * states are dissimilar". For random states s (N ∈ [1, 16], D ∈ [2, 16]): 𝒜(s, s) = 1 and, for the
 * most dissimilar state, 𝒜 is 0 (within 0.05). `dissimilar` is how the dissimilar state is made: row by
 * row opposite (−s_i, the literal test) or orthogonal to s_i (where the sentence is right: the control).
 */
const alignmentEnds = (dissimilar: "opposite" | "orthogonal" = "opposite") =>
  part({
    description: `𝒜 (eq 3.6) is 1 for a state and itself and 0 (within 0.05) for a dissimilar state (${dissimilar === "opposite" ? "every spin reversed" : "every spin orthogonal"})`,
    arbitraries: () => [fc.integer({ min: 1, max: 16 }), fc.integer({ min: 2, max: 16 }), seedArb],
    predicate: (_ctx, N, D, seed) => {
      const s = gaussianArray(seed, N * D);
      expectClose("𝒜(s, s)", alignment(s, s, N, D), 1, { abs: 1e-12 }, { N, D, seed });
      const other = new Float64Array(N * D);
      const r = gaussianArray(seed + 1, N * D);
      for (let i = 0; i < N; i++) {
        const row = s.subarray(i * D, (i + 1) * D);
        if (dissimilar === "opposite") for (let a = 0; a < D; a++) other[i * D + a] = -row[a];
        else {
          // Gram–Schmidt: r_i minus its component along s_i.
          let rs = 0;
          let ss = 0;
          for (let a = 0; a < D; a++) {
            rs += r[i * D + a] * row[a];
            ss += row[a] * row[a];
          }
          for (let a = 0; a < D; a++) other[i * D + a] = r[i * D + a] - (rs / ss) * row[a];
        }
      }
      expectClose("𝒜(s, dissimilar state)", alignment(s, other, N, D), 0, { abs: 0.05 }, { N, D, seed });
    },
  });

/**
 * {@link lowTAgreement} with its readings recorded (kernel, β, 𝒜 per system); each 𝒜 must be a
 * number (NaN is an ERROR). Undefined (a counted rejection) when nMF has no fixed point on a system.
 */
function medianLowTAgreement(
  ctx: RunContext,
  seed: number,
  beta: number,
  nmfOf: (sys: SpinSystem, seed: number) => SpinSystem,
): number | undefined {
  const r = lowTAgreement(seed, beta, nmfOf);
  if (r === undefined) return undefined;
  const a = r.agreements.map((v) => finite(v, "𝒜(m̄_MCMC, m_nMF)"));
  ctx.record("kernel", r.kernel);
  ctx.record("β", beta);
  ctx.record("𝒜(m̄_MCMC, m_nMF) per system", a);
  return r.median;
}

/**
 * §4.1/§5.1 at low temperature: the thesis' sampler (its σ, start and budget scaled to N = 16 at equal
 * per-site diffusion) and nMF find the same solution. For β ∈ [10, 1000] the median over 5 systems of
 * 𝒜(m̄_MCMC, m_nMF) is ≥ 0.75, and ≥ 0.97 once β ≥ 100. `nmfOf` gives the system nMF is solved on
 * (another system's couplings is the control).
 */
const lowTAgree = (nmfOf: (sys: SpinSystem, seed: number) => SpinSystem = (sys) => sys) =>
  part({
    description:
      "β ∈ [10, 1000] (N = 16, D = 16, J ~ N(0, 1/N), fields of norm R): the thesis' sampler at its budget (2·10⁷·(N/64)³ steps) and nMF's fixed point agree on the typical system: the median over 5 systems of 𝒜(m̄_MCMC, m_nMF) is ≥ 0.75, and ≥ 0.97 at β ≥ 100",
    arbitraries: () => [seedArb, fc.double({ min: 1, max: 3, noNaN: true })],
    numRuns: 2,
    thoroughRuns: 6,
    predicate: (ctx, seed, logBeta) => {
      const beta = 10 ** logBeta;
      const m = medianLowTAgreement(ctx, seed, beta, nmfOf);
      fc.pre(m !== undefined);
      expectGe("median 𝒜(m̄_MCMC, m_nMF)", m, beta >= 100 ? 0.97 : 0.75, {}, { seed, beta });
    },
    budgetMs: 20_000,
  });

/**
 * §4.1's "all methods converge to the same solution with different precision" at β ∈ [10, 1000]: the
 * thesis' sampler and nMF agree as in {@link lowTAgree}, and TAP (the published solver) reaches a defined,
 * settled state with 𝒜(m_TAP, m_nMF) ≥ 0.5 (a loose "different precision"). `withTap` false drops TAP
 * from "all methods" (the control).
 */
const lowTAllMethods = (withTap = true) =>
  part({
    description: `β ∈ [10, 1000] (N = 16, D = 16): ${withTap ? "MCMC (the thesis' sampler at its budget), nMF and TAP" : "MCMC (the thesis' sampler at its budget) and nMF"} converge to the same solution: the median over 5 systems of 𝒜(m̄_MCMC, m_nMF) ≥ 0.75${withTap ? ", and TAP reaches a defined, settled state with 𝒜(m_TAP, m_nMF) ≥ 0.5" : ""}`,
    arbitraries: () => [seedArb, fc.double({ min: 1, max: 3, noNaN: true })],
    numRuns: 2,
    thoroughRuns: 10,
    predicate: (ctx, seed, logBeta) => {
      const N = 16;
      const D = 16;
      const R = thesisRadius(D);
      const beta = 10 ** logBeta;
      const sys = thesisSystem(new Prng(seed), { N, D });
      const n = nmfFixedPoint(sys, beta, R);
      fc.pre(n.converged);
      // TAP first: it is deterministic and cheap, and where it fails the chain need not run.
      if (withTap) {
        const t = tapSolve(sys, beta, R);
        ctx.record(
          "TAP",
          `${t.defined ? "defined" : "broke down"}, ${t.settled ? "settled" : "not settled"}, ${finite(t.steps, "TAP time steps")} time steps`,
        );
        if (t.reason) ctx.record("TAP breakdown", t.reason);
        expectThat(t.defined && t.settled, "TAP reaches a defined, settled state", { seed, beta });
        expectGe("𝒜(m_TAP, m_nMF)", alignment(t.m, n.m, N, D), 0.5, {}, { seed, beta });
      }
      const m = medianLowTAgreement(ctx, seed, beta, (s) => s);
      fc.pre(m !== undefined);
      expectGe("median 𝒜(m̄_MCMC, m_nMF)", m, 0.75, {}, { seed, beta });
    },
    budgetMs: 20_000,
  });

/**
 * §4.1's intermediate regime: nMF's and the equilibrium MCMC's alignment with the field move directly
 * (monotonically) between their low- and high-temperature values. On the grid β = 1, 2, 4, 10 (N = 16,
 * D = 8), 𝒜(m_nMF, x) is non-increasing in β (tolerance 1e-9) and the Stein-estimated equilibrium
 * 𝒜(E[m], x) (two equilibrating chains averaged) is non-increasing within 0.08 (its noise). `order`
 * "increasing" asks the opposite direction (the control).
 */
const intermediateMonotone = (order: "decreasing" | "increasing" = "decreasing") =>
  part({
    description: `β ∈ {1, 2, 4, 10} (N = 16, D = 8, J ~ N(0, 1/N), fields of norm R): nMF's and the equilibrium MCMC's 𝒜 with the field are ${order === "decreasing" ? "non-increasing" : "non-decreasing"} in β (a smooth, direct transition; MCMC within 0.08)`,
    arbitraries: () => [seedArb],
    numRuns: 1,
    thoroughRuns: 5,
    predicate: (ctx, seed) => {
      const N = 16;
      const D = 8;
      const R = thesisRadius(D);
      const sys = thesisSystem(new Prng(seed), { N, D });
      const betas = [1, 2, 4, 10];
      const nmf: number[] = [];
      const mc: number[] = [];
      for (const beta of betas) {
        const n = nmfFixedPoint(sys, beta, R);
        fc.pre(n.converged);
        nmf.push(alignment(n.m, sys.x, N, D));
        const r = steinAlignments(sys, beta, seed + 10, ctx.thorough ? 100_000 : 40_000);
        ctx.record("kernel", r.kernel);
        mc.push((r.stein[0] + r.stein[1]) / 2);
      }
      ctx.record("β grid", betas);
      ctx.record("𝒜(m_nMF, x)", nmf);
      ctx.record("𝒜 of the Stein-estimated equilibrium mean (2 chains averaged)", mc);
      const sign = order === "decreasing" ? 1 : -1;
      for (let k = 1; k < betas.length; k++) {
        const at = { seed, from: betas[k - 1], to: betas[k] };
        expectLe(
          "nMF: rise of 𝒜 from one β to the next (signed by the direction)",
          sign * (nmf[k] - nmf[k - 1]),
          0,
          { abs: 1e-9 },
          at,
        );
        expectLe(
          "MCMC: rise of 𝒜 from one β to the next (signed by the direction)",
          sign * (mc[k] - mc[k - 1]),
          0,
          { abs: 0.08 },
          at,
        );
      }
    },
    budgetMs: 30_000,
  });

/**
 * §5.1: the MCMC solution does not show the second-order (Onsager) excess that TAP shows over nMF at the
 * bump's onset. At β ∈ [1, 1.5] (N = 16, D = 8, where TAP is defined), the Stein-estimated equilibrium
 * alignment exceeds nMF's by less than TAP's does: 𝒜_MCMC − 𝒜_nMF < 𝒜_TAP − 𝒜_nMF. `mcShift` adds to
 * the MCMC alignment (a shift that puts the MCMC curve above TAP is the control).
 */
const mcmcBelowTapBump = (mcShift = 0) =>
  part({
    description: `β ∈ [1, 1.5] (N = 16, D = 8): the equilibrium MCMC alignment${mcShift ? ` (shifted by +${mcShift})` : ""} does not rise above nMF's as TAP's does: 𝒜_MCMC − 𝒜_nMF < 𝒜_TAP − 𝒜_nMF (inputs where TAP breaks down or does not settle are rejected and counted)`,
    arbitraries: () => [seedArb, fc.double({ min: 1, max: 1.5, noNaN: true })],
    numRuns: 2,
    thoroughRuns: 10,
    predicate: (ctx, seed, beta) => {
      const N = 16;
      const D = 8;
      const R = thesisRadius(D);
      const sys = thesisSystem(new Prng(seed), { N, D });
      const t = tapSolve(sys, beta, R);
      fc.pre(t.defined && t.settled);
      const n = nmfFixedPoint(sys, beta, R);
      fc.pre(n.converged);
      const r = steinAlignments(sys, beta, seed + 10, ctx.thorough ? 100_000 : 20_000);
      const an = alignment(n.m, sys.x, N, D);
      const tapGap = alignment(t.m, sys.x, N, D) - an;
      const mcGap = (r.stein[0] + r.stein[1]) / 2 + mcShift - an;
      ctx.record("kernel", r.kernel);
      ctx.record("β; 𝒜_TAP − 𝒜_nMF; 𝒜_MCMC − 𝒜_nMF", [beta, tapGap, mcGap]);
      expectLt("𝒜_MCMC − 𝒜_nMF (must stay below TAP's excess)", mcGap, tapGap, 0, { seed, beta });
    },
    budgetMs: 30_000,
  });

/**
 * §4.2's column T/J = 0.2, 0.4 of Fig 4.2, judged as the thesis judges phases there (by the overlap
 * matrix, "no alignment between any pair of different replicas" being paramagnetic): on 3 equilibrating
 * replicas (N = D = 8, J ~ N(0, J²/N) with `couplingScale` J), every off-diagonal q_ab at h = R is
 * ≥ 0.15 R² and at least 3× the mean |q_ab| at h = 0.1R (from near-paramagnetic to overlapping), with
 * the replicas' mean 𝒜 with x at h = R in [0.5, 0.95] (partially field-aligned). `couplingScale` 0 is the control.
 */
const fieldStrengthColumn = (couplingScale = 1) =>
  part({
    description: `Fig 4.2's column T = 0.2, 0.4 on equilibrating replicas (N = D = 8, J scale ${couplingScale}): no overlap between replicas at h = 0.1R (paramagnetic), overlapping replicas partially aligned with the field at h = R`,
    arbitraries: () => [seedArb],
    numRuns: 1,
    thoroughRuns: 5,
    predicate: (ctx, seed) => {
      const N = 8;
      const D = 8;
      const R = thesisRadius(D);
      const steps = ctx.thorough ? 200_000 : 50_000;
      for (const beta of [5, 2.5]) {
        const at = (h: number) => {
          const sys = thesisSystem(new Prng(seed), { N, D, fieldNorm: h * R, couplingScale });
          const run = replicaAverages(sys, beta, seed + 50, 3, { tuned: true, steps });
          ctx.record("kernel", run.kernel);
          const { q } = overlapSpread(run.averages, N, D);
          const off = [q[0][1], q[0][2], q[1][2]].map((v) => v / (R * R));
          const a = run.averages.reduce((p, m) => p + alignment(m, sys.x, N, D), 0) / 3;
          return { off, a };
        };
        const low = at(0.1);
        const high = at(1);
        ctx.record(`β = ${beta}: off-diagonal q_ab/R² at h = 0.1R`, low.off);
        ctx.record(`β = ${beta}: off-diagonal q_ab/R² at h = R, mean 𝒜 with x`, [...high.off, high.a]);
        const lowMean = low.off.reduce((p, v) => p + Math.abs(v), 0) / low.off.length;
        const highMin = Math.min(...high.off);
        expectGe("min q_ab/R² at h = R (replicas agree)", highMin, 0.15, {}, { seed, beta });
        expectLe("mean |q_ab| at h = 0.1R over min q_ab at h = R", lowMean / highMin, 1 / 3, {}, { seed, beta });
        expectInInterval("mean 𝒜 with x at h = R (partially field-aligned)", high.a, 0.5, 0.95, {}, { seed, beta });
      }
    },
    budgetMs: 30_000,
  });

/**
 * §4.1: in the low-temperature regime (β ∈ [10, 1000]) absTAP = |𝒜(m_TAP, x)| is within 0.2 of the MCMC
 * alignment 𝒜(m̄_MCMC, x) (the thesis' sampler at its budget), TAP being the published solver, which must
 * reach a defined, settled state. `method` "nmf" puts nMF in TAP's place (the control).
 */
const absTapNearMcmc = (method: "tap" | "nmf" = "tap") =>
  part({
    description: `β ∈ [10, 1000] (N = 16, D = 16): ${method === "tap" ? "absTAP = |𝒜(m_TAP, x)| (TAP defined and settled)" : "|𝒜(m_nMF, x)| (nMF in TAP's place)"} is within 0.2 of the MCMC alignment 𝒜(m̄_MCMC, x) (the thesis' sampler at its budget)`,
    arbitraries: () => [seedArb, fc.double({ min: 1, max: 3, noNaN: true })],
    numRuns: 2,
    thoroughRuns: 10,
    predicate: (ctx, seed, logBeta) => {
      const N = 16;
      const D = 16;
      const R = thesisRadius(D);
      const beta = 10 ** logBeta;
      const sys = thesisSystem(new Prng(seed), { N, D });
      let m: Float64Array;
      if (method === "tap") {
        // TAP first: it is deterministic and cheap, and where it breaks down the chain need not run.
        const t = tapSolve(sys, beta, R);
        ctx.record(
          "TAP",
          `${t.defined ? "defined" : "broke down"}, ${t.settled ? "settled" : "not settled"}, ${finite(t.steps, "TAP time steps")} time steps`,
        );
        if (t.reason) ctx.record("TAP breakdown", t.reason);
        expectThat(t.defined && t.settled, "TAP reaches a defined, settled state", { seed, beta });
        m = t.m;
      } else {
        const n = nmfFixedPoint(sys, beta, R);
        fc.pre(n.converged);
        m = n.m;
      }
      const abs = Math.abs(alignment(m, sys.x, N, D));
      const run = replicaAverages(sys, beta, seed + 7, 1, { tuned: false, steps: thesisBudget(N) });
      const mc = alignment(run.averages[0], sys.x, N, D);
      ctx.record("kernel", run.kernel);
      ctx.record("β, |𝒜(method, x)|, 𝒜(m̄_MCMC, x)", [beta, abs, mc]);
      expectLe("| |𝒜(method, x)| − 𝒜(m̄_MCMC, x) |", Math.abs(abs - mc), 0.2, {}, { seed, beta });
    },
    budgetMs: 20_000,
  });

/** Independent chains per temperature in thesis-experiments.autocorrelation-peak (a rank test needs no error model). */
const TAU_CHAINS = 8;
/** The rank test's level: with 8 chains against 8 it rejects at U ≤ 4 of 64 pairs, P = 12/12 870 = 9.3e-4. */
const TAU_ALPHA = 1e-3;

/**
 * B.3: the autocorrelation time of the MCMC peaks near β ≈ 1. With the thesis' proposal width
 * σ = 1/(N√D) at equilibrium (tuned burn-in, then σ fixed), τ_int of the energy on the grid
 * β = 0.25, 1, 4 has its largest value at β = 1: τ(1) ≥ τ(0.25) and τ(1) ≥ τ(4). `widthAway` multiplies
 * σ at β ≠ 1 (4, a sampler whose τ does peak at β = 1, is the control).
 */

const autocorrelationPeak = (widthAway = 1) =>
  part({
    description: `the thesis' sampler (σ = 1/(N√D)${widthAway === 1 ? "" : `, ×${widthAway} at β ≠ 1`}) at equilibrium, J ~ N(0, 1/N), fields of norm R: the energy's integrated autocorrelation time peaks at β = 1 on the grid β = 0.25, 1, 4 (refuted when the ${TAU_CHAINS} chains at β = 0.25, or at β = 4, have a longer τ than the ${TAU_CHAINS} at β = 1 by a one-sided Mann–Whitney test at level ${TAU_ALPHA})`,
    // A seed has no simpler neighbour worth 24 more chains: the counterexample is the system found.
    arbitraries: () => [fc.noShrink(seedArb)],
    numRuns: 3,
    thoroughRuns: 4,
    predicate: (ctx, seed) => {
      const N = ctx.thorough ? 8 : 4;
      const D = ctx.thorough ? 8 : 4;
      const sys = thesisSystem(new Prng(seed), { N, D });
      const base = thesisSigma(N, D);
      // τ(0.25) ≈ 2/(0.25σ²) sweeps (J = 0 closed form): record ≈ 40 of them (25 at N = D = 8, where a
      // sweep costs 4× and τ is 8× longer), the same sweeps at every β so that a longer τ is, if anything,
      // the more underestimated (Geyer's estimate falls short on short records): against a refutation.
      const sweeps = Math.ceil((ctx.thorough ? 25 : 40) * (2 / (0.25 * base * base)));
      const taus = (beta: number) => {
        const r = energyAutocorrelationTimes(sys, beta, seed + 3, TAU_CHAINS, {
          sweeps,
          burnInSweeps: 2000,
          // τ ≥ 60 sweeps at β = 4 (N = D = 4): a record every 4 sweeps keeps it and the ESS sums cheap.
          thin: 4,
          sigma: beta === 1 ? base : base * widthAway,
        });
        ctx.record("kernel", r.kernel);
        ctx.record(`τ_int(H) in sweeps at β = ${beta}, ${TAU_CHAINS} chains`, r.taus);
        return r.taus;
      };
      ctx.record("N, D, sweeps", [N, D, sweeps]);
      const peak = taus(1);
      // A peak fails when τ at the other β is larger by a one-sided Mann–Whitney test at level 1e-3:
      // U (pairs with the other β's chain not slower) ≤ 4 of 64. One outlier chain at β = 1 no longer
      // hides a separation (complete separation of 6 against 6 missed 8 % of systems, this 2 %).
      for (const beta of [0.25, 4]) {
        const u = mannWhitneyU(taus(beta), peak);
        const p = mannWhitneyLowerTail(u, TAU_CHAINS, TAU_CHAINS);
        ctx.record(`Mann–Whitney U and P(U ≤ u), β = ${beta} against β = 1`, [u, p]);
        expectNotRejected(`Mann–Whitney test (U = ${u}) of τ at β = ${beta} not above τ at β = 1`, p, TAU_ALPHA, {
          seed,
          u,
        });
      }
    },
    budgetMs: 30_000,
  });

const recordCrossover = (ctx: RunContext, r: CrossoverReading) =>
  ctx.record("crossover reading: q_ab/R² at h = 0.1R; q_ab/R² and mean 𝒜 at h = R", [
    ...r.lowOverlaps,
    ...r.highOverlaps,
    r.highAlignment,
  ]);
const recordTransition = (ctx: RunContext, r: SmallFieldOrder) =>
  ctx.record("transition reading: w(0.1R), w(0.4R), w(0.1R)/((0.1/0.4)·w(0.4R))", [r.wLow, r.wHigh, r.ratio]);

/** Reading "crossover" as a claim: it holds on searched systems. */
const crossoverReading = (couplingScale = 1) =>
  part({
    description: `reading "crossover" (J scale ${couplingScale}): at T = 0.4 the stable states go from no replica overlap at h = 0.1R to overlapping, field-aligned replicas at h = R`,
    arbitraries: () => [seedArb],
    numRuns: 1,
    thoroughRuns: 5,
    predicate: (ctx, seed) => {
      const r = replicaCrossover(seed, couplingScale, ctx.thorough ? 200_000 : 50_000);
      recordCrossover(ctx, r);
      expectThat(r.seen, "the overlaps go from none (h = 0.1R) to field-aligned (h = R)", { seed });
    },
    budgetMs: 30_000,
  });

/**
 * Reading "phase transition" as a claim: w at h = 0.1R is at most a tenth of linear response. `order`
 * computes the ratio (one that under-reads it 100× is the control).
 */
const transitionReading = (order = smallFieldOrder) =>
  part({
    description: `reading "phase transition": at T = 0.4 a paramagnetic phase persists at h = 0.1R, the field-aligned order parameter w(0.1R) at most a tenth of its linear-response value (0.1/0.4)·w(0.4R)`,
    arbitraries: () => [seedArb],
    numRuns: 1,
    thoroughRuns: 5,
    predicate: (ctx, seed) => {
      const r = order(seed, 1, ctx.thorough ? 150_000 : 30_000);
      recordTransition(ctx, r);
      expectLe("w(0.1R) / ((0.1/0.4)·w(0.4R))", r.ratio, 0.1, {}, { seed });
    },
    budgetMs: 30_000,
  });

/**
 * The literal para–ferro sentence: its two plausible readings agree on the same system (both hold or
 * both fail). `couplingScale` 0 (J = 0, where both fail) is the control.
 */
const paraFerroReadingsAgree = (couplingScale = 1) =>
  part({
    description: `the readings "crossover" and "phase transition" of §4.2's para–ferro sentence agree (J scale ${couplingScale}, T = 0.4)`,
    arbitraries: () => [seedArb],
    numRuns: 3, // 1 let an --explore seed draw a system where the crossover reading also failed (the readings then agree)
    thoroughRuns: 3,
    predicate: (ctx, seed) => {
      const c = replicaCrossover(seed, couplingScale, ctx.thorough ? 200_000 : 30_000);
      const t = smallFieldOrder(seed, couplingScale, ctx.thorough ? 150_000 : 20_000);
      recordCrossover(ctx, c);
      recordTransition(ctx, t);
      const crossover = c.seen;
      const transition = finite(t.ratio, "w(0.1R) / ((0.1/0.4)·w(0.4R))") <= 0.1;
      ctx.record("crossover reading holds, transition reading holds", [Number(crossover), Number(transition)]);
      expectThat(crossover === transition, "the two readings reach the same outcome", { seed, crossover, transition });
    },
    budgetMs: 30_000,
  });

/** nMF solved on a system with the same fields and independent couplings (the low-T control). */
const otherCouplings = (sys: SpinSystem, seed: number): SpinSystem => ({
  ...sys,
  J: thesisSystem(new Prng(seed ^ 0x2545f491), { N: sys.N, D: sys.D }).J,
});

/**
 * B.3: at low temperature the thesis' sampler's state aligns with its attention, 𝒜(s_t, f_attn(s_t)) → 1,
 * with f_attn(s) read as the effective field θ = x + J s (the loss ½Σ‖s_i − Rθ̂_i‖² is zero exactly when
 * every s_i is parallel to θ_i). `target` is what the state is compared with (the bare field x is the
 * control).
 */
const alignsWithAttention = (target: "attention" | "field" = "attention") =>
  part({
    description: `β ∈ [100, 1000] (N = 12, D = 16): after the thesis' budget (its σ and start) the state s_t has 𝒜(s_t, ${target === "attention" ? "f_attn(s_t) = x + J s_t" : "x"}) ≥ 0.97`,
    arbitraries: () => [seedArb, fc.double({ min: 2, max: 3, noNaN: true })],
    numRuns: 2,
    thoroughRuns: 10,
    predicate: (ctx, seed, logBeta) => {
      const N = 12;
      const D = 16;
      const beta = 10 ** logBeta;
      const sys = thesisSystem(new Prng(seed), { N, D });
      const s = new ThesisSampler(sys, new Prng(seed + 3), { beta });
      s.run(thesisBudget(N));
      const a = alignment(s.m, target === "attention" ? localFields(sys, s.m) : sys.x, N, D);
      ctx.record("kernel", s.kernel);
      ctx.record("β, 𝒜(s_t, target)", [beta, a]);
      ctx.observeRatio((1 - a) / 0.03);
      expectGe(`𝒜(s_t, ${target === "attention" ? "x + J s_t" : "x"})`, a, 0.97, {}, { seed, beta });
    },
    budgetMs: 20_000,
  });

/**
 * §4.2's three extremes of Fig 4.2, on equilibrating replicas (σ tuned in burn-in; N = D = 8,
 * J ~ N(0, J²/N) with `couplingScale` J, h the field norm as a fraction of R): (i) high h = R, low T
 * (β = 10): a uniform 5-replica overlap matrix (every q_ab within 20 % of the mean off-diagonal) with
 * every replica aligned to the field (𝒜 ≥ 0.5); (ii) low h = 0.1R, high T (β = 0.1): no overlap between
 * different replicas (mean |q_ab| ≤ 0.1 R² over the pairs). `couplingScale` 0 (no couplings) is the control.
 */
const overlapExtremes = (couplingScale = 1) =>
  part({
    description: `Fig 4.2's extremes on equilibrating replicas (N = D = 8, J scale ${couplingScale}): uniform overlap matrix (every q_ab within 30 % of their mean) and field alignment at high h low T; no overlap between replicas at low h high T`,
    arbitraries: () => [seedArb],
    numRuns: 1,
    thoroughRuns: 5,
    predicate: (ctx, seed) => {
      const N = 8;
      const D = 8;
      const R = thesisRadius(D);
      const steps = ctx.thorough ? 200_000 : 50_000;
      const sysAt = (h: number) => thesisSystem(new Prng(seed), { N, D, fieldNorm: h * R, couplingScale });
      const replicas = (h: number, beta: number, count: number) => {
        const sys = sysAt(h);
        const run = replicaAverages(sys, beta, seed + 50, count, { tuned: true, steps });
        ctx.record("kernel", run.kernel);
        return { run, sys };
      };
      // (i) high h, low T.
      const hi = replicas(1, 10, 5);
      const ui = overlapSpread(hi.run.averages, N, D);
      const ai = hi.run.averages.map((m) => alignment(m, hi.sys.x, N, D));
      ctx.record("(i) h = R, β = 10: spread, 𝒜 with x", [ui.spread, ...ai]);
      // 0.3, not 0.2: 50 000-step averages of 5 replicas reached 0.2004 at an --explore seed (finite-chain
      // noise of a uniform matrix; the control's J = 0 fails part (ii), not this one).
      expectLe("(i) largest relative deviation of q_ab", ui.spread, 0.3, {}, { seed });
      for (const a of ai) expectGe("(i) 𝒜(m̄_r, x)", a, 0.5, {}, { seed });
      // (ii) low h, high T.
      const lo = replicas(0.1, 0.1, 5);
      const { q } = overlapSpread(lo.run.averages, N, D);
      let sum = 0;
      for (let a = 0; a < 5; a++) for (let b = a + 1; b < 5; b++) sum += Math.abs(q[a][b]) / (R * R);
      ctx.record("(ii) h = 0.1R, β = 0.1: mean |q_ab|/R² over the 10 pairs", sum / 10);
      expectLe("(ii) mean |q_ab| / R² between different replicas", sum / 10, 0.1, {}, { seed });
    },
    budgetMs: 30_000,
  });

export const properties = [
  holds(
    "thesis-experiments.radius",
    roundsTo39(),
    control(
      "R computed as √(D/2) instead of √(D/2 − 1)",
      holds(
        "c",
        roundsTo39((D) => Math.sqrt(D / 2)),
      ),
    ),
  ),
  holds(
    "thesis-experiments.field-vs-coupling-literal",
    fieldDominates(),
    control("couplings of scale J = 0.2 instead of 1 (a field that does dominate)", holds("c", fieldDominates(0.2))),
  ),
  holds(
    "thesis-experiments.field-vs-coupling",
    comparable(),
    control("the ratio's reference scaled by 1.3", holds("c", comparable(scaled(couplingToFieldRatio, 1.3)))),
  ),
  holds(
    "thesis-experiments.high-t-paramagnetic-j0",
    mcReachesExactMean(),
    control(
      "the Monte-Carlo time averages negated (a sign error in the estimator)",
      holds(
        "c",
        mcReachesExactMean(
          mapResult(replicaAverages, (r) => ({ ...r, averages: r.averages.map((a) => a.map((v) => -v)) })),
        ),
      ),
    ),
  ),
  holds(
    "thesis-experiments.high-t-random-j",
    paramagneticAtHighT(),
    control(
      "𝒜 measured against an independent random field the model does not see (where random alignment is true)",
      holds("c", paramagneticAtHighT(true)),
    ),
  ),
  holds(
    "thesis-experiments.sk-line-literal",
    roughlySk(),
    control("T_c computed without the 1/D per component (T = J_eff R²)", holds("c", roughlySk(scaled(vectorTc, 32)))),
  ),
  holds(
    "thesis-experiments.sk-line-vector",
    vectorLineBelowSk(),
    control("λ_max(K) doubled", holds("c", vectorLineBelowSk(scaled(topEigenvalue, 2)))),
  ),
  holds(
    "thesis-experiments.replicas-literal",
    uniformOverlaps(false),
    control(
      "the equilibrating sampler instead of the thesis' (replicas that do equilibrate)",
      holds("c", uniformOverlaps(true)),
    ),
  ),
  holds(
    "thesis-experiments.local-proposals-ergodic",
    replicasReachMean(false),
    control(
      "the equilibrating sampler instead of the thesis' local proposals at its budget",
      holds("c", replicasReachMean(true)),
    ),
  ),
  holds(
    "thesis-experiments.replicas-equilibrated",
    equilibratedUniform(),
    control(
      "time averages scaled by 1.2 (a wrong normalisation)",
      holds(
        "c",
        equilibratedUniform(
          mapResult(replicaAverages, (r) => ({ ...r, averages: r.averages.map((a) => a.map((v) => 1.2 * v)) })),
        ),
      ),
    ),
  ),
  holds(
    "thesis-experiments.tap-bump-onsager",
    bumpPersists(),
    control("TAP without its Onsager term (nMF in its place)", holds("c", bumpPersists(tapWithoutOnsager))),
  ),
  holds(
    "thesis-experiments.alignment-ends",
    alignmentEnds(),
    control("dissimilar states taken orthogonal spin by spin", holds("c", alignmentEnds("orthogonal"))),
  ),
  holds(
    "thesis-experiments.low-t-converge",
    lowTAgree(),
    control("nMF solved with independent couplings (another system's solution)", holds("c", lowTAgree(otherCouplings))),
  ),
  holds(
    "thesis-experiments.b3-convergence-alignment",
    alignsWithAttention(),
    control(
      "the state compared with the bare field x instead of its attention",
      holds("c", alignsWithAttention("field")),
    ),
  ),
  holds(
    "thesis-experiments.overlap-extremes",
    overlapExtremes(),
    control("no couplings (J = 0: one field-aligned state at every h and T)", holds("c", overlapExtremes(0))),
  ),
  holds(
    "thesis-experiments.low-t-all-methods",
    lowTAllMethods(),
    control('TAP left out of "all methods" (MCMC and nMF only)', holds("c", lowTAllMethods(false))),
  ),
  holds(
    "thesis-experiments.intermediate-smooth",
    intermediateMonotone(),
    control("the opposite direction asked (non-decreasing in β)", holds("c", intermediateMonotone("increasing"))),
  ),
  holds(
    "thesis-experiments.mcmc-misses-onsager",
    mcmcBelowTapBump(),
    control("the MCMC alignment shifted up by 0.3 (above TAP's curve)", holds("c", mcmcBelowTapBump(0.3))),
  ),
  holds(
    "thesis-experiments.field-strength-column",
    fieldStrengthColumn(),
    control("no couplings (J = 0: one field-aligned state at every h)", holds("c", fieldStrengthColumn(0))),
  ),
  holds(
    "thesis-experiments.abstap-near-mcmc",
    absTapNearMcmc(),
    control("nMF in TAP's place (a method defined at low temperature)", holds("c", absTapNearMcmc("nmf"))),
  ),
  holds(
    "thesis-experiments.autocorrelation-peak",
    autocorrelationPeak(),
    control("σ ×4 at β ≠ 1 (a sampler whose τ does peak at β = 1)", holds("c", autocorrelationPeak(4))),
  ),
  illPosed(
    "thesis-experiments.para-ferro-transition",
    paraFerroReadingsAgree(),
    control("no couplings (J = 0: both readings fail, so they agree)", illPosed("c", paraFerroReadingsAgree(0))),
  ),
  holds(
    "thesis-experiments.para-ferro-crossover",
    crossoverReading(),
    control("no couplings (J = 0: replicas overlap at every h)", holds("c", crossoverReading(0))),
  ),
  holds(
    "thesis-experiments.para-ferro-sharp",
    transitionReading(),
    control(
      "the ratio w(0.1R)/((0.1/0.4)·w(0.4R)) under-read 100× (as if the order parameter vanished at small h)",
      holds("c", transitionReading(mapResult(smallFieldOrder, (r) => ({ ...r, ratio: r.ratio * 0.01 })))),
    ),
  ),
];
