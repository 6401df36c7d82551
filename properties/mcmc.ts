/**
 * Markov-chain Monte Carlo: thesis 003 §3.1 eq 3.1-3.2 (stationarity, detailed balance, the MH
 * acceptance rule, aperiodicity, ergodicity), §2.4/§3.3 (kinetic Ising with asymmetric couplings),
 * blog 004 (time averages vs ensemble averages), and Metropolis/Wolff on the Ising torus against
 * exact results.
 */
import fc from "fast-check";
import { conditional, holds, part } from "../src/claims/property.js";
import { expectClose, expectThat } from "../src/claims/violation.js";
import {
  asymptoticVariance,
  binningError,
  checkerboardDeterministicImage,
  checkerboardSweep,
  detailedBalanceDefect,
  kernel,
  type Kernel,
  kineticIsingKernel,
  metropolisHastingsKernel,
  metropolisSweep,
  normalize,
  simulateChain,
  stationarityDefect,
  stationaryDistribution,
  stepDistribution,
  torusEnergy,
  torusState,
  totalVariation,
  wolffStep,
} from "../src/mcmc/index.js";
import { enumerateIsing, rowTransferJets, squareLattice, thermoFromEnumeration } from "../src/ising/index.js";
import { Prng } from "../src/random/prng.js";

/** Divide each row of the n×n matrix `p` by its sum, in place. */
function normalizeRows(p: Float64Array, n: number): Float64Array {
  for (let x = 0; x < n; x++) {
    let s = 0;
    for (let y = 0; y < n; y++) s += p[x * n + y];
    for (let y = 0; y < n; y++) p[x * n + y] /= s;
  }
  return p;
}

/** A positive row-stochastic matrix on n states (entries ≥ `floor` before normalization). */
const positiveKernel = (n: number, floor = 0.01) =>
  fc
    .array(fc.double({ min: floor, max: 1, noNaN: true }), { minLength: n * n, maxLength: n * n })
    .map((a) => kernel(n, normalizeRows(new Float64Array(a), n)));

/** A symmetric proposal: off-diagonal S_xy = S_yx scaled so rows sum to ≤ 1, the rest on the diagonal. */
const symmetricKernel = (n: number) =>
  fc.array(fc.double({ min: 0.01, max: 1, noNaN: true }), { minLength: n * n, maxLength: n * n }).map((a) => {
    const p = new Float64Array(n * n);
    let maxRow = 0;
    for (let x = 0; x < n; x++) {
      let s = 0;
      for (let y = 0; y < n; y++) if (x !== y) s += (a[x * n + y] + a[y * n + x]) / 2;
      maxRow = Math.max(maxRow, s);
    }
    for (let x = 0; x < n; x++) {
      let s = 0;
      for (let y = 0; y < n; y++) if (x !== y) s += p[x * n + y] = (a[x * n + y] + a[y * n + x]) / 2 / (1.01 * maxRow);
      p[x * n + x] = 1 - s;
    }
    return kernel(n, p);
  });

const target = (n: number) => fc.array(fc.double({ min: 0.05, max: 10, noNaN: true }), { minLength: n, maxLength: n });

/** (n, π, Q) with Q positive (generally asymmetric). */
const mhInput = fc.integer({ min: 2, max: 7 }).chain((n) => fc.tuple(target(n), positiveKernel(n)));
const symmetricInput = fc.integer({ min: 2, max: 7 }).chain((n) => fc.tuple(target(n), symmetricKernel(n)));

/** Asymmetry of a proposal: max |Q(y|x) − Q(x|y)|. */
const asymmetry = (q: Kernel): number => couplingAsymmetry(q.n, q.p);

/** An irreducible chain: a directed cycle 0→1→…→0 plus random extra edges; `selfLoop` adds P(0|0) > 0. */
const cycleChain = (selfLoop: boolean) =>
  fc
    .integer({ min: 2, max: 6 })
    .chain((n) =>
      fc.tuple(
        fc.constant(n),
        fc.array(fc.double({ min: 0.1, max: 1, noNaN: true }), { minLength: n * n, maxLength: n * n }),
        fc.array(fc.boolean(), { minLength: n * n, maxLength: n * n }),
      ),
    )
    .map(([n, w, extra]) => {
      const p = new Float64Array(n * n);
      for (let x = 0; x < n; x++) {
        // Without the self-loop, keep the chain periodic: only the cycle edges (period n).
        for (let y = 0; y < n; y++) {
          const onCycle = y === (x + 1) % n;
          const loop = selfLoop && x === 0 && y === 0;
          if (onCycle || loop || (selfLoop && extra[x * n + y] && x !== y)) p[x * n + y] = w[x * n + y];
        }
      }
      return kernel(n, normalizeRows(p, n));
    });

