/**
 * Hopfield networks (blog 004): convergence to fixed-point attractors, metastability, and the
 * modern Hopfield energy under the attention update.
 */
import fc from "fast-check";
import { grid, matrix } from "../src/attention/arbitraries.js";
import { attention } from "../src/attention/attention.js";
import { conditional, control, holds, once, part, vacuous } from "../src/claims/property.js";
import { mapResult } from "../src/claims/mutate.js";
import {
  expectClose,
  expectEqualCounts,
  expectGe,
  expectGt,
  expectLe,
  expectThat,
  finite,
  notNaN,
} from "../src/claims/violation.js";
import {
  attractorBasins,
  basinConcentration,
  hebbianWeights,
  mixtureOfRestrictedGibbs,
  modernHopfieldEnergy,
  modernHopfieldUpdate,
  runAsynchronous,
  runSynchronous,
  type HopfieldRun,
} from "../src/hopfield/index.js";
import { hopfieldEnergyOf } from "../src/hopfield/hopfield.js";
import { randomPatterns, stablePatternCount } from "../src/hopfield/patterns.js";
import { metastableStops } from "../src/hopfield/metastability.js";
import { denseRetrieval } from "../src/hopfield/dense-retrieval.js";
import { blockShares, dominanceBeta, gibbsMeasure, weightedBlockMixture } from "../src/hopfield/gibbs.js";
import { ferromagneticPairs } from "../src/hopfield/paired.js";
import { attractorNeighbourhoods, robustMargin } from "../src/hopfield/neighbours.js";
import { stateOfCode } from "../src/hopfield/basins.js";
import { Prng } from "../src/random/prng.js";

/**
 * A network: N units, weights (symmetric with zero diagonal, or arbitrary) in [−maxW, maxW],
 * thresholds in {−maxTheta − ½, …, maxTheta + ½}, a start state.
 */
