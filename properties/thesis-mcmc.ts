/**
 * The thesis' Metropolis–Hastings sampler (§3.1-3.2, eq 3.2 and 3.5, and its published code): the
 * incremental chain against the published full recomputation, the proposal density as printed,
 * normalization and the Hastings factor, diffusion of the published step, and an equilibrating
 * sampler checked against the exact J = 0 target.
 */
import fc from "fast-check";
import { control, holds, once, part } from "../src/claims/property.js";
import { mapResult, scaled } from "../src/claims/mutate.js";
import {
  expectClose,
  expectGe,
  expectGt,
  expectInInterval,
  expectLe,
  expectLt,
  expectThat,
  finite,
} from "../src/claims/violation.js";
import { detailedBalanceGap } from "../src/spinglass/global-proposal.js";
import {
  kineticChain,
  kineticInput,
  metropolisMatrix,
  stationarityResidual,
  stationary,
} from "../src/spinglass/kinetic-chain.js";
import { logIntegralPrinted, logQPrinted } from "../src/spinglass/proposal-density.js";
import { gaussianArray, seedArb } from "../src/spinglass/arbitraries.js";
import { publishedStepReference, stepsToDiffuse, thesisSigma, ThesisSampler } from "../src/spinglass/sampler.js";
import { effectiveSampleSize, pooledMeanWithError, splitRhat } from "../src/spinglass/diagnostics.js";
import { alignment, rowDot, thesisRadius, thesisStart, thesisSystem } from "../src/spinglass/system.js";
import { Prng } from "../src/random/prng.js";
import { steinAndPlainMeans } from "../src/spinglass/stein-average.js";
import { capLogProbability, gaussianSphereMass, gaussianSphereMassBessel } from "../src/spinglass/sphere-geometry.js";
import { pathLogDensity, risingProposal, type ProposalShape } from "../src/spinglass/reachability.js";

const globalCase = fc.record({
  D: fc.integer({ min: 1, max: 8 }),
  seed: seedArb,
  beta: fc.double({ min: 0.1, max: 10, noNaN: true }),
});

const sameChain = (fastBetaFactor = 1) =>
  part({
    description:
      "the incremental O(N·D) sampler and the published full recomputation, from the same seed, make the same accept decisions for 300 steps and end within 1e-9",
    arbitraries: () => [
      fc.integer({ min: 1, max: 8 }),
      fc.integer({ min: 3, max: 8 }),
      seedArb,
      fc.double({ min: 0.01, max: 1000, noNaN: true }),
    ],
    predicate: (ctx, N, D, seed, beta) => {
      const sys = thesisSystem(new Prng(seed), { N, D });
      const R = thesisRadius(D);
      const sigma = 0.3; // larger than the thesis' so that moves are also rejected
      const fast = new ThesisSampler(sys, new Prng(seed + 1), { beta: beta * fastBetaFactor, sigma });
      ctx.record("kernel", fast.kernel);
      const m = thesisStart(N, D);
      const rng = new Prng(seed + 1);
      for (let t = 0; t < 300; t++) {
        const a = fast.step();
        const b = publishedStepReference(sys, m, rng, beta, sigma, R);
        expectThat(a === b, `accept decisions differ at step ${t}`, { N, D, seed, beta });
      }
      let d = 0;
      for (let k = 0; k < m.length; k++) d = Math.max(d, Math.abs(m[k] - fast.m[k]));
      expectLe("max |incremental − published state|", d, 0, { abs: 1e-9 }, { N, D, seed, beta });
    },
    numRuns: 40,
  });

/** Eq 3.5 normalized over ℝ^D; `maxD` 1 restricts to D = 1, where the printed prefactor is right (control). */
const eq35Normalized = (maxD = 32) =>
  part({
    description: `eq 3.5 as printed integrates to 1 over ℝ^D (closed form (2πN²D)^{D/2}/(N√(2πD)); D ≤ ${maxD})`,
    arbitraries: () => [fc.integer({ min: 1, max: 64 }), fc.integer({ min: 1, max: maxD })],
    predicate: (ctx, N, D) => {
      const logI = logIntegralPrinted(N, D);
      ctx.record("log ∫Q for this input", logI);
      expectClose("log ∫ Q(y|x) dy", logI, 0, { abs: 1e-9 }, { N, D });
    },
  });