/** TV distance from π after t steps from each start, maximized over starts. */
function worstTv(k: Kernel, t: number): number {
  const pi = stationaryDistribution(k);
  let worst = 0;
  for (let x = 0; x < k.n; x++) {
    let mu: Float64Array = new Float64Array(k.n);
    mu[x] = 1;
    for (let s = 0; s < t; s++) mu = stepDistribution(k, mu);
    worst = Math.max(worst, totalVariation(mu, pi));
  }
  return worst;
}

/** Sample an index from a probability vector. */
function sampleFrom(p: ArrayLike<number>, u: number): number {
  let acc = 0;
  for (let i = 0; i < p.length; i++) {
    acc += p[i];
    if (u < acc) return i;
  }
  return p.length - 1;
}

/** A kinetic Ising instance: N spins, couplings J (N×N, zero diagonal), fields θ, β. */
const kineticInput = (symmetric: boolean) =>
  fc.integer({ min: 2, max: 5 }).chain((N) =>
    fc
      .tuple(
        fc.constant(N),
        fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: N * N, maxLength: N * N }),
        fc.array(fc.double({ min: -0.5, max: 0.5, noNaN: true }), { minLength: N, maxLength: N }),
        fc.double({ min: 0.2, max: 2, noNaN: true }),
      )
      .map(([N, a, theta, beta]) => {
        const J = new Float64Array(N * N);
        for (let i = 0; i < N; i++)
          for (let j = 0; j < N; j++)
            if (i !== j) J[i * N + j] = symmetric ? (a[i * N + j] + a[j * N + i]) / 2 : a[i * N + j];
        return { N, J, theta, beta };
      }),
  );

/** Max_ij |J_ij − J_ji| of an N×N row-major matrix. */
function couplingAsymmetry(N: number, J: ArrayLike<number>): number {
  let a = 0;
  for (let i = 0; i < N; i++) for (let j = 0; j < N; j++) a = Math.max(a, Math.abs(J[i * N + j] - J[j * N + i]));
  return a;
}

type Algorithm = "metropolis" | "checkerboard" | "wolff";

/**
 * Run an Ising Monte Carlo on the L×L torus at β and return the per-spin energy, |m| and m² series,
 * one measurement per sweep (Wolff: per N/4 clusters, a fixed number: stopping a "sweep" once the
 * flipped spins reach N would make the measurement times depend on the cluster sizes and bias
 * every average, which this property caught: −0.566 instead of −0.456 for the 4×4 energy at β = 0.2).
 */
function isingSeries(alg: Algorithm, L: number, beta: number, seed: number, samples: number) {
  const rng = new Prng(seed);
  const st = torusState(L, rng.split(1));
  const N = L * L;
  const stack = new Int32Array(N);
  const sweep = () => {
    if (alg === "metropolis") metropolisSweep(st, beta, rng);
    // Heat-bath acceptance: with Metropolis acceptance the sublattice sweep has absorbing 2-cycles
    // (mcmc.checkerboard-ergodic), which --explore hit (4×4, β = 0.2: E ≡ 0).
    else if (alg === "checkerboard") checkerboardSweep(st, beta, rng, 0, "heat-bath");
    else for (let c = 0; c < N / 4; c++) wolffStep(st, beta, rng, stack);
  };
  for (let t = 0; t < 2000; t++) sweep(); // burn-in ≫ τ at these sizes
  const e = new Float64Array(samples),
    am = new Float64Array(samples),
    m2 = new Float64Array(samples);
  for (let t = 0; t < samples; t++) {
    sweep();
    const { E, M } = torusEnergy(st);
    e[t] = E / N;
    am[t] = Math.abs(M) / N;
    m2[t] = (M / N) ** 2;
  }
  return { e, am, m2 };
}