const network = (symmetric: boolean, maxN = 8, maxW = 4, maxTheta = 2) =>
  fc.integer({ min: 2, max: maxN }).chain((N) =>
    fc
      .tuple(
        fc.constant(N),
        fc.array(fc.integer({ min: -maxW, max: maxW }), { minLength: N * N, maxLength: N * N }),
        fc.array(fc.integer({ min: -maxTheta, max: maxTheta }), { minLength: N, maxLength: N }),
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

type Mode = "asynchronous" | "synchronous";

/** A run whose numbers are finite (a NaN period or energy is a broken reference, an ERROR). */
const checked = (run: HopfieldRun): HopfieldRun => {
  finite(run.period, "the run's period");
  for (const e of run.energies) finite(e, "a sweep's energy");
  return run;
};

/** The literal convergence statement for a network and an update mode. */
const convergesToFixedPoint = (nets: fc.Arbitrary<Net>, modes: fc.Arbitrary<Mode>) =>
  part({
    description:
      "blog: 'the solutions converge to fixed-point attractors' for any Hopfield network, updated asynchronously or synchronously",
    arbitraries: () => [nets, modes],
    predicate: (_ctx, { W, theta, s0 }, mode) => {
      const run = checked(mode === "asynchronous" ? runAsynchronous(W, theta, s0) : runSynchronous(W, theta, s0));
      expectThat(run.outcome === "fixed", `${mode} dynamics ended in a ${run.outcome} of period ${run.period}`, {
        W: Array.from(W),
        theta,
        s0,
        mode,
      });
    },
  });

type Net = { N: number; W: Float64Array; theta: number[]; s0: number[] };

const asyncSymmetric = (runAsync: typeof runAsynchronous = runAsynchronous) => ({
  inside: part({
    description:
      "symmetric weights, zero diagonal, asynchronous updates: the energy never increases and a fixed point is reached",
    arbitraries: () => [network(true, 10), fc.integer()],
    predicate: (_ctx, { N, W, theta, s0 }, seed) => {
      const rng = new Prng(seed);
      const order = Array.from({ length: N }, (_, i) => i).sort(() => rng.next() - 0.5);
      const run = runAsync(W, theta, s0, { order });
      for (let t = 1; t < run.energies.length; t++)
        expectLe(
          `energy after sweep ${t}`,
          run.energies[t],
          run.energies[t - 1],
          { abs: 1e-12 },
          { energies: run.energies },
        );
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
      const run = checked(runSynchronous(W, theta, s0));
      expectThat(run.outcome === "fixed", `synchronous dynamics ended in a ${run.outcome} of period ${run.period}`, {
        W: Array.from(W),
        theta,
        s0,
      });
    },
    numRuns: 200,
  }),
});

const asyncAnyWeights = (symmetric: boolean) =>
  part({
    description: "asynchronous updates reach a fixed point for any (possibly asymmetric) weights",
    arbitraries: () => [network(symmetric)],
    examples: symmetric ? [] : [[{ N: 2, W: Float64Array.from([0, 1, -1, 0]), theta: [0.5, 0.5], s0: [1, 1] }]],
    predicate: (_ctx, { W, theta, s0 }) => {
      const run = checked(runAsynchronous(W, theta, s0));
      expectThat(run.outcome === "fixed", `asynchronous dynamics ended in a ${run.outcome} of period ${run.period}`, {
        W: Array.from(W),
        theta,
        s0,
      });
    },
  });

const synchronousPeriod = (runSync: typeof runSynchronous = runSynchronous) =>
  part({
    description:
      "symmetric weights, synchronous updates: the dynamics ends in a fixed point or a 2-cycle (Goles–Olivos), never a longer cycle",
    arbitraries: () => [network(true, 10)],
    predicate: (ctx, { W, theta, s0 }) => {
      const run = runSync(W, theta, s0);
      ctx.record("last period", run.period);
      expectThat(run.outcome !== "budget", "the synchronous dynamics did not close a cycle within its budget", {
        W: Array.from(W),
      });
      expectLe("cycle period", run.period, 2, {}, { W: Array.from(W), theta, s0 });
    },
    numRuns: 200,
  });

/** Metastable stops among 200 Hebbian networks, drawn from the part's seed (so --explore varies them). */
const metastability = (energy: typeof hopfieldEnergyOf = hopfieldEnergyOf) =>
  once(
    "asynchronous zero-temperature dynamics can stop in a local minimum above the global one (a metastable state): found among 200 seeded Hebbian networks of 12 units storing 3 patterns",
    (ctx) => {
      const found = metastableStops(new Prng(ctx.seed), 200, 12, 3, energy);
      ctx.record("runs stuck above the global minimum (of 200)", found);
      expectGt("runs stuck above the global minimum", found, 0);
    },
    // ≈ 3 s alone; 200 × 4096 energies, so a busy 2-core machine needs room before it reads as a spent budget.
    { budgetMs: 60_000 },
  );

const modernEnergyDecreases = (update: typeof modernHopfieldUpdate = modernHopfieldUpdate) =>
  part({
    description:
      "modern Hopfield: E(ξ) = −β⁻¹ ln Σ_p e^{βx_pᵀξ} + ½ξᵀξ never increases under ξ ← X softmax(βXᵀξ) (20 iterations)",
    arbitraries: () =>
      [
        fc.integer({ min: 1, max: 6 }).chain((d) =>
          fc.tuple(
            fc.array(
              fc.array(fc.oneof(grid(-3, 3), fc.double({ min: -3, max: 3, noNaN: true })), {
                minLength: d,
                maxLength: d,
              }),
              {
                minLength: 1,
                maxLength: 8,
              },
            ),
            fc.array(fc.oneof(grid(-3, 3), fc.double({ min: -3, max: 3, noNaN: true })), {
              minLength: d,
              maxLength: d,
            }),
          ),
        ),
        fc.oneof(grid(0.01, 20), fc.double({ min: 0.01, max: 20, noNaN: true })),
      ] as const,
    predicate: (ctx, [X, xi0], beta) => {
      let xi: ArrayLike<number> = xi0;
      let e = modernHopfieldEnergy(X, xi, beta);
      for (let t = 0; t < 20; t++) {
        xi = update(X, xi, beta);
        const next = modernHopfieldEnergy(X, xi, beta);
        const tol = 1e-12 * (1 + Math.abs(e));
        ctx.observeRatio(Math.max(0, next - e) / tol);
        expectLe(`energy after update ${t + 1}`, next, e, { abs: tol }, { X, xi0, beta });
        e = next;
      }
    },
    numRuns: 200,
  });

/** The Hebbian storage check at N units and P patterns, one seeded trial per run. */
const hebbianStorage = (P: number, N: number, numRuns: number, weights: typeof hebbianWeights = hebbianWeights) =>
  part({
    description: `N = ${N}, P = ${P} (${(P / N).toFixed(2)}N) random patterns with Hebbian weights: every pattern is a fixed point of s ← sign(Ws)`,
    arbitraries: () => [fc.integer()],
    predicate: (ctx, seed) => {
      const patterns = randomPatterns(new Prng(seed), P, N);
      const stable = stablePatternCount(weights(patterns), patterns);
      ctx.record(`stable patterns (of ${P}), last trial`, stable);
      expectEqualCounts("stored patterns that are fixed points", stable, P, { seed, N, P });
    },
    numRuns,
  });

const hebbianCapacity = (weights: typeof hebbianWeights = hebbianWeights) => ({
  inside: hebbianStorage(4, 200, 40, weights),
  boundary: hebbianStorage(60, 200, 5, weights),
});

const denseMemory = (update: typeof modernHopfieldUpdate = modernHopfieldUpdate) =>
  part({
    description:
      "d = 64, P = 4096 random ±1 patterns: one softmax update (β = 1) from a pattern with one bit flipped returns the pattern's signs, for 16 patterns per trial",
    arbitraries: () => [fc.integer()],
    predicate: (ctx, seed) => {
      const r = denseRetrieval(new Prng(seed), 64, 4096, 16, 1, update);
      ctx.record("smallest sign margin x_p·ξ' per coordinate, last trial", r.margin);
      expectGt("smallest sign margin of a retrieved coordinate", r.margin, 0, 0, { seed, ...r });
    },
    numRuns: 10,
    // 10 trials of 4096 patterns take ≈ 4 s alone; a busy machine must not make it inconclusive.
    budgetMs: 20_000,
  });

/** Random energies with random block labels unrelated to any attractor. */
const energiesAndBlocks = fc.integer({ min: 2, max: 64 }).chain((n) =>
  fc.tuple(
    fc.array(fc.oneof(grid(-10, 10), fc.double({ min: -10, max: 10, noNaN: true })), { minLength: n, maxLength: n }),
    // Up to five blocks, and never more labels than states (a partition of n states has ≤ n blocks).
    fc.array(fc.integer({ min: 0, max: Math.min(4, n - 1) }), { minLength: n, maxLength: n }),
  ),
);

/** The decomposition Σ_a P_a e^{−βE}/Z_a against the Gibbs measure, with the mixture given. */
const mixtureIsGibbs = (
  mixture: (E: number[], labels: number[], beta: number) => ArrayLike<number>,
  description: string,
) =>
  part({
    description,
    arbitraries: () => [energiesAndBlocks, fc.oneof(grid(0, 10), fc.double({ min: 0, max: 10, noNaN: true }))],
    predicate: (ctx, [E, labels], beta) => {
      const mix = mixture(E, labels, beta);
      const gibbs = gibbsMeasure(E, beta);
      for (let x = 0; x < E.length; x++) {
        const rel = Math.abs(mix[x] - gibbs[x]) / gibbs[x];
        ctx.observeRatio(rel / 1e-12);
        expectLe(`relative difference of mixture and Gibbs at state ${x}`, rel, 1e-12, {}, { E, labels, beta });
      }
    },
    numRuns: 200,
  });

/** A Hebbian network (θ = 0) of N units storing P seeded random patterns, with its basins enumerated. */
const hebbianBasins = fc
  .record({ N: fc.integer({ min: 6, max: 10 }), P: fc.integer({ min: 1, max: 3 }), seed: fc.integer() })
  .map(({ N, P, seed }) => {
    const patterns = randomPatterns(new Prng(seed), P, N);
    return { N, P, seed, basins: attractorBasins(hebbianWeights(patterns), new Float64Array(N), N) };
  });

const attractorDominates = (concentration: typeof basinConcentration = basinConcentration) => ({
  inside: part({
    description:
      "Hebbian networks (N ≤ 10, P ≤ 3, all 2^N states): at β ≥ max_a ln(n_a − 1)/Δ_a every basin's restricted Gibbs measure puts at least half its mass on its attractor",
    arbitraries: () => [hebbianBasins, fc.oneof(grid(0, 2), fc.double({ min: 0, max: 2, noNaN: true }))],
    predicate: (ctx, { N, P, seed, basins }, u) => {
      const betaStar = notNaN(dominanceBeta(basins), "β* = max_a ln(n_a − 1)/Δ_a");
      // An attractor tied with another state of its basin (Δ_a = 0, n_a > 2) never dominates: the
      // condition β ≥ β* = ∞ cannot be met, so the network is outside it (a counted rejection).
      fc.pre(Number.isFinite(betaStar));
      const beta = betaStar * (1 + u);
      const worst = Math.min(...concentration(basins, beta).map((b) => b.attractorMass));
      ctx.record("β* = max_a ln(n_a − 1)/Δ_a, last input", betaStar);
      ctx.record("attractors, last input", basins.attractors.length);
      ctx.observeRatio(0.5 / worst);
      expectGe("smallest attractor share of its basin's mass", worst, 0.5, {}, { N, P, seed, beta });
    },
    numRuns: 60,
  }),
  boundary: part({
    description: "the same networks at β = 0.05: every attractor holds at least half its basin's mass",
    arbitraries: () => [hebbianBasins],
    predicate: (ctx, { N, P, seed, basins }) => {
      const worst = Math.min(...concentration(basins, 0.05).map((b) => b.attractorMass));
      ctx.record("smallest attractor mass at β = 0.05", worst);
      expectGe("smallest attractor share of its basin's mass at β = 0.05", worst, 0.5, {}, { N, P, seed });
    },
    numRuns: 20,
  }),
});

/** The engineered network of N/2 coupled pairs has 2^{N/2} attractors (all 2^N states run to their fixed point). */
const manyAttractors = (weights: typeof ferromagneticPairs = ferromagneticPairs) =>
  part({
    description:
      "choosing J as N/2 ferromagnetically coupled pairs gives exactly 2^{N/2} fixed-point attractors (all 2^N states enumerated), exponentially many in N",
    arbitraries: () => [fc.integer({ min: 1, max: 6 }).map((k) => 2 * k)],
    predicate: (ctx, N) => {
      const { attractors } = attractorBasins(weights(N), new Float64Array(N), N);
      for (const code of attractors) finite(code, "an attractor's state code");
      const count = attractors.length;
      ctx.record("attractors at the last N", [N, count]);
      expectEqualCounts("fixed-point attractors", count, 2 ** (N / 2), { N });
    },
    numRuns: 12,
    budgetMs: 15_000,
  });

type Margin = typeof robustMargin;

/** Attractors of a symmetric network and their one-flip neighbourhoods, with the margin `margin`. */
function neighbourhoods(net: Net, margin: Margin) {
  const basins = attractorBasins(net.W, net.theta, net.N);
  return attractorNeighbourhoods(basins, net.W, net.theta).map((a) => ({
    ...a,
    // A NaN margin would drop out of both the inside and the boundary selection: refused as ERROR.
    margin: finite(margin(net.W, net.theta, stateOfCode(a.code, net.N)), `margin of attractor ${a.code}`),
  }));
}

/** "Nearby initial conditions all end up at the same attractor", for the attractors `robust` selects. */
const nearbySameAttractor = (robust: boolean, margin: Margin) =>
  part({
    description: robust
      ? "symmetric networks, asynchronous sweeps: every attractor with margin μ = min_i(s_i h_i − 2 max_k|W_ik|) > 0 has all its one-flip neighbours in its basin"
      : "the same networks: every attractor without that margin (μ ≤ 0) has all its one-flip neighbours in its basin",
    // Inside: weights in [−2, 2] and thresholds ±(t + ½), t ∈ [4, 16] drawn without bias per network, so
    // that attractors with the margin are common; boundary: the usual networks, where most lack it.
    arbitraries: () => [
      robust
        ? fc
            .noBias(fc.integer({ min: 4, max: 16 }))
            .chain((t) =>
              network(true, 8, 2, 0).chain((net) =>
                fc
                  .array(fc.constantFrom(-1, 1), { minLength: net.N, maxLength: net.N })
                  .map((sg) => ({ ...net, theta: sg.map((g) => g * (t + 0.5)) })),
              ),
            )
        : network(true, 8),
    ],
    predicate: (ctx, net) => {
      const chosen = neighbourhoods(net, margin).filter((a) => a.margin > 0 === robust);
      fc.pre(chosen.length > 0);
      ctx.record("attractors checked, last network", chosen.length);
      for (const a of chosen)
        expectEqualCounts(
          `one-flip neighbours of attractor ${a.code} that end at another attractor`,
          a.leaving.length,
          0,
          {
            W: Array.from(net.W),
            theta: net.theta,
            attractor: Array.from(stateOfCode(a.code, net.N)),
            leaving: a.leaving,
            margin: a.margin,
          },
        );
    },
    numRuns: 100,
  });

const nearbyParts = (margin: Margin = robustMargin) => ({
  inside: nearbySameAttractor(true, margin),
  boundary: nearbySameAttractor(false, margin),
});

/** J = 0 networks: every state is its own attractor, a basin of one state. */
const zeroNetwork = fc.integer({ min: 2, max: 8 }).map((N) => ({
  N,
  W: new Float64Array(N * N),
  theta: new Array<number>(N).fill(0),
  s0: new Array<number>(N).fill(1),
}));

/** "Any x in the attractor's basin, evolved by the network, reaches the attractor": run every state. */
const basinRetrieval = part({
  description:
    "for any symmetric network (random couplings storing no chosen data, or J = 0 where each state is its own attractor), every state of an attractor's basin, run by the network's asynchronous dynamics, ends at that attractor",
  arbitraries: () => [fc.oneof(network(true, 8), zeroNetwork)],
  predicate: (ctx, { N, W, theta }) => {
    const b = attractorBasins(W, theta, N);
    ctx.record("attractors, last network", b.attractors.length);
    for (let c = 0; c < 2 ** N; c++) {
      const end = runAsynchronous(W, theta, stateOfCode(c, N)).state;
      const target = stateOfCode(b.attractors[b.basinOf[c]], N);
      expectThat(
        end.every((v, i) => v === target[i]),
        `the state with code ${c} did not reach the attractor of its basin`,
        { W: Array.from(W), theta, c },
      );
    }
  },
  numRuns: 40,
});

/** Attention with keys = values = the stored patterns and scale β equals one modern Hopfield update per query. */
const attentionIsHopfieldStep = (update: typeof modernHopfieldUpdate = modernHopfieldUpdate) =>
  part({
    description:
      "attention(Q = queries, K = V = patterns X, scale β) row by row equals the modern Hopfield update ξ ← X softmax(βXᵀξ) of each query",
    arbitraries: () => [
      fc
        .tuple(fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 6 }))
        .chain(([p, n, d]) => fc.tuple(matrix(p, d), matrix(n, d))),
      grid(0.01, 5),
    ],
    predicate: (ctx, [X, Q], beta) => {
      const z = attention(Q, X, X, { scale: beta }).output;
      const d = X[0].length;
      const scale = 1 + Math.max(...X.flat().map(Math.abs));
      const tol = 16 * X.length * d * Number.EPSILON * scale * (1 + beta * d * 9);
      Q.forEach((xi, q) => {
        const h = update(X, xi, beta);
        for (let a = 0; a < d; a++) {
          ctx.observeRatio(Math.abs(z[q][a] - h[a]) / tol);
          expectClose(
            `output ${q}, component ${a}: attention vs Hopfield update`,
            z[q][a],
            h[a],
            { abs: tol },
            {
              X,
              Q,
              beta,
            },
          );
        }
      });
    },
  });