/** Eq 3.5's width against σ; `unit` restricts to N = D = 1 (where N√D = 1/(N√D): the control). */
const eq35Sigma = (unit = false) =>
  part({
    description: `the per-component standard deviation of eq 3.5 as printed equals the stated σ = 1/(N√D)${unit ? " (N = D = 1)" : ""}`,
    arbitraries: () => [fc.integer({ min: 1, max: unit ? 1 : 64 }), fc.integer({ min: 1, max: unit ? 1 : 32 })],
    predicate: (_ctx, N, D) => {
      // exp(−½ (Δ/(N√D))²) is a Gaussian with standard deviation N√D.
      expectClose("standard deviation of eq 3.5", N * Math.sqrt(D), thesisSigma(N, D), { rel: 1e-12 }, { N, D });
    },
  });

const eq35Symmetric = (logQ = logQPrinted) =>
  part({
    description: "the local proposal is symmetric: Q(y|x) = Q(x|y) (printed form and the sampler's σ = 1/(N√D) alike)",
    arbitraries: () => [fc.integer({ min: 1, max: 64 }), fc.integer({ min: 1, max: 32 }), seedArb],
    predicate: (_ctx, N, D, seed) => {
      const x = gaussianArray(seed, D);
      const y = gaussianArray(seed + 1, D);
      expectClose("log Q(y|x) − log Q(x|y)", logQ(y, x, N, D) - logQ(x, y, N, D), 0, { abs: 1e-12 });
    },
  });

/** `onlyNumerator` rescales π(y) but not π(x): a wrong normalisation that does not cancel (the control). */
const normalizationFree = (onlyNumerator = false) =>
  part({
    description:
      "the MH acceptance min(1, π(y)Q(x|y)/(π(x)Q(y|x))) is unchanged when π and Q are multiplied by constants c, c′ > 0 (so neither Z nor Q's normalization is needed)",
    arbitraries: () => [
      fc.tuple(fc.double({ min: 1e-6, max: 1e6, noNaN: true }), fc.double({ min: 1e-6, max: 1e6, noNaN: true })),
      fc.tuple(fc.double({ min: 1e-6, max: 1e6, noNaN: true }), fc.double({ min: 1e-6, max: 1e6, noNaN: true })),
      fc.double({ min: 1e-6, max: 1e6, noNaN: true }),
      fc.double({ min: 1e-6, max: 1e6, noNaN: true }),
    ],
    predicate: (_ctx, [px, py], [qxy, qyx], c, c2) => {
      const a = Math.min(1, (py * qxy) / (px * qyx));
      const b = Math.min(1, (c * py * c2 * qxy) / ((onlyNumerator ? 1 : c) * px * c2 * qyx));
      expectClose("acceptance with rescaled π and Q", b, a, { rel: 1e-12 });
    },
  });

/** Detailed balance for a global proposal; `hastings` weights the Hastings factor, `sameNorm` takes ‖y‖ = ‖x‖. */
const globalBalance = (hastings: number, sameNorm = false) =>
  part({
    description: `with a global proposal y ~ N(0, R²I) and ${hastings === 1 ? "the Hastings factor Q(x)/Q(y)" : hastings === 0 ? "the acceptance printed in §3.2 (Q factors cancel)" : "the Hastings factor inverted"}, detailed balance π(x)Q(y)A(x→y) = π(y)Q(x)A(y→x) holds (Gaussian target, log-gap ≤ 1e-9)${sameNorm ? " for ‖y‖ = ‖x‖" : ""}`,
    arbitraries: () => [globalCase],
    predicate: (_ctx, { D, seed, beta }) =>
      expectLe(
        "detailed-balance log-gap",
        detailedBalanceGap(D, seed, beta, hastings, sameNorm),
        0,
        { abs: 1e-9 },
        {
          D,
          seed,
          beta,
        },
      ),
  });

