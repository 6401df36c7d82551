/**
 * Markov-chain Monte Carlo: thesis 003 §3.1 eq 3.1-3.2 (stationarity, detailed balance, the MH
 * acceptance rule, aperiodicity, ergodicity), §2.4/§3.3 (kinetic Ising with asymmetric couplings),
 * blog 004 (time averages vs ensemble averages), and Metropolis/Wolff on the Ising torus against
 * exact results.
 *
 * Each property is built by a part factory taking its reference (or input class), so its control
 * is the same check on a broken reference (or on inputs where a refuted statement is true).
 */
import fc from "fast-check";
import { control, conditional, holds, part } from "../src/claims/property.js";
import { mapResult, scaled } from "../src/claims/mutate.js";
import {
  expectClose,
  expectEqualCounts,
  expectGe,
  expectInInterval,
  expectLe,
  expectLt,
  finite,
} from "../src/claims/violation.js";
import {
  asymptoticVariance,
  binningError,
  checkerboardDeterministicImage,
  detailedBalanceDefect,
  kernel,
  type Kernel,
  kineticIsingKernel,
  metropolisHastingsKernel,
  normalize,
  simulateChain,
  stationarityDefect,
  stationaryDistribution,
  stepDistribution,
  totalVariation,
} from "../src/mcmc/index.js";
import { distributionAfter, matrixAsymmetry, twoBlockProposal, worstTotalVariation } from "../src/mcmc/mixing.js";
import { type IsingAlgorithm, isingSeries } from "../src/mcmc/ising-series.js";
import { exactTorusAverages } from "../src/ising/torus-exact.js";
import { normalizeRows } from "../src/numeric/vectors.js";
import { Prng } from "../src/random/prng.js";
import { sampleIndex } from "../src/random/sample-index.js";

/** A positive row-stochastic matrix on n states (entries ≥ `floor` before normalization). */
const positiveKernel = (n: number, floor = 0.01) =>
  fc
    .array(fc.double({ min: floor, max: 1, noNaN: true }), { minLength: n * n, maxLength: n * n })
    .map((a) => kernel(n, normalizeRows(a, n)));

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
const asymmetry = (q: Kernel): number => finite(matrixAsymmetry(q.n, q.p), "proposal asymmetry");

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

/** 5σ: with ≥ 64 binning blocks the statistic is ~ Student t₆₃, P(|t| > 5) ≈ 5e-6 per check. */
const SIGMAS = 5;

type MhKernel = typeof metropolisHastingsKernel;

const mhDetailedBalance = (hastings: boolean) =>
  part({
    description:
      "with the Hastings factor, π(x)P(y|x) = π(y)P(x|y) and πP = π for every target π and every positive proposal Q; the linear solve of πP = π returns π",
    arbitraries: () => [mhInput],
    predicate: (ctx, [pi, q]) => {
      const k = metropolisHastingsKernel(pi, q, { hastings });
      const p = normalize(pi);
      const db = detailedBalanceDefect(k, p);
      ctx.observeRatio(db / 1e-15);
      expectLe("detailed balance defect max |π(x)P(y|x) − π(y)P(x|y)|", db, 0, { abs: 1e-15 }, { pi });
      expectLe("stationarity defect |πP − π|∞", stationarityDefect(k, p), 0, { abs: 1e-14 }, { pi });
      const solved = stationaryDistribution(k);
      for (let x = 0; x < k.n; x++) expectClose(`stationary π(${x}) by linear solve`, solved[x], p[x], { abs: 1e-10 });
    },
    numRuns: 200,
  });

/** Plain Metropolis (no Hastings factor) on proposals from `input`; `asymmetric` rejects near-symmetric ones. */
const withoutHastings = (input: typeof mhInput, asymmetric: boolean) =>
  part({
    description:
      "literal: the acceptance min(1, π(y)/π(x)) (Hastings factor dropped, 'propositions usually chosen' symmetric) leaves π stationary for every proposal",
    arbitraries: () => [input],
    predicate: (ctx, [pi, q]) => {
      if (asymmetric) fc.pre(asymmetry(q) >= 0.05);
      const k = metropolisHastingsKernel(pi, q, { hastings: false });
      ctx.record("proposal asymmetry", asymmetry(q));
      expectLe(
        "stationarity defect |πP − π|∞",
        stationarityDefect(k, normalize(pi)),
        0,
        { abs: 1e-12 },
        { pi, q: Array.from(q.p) },
      );
    },
  });

const symmetricInside = (mh: MhKernel = metropolisHastingsKernel) =>
  part({
    description: "with a symmetric proposal, plain Metropolis min(1, π(y)/π(x)) satisfies detailed balance",
    arbitraries: () => [symmetricInput],
    predicate: (_ctx, [pi, q]) => {
      const k = mh(pi, q, { hastings: false });
      expectLe("detailed balance defect", detailedBalanceDefect(k, normalize(pi)), 0, { abs: 1e-15 }, { pi });
    },
    numRuns: 200,
  });

