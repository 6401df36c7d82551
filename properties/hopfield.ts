/**
 * Hopfield networks (blog 004): convergence to fixed-point attractors, metastability, and the
 * modern Hopfield energy under the attention update.
 */
import fc from "fast-check";
import { conditional, holds, once, part, vacuous } from "../src/claims/property.js";
import { expectThat } from "../src/claims/violation.js";
import {
  attractorBasins,
  basinConcentration,
  hebbianWeights,
  hopfieldEnergy,
  mixtureOfRestrictedGibbs,
  modernHopfieldEnergy,
  modernHopfieldUpdate,
  runAsynchronous,
  runSynchronous,
  stateOfCode,
} from "../src/hopfield/index.js";
import { Prng } from "../src/random/prng.js";

/** A network: N units, weights (symmetric with zero diagonal, or arbitrary), thresholds, a start state. */
const network = (symmetric: boolean, maxN = 8) =>
  fc.integer({ min: 2, max: maxN }).chain((N) =>
    fc
      .tuple(
        fc.constant(N),
        fc.array(fc.integer({ min: -4, max: 4 }), { minLength: N * N, maxLength: N * N }),
        fc.array(fc.integer({ min: -2, max: 2 }), { minLength: N, maxLength: N }),
        fc.array(fc.constantFrom(-1, 1), { minLength: N, maxLength: N }),
      )
      .map(([N, a, theta, s0]) => {
        const W = new Float64Array(N * N);
        for (let i = 0; i < N; i++)
          for (let j = 0; j < N; j++)
            if (i !== j) W[i * N + j] = symmetric ? a[Math.min(i, j) * N + Math.max(i, j)] : a[i * N + j];
        // Thresholds in half-integers avoid exact ties (h_i = 0), so every update is decisive.
        return { N, W, theta: theta.map((t) => t + 0.5), s0 };
      }),
  );

/** P independent uniform ±1 patterns of length n from a seeded stream. */
function randomPatterns(rng: Prng, P: number, n: number): Float64Array[] {
  return Array.from({ length: P }, () => {
    const x = new Float64Array(n);
    for (let a = 0; a < n; a++) x[a] = rng.nextUint32() & 1 ? 1 : -1;
    return x;
  });
}

/** How many of the stored patterns are exact fixed points of s ← sign(Ws) (ties keep the state). */
function stablePatterns(W: Float64Array, patterns: Float64Array[]): number {
  const N = patterns[0].length;
  let stable = 0;
  for (const x of patterns) {
    let ok = true;
    for (let i = 0; i < N && ok; i++) {
      let h = 0;
      for (let j = 0; j < N; j++) h += W[i * N + j] * x[j];
      if (h * x[i] < 0) ok = false;
    }
    if (ok) stable++;
  }
  return stable;
}

/** The Hebbian storage check at N units and P patterns, one seeded trial per run. */
const hebbianStorage = (P: number, N: number, numRuns: number) =>
  part({
    description: `N = ${N}, P = ${P} (${(P / N).toFixed(2)}N) random patterns with Hebbian weights: every pattern is a fixed point of s ← sign(Ws)`,
    arbitraries: () => [fc.integer()],
    predicate: (ctx, seed) => {
      const patterns = randomPatterns(new Prng(seed), P, N);
      const stable = stablePatterns(hebbianWeights(patterns), patterns);
      ctx.record(`stable patterns (of ${P}), last trial`, stable);
      expectThat(stable === P, `${P - stable} of ${P} stored patterns are not fixed points`, { seed, N, P });
    },
    numRuns,
  });

/** A Hebbian network (θ = 0) of N units storing P seeded random patterns, with its basins enumerated. */
const hebbianBasins = fc
  .record({ N: fc.integer({ min: 6, max: 10 }), P: fc.integer({ min: 1, max: 3 }), seed: fc.integer() })
  .map(({ N, P, seed }) => {
    const patterns = randomPatterns(new Prng(seed), P, N);
    return { N, P, seed, basins: attractorBasins(hebbianWeights(patterns), new Float64Array(N), N) };
  });