/** Diffusion of the thesis' step; `sigmaOf` is the σ the χ² statistic assumes (a wrong one is the control). */
const diffusion = (sigmaOf = thesisSigma) =>
  part({
    description:
      "with every move accepted (β → 0), the thesis' sampler moves each site by a mean square distance n·D·σ²/N = n/N³ after n steps: given the K_i moves each site received, Σ_i ‖Δm_i‖²/(K_i σ²) over 4 chains is exactly χ² with D·#{K_i > 0} degrees of freedom, tested with Laurent–Massart bands at e^{−18} per side",
    arbitraries: () => [fc.integer({ min: 4, max: 16 }), fc.constantFrom(4, 8, 16), seedArb],
    predicate: (ctx, N, D, seed) => {
      const sys = thesisSystem(new Prng(seed), { N, D });
      const n = 4 * N * N * N;
      const sigma = sigmaOf(N, D);
      let chi2 = 0;
      let dof = 0;
      let msd = 0;
      for (let c = 0; c < 4; c++) {
        const s = new ThesisSampler(sys, new Prng(seed + 1 + c), { beta: 1e-300 });
        ctx.record("kernel", s.kernel);
        const start = Float64Array.from(s.m);
        const prev = Float64Array.from(s.m);
        const moves = new Int32Array(N);
        for (let t = 0; t < n; t++) {
          expectThat(s.step(), "a move was rejected at β = 1e-300", { N, D, seed, t });
          // Exactly one site moved: find it (the sampler does not report which).
          let site = -1;
          for (let i = 0; i < N && site < 0; i++)
            for (let a = 0; a < D; a++)
              if (s.m[i * D + a] !== prev[i * D + a]) {
                site = i;
                break;
              }
          expectThat(site >= 0, "an accepted move left every site unchanged", { N, D, seed, t });
          moves[site]++;
          for (let a = 0; a < D; a++) prev[site * D + a] = s.m[site * D + a];
        }
        for (let i = 0; i < N; i++) {
          let d = 0;
          for (let a = 0; a < D; a++) d += (s.m[i * D + a] - start[i * D + a]) ** 2;
          msd += d / (4 * N);
          if (moves[i] > 0) {
            chi2 += d / (moves[i] * sigma * sigma);
            dof += D;
          }
        }
      }
      // Laurent & Massart (2000), Lemma 1: P(Q − k ≥ 2√(kx) + 2x) ≤ e^{−x}, P(k − Q ≥ 2√(kx)) ≤ e^{−x}.
      const x = 18;
      const upper = dof + 2 * Math.sqrt(dof * x) + 2 * x;
      const lower = dof - 2 * Math.sqrt(dof * x);
      ctx.observeRatio(chi2 > dof ? (chi2 - dof) / (upper - dof) : (dof - chi2) / (dof - lower));
      ctx.record("mean square displacement / (n/N³), last input", msd / (n / (N * N * N)));
      expectInInterval(
        `Σ‖Δm_i‖²/(K_i σ²) against χ² with ${dof} degrees of freedom`,
        chi2,
        lower,
        upper,
        {},
        {
          N,
          D,
          seed,
        },
      );
      ctx.record(
        "steps to move a distance R = √15 at N = 64, D = 32",
        finite(stepsToDiffuse(Math.sqrt(15), 64, 32), "steps to move R"),
      );
    },
    numRuns: 12,
    budgetMs: 20_000,
  });

/** Each chain's ESS before R̂ is read: half-chains of ESS ≥ 50 put R̂ ≥ 1.05 at a χ²₇ tail of 7.6e-6. */
const ESS_FLOOR = 100;

