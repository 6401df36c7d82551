/**
 * The thesis' Metropolis–Hastings sampler (§3.1-3.2, eq 3.2 and 3.5, and its published code): the
 * incremental chain against the published full recomputation, the proposal density as printed,
 * normalization and the Hastings factor, diffusion of the published step, and an equilibrating
 * sampler checked against the exact J = 0 target.
 */
import fc from "fast-check";
import { holds, once, part } from "../src/claims/property.js";
import { expectClose, expectThat } from "../src/claims/violation.js";
import { gaussianArray, seedArb } from "../src/spinglass/arbitraries.js";
import { publishedStepReference, stepsToDiffuse, thesisSigma, ThesisSampler } from "../src/spinglass/sampler.js";
import { effectiveSampleSize, splitRhat } from "../src/spinglass/diagnostics.js";
import { alignment, rowDot, thesisRadius, thesisStart, thesisSystem } from "../src/spinglass/system.js";
import { Prng } from "../src/random/prng.js";
import { steinAndPlainMeans } from "../src/spinglass/stein-average.js";

/** log of eq 3.5 as printed: Q(y|x) = 1/(N√(2πD)) exp[−½ ((y − x)/(N√D))²], with the square read as ‖·‖². */
function logQPrinted(y: Float64Array, x: Float64Array, N: number, D: number): number {
  let d2 = 0;
  for (let a = 0; a < y.length; a++) d2 += (y[a] - x[a]) ** 2;
  return -Math.log(N * Math.sqrt(2 * Math.PI * D)) - (0.5 * d2) / (N * N * D);
}

/** ∫_{ℝ^D} Q(y|x) dy for the printed Q, in closed form: (2πN²D)^{D/2} / (N√(2πD)). Returned as a log. */
function logIntegralPrinted(N: number, D: number): number {
  return (D / 2) * Math.log(2 * Math.PI * N * N * D) - Math.log(N * Math.sqrt(2 * Math.PI * D));
}

/** Gaussian target π(m) ∝ exp(−β‖m − μ‖²/2) in D dims, log density. */
const logTarget = (m: Float64Array, mu: Float64Array, beta: number) => {
  let s = 0;
  for (let a = 0; a < m.length; a++) s += (m[a] - mu[a]) ** 2;
  return (-beta * s) / 2;
};
/** Global (independence) proposal N(0, R² I), log density up to a constant. */
const logGlobal = (y: Float64Array, R: number) => {
  let s = 0;
  for (let a = 0; a < y.length; a++) s += y[a] * y[a];
  return -s / (2 * R * R);
};

const globalCase = fc.record({
  D: fc.integer({ min: 1, max: 8 }),
  seed: seedArb,
  beta: fc.double({ min: 0.1, max: 10, noNaN: true }),
});

function detailedBalanceGap(D: number, seed: number, beta: number, hastings: boolean): number {
  const R = Math.sqrt(Math.max(D / 2 - 1, 0.5));
  const mu = gaussianArray(seed, D);
  const x = gaussianArray(seed + 1, D, R);
  const y = gaussianArray(seed + 2, D, R);
  const logA = (from: Float64Array, to: Float64Array) =>
    Math.min(
      0,
      logTarget(to, mu, beta) - logTarget(from, mu, beta) + (hastings ? logGlobal(from, R) - logGlobal(to, R) : 0),
    );
  // log of π(x) q(y) A(x→y) and π(y) q(x) A(y→x)
  const fwd = logTarget(x, mu, beta) + logGlobal(y, R) + logA(x, y);
  const bwd = logTarget(y, mu, beta) + logGlobal(x, R) + logA(y, x);
  return Math.abs(fwd - bwd);
}