export const properties = [
  holds(
    "hopfield.converge-to-fixed-point",
    part({
      description:
        "blog: 'the solutions converge to fixed-point attractors' for any Hopfield network, updated asynchronously or synchronously",
      arbitraries: () => [network(false), fc.constantFrom("asynchronous", "synchronous")],
      predicate: (_ctx, { W, theta, s0 }, mode) => {
        const run = mode === "asynchronous" ? runAsynchronous(W, theta, s0) : runSynchronous(W, theta, s0);
        expectThat(run.outcome === "fixed", `${mode} dynamics ended in a ${run.outcome} of period ${run.period}`, {
          W: Array.from(W),
          theta,
          s0,
          mode,
        });
      },
    }),
  ),
  conditional("hopfield.async-symmetric-converges", {
    inside: part({
      description:
        "symmetric weights, zero diagonal, asynchronous updates: the energy never increases and a fixed point is reached",
      arbitraries: () => [network(true, 10), fc.integer()],
      predicate: (_ctx, { N, W, theta, s0 }, seed) => {
        const rng = new Prng(seed);
        const order = Array.from({ length: N }, (_, i) => i).sort(() => rng.next() - 0.5);
        const run = runAsynchronous(W, theta, s0, { order });
        for (let t = 1; t < run.energies.length; t++)
          expectThat(run.energies[t] <= run.energies[t - 1] + 1e-12, "energy increased", { t, energies: run.energies });
        expectThat(run.outcome === "fixed", `asynchronous dynamics ended in a ${run.outcome}`, {
          W: Array.from(W),
          theta,
          s0,
        });
      },
      numRuns: 200,
    }),
    boundary: part({
      description: "the same symmetric weights updated synchronously need not reach a fixed point",
      arbitraries: () => [network(true, 10)],
      predicate: (_ctx, { W, theta, s0 }) => {
        const run = runSynchronous(W, theta, s0);
        expectThat(run.outcome === "fixed", `synchronous dynamics ended in a ${run.outcome} of period ${run.period}`, {
          W: Array.from(W),
          theta,
          s0,
        });
      },
      numRuns: 200,
    }),
  }),
  holds(
    "hopfield.async-asymmetric-converges",
    part({
      description: "asynchronous updates reach a fixed point for any (possibly asymmetric) weights",
      arbitraries: () => [network(false)],
      examples: [[{ N: 2, W: Float64Array.from([0, 1, -1, 0]), theta: [0.5, 0.5], s0: [1, 1] }]],
      predicate: (_ctx, { W, theta, s0 }) => {
        const run = runAsynchronous(W, theta, s0);
        expectThat(run.outcome === "fixed", `asynchronous dynamics ended in a ${run.outcome} of period ${run.period}`, {
          W: Array.from(W),
          theta,
          s0,
        });
      },
    }),
  ),
  holds(
    "hopfield.synchronous-period-two",
    part({
      description:
        "symmetric weights, synchronous updates: the dynamics ends in a fixed point or a 2-cycle (Goles–Olivos), never a longer cycle",
      arbitraries: () => [network(true, 10)],
      predicate: (ctx, { W, theta, s0 }) => {
        const run = runSynchronous(W, theta, s0);
        ctx.record("last period", run.period);
        expectThat(run.outcome !== "budget" && run.period <= 2, `period ${run.period}`, {
          W: Array.from(W),
          theta,
          s0,
        });
      },
      numRuns: 200,
    }),
  ),
  holds(
    "hopfield.metastability",
    once(
      "asynchronous zero-temperature dynamics can stop in a local minimum above the global one (a metastable state): found among 200 seeded Hebbian networks of 12 units storing 3 patterns",
      (ctx) => {
        const rng = new Prng(20251123);
        let found = 0;
        for (let trial = 0; trial < 200; trial++) {
          const N = 12;
          const W = hebbianWeights(randomPatterns(rng, 3, N));
          const theta = new Float64Array(N);
          let emin = Infinity;
          for (let c = 0; c < 1 << N; c++) emin = Math.min(emin, hopfieldEnergy(W, theta, stateOfCode(c, N)));
          const s0 = Array.from({ length: N }, () => (rng.nextUint32() & 1 ? 1 : -1));
          const run = runAsynchronous(W, theta, s0);
          if (run.outcome === "fixed" && hopfieldEnergy(W, theta, run.state) > emin + 1e-9) found++;
        }
        ctx.record("runs stuck above the global minimum (of 200)", found);
        expectThat(found > 0, "no metastable fixed point found");
      },
      { budgetMs: 15000 },
    ),
  ),
  holds(
    "hopfield.modern-energy-decreases",
    part({
      description:
        "modern Hopfield: E(ξ) = −β⁻¹ ln Σ_p e^{βx_pᵀξ} + ½ξᵀξ never increases under ξ ← X softmax(βXᵀξ) (20 iterations)",
      arbitraries: () =>
        [
          fc.integer({ min: 1, max: 6 }).chain((d) =>
            fc.tuple(
              fc.array(fc.array(fc.double({ min: -3, max: 3, noNaN: true }), { minLength: d, maxLength: d }), {
                minLength: 1,
                maxLength: 8,
              }),
              fc.array(fc.double({ min: -3, max: 3, noNaN: true }), { minLength: d, maxLength: d }),
            ),
          ),
          fc.double({ min: 0.01, max: 20, noNaN: true }),
        ] as const,
      predicate: (ctx, [X, xi0], beta) => {
        let xi: ArrayLike<number> = xi0;
        let e = modernHopfieldEnergy(X, xi, beta);
        for (let t = 0; t < 20; t++) {
          xi = modernHopfieldUpdate(X, xi, beta);
          const next = modernHopfieldEnergy(X, xi, beta);
          const tol = 1e-12 * (1 + Math.abs(e));
          ctx.observeRatio(Math.max(0, next - e) / tol);
          expectThat(next <= e + tol, `energy rose from ${e} to ${next} at step ${t}`, { X, xi0, beta });
          e = next;
        }
      },
      numRuns: 200,
    }),
  ),
  conditional("hopfield.hebbian-capacity", {
    inside: hebbianStorage(4, 200, 40),
    boundary: hebbianStorage(60, 200, 5),
  }),
  holds(
    "hopfield.modern-dense-memory",
    part({
      description:
        "d = 64, P = 4096 random ±1 patterns: one softmax update (β = 1) from a pattern with one bit flipped returns the pattern's signs, for 16 patterns per trial",
      arbitraries: () => [fc.integer()],
      predicate: (ctx, seed) => {
        const d = 64;
        const P = 4096;
        const rng = new Prng(seed);
        const patterns = randomPatterns(rng, P, d);
        let worstMargin = Infinity;
        for (let trial = 0; trial < 16; trial++) {
          const p = rng.nextUint32() % P;
          const flip = rng.nextUint32() % d;
          const query = Float64Array.from(patterns[p]);
          query[flip] = -query[flip];
          const out = modernHopfieldUpdate(patterns, query, 1);
          for (let a = 0; a < d; a++) {
            const margin = out[a] * patterns[p][a];
            worstMargin = Math.min(worstMargin, margin);
            expectThat(margin > 0, `coordinate ${a} of the retrieved pattern ${p} has the wrong sign`, {
              seed,
              p,
              flip,
              a,
              value: out[a],
            });
          }
        }
        ctx.record("smallest sign margin x_p·ξ' per coordinate, last trial", worstMargin);
      },
      numRuns: 10,
    }),
  ),
  vacuous(
    "hopfield.gibbs-mixture",
    part({
      description:
        "P(x) = Σ_a (Z_a/Z)·e^{−βE(x)}1[x∈a]/Z_a equals e^{−βE(x)}/Z for random energies and a random partition that has nothing to do with attractors: the decomposition holds by construction",
      arbitraries: () => [
        fc
          .integer({ min: 2, max: 64 })
          .chain((n) =>
            fc.tuple(
              fc.array(fc.double({ min: -10, max: 10, noNaN: true }), { minLength: n, maxLength: n }),
              fc.array(fc.integer({ min: 0, max: 4 }), { minLength: n, maxLength: n }),
            ),
          ),
        fc.double({ min: 0, max: 10, noNaN: true }),
      ],
      predicate: (ctx, [E, labels], beta) => {
        const mix = mixtureOfRestrictedGibbs(E, labels, beta);
        const eMin = Math.min(...E);
        const w = E.map((e) => Math.exp(-beta * (e - eMin)));
        const z = w.reduce((a, b) => a + b, 0);
        for (let x = 0; x < E.length; x++) {
          const gibbs = w[x] / z;
          const rel = Math.abs(mix[x] - gibbs) / gibbs;
          ctx.observeRatio(rel / 1e-12);
          expectThat(rel <= 1e-12, `mixture ${mix[x]} vs Gibbs ${gibbs} at state ${x}`, { E, labels, beta });
        }
      },
      numRuns: 200,
    }),
  ),
  conditional("hopfield.attractor-dominates-basin", {
    inside: part({
      description:
        "Hebbian networks (N ≤ 10, P ≤ 3, all 2^N states): at β ≥ max_a ln(n_a − 1)/Δ_a every basin's restricted Gibbs measure puts at least half its mass on its attractor",
      arbitraries: () => [hebbianBasins, fc.double({ min: 0, max: 2, noNaN: true })],
      predicate: (ctx, { N, P, seed, basins }, u) => {
        let betaStar = 0;
        basins.sizes.forEach((n, a) => {
          if (n > 1) betaStar = Math.max(betaStar, Math.log(n - 1) / basins.gaps[a]);
        });
        const beta = betaStar * (1 + u);
        const stats = basinConcentration(basins, beta);
        const worst = Math.min(...stats.map((b) => b.attractorMass));
        ctx.record("β* = max_a ln(n_a − 1)/Δ_a, last input", betaStar);
        ctx.record("attractors, last input", basins.attractors.length);
        ctx.observeRatio(0.5 / worst);
        expectThat(worst >= 0.5, `an attractor holds only ${worst} of its basin's mass at β = ${beta}`, {
          N,
          P,
          seed,
          beta,
        });
      },
      numRuns: 60,
    }),
    boundary: part({
      description: "the same networks at β = 0.05: every attractor holds at least half its basin's mass",
      arbitraries: () => [hebbianBasins],
      predicate: (ctx, { N, P, seed, basins }) => {
        const worst = Math.min(...basinConcentration(basins, 0.05).map((b) => b.attractorMass));
        ctx.record("smallest attractor mass at β = 0.05", worst);
        expectThat(worst >= 0.5, `an attractor holds only ${worst} of its basin's mass at β = 0.05`, { N, P, seed });
      },
      numRuns: 20,
    }),
  }),
];