/** The equilibrating sampler at J = 0; `radiusOf` is the exact mean's radius (a wrong one is the control). */
const equilibratedJ0 = (radiusOf = thesisRadius) =>
  part({
    description:
      "the equilibrating sampler (σ tuned in burn-in to 25 % acceptance, then fixed; 4 chains, each run until its ESS is ≥ 100) reproduces the exact J = 0 mean (m_i ~ N(R x̂_i, I/β)): the projection (1/N)Σ x̂_i·m̄_i is within 5 SE of R, and split-R̂ < 1.05",
    arbitraries: () => [
      fc.integer({ min: 4, max: 8 }),
      fc.constantFrom(4, 8),
      seedArb,
      fc.double({ min: 0.3, max: 10, noNaN: true }),
    ],
    predicate: (ctx, N, D, seed, beta) => {
      const sys = thesisSystem(new Prng(seed), { N, D, couplingScale: 0 });
      const R = thesisRadius(D);
      const samplers = [0, 1, 2, 3].map((c) => {
        const s = new ThesisSampler(sys, new Prng(seed + 100 + c), {
          beta,
          start: gaussianArray(seed + 200 + c, N * D, 2),
        });
        ctx.record("kernel", s.kernel);
        s.tune(10_000, 0.25);
        s.run(5_000);
        return s;
      });
      // R̂'s spread under the null shrinks with the half-chains' ESS, not their length: at β ≈ 6,
      // D = 8 a chain of 2000 sweeps can hold an ESS of 16, where R̂ = 1.057 is chance. So the
      // chains grow (2000 → 16 000 sweeps) until every one holds an ESS of at least 100.
      const traces: number[][] = samplers.map(() => []);
      let ess: number[] = [];
      for (const sweeps of [2000, 4000, 8000, 16_000]) {
        samplers.forEach((s, c) => {
          while (traces[c].length < sweeps) {
            s.run(N);
            let w = 0;
            for (let i = 0; i < N; i++) w += rowDot(sys.x, i, s.m, i, D) / R;
            traces[c].push(w / N);
          }
        });
        ess = traces.map((t) => effectiveSampleSize(t));
        if (Math.min(...ess) >= ESS_FLOOR) break;
      }
      const rhat = splitRhat(traces);
      const { mean, se, totalEss } = pooledMeanWithError(traces);
      const z = Math.abs(mean - radiusOf(D)) / se;
      ctx.observeRatio(z / 5);
      ctx.record("split-R̂", rhat);
      ctx.record("total ESS", totalEss);
      ctx.record("sweeps per chain", traces[0].length);
      const where = { N, D, seed, beta, sweeps: traces[0].length };
      expectGe("smallest chain ESS after 16 000 sweeps", Math.min(...ess), ESS_FLOOR, {}, where);
      expectLt("split-R̂", rhat, 1.05, 0, where);
      expectLe("|projection − R| / SE", z, 5, {}, { ...where, mean, R, totalEss });
    },
    numRuns: 8,
    thoroughRuns: 40,
    budgetMs: 20_000,
  });

/**
 * B.3: the higher the temperature, the longer convergence takes. At N = 64, D = 32 crossing the
 * target's width √(D/β) takes D N³/β steps, growing with T, and `budget` (the thesis' 5·10⁷ for
 * β ≤ 1) moves a site only √(budget/N³), less than the width for every β ≤ 0.1.
 */
const budgetCrossing = (budget = 5e7) =>
  once(
    "at N = 64, D = 32 the steps needed to cross the target's width √(D/β) grow with temperature, and the thesis' budget (5·10⁷ steps for β ≤ 1) moves a site an RMS distance √(n/N³) smaller than that width for every β ≤ 0.1",
    (ctx) => {
      const N = 64;
      const D = 32;
      const rms = Math.sqrt(budget / N ** 3);
      const rows: string[] = [];
      let previous = Number.POSITIVE_INFINITY;
      for (const beta of [1e-3, 1e-2, 1e-1]) {
        const width = Math.sqrt(D / beta);
        const needed = finite(stepsToDiffuse(width, N, D), "steps to cross the width");
        rows.push(
          `β=${beta}: width ${width.toFixed(1)}, RMS move ${rms.toFixed(1)}, steps to cross ${needed.toExponential(2)}`,
        );
        if (Number.isFinite(previous))
          expectLt("steps to cross at the next lower temperature", needed, previous, 0, { beta });
        previous = needed;
        expectLt("RMS move within the budget vs the target's width", rms, width, 0, { beta });
      }
      ctx.record("crossing", rows);
    },
  );

type SteinRun = typeof steinAndPlainMeans;

const steinVsPlain = (means: SteinRun = steinAndPlainMeans) =>
  part({
    description:
      "the Stein estimator of the equilibrium mean is exact for J = 0 (g_i = R x̂_i) and, at β = 1 where plain time averages are reliable, agrees with them: |𝒜_Stein − 𝒜_plain| ≤ 0.08 (N = 16, D = 8, tuned chains, 120 000 steps)",
    arbitraries: () => [seedArb],
    predicate: (ctx, seed) => {
      const N = 16;
      const D = 8;
      const R = thesisRadius(D);
      const sys0 = thesisSystem(new Prng(seed), { N, D, couplingScale: 0 });
      const s0 = new ThesisSampler(sys0, new Prng(seed + 1), { beta: 0.5, start: gaussianArray(seed + 2, N * D) });
      s0.run(1000);
      const g0 = s0.steinMean();
      for (let k = 0; k < g0.length; k++)
        expectClose("Stein estimator for J = 0 vs R x̂", g0[k], sys0.x[k], { abs: 1e-12 * R }, { k });
      const sys = thesisSystem(new Prng(seed), { N, D });
      const steps = 120_000;
      const s = new ThesisSampler(sys, new Prng(seed + 3), { beta: 1 });
      ctx.record("kernel", s.kernel);
      s.tune(steps / 5, 0.25);
      s.run(steps);
      const m = means(s, steps);
      const aStein = alignment(m.stein, sys.x, N, D);
      const aPlain = alignment(m.plain, sys.x, N, D);
      ctx.record("Stein vs plain alignment at β = 1", [aStein, aPlain]);
      ctx.observeRatio(Math.abs(aStein - aPlain) / 0.08);
      expectClose("𝒜_Stein vs 𝒜_plain", aStein, aPlain, { abs: 0.08 }, { seed });
    },
    numRuns: 2,
    thoroughRuns: 20,
    budgetMs: 15_000,
  });