const symmetricBoundary = part({
  description: "with an asymmetric proposal (max |Q(y|x) − Q(x|y)| ≥ 0.05) the same rule breaks detailed balance",
  arbitraries: () => [mhInput],
  predicate: (_ctx, [pi, q]) => {
    fc.pre(asymmetry(q) >= 0.05);
    const k = metropolisHastingsKernel(pi, q, { hastings: false });
    expectLe("detailed balance defect", detailedBalanceDefect(k, normalize(pi)), 0, { abs: 1e-15 }, { pi });
  },
});

const aperiodicInside = (steps: number, cap = steps) =>
  part({
    description: `an irreducible chain with a self-loop P(x|x) > 0 converges to π from every start (TV < 1e-9 after ${steps} steps, or after 4×, 16×, … that up to ${cap} for slowly mixing chains)`,
    arbitraries: () => [cycleChain(true)],
    predicate: (ctx, k) => {
      // Convergence is a limit: a chain whose only aperiodicity is one small self-loop mixes slowly
      // (|λ₂| ≈ 0.995 for a 4-state chain an --explore seed found: TV 1.8e-7 at 3000 steps).
      let t = steps;
      let tv = worstTotalVariation(k, t);
      while (!(tv < 1e-9) && t * 4 <= cap) {
        t *= 4;
        tv = worstTotalVariation(k, t);
      }
      ctx.record("steps to TV < 1e-9 (last chain)", t);
      ctx.observeRatio(tv / 1e-9);
      expectLt("max over starts of TV(δ_x P^t, π)", tv, 1e-9, 0, { p: Array.from(k.p) });
    },
    numRuns: 60,
  });

const aperiodicBoundary = part({
  description: "without the self-loop (a periodic irreducible chain) the distribution does not converge",
  arbitraries: () => [cycleChain(false)],
  predicate: (_ctx, k) => {
    expectLt("max over starts of TV(δ_x P^t, π)", worstTotalVariation(k, 3000), 1e-9, 0, { p: Array.from(k.p) });
  },
  numRuns: 20,
});

const timeAverageInside = (variance = asymptoticVariance) =>
  part({
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
      const path = simulateChain(k, sampleIndex(pi, rng.next()), T, () => rng.next());
      const series = Float64Array.from(path, (x) => f[x]);
      const exact = f.reduce((a, v, x) => a + v * pi[x], 0);
      const sigma = Math.sqrt(variance(k, f) / T);
      const bin = binningError(series, 64);
      // An almost constant f has σ ≈ 0: allow for float64 summation error (~1e-12).
      const allowed = SIGMAS * (sigma + 1e-12);
      ctx.observeRatio(Math.abs(bin.mean - exact) / allowed);
      expectClose("time average vs ensemble average π(f)", bin.mean, exact, { abs: allowed }, { seed, sigma });
      if (sigma > 1e-12) expectInInterval("binning error / exact σ", bin.se / sigma, 0.5, 2, {}, { seed });
    },
    numRuns: 30,
  });

const timeAverageBoundary = part({
  description: "a reducible chain (two closed blocks) started in block A: the time average of 1_A is 1, not π(A)",
  arbitraries: () => [fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 }), fc.integer()],
  predicate: (_ctx, a, b, seed) => {
    const n = a + b;
    // MH with a proposal that never crosses between blocks: π uniform is stationary but not unique.
    const k = metropolisHastingsKernel(new Float64Array(n).fill(1), kernel(n, twoBlockProposal(a, b)));
    const rng = new Prng(seed);
    const T = 1 << 12;
    const path = simulateChain(k, 0, T, () => rng.next());
    const avg = path.reduce((s, x) => s + (x < a ? 1 : 0), 0) / T;
    const ensemble = a / n;
    expectClose(
      "time average of 1_A vs π(A)",
      avg,
      ensemble,
      { abs: SIGMAS * Math.sqrt((ensemble * (1 - ensemble)) / T) },
      { a, b },
    );
  },
  numRuns: 10,
});

type Series = typeof isingSeries;