export const properties = [
  holds(
    "thesis-mcmc.incremental-same-chain",
    part({
      description:
        "the incremental O(N·D) sampler and the published full recomputation, from the same seed, make the same accept decisions for 300 steps and end within 1e-9",
      arbitraries: () => [
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 3, max: 8 }),
        seedArb,
        fc.double({ min: 0.01, max: 1000, noNaN: true }),
      ],
      predicate: (_ctx, N, D, seed, beta) => {
        const sys = thesisSystem(new Prng(seed), { N, D });
        const R = thesisRadius(D);
        const sigma = 0.3; // larger than the thesis' so that moves are also rejected
        const fast = new ThesisSampler(sys, new Prng(seed + 1), { beta, sigma });
        const m = thesisStart(N, D);
        const rng = new Prng(seed + 1);
        for (let t = 0; t < 300; t++) {
          const a = fast.step();
          const b = publishedStepReference(sys, m, rng, beta, sigma, R);
          expectThat(a === b, `accept decisions differ at step ${t}`, { N, D, seed, beta });
        }
        let d = 0;
        for (let k = 0; k < m.length; k++) d = Math.max(d, Math.abs(m[k] - fast.m[k]));
        expectThat(d <= 1e-9, `states differ by ${d}`, { N, D, seed, beta });
      },
      numRuns: 40,
    }),
  ),
  holds(
    "thesis-mcmc.eq35-normalized",
    part({
      description:
        "eq 3.5 as printed integrates to 1 over ℝ^D (closed form (2πN²D)^{D/2}/(N√(2πD)); checked by quadrature for D ≤ 2)",
      arbitraries: () => [fc.integer({ min: 1, max: 64 }), fc.integer({ min: 1, max: 32 })],
      predicate: (ctx, N, D) => {
        const logI = logIntegralPrinted(N, D);
        if (D <= 2) {
          // Second road: midpoint quadrature over a box of ±10 standard deviations (std = N√D).
          const sd = N * Math.sqrt(D);
          const n = D === 1 ? 4000 : 400;
          const h = (20 * sd) / n;
          let acc = 0;
          const y = new Float64Array(D);
          const zero = new Float64Array(D);
          for (let i = 0; i < n; i++) {
            y[0] = -10 * sd + (i + 0.5) * h;
            if (D === 1) acc += Math.exp(logQPrinted(y, zero, N, D)) * h;
            else
              for (let j = 0; j < n; j++) {
                y[1] = -10 * sd + (j + 0.5) * h;
                acc += Math.exp(logQPrinted(y, zero, N, D)) * h * h;
              }
          }
          expectClose("quadrature vs closed form", Math.log(acc), logI, { abs: 1e-6 });
        }
        ctx.record("log ∫Q for this input", logI);
        expectClose("log ∫ Q(y|x) dy", logI, 0, { abs: 1e-9 }, { N, D });
      },
    }),
  ),
  holds(
    "thesis-mcmc.eq35-sigma",
    part({
      description: "the per-component standard deviation of eq 3.5 as printed equals the stated σ = 1/(N√D)",
      arbitraries: () => [fc.integer({ min: 1, max: 64 }), fc.integer({ min: 1, max: 32 })],
      predicate: (_ctx, N, D) => {
        // exp(−½ (Δ/(N√D))²) is a Gaussian with standard deviation N√D.
        const printedSd = N * Math.sqrt(D);
        expectClose("standard deviation of eq 3.5", printedSd, thesisSigma(N, D), { rel: 1e-12 }, { N, D });
      },
    }),
  ),
  holds(
    "thesis-mcmc.eq35-symmetric",
    part({
      description:
        "the local proposal is symmetric: Q(y|x) = Q(x|y) (printed form and the sampler's σ = 1/(N√D) alike)",
      arbitraries: () => [fc.integer({ min: 1, max: 64 }), fc.integer({ min: 1, max: 32 }), seedArb],
      predicate: (_ctx, N, D, seed) => {
        const x = gaussianArray(seed, D);
        const y = gaussianArray(seed + 1, D);
        expectClose("log Q(y|x) − log Q(x|y)", logQPrinted(y, x, N, D) - logQPrinted(x, y, N, D), 0, { abs: 1e-12 });
      },
    }),
  ),
  holds(
    "thesis-mcmc.mh-normalization-free",
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
        const b = Math.min(1, (c * py * c2 * qxy) / (c * px * c2 * qyx));
        expectClose("acceptance with rescaled π and Q", b, a, { rel: 1e-12 });
      },
    }),
  ),
  holds(
    "thesis-mcmc.global-proposal-hastings",
    part({
      description:
        "with a global proposal y ~ N(0, R²I) and the acceptance printed in §3.2 (Q factors cancel), detailed balance π(x)Q(y)A(x→y) = π(y)Q(x)A(y→x) holds (Gaussian target, log-gap ≤ 1e-9)",
      arbitraries: () => [globalCase],
      predicate: (_ctx, { D, seed, beta }) =>
        expectThat(
          detailedBalanceGap(D, seed, beta, false) <= 1e-9,
          "detailed balance fails without the Hastings factor",
          { D, seed, beta },
        ),
    }),
  ),
  holds(
    "thesis-mcmc.global-proposal-hastings-corrected",
    part({
      description: "with the Hastings factor Q(x)/Q(y), a global proposal satisfies detailed balance (log-gap ≤ 1e-9)",
      arbitraries: () => [globalCase],
      predicate: (_ctx, { D, seed, beta }) =>
        expectThat(detailedBalanceGap(D, seed, beta, true) <= 1e-9, "detailed balance fails with the Hastings factor", {
          D,
          seed,
          beta,
        }),
    }),
  ),
  holds(
    "thesis-mcmc.diffusion-steps",
    part({
      description:
        "with every move accepted (β → 0), the thesis' sampler moves each site by a mean square distance n·D·σ²/N = n/N³ after n steps: given the K_i moves each site received, Σ_i ‖Δm_i‖²/(K_i σ²) over 4 chains is exactly χ² with D·#{K_i > 0} degrees of freedom, tested with Laurent–Massart bands at e^{−18} per side",
      arbitraries: () => [fc.integer({ min: 4, max: 16 }), fc.constantFrom(4, 8, 16), seedArb],
      predicate: (ctx, N, D, seed) => {
        const sys = thesisSystem(new Prng(seed), { N, D });
        const n = 4 * N * N * N;
        const sigma = thesisSigma(N, D);
        let chi2 = 0;
        let dof = 0;
        let msd = 0;
        for (let c = 0; c < 4; c++) {
          const s = new ThesisSampler(sys, new Prng(seed + 1 + c), { beta: 1e-300 });
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
        expectThat(
          chi2 <= upper && chi2 >= lower,
          `Σ‖Δm_i‖²/(K_i σ²) = ${chi2} outside [${lower}, ${upper}] for χ² with ${dof} degrees of freedom`,
          { N, D, seed },
        );
        ctx.record("steps to move a distance R = √15 at N = 64, D = 32", stepsToDiffuse(Math.sqrt(15), 64, 32));
      },
      numRuns: 12,
      budgetMs: 20_000,
    }),
  ),
  holds(
    "thesis-mcmc.equilibrated-j0",
    part({
      description:
        "the equilibrating sampler (σ tuned in burn-in to 25 % acceptance, then fixed; 4 chains) reproduces the exact J = 0 mean (m_i ~ N(R x̂_i, I/β)): the projection (1/N)Σ x̂_i·m̄_i is within 5 SE of R, and split-R̂ < 1.05",
      arbitraries: () => [
        fc.integer({ min: 4, max: 8 }),
        fc.constantFrom(4, 8),
        seedArb,
        fc.double({ min: 0.3, max: 10, noNaN: true }),
      ],
      predicate: (ctx, N, D, seed, beta) => {
        const sys = thesisSystem(new Prng(seed), { N, D, couplingScale: 0 });
        const R = thesisRadius(D);
        const traces: number[][] = [];
        for (let c = 0; c < 4; c++) {
          const s = new ThesisSampler(sys, new Prng(seed + 100 + c), {
            beta,
            start: gaussianArray(seed + 200 + c, N * D, 2),
          });
          s.tune(10_000, 0.25);
          s.run(5_000);
          const tr: number[] = [];
          for (let b = 0; b < 2000; b++) {
            s.run(N);
            let w = 0;
            for (let i = 0; i < N; i++) w += rowDot(sys.x, i, s.m, i, D) / R;
            tr.push(w / N);
          }
          traces.push(tr);
        }
        const rhat = splitRhat(traces);
        const pooled = traces.flat();
        const mean = pooled.reduce((p, q) => p + q) / pooled.length;
        const ess = traces.reduce((p, t) => p + effectiveSampleSize(t), 0);
        const sd = Math.sqrt(pooled.reduce((p, q) => p + (q - mean) ** 2, 0) / (pooled.length - 1));
        const se = sd / Math.sqrt(ess);
        const z = Math.abs(mean - R) / se;
        ctx.observeRatio(z / 5);
        ctx.record("split-R̂", rhat);
        ctx.record("total ESS", ess);
        expectThat(rhat < 1.05, `split-R̂ = ${rhat}`, { N, D, seed, beta });
        expectThat(z <= 5, `projection ${mean} vs R = ${R}: ${z.toFixed(2)} SE (ESS ${ess.toFixed(0)})`, {
          N,
          D,
          seed,
          beta,
        });
      },
      numRuns: 8,
      thoroughRuns: 40,
      budgetMs: 20_000,
    }),
  ),
  holds(
    "thesis-mcmc.thesis-budget-crossing",
    once(
      "at N = 64, D = 32 the thesis' budgets (5·10⁷ steps for β ≤ 1) move a site an RMS distance √(n/N³) that is smaller than the target's width √(D/β) for every β ≤ 0.1: the chain cannot cross its distribution there",
      (ctx) => {
        const N = 64;
        const D = 32;
        const rms = Math.sqrt(5e7 / N ** 3);
        const rows: string[] = [];
        for (const beta of [1e-3, 1e-2, 1e-1]) {
          const width = Math.sqrt(D / beta);
          const needed = stepsToDiffuse(width, N, D);
          rows.push(
            `β=${beta}: width ${width.toFixed(1)}, RMS move ${rms.toFixed(1)}, steps to cross ${needed.toExponential(2)}`,
          );
          expectThat(rms < width, `at β = ${beta} the budget crosses the distribution`, { rms, width });
        }
        ctx.record("crossing", rows);
      },
    ),
  ),
  holds(
    "thesis-mcmc.stein-vs-plain",
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
          expectThat(Math.abs(g0[k] - sys0.x[k]) <= 1e-12 * R, "Stein estimator is not R x̂ for J = 0", { k });
        const sys = thesisSystem(new Prng(seed), { N, D });
        const steps = 120_000;
        const s = new ThesisSampler(sys, new Prng(seed + 3), { beta: 1 });
        s.tune(steps / 5, 0.25);
        s.run(steps);
        const means = steinAndPlainMeans(s, steps);
        const aStein = alignment(means.stein, sys.x, N, D);
        const aPlain = alignment(means.plain, sys.x, N, D);
        ctx.record("Stein vs plain alignment at β = 1", [aStein, aPlain]);
        ctx.observeRatio(Math.abs(aStein - aPlain) / 0.08);
        expectThat(Math.abs(aStein - aPlain) <= 0.08, `Stein ${aStein} vs plain ${aPlain}`, { seed });
      },
      numRuns: 2,
      thoroughRuns: 20,
      budgetMs: 15_000,
    }),
  ),
];