/** The asymmetric kinetic test case: J₁₂ ≈ −J₂₁ of size `asym`, β. */
const kineticCase = fc.record({
  seed: seedArb,
  beta: fc.double({ min: 0.2, max: 3, noNaN: true }),
  asym: fc.double({ min: 0.3, max: 1.5, noNaN: true }),
});

/**
 * A.2: "MH being equilibrium centric" as the reason asymmetries could not be sampled. On the discretized
 * kinetic model (N = 2 circle spins, 12 angles) with asymmetric J: an MH chain cannot have the kinetic
 * chain's stationary law π_NESS (which depends on Jᵒ) as its own. `target` chooses the MH target from
 * (π_NESS, π of the symmetric part): the thesis' equilibrium-friendly choice (π of Jᵉ) is the control.
 */
const mhCannotSampleNess = (target: "ness" | "symmetric-part" = "ness") =>
  part({
    description: `an MH chain (uniform proposal) targeting ${target === "ness" ? "the asymmetric kinetic chain's own stationary law π_NESS" : "the stationary law of the couplings' symmetric part Jᵉ"} does not have π_NESS as its stationary law (‖π_NESS P_MH − π_NESS‖₁ > 1e-10), on inputs where π_NESS depends on Jᵒ`,
    arbitraries: () => [kineticCase],
    predicate: (ctx, { seed, beta, asym }) => {
      const { J, x } = kineticInput(seed, asym);
      const ness = stationary(kineticChain(J, x, beta, 12), 144, 400).pi;
      const sym = (J[1] + J[2]) / 2;
      const even = stationary(kineticChain([J[0], sym, sym, J[3]], x, beta, 12), 144, 400).pi;
      let dOdd = 0;
      for (let a = 0; a < 144; a++) dOdd += Math.abs(ness[a] - even[a]);
      ctx.record("‖π_NESS − π(Jᵉ)‖₁ (how much the law depends on Jᵒ)", dOdd);
      fc.pre(finite(dOdd, "‖π_NESS − π(Jᵉ)‖₁") > 1e-6); // the odd part must matter for the input to say anything
      const residual = stationarityResidual(metropolisMatrix(target === "ness" ? ness : even), ness);
      ctx.record("‖π_NESS P_MH − π_NESS‖₁", residual);
      expectGt("‖π_NESS P_MH − π_NESS‖₁", residual, 1e-10, 0, { seed, beta, asym });
    },
    numRuns: 10,
    budgetMs: 20_000,
  });

/**
 * §3.1 states the MCMC states x, y ∈ S_{D−1} (radius R); the thesis' sampler moves spins in ℝ^{N×D}.
 * Claim: after the sampler's steps every spin still has norm R. `project` rescales each spin to R
 * before the check, i.e. a sampler that does move on the sphere (the control).
 */
const statesOnSphere = (project = false) =>
  part({
    description: `the thesis' sampler${project ? " followed by a projection of every spin to the sphere" : ""} keeps every spin on the sphere ‖m_i‖ = R that §3.1's state space S_{D−1} assumes (within 1e-9)`,
    arbitraries: () => [
      fc.integer({ min: 1, max: 8 }),
      fc.constantFrom(4, 8, 16),
      seedArb,
      fc.double({ min: 0.1, max: 10, noNaN: true }),
      fc.integer({ min: 1, max: 2000 }),
    ],
    predicate: (ctx, N, D, seed, beta, steps) => {
      const sys = thesisSystem(new Prng(seed), { N, D });
      const R = thesisRadius(D);
      const s = new ThesisSampler(sys, new Prng(seed + 1), { beta });
      ctx.record("kernel", s.kernel);
      s.run(steps);
      let worst = 0;
      for (let i = 0; i < N; i++) {
        const n = Math.sqrt(rowDot(s.m, i, s.m, i, D));
        worst = Math.max(worst, Math.abs((project ? R : n) - R));
      }
      ctx.record("max_i |‖m_i‖ − R|", worst);
      expectLe("max_i |‖m_i‖ − R|", worst, 0, { abs: 1e-9 }, { N, D, seed, beta, steps });
    },
    numRuns: 20,
  });