const isingMonteCarlo = (series: Series = isingSeries) =>
  part({
    description:
      "random-site Metropolis, checkerboard heat-bath sweeps and Wolff on the 4×4 and 8×8 tori reproduce the exact per-spin energy, ⟨m²⟩ and (4×4) ⟨|m|⟩ within 5 binning standard errors",
    arbitraries: () => [
      fc.constantFrom<IsingAlgorithm>("metropolis", "checkerboard", "wolff"),
      fc.constantFrom(4, 8),
      fc.constantFrom(0.2, 0.35, 0.4407, 0.6),
      fc.integer(),
    ],
    predicate: (ctx, alg, L, beta, seed) => {
      const { e, am, m2 } = series(alg, L, beta, seed, 1 << 13);
      const exact = exactTorusAverages(L, beta);
      const checks: Array<[string, Float64Array, number]> = [
        ["energy per spin", e, exact.u],
        ["⟨m²⟩", m2, exact.m2],
      ];
      if (L === 4) checks.push(["⟨|m|⟩", am, exact.absM]);
      for (const [what, x, value] of checks) {
        const b = binningError(x, 64);
        ctx.observeRatio(Math.abs(b.mean - value) / (SIGMAS * b.se));
        expectClose(
          `${alg} ${L}×${L} β=${beta}: ${what}`,
          b.mean,
          value,
          { abs: SIGMAS * b.se },
          { alg, L, beta, seed, se: b.se },
        );
      }
    },
    numRuns: 18,
    budgetMs: 60_000, // ≈ 5 s alone; generous because the shared 2-core machine can be heavily loaded (explore runs hit 20 s)
  });

const checkerboardInside = (acceptance: "heat-bath" | "metropolis") =>
  part({
    description:
      "checkerboard sweeps with heat-bath acceptance: no configuration of the 4×4 torus has a deterministic sweep (so no closed orbit traps the chain)",
    arbitraries: () => [fc.double({ min: 0.01, max: 3, noNaN: true })],
    predicate: (_ctx, beta) => {
      let deterministic = 0;
      for (let c = 0; c < 1 << 16; c++)
        if (checkerboardDeterministicImage(c, 4, beta, acceptance) !== null) deterministic++;
      expectEqualCounts("configurations mapped deterministically by a sweep", deterministic, 0, { beta });
    },
    numRuns: 4,
    budgetMs: 10000,
  });

const checkerboardBoundary = part({
  description:
    "with Metropolis acceptance min(1, e^{−βΔE}) the same sweep has configurations σ with σ → −σ → σ deterministically: the chain is trapped",
  arbitraries: () => [fc.double({ min: 0.01, max: 3, noNaN: true })],
  predicate: (ctx, beta) => {
    let traps = 0;
    for (let c = 0; c < 1 << 16; c++) {
      const img = checkerboardDeterministicImage(c, 4, beta, "metropolis");
      if (
        img !== null &&
        checkerboardDeterministicImage(finite(img, "image configuration"), 4, beta, "metropolis") === c
      )
        traps++;
    }
    ctx.record("trapped configurations of the 4×4 torus", traps);
    expectEqualCounts("configurations trapped in a deterministic 2-cycle", traps, 0, { beta });
  },
  numRuns: 4,
});

/** Kinetic inputs from `input`; `asymmetric` rejects near-symmetric couplings. */
const kineticNoStationary = (input: ReturnType<typeof kineticInput>, asymmetric: boolean) =>
  part({
    description:
      "literal §2.4: with asymmetric couplings the parallel kinetic Ising chain does not reach a stationary distribution (P_t stays ≥ 1e-9 in TV from P_{t+1} after 2000 steps)",
    arbitraries: () => [input],
    predicate: (ctx, { N, J, theta, beta }) => {
      if (asymmetric) fc.pre(finite(matrixAsymmetry(N, J), "coupling asymmetry") > 0.05);
      const k = kineticIsingKernel(J, theta, beta);
      const mu = distributionAfter(k, 0, 2000);
      const drift = totalVariation(mu, stepDistribution(k, mu));
      ctx.record("TV(P_t, P_t+1) after 2000 steps", drift);
      expectGe("TV(P_t, P_t+1) after 2000 steps", drift, 1e-9, { abs: 1e-11 }, { N, J: Array.from(J), theta, beta });
    },
  });

/**
 * The 2-spin skew ring J = c·[[0, 1], [−1, 0]] (c ∈ [1, 2]) at β ∈ [40, 60]: every local field is at
 * least c − ½ in size, so flips against it have probability ≤ e^{−40}, and from all-up the
 * zero-temperature dynamics cycles (+,+) → (+,−) → (−,−) → (−,+): P_t still oscillates after 2000
 * steps. The input class where "does not reach a stationary distribution (in 2000 steps)" is true.
 */
const skewRing = fc
  .tuple(
    fc.double({ min: 1, max: 2, noNaN: true }),
    fc.array(fc.double({ min: -0.5, max: 0.5, noNaN: true }), { minLength: 2, maxLength: 2 }),
    fc.double({ min: 40, max: 60, noNaN: true }),
  )
  .map(([c, theta, beta]) => ({ N: 2, J: Float64Array.from([0, c, -c, 0]), theta, beta }));

type Stationary = typeof stationaryDistribution;