export const properties = [
  holds(
    "hopfield.many-attractors-engineered",
    manyAttractors(),
    control(
      "the coupling set to 0 (J = 0: every state is a fixed point)",
      holds(
        "c",
        manyAttractors((N) => ferromagneticPairs(N, 0)),
      ),
    ),
  ),
  holds(
    "hopfield.converge-to-fixed-point",
    convergesToFixedPoint(network(false), fc.constantFrom<Mode>("asynchronous", "synchronous")),
    control(
      "networks restricted to symmetric weights updated asynchronously: the literal statement then holds",
      holds("c", convergesToFixedPoint(network(true), fc.constant<Mode>("asynchronous"))),
    ),
  ),
  conditional(
    "hopfield.async-symmetric-converges",
    asyncSymmetric(),
    control(
      "the sweep energies reported with their sign flipped",
      conditional(
        "c",
        asyncSymmetric(mapResult(runAsynchronous, (r) => ({ ...r, energies: r.energies.map((e) => -e) }))),
      ),
    ),
  ),
  holds(
    "hopfield.async-asymmetric-converges",
    asyncAnyWeights(false),
    control("weights restricted to symmetric ones: the same statement then holds", holds("c", asyncAnyWeights(true))),
  ),
  holds(
    "hopfield.synchronous-period-two",
    synchronousPeriod(),
    control(
      "the cycle period counted one too high",
      holds("c", synchronousPeriod(mapResult(runSynchronous, (r) => ({ ...r, period: r.period + 1 })))),
    ),
  ),
  holds(
    "hopfield.metastability",
    metastability(),
    control(
      "the energy's coupling term dropped (E = −θᵀs = 0 at θ = 0)",
      holds(
        "c",
        metastability(() => 0),
      ),
    ),
  ),
  holds(
    "hopfield.modern-energy-decreases",
    modernEnergyDecreases(),
    control(
      "the update run at −β",
      holds(
        "c",
        modernEnergyDecreases((x, xi, b) => modernHopfieldUpdate(x, xi, -b)),
      ),
    ),
  ),
  conditional(
    "hopfield.hebbian-capacity",
    hebbianCapacity(),
    control(
      "anti-Hebbian weights (the sign of W flipped)",
      conditional("c", hebbianCapacity(mapResult(hebbianWeights, (w) => w.map((x) => -x)))),
    ),
  ),
  holds(
    "hopfield.modern-dense-memory",
    denseMemory(),
    control(
      "the update run at −β",
      holds(
        "c",
        denseMemory((x, xi, b) => modernHopfieldUpdate(x, xi, -b)),
      ),
    ),
  ),
  vacuous(
    "hopfield.gibbs-mixture",
    mixtureIsGibbs(
      (E, labels, beta) => mixtureOfRestrictedGibbs(E, labels, beta),
      "P(x) = Σ_a (Z_a/Z)·e^{−βE(x)}1[x∈a]/Z_a equals e^{−βE(x)}/Z for random energies and a random partition that has nothing to do with attractors: the decomposition holds by construction",
    ),
    control(
      "the meaningful reading: the block weights P_a set by the dynamics (here the share n_a/n of starting states in block a) instead of Z_a/Z",
      holds(
        "c",
        mixtureIsGibbs(
          (E, labels, beta) => weightedBlockMixture(E, labels, beta, blockShares(labels)),
          "Σ_a (n_a/n)·e^{−βE(x)}1[x∈a]/Z_a equals the Gibbs measure, on the same random energies and partitions",
        ),
      ),
    ),
  ),
  conditional(
    "hopfield.attractor-dominates-basin",
    attractorDominates(),
    control(
      "the basin masses computed at β/10",
      conditional(
        "c",
        attractorDominates((b, beta) => basinConcentration(b, beta / 10)),
      ),
    ),
  ),
  conditional(
    "hopfield.nearby-same-attractor",
    nearbyParts(),
    control(
      "the margin overstated by 100, which admits every attractor",
      conditional(
        "c",
        nearbyParts((W, theta, st) => robustMargin(W, theta, st) + 100),
      ),
    ),
  ),
  vacuous(
    "hopfield.basin-retrieval",
    basinRetrieval,
    control(
      "the meaningful reading: chosen data (60 random patterns, Hebbian weights, N = 200) is retrieved from its own pattern",
      holds("c", hebbianStorage(60, 200, 5)),
    ),
  ),
  holds(
    "hopfield.attention-is-modern-update",
    attentionIsHopfieldStep(),
    control(
      "the Hopfield update run at 2β",
      holds(
        "c",
        attentionIsHopfieldStep((x, xi, b) => modernHopfieldUpdate(x, xi, 2 * b)),
      ),
    ),
  ),
];