/**
 * Eq 3.1 with the integral over S_{D−1} (radius R): integrated over y it says ∫_S π dσ = 1. `law` is the
 * density checked: the thesis' J = 0 target N(R x̂, I/β) on ℝ^D, or (control) the von Mises–Fisher law
 * on the sphere, e^{κ x̂·μ̂} normalized on S_{D−1} (its normalization from the Bessel closed form, its
 * integral by Simpson: two roads meeting).
 */
const sphereMass = (law: "target" | "vmf-on-sphere" = "target") =>
  part({
    description: `eq 3.1 over S_{D−1} integrated over y: the surface integral over the sphere ‖x‖ = R of ${law === "target" ? "the thesis' J = 0 target N(R x̂, I/β) (a law on ℝ^D)" : "a von Mises–Fisher law on the sphere"} is 1 (within 1e-6)`,
    arbitraries: () => [fc.constantFrom(4, 8, 16), fc.double({ min: 0.1, max: 10, noNaN: true })],
    predicate: (ctx, D, beta) => {
      const R = thesisRadius(D);
      const mass = gaussianSphereMass(D, R, beta);
      // The vMF density on the sphere is π restricted to it and divided by its own surface integral
      // (the Gaussian factor on ‖x‖ = R is ∝ e^{βR² cos φ}, a vMF law with κ = βR²).
      const value = law === "target" ? mass : mass / gaussianSphereMassBessel(D, R, beta);
      ctx.observeRatio(Math.abs(value - 1) / 1e-6);
      ctx.record("∫_S π dσ (last input)", value);
      expectClose("∫_{S_{D−1}} π dσ", value, 1, { abs: 1e-6 }, { D, beta, R });
    },
    numRuns: 30,
  });

/** §3.2's global proposal: P_D(cos∠ ≥ c) ≤ e^{−rate·D c²} with `rate` ½ (Ball); the control doubles it. */
const globalRare = (rate = 0.5) =>
  part({
    description: `a uniform direction in ℝ^D lies within arccos c of a target with probability ≤ e^{−${rate}·D c²} (exponentially small in D)`,
    arbitraries: () => [fc.integer({ min: 2, max: 512 }), fc.double({ min: 0.05, max: 0.999, noNaN: true })],
    predicate: (ctx, D, c) => {
      const lnP = capLogProbability(D, c);
      ctx.record("P(cos∠ ≥ 0.9) at D = 32 (the thesis' dimension)", Math.exp(capLogProbability(32, 0.9)));
      ctx.observeRatio(Math.exp(lnP + rate * D * c * c));
      expectLe("ln P_D(c)", lnP, -rate * D * c * c, { abs: 1e-9 }, { D, c });
    },
    numRuns: 100,
  });

/**
 * Eq 3.5: ergodic (positive N-step path density from any x to any y) and aperiodic (a step raising H,
 * so P(x|x) > 0). `shape` restricts the proposal (first component only: the control).
 */
const aperiodicErgodic = (shape: ProposalShape = {}) =>
  part({
    description: `the thesis' local proposal${shape.firstComponentOnly ? " restricted to the first component of a spin" : ""} reaches any y from any x in N steps with positive density, and some step raises H (P(x|x) > 0)`,
    arbitraries: () => [
      fc.integer({ min: 1, max: 6 }),
      fc.integer({ min: 3, max: 8 }),
      seedArb,
      fc.double({ min: 0.1, max: 10, noNaN: true }),
    ],
    predicate: (ctx, N, D, seed, beta) => {
      const sys = thesisSystem(new Prng(seed), { N, D });
      const R = thesisRadius(D);
      const sd = R / Math.sqrt(D);
      const x = gaussianArray(seed + 1, N * D, sd);
      const y = gaussianArray(seed + 2, N * D, sd);
      const path = pathLogDensity(sys, x, y, beta, thesisSigma(N, D), R, shape);
      expectThat(path.reachable, "y lies outside the support of the N-step path from x", { N, D, seed, beta });
      ctx.record("log density of the N-step path (last input)", path.logDensity);
      const rise = risingProposal(sys, x, thesisSigma(N, D), R);
      expectThat(rise !== undefined, "no single-spin step raises H (no rejection, P(x|x) = 0)", { N, D, seed });
      if (rise) expectGt("ΔH of the rising step", rise.deltaH, 0, 0, { N, D, seed, step: rise.step });
    },
    numRuns: 60,
  });