const kineticInside = (stationary: Stationary = stationaryDistribution) =>
  part({
    description:
      "symmetric couplings: the parallel kinetic Ising chain satisfies detailed balance with respect to its stationary distribution",
    arbitraries: () => [kineticInput(true)],
    predicate: (ctx, { J, theta, beta }) => {
      const k = kineticIsingKernel(J, theta, beta);
      const db = detailedBalanceDefect(k, stationary(k));
      ctx.observeRatio(db / 1e-13);
      expectLe("detailed balance defect", db, 0, { abs: 1e-13 }, { J: Array.from(J), theta, beta });
    },
    numRuns: 60,
  });

const kineticBoundary = part({
  description:
    "asymmetric couplings (max |J_ij − J_ji| > 0.05): detailed balance fails (a stationary distribution still exists: nonequilibrium steady state)",
  arbitraries: () => [kineticInput(false)],
  predicate: (_ctx, { N, J, theta, beta }) => {
    fc.pre(finite(matrixAsymmetry(N, J), "coupling asymmetry") > 0.05);
    const k = kineticIsingKernel(J, theta, beta);
    expectLe(
      "detailed balance defect",
      detailedBalanceDefect(k, stationaryDistribution(k)),
      0,
      { abs: 1e-13 },
      { J: Array.from(J), theta, beta },
    );
  },
});

export const properties = [
  holds(
    "mcmc.mh-detailed-balance",
    mhDetailedBalance(true),
    control("the Hastings factor dropped", holds("mcmc.mh-detailed-balance", mhDetailedBalance(false))),
  ),
  holds(
    "mcmc.metropolis-without-hastings",
    withoutHastings(mhInput, true),
    control("symmetric proposals", holds("mcmc.metropolis-without-hastings", withoutHastings(symmetricInput, false))),
  ),
  conditional(
    "mcmc.metropolis-symmetric-proposal",
    { inside: symmetricInside(), boundary: symmetricBoundary },
    control(
      "the kernel built for π² while detailed balance is checked against π",
      conditional("mcmc.metropolis-symmetric-proposal", {
        inside: symmetricInside((pi, q, o) =>
          metropolisHastingsKernel(
            Array.from(pi, (x) => x * x),
            q,
            o,
          ),
        ),
        boundary: symmetricBoundary,
      }),
    ),
  ),
  conditional(
    "mcmc.aperiodic-ergodic-convergence",
    { inside: aperiodicInside(3000, 3000 * 4 ** 6), boundary: aperiodicBoundary },
    control(
      "3 steps instead of 3000",
      conditional("mcmc.aperiodic-ergodic-convergence", { inside: aperiodicInside(3), boundary: aperiodicBoundary }),
    ),
  ),
  conditional(
    "mcmc.time-vs-ensemble-average",
    { inside: timeAverageInside(), boundary: timeAverageBoundary },
    control(
      "the asymptotic variance divided by 10^4 (σ 100 times too small)",
      conditional("mcmc.time-vs-ensemble-average", {
        inside: timeAverageInside(scaled(asymptoticVariance, 1e-4)),
        boundary: timeAverageBoundary,
      }),
    ),
  ),
  holds(
    "mcmc.ising-monte-carlo",
    isingMonteCarlo(),
    control(
      "the samplers run at −β (anti-Metropolis)",
      holds(
        "mcmc.ising-monte-carlo",
        isingMonteCarlo((alg, L, beta, seed, n, burn) => isingSeries(alg, L, -beta, seed, n, burn)),
      ),
    ),
  ),
  conditional(
    "mcmc.checkerboard-ergodic",
    { inside: checkerboardInside("heat-bath"), boundary: checkerboardBoundary },
    control(
      "Metropolis acceptance in the inside part",
      conditional("mcmc.checkerboard-ergodic", {
        inside: checkerboardInside("metropolis"),
        boundary: checkerboardBoundary,
      }),
    ),
  ),
  holds(
    "mcmc.kinetic-asymmetric-no-stationary",
    kineticNoStationary(kineticInput(false), true),
    control(
      "the 2-spin skew ring at β ∈ [40, 60] (near-deterministic 4-cycle)",
      holds("mcmc.kinetic-asymmetric-no-stationary", kineticNoStationary(skewRing, false)),
    ),
  ),
  conditional(
    "mcmc.kinetic-detailed-balance",
    { inside: kineticInside(), boundary: kineticBoundary },
    control(
      "π perturbed by 1% per state index",
      conditional("mcmc.kinetic-detailed-balance", {
        inside: kineticInside(
          mapResult(stationaryDistribution, (pi) => normalize(Array.from(pi, (x, i) => x * (1 + 0.01 * i)))),
        ),
        boundary: kineticBoundary,
      }),
    ),
  ),
];