/** Exact per-spin U, ⟨|m|⟩ (4×4 only) and ⟨m²⟩ of the L×L torus. */
const exactCache = new Map<string, { u: number; absM: number; m2: number }>();
function exactIsing(L: number, beta: number) {
  const key = `${L}:${beta}`;
  let v = exactCache.get(key);
  if (!v) {
    const N = L * L;
    const u = -rowTransferJets(L, L, beta, { wrt: "beta" }).d1 / N;
    const m2 = rowTransferJets(L, L, beta, { wrt: "h" }).d2 / (beta * beta * N * N);
    const absM = L === 4 ? thermoFromEnumeration(enumerateIsing(squareLattice(4, 4)), beta).absM : NaN;
    exactCache.set(key, (v = { u, absM, m2 }));
  }
  return v;
}

/** 5σ: with ≥ 64 binning blocks the statistic is ~ Student t₆₃, P(|t| > 5) ≈ 5e-6 per check. */
const SIGMAS = 5;

export const properties = [
  holds(
    "mcmc.mh-detailed-balance",
    part({
      description:
        "with the Hastings factor, π(x)P(y|x) = π(y)P(x|y) and πP = π for every target π and every positive proposal Q; the linear solve of πP = π returns π",
      arbitraries: () => [mhInput],
      predicate: (ctx, [pi, q]) => {
        const k = metropolisHastingsKernel(pi, q);
        const p = normalize(pi);
        const db = detailedBalanceDefect(k, p);
        const st = stationarityDefect(k, p);
        ctx.observeRatio(db / 1e-15);
        expectThat(db <= 1e-15 && st <= 1e-14, `detailed balance defect ${db}, stationarity defect ${st}`, {
          pi,
          db,
          st,
        });
        const solved = stationaryDistribution(k);
        for (let x = 0; x < k.n; x++)
          expectClose(`stationary π(${x}) by linear solve`, solved[x], p[x], { abs: 1e-10 });
      },
      numRuns: 200,
    }),
  ),
  holds(
    "mcmc.metropolis-without-hastings",
    part({
      description:
        "literal: the acceptance min(1, π(y)/π(x)) (Hastings factor dropped, 'propositions usually chosen' symmetric) leaves π stationary for every proposal",
      arbitraries: () => [mhInput.filter(([, q]) => asymmetry(q) >= 0.05)],
      predicate: (ctx, [pi, q]) => {
        const k = metropolisHastingsKernel(pi, q, { hastings: false });
        const st = stationarityDefect(k, normalize(pi));
        ctx.record("proposal asymmetry", asymmetry(q));
        expectThat(st <= 1e-12, `π is not stationary: |πP − π|∞ = ${st}`, { pi, q: Array.from(q.p), defect: st });
      },
    }),
  ),
  conditional("mcmc.metropolis-symmetric-proposal", {
    inside: part({
      description: "with a symmetric proposal, plain Metropolis min(1, π(y)/π(x)) satisfies detailed balance",
      arbitraries: () => [symmetricInput],
      predicate: (_ctx, [pi, q]) => {
        const k = metropolisHastingsKernel(pi, q, { hastings: false });
        const db = detailedBalanceDefect(k, normalize(pi));
        expectThat(db <= 1e-15, `detailed balance defect ${db}`, { pi });
      },
      numRuns: 200,
    }),
    boundary: part({
      description: "with an asymmetric proposal (max |Q(y|x) − Q(x|y)| ≥ 0.05) the same rule breaks detailed balance",
      arbitraries: () => [mhInput.filter(([, q]) => asymmetry(q) >= 0.05)],
      predicate: (_ctx, [pi, q]) => {
        const k = metropolisHastingsKernel(pi, q, { hastings: false });
        const db = detailedBalanceDefect(k, normalize(pi));
        expectThat(db <= 1e-15, `detailed balance defect ${db}`, { pi });
      },
    }),
  }),
  conditional("mcmc.aperiodic-ergodic-convergence", {
    inside: part({
      description:
        "an irreducible chain with a self-loop P(x|x) > 0 converges to π from every start (TV < 1e-9 after 3000 steps)",
      arbitraries: () => [cycleChain(true)],
      predicate: (ctx, k) => {
        const tv = worstTv(k, 3000);
        ctx.observeRatio(tv / 1e-9);
        expectThat(tv < 1e-9, `TV distance ${tv} after 3000 steps`, { p: Array.from(k.p) });
      },
      numRuns: 60,
    }),
    boundary: part({
      description: "without the self-loop (a periodic irreducible chain) the distribution does not converge",
      arbitraries: () => [cycleChain(false)],
      predicate: (_ctx, k) => {
        const tv = worstTv(k, 3000);
        expectThat(tv < 1e-9, `TV distance ${tv} after 3000 steps`, { p: Array.from(k.p) });
      },
      numRuns: 20,
    }),
  }),
  conditional("mcmc.time-vs-ensemble-average", {
    inside: part({
      description:
        "ergodic chain started from π: the time average of f over 2^15 steps is within 5σ of π(f), σ² the exact asymptotic variance; the binning error agrees with σ within a factor 2",
      arbitraries: () => [
        fc
          .integer({ min: 2, max: 6 })
          .chain((n) =>
            fc.tuple(
              positiveKernel(n, 0.05),
              fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: n, maxLength: n }),
            ),
          ),
        fc.integer(),
      ],
      predicate: (ctx, [k, f], seed) => {
        const pi = stationaryDistribution(k);
        const rng = new Prng(seed);
        const T = 1 << 15;
        const path = simulateChain(k, sampleFrom(pi, rng.next()), T, () => rng.next());
        const series = Float64Array.from(path, (x) => f[x]);
        const exact = f.reduce((a, v, x) => a + v * pi[x], 0);
        const sigma = Math.sqrt(asymptoticVariance(k, f) / T);
        const bin = binningError(series, 64);
        // An almost constant f has σ ≈ 0: allow for float64 summation error (~1e-12).
        const z = Math.abs(bin.mean - exact) / (sigma + 1e-12);
        ctx.observeRatio(z / SIGMAS);
        expectThat(z <= SIGMAS, `time average ${bin.mean} vs ensemble ${exact}: ${z.toFixed(2)}σ`, {
          seed,
          exact,
          mean: bin.mean,
          sigma,
        });
        if (sigma > 1e-12)
          expectThat(bin.se / sigma > 0.5 && bin.se / sigma < 2, `binning error ${bin.se} vs exact σ ${sigma}`, {
            seed,
          });
      },
      numRuns: 30,
    }),
    boundary: part({
      description: "a reducible chain (two closed blocks) started in block A: the time average of 1_A is 1, not π(A)",
      arbitraries: () => [fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 }), fc.integer()],
      predicate: (_ctx, a, b, seed) => {
        const n = a + b;
        // MH with a proposal that never crosses between blocks: π uniform is stationary but not unique.
        const q = new Float64Array(n * n);
        for (let x = 0; x < n; x++) {
          const lo = x < a ? 0 : a,
            hi = x < a ? a : n;
          for (let y = lo; y < hi; y++) q[x * n + y] = 1 / (hi - lo);
        }
        const k = metropolisHastingsKernel(new Float64Array(n).fill(1), kernel(n, q));
        const rng = new Prng(seed);
        const T = 1 << 12;
        const path = simulateChain(k, 0, T, () => rng.next());
        const avg = path.reduce((s, x) => s + (x < a ? 1 : 0), 0) / T;
        const ensemble = a / n;
        expectThat(
          Math.abs(avg - ensemble) <= SIGMAS * Math.sqrt((ensemble * (1 - ensemble)) / T),
          `time average ${avg} vs ensemble ${ensemble}`,
          { a, b },
        );
      },
      numRuns: 10,
    }),
  }),
  holds(
    "mcmc.ising-monte-carlo",
    part({
      description:
        "random-site Metropolis, checkerboard heat-bath sweeps and Wolff on the 4×4 and 8×8 tori reproduce the exact per-spin energy, ⟨m²⟩ and (4×4) ⟨|m|⟩ within 5 binning standard errors",
      arbitraries: () => [
        fc.constantFrom<Algorithm>("metropolis", "checkerboard", "wolff"),
        fc.constantFrom(4, 8),
        fc.constantFrom(0.2, 0.35, 0.4407, 0.6),
        fc.integer(),
      ],
      predicate: (ctx, alg, L, beta, seed) => {
        const { e, am, m2 } = isingSeries(alg, L, beta, seed, 1 << 13);
        const exact = exactIsing(L, beta);
        const checks: Array<[string, Float64Array, number]> = [
          ["energy per spin", e, exact.u],
          ["⟨m²⟩", m2, exact.m2],
        ];
        if (L === 4) checks.push(["⟨|m|⟩", am, exact.absM]);
        for (const [what, series, value] of checks) {
          const b = binningError(series, 64);
          const z = Math.abs(b.mean - value) / b.se;
          ctx.observeRatio(z / SIGMAS);
          expectThat(
            z <= SIGMAS,
            `${alg} ${L}×${L} β=${beta}: ${what} ${b.mean} ± ${b.se} vs exact ${value} (${z.toFixed(2)}σ)`,
            { alg, L, beta, seed, mean: b.mean, se: b.se, exact: value },
          );
        }
      },
      numRuns: 18,
      budgetMs: 20000,
    }),
  ),
  conditional("mcmc.checkerboard-ergodic", {
    inside: part({
      description:
        "checkerboard sweeps with heat-bath acceptance: no configuration of the 4×4 torus has a deterministic sweep (so no closed orbit traps the chain)",
      arbitraries: () => [fc.double({ min: 0.01, max: 3, noNaN: true })],
      predicate: (_ctx, beta) => {
        for (let c = 0; c < 1 << 16; c++) {
          const img = checkerboardDeterministicImage(c, 4, beta, "heat-bath");
          expectThat(img === null, `configuration ${c.toString(2).padStart(16, "0")} is mapped deterministically`, {
            beta,
            config: c,
            image: img,
          });
        }
      },
      numRuns: 4,
      budgetMs: 10000,
    }),
    boundary: part({
      description:
        "with Metropolis acceptance min(1, e^{−βΔE}) the same sweep has configurations σ with σ → −σ → σ deterministically: the chain is trapped",
      arbitraries: () => [fc.double({ min: 0.01, max: 3, noNaN: true })],
      predicate: (ctx, beta) => {
        let traps = 0;
        let first = -1;
        for (let c = 0; c < 1 << 16; c++) {
          const img = checkerboardDeterministicImage(c, 4, beta, "metropolis");
          if (img !== null && checkerboardDeterministicImage(img, 4, beta, "metropolis") === c) {
            traps++;
            if (first < 0) first = c;
          }
        }
        ctx.record("trapped configurations of the 4×4 torus", traps);
        expectThat(
          traps === 0,
          `${traps} configurations are trapped in a deterministic 2-cycle, e.g. ${first.toString(2).padStart(16, "0")} (rows of equal spins, alternating)`,
          { beta, traps, example: first },
        );
      },
      numRuns: 4,
    }),
  }),
  holds(
    "mcmc.kinetic-asymmetric-no-stationary",
    part({
      description:
        "literal §2.4: with asymmetric couplings the parallel kinetic Ising chain does not reach a stationary distribution (P_t stays ≥ 1e-9 in TV from P_{t+1} after 2000 steps)",
      arbitraries: () => [kineticInput(false).filter(({ N, J }) => couplingAsymmetry(N, J) > 0.05)],
      predicate: (ctx, { N, J, theta, beta }) => {
        const k = kineticIsingKernel(J, theta, beta);
        let mu: Float64Array = new Float64Array(k.n);
        mu[0] = 1;
        for (let t = 0; t < 2000; t++) mu = stepDistribution(k, mu);
        const drift = totalVariation(mu, stepDistribution(k, mu));
        const pi = stationaryDistribution(k);
        ctx.record("TV(P_t, π) after 2000 steps", totalVariation(mu, pi));
        expectThat(drift >= 1e-9, `the chain converged: TV(P_t, P_t+1) = ${drift}`, {
          N,
          J: Array.from(J),
          theta,
          beta,
        });
      },
    }),
  ),
  conditional("mcmc.kinetic-detailed-balance", {
    inside: part({
      description:
        "symmetric couplings: the parallel kinetic Ising chain satisfies detailed balance with respect to its stationary distribution",
      arbitraries: () => [kineticInput(true)],
      predicate: (ctx, { J, theta, beta }) => {
        const k = kineticIsingKernel(J, theta, beta);
        const pi = stationaryDistribution(k);
        const db = detailedBalanceDefect(k, pi);
        ctx.observeRatio(db / 1e-13);
        expectThat(db <= 1e-13, `detailed balance defect ${db}`, { J: Array.from(J), theta, beta });
      },
      numRuns: 60,
    }),
    boundary: part({
      description:
        "asymmetric couplings (max |J_ij − J_ji| > 0.05): detailed balance fails (a stationary distribution still exists: nonequilibrium steady state)",
      arbitraries: () => [kineticInput(false).filter(({ N, J }) => couplingAsymmetry(N, J) > 0.05)],
      predicate: (_ctx, { J, theta, beta }) => {
        const k = kineticIsingKernel(J, theta, beta);
        const pi = stationaryDistribution(k);
        const db = detailedBalanceDefect(k, pi);
        expectThat(db <= 1e-13, `detailed balance defect ${db}`, { J: Array.from(J), theta, beta });
      },
    }),
  }),
];