export const properties = [
  holds(
    "thesis-mcmc.incremental-same-chain",
    sameChain(),
    control("the incremental sampler run at 1.5 β", holds("c", sameChain(1.5))),
  ),
  holds(
    "thesis-mcmc.eq35-normalized",
    eq35Normalized(),
    control("D = 1, where the printed prefactor is the right normalization", holds("c", eq35Normalized(1))),
  ),
  holds("thesis-mcmc.eq35-sigma", eq35Sigma(), control("N = D = 1, where N√D = 1/(N√D)", holds("c", eq35Sigma(true)))),
  holds(
    "thesis-mcmc.eq35-symmetric",
    eq35Symmetric(),
    control(
      "a proposal with a drift (log Q(y|x) + 0.1·y₀)",
      holds("c", eq35Symmetric(mapResult(logQPrinted, (r, y) => r + 0.1 * y[0]))),
    ),
  ),
  holds(
    "thesis-mcmc.mh-normalization-free",
    normalizationFree(),
    control("π(y) rescaled but π(x) not", holds("c", normalizationFree(true))),
  ),
  holds(
    "thesis-mcmc.global-proposal-hastings",
    globalBalance(0),
    control("proposals with ‖y‖ = ‖x‖ (where Q(x) = Q(y))", holds("c", globalBalance(0, true))),
  ),
  holds(
    "thesis-mcmc.global-proposal-hastings-corrected",
    globalBalance(1),
    control("the Hastings factor inverted", holds("c", globalBalance(-1))),
  ),
  holds(
    "thesis-mcmc.diffusion-steps",
    diffusion(),
    control("σ assumed 50 % too large", holds("c", diffusion(scaled(thesisSigma, 1.5)))),
  ),
  holds(
    "thesis-mcmc.equilibrated-j0",
    equilibratedJ0(),
    control("the exact mean's radius taken 10 % too large", holds("c", equilibratedJ0(scaled(thesisRadius, 1.1)))),
  ),
  holds(
    "thesis-mcmc.thesis-budget-crossing",
    budgetCrossing(),
    control("a budget 1000× the thesis'", holds("c", budgetCrossing(5e10))),
  ),
  holds(
    "thesis-mcmc.stein-vs-plain",
    steinVsPlain(),
    control(
      "the Stein estimate negated",
      holds("c", steinVsPlain(mapResult(steinAndPlainMeans, (r) => ({ ...r, stein: r.stein.map((v) => -v) })))),
    ),
  ),
  holds(
    "thesis-mcmc.mh-equilibrium-centric",
    mhCannotSampleNess(),
    control(
      "the MH target taken as the law of the symmetric part Jᵉ (the thesis' equilibrium-friendly choice)",
      holds("c", mhCannotSampleNess("symmetric-part")),
    ),
  ),
  holds(
    "thesis-mcmc.states-on-sphere",
    statesOnSphere(),
    control("every spin projected back to the sphere (a sampler on S_{D−1})", holds("c", statesOnSphere(true))),
  ),
  holds(
    "thesis-mcmc.sphere-vs-unconstrained",
    sphereMass(),
    control(
      "a law on the sphere (von Mises–Fisher, normalized on S_{D−1}) in place of the sampler's target on ℝ^D",
      holds("c", sphereMass("vmf-on-sphere")),
    ),
  ),
  holds(
    "thesis-mcmc.global-proposal-rare",
    globalRare(),
    control("the exponent doubled, e^{−Dc²}", holds("c", globalRare(1))),
  ),
  holds(
    "thesis-mcmc.eq35-aperiodic-ergodic",
    aperiodicErgodic(),
    control(
      "a proposal that perturbs only the first component of the chosen spin",
      holds("c", aperiodicErgodic({ firstComponentOnly: true })),
    ),
  ),
];
