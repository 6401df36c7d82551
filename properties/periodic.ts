/**
 * Periodic self-attention: paper 000 Remark 7 and §9. The periodic distance, the circulant bias,
 * cyclic-shift equivariance and what breaks it, edge effects, sinusoidal encodings. The defects
 * are measured by src/attention/periodic-defects.ts; each property is built by a part factory taking
 * its reference, so its control is the same check on a broken reference.
 */
import fc from "fast-check";
import { conditional, control, holds, illPosed, part, type RunContext as Ctx } from "../src/claims/property.js";
import {
  expectClose,
  expectEqualCounts,
  expectGe,
  expectGt,
  expectLe,
  expectThat,
  finite,
} from "../src/claims/violation.js";
import { isCirculant, openBias, periodicBias, periodicDistance } from "../src/attention/periodic.js";
import {
  closestReturn,
  edgeDefect,
  equivarianceDefect,
  equivarianceTolerance,
  metricFailures,
} from "../src/attention/periodic-defects.js";
import { grid, matrix } from "../src/attention/arbitraries.js";
import { gibbsFunctional, queryScores } from "../src/attention/beta-dynamic.js";
import { attention } from "../src/attention/attention.js";
import { biasChange } from "../src/attention/bias-change.js";
import { matmul } from "../src/attention/matrix.js";
import { softmax } from "../src/attention/softmax.js";
import { onsagerCorrelationLength } from "../src/ising/correlation-length.js";
import { type StripBoundary, stripCorrelationLengthBC } from "../src/ising/strip-boundaries.js";
import { seamRounding } from "../src/ising/seam-rounding.js";

const EPS = Number.EPSILON;
type Distance = typeof periodicDistance;
type BiasOf = typeof periodicBias;

/** A bias profile f(0), f(1), …, f(N−1) as a table (any function of the distance). */
const profile = (n: number) => fc.array(grid(-4, 4), { minLength: n, maxLength: n });

/** Tokens X (N×d), projections, a bias profile of length N, and a shift s. */
const layer = (maxN: number) =>
  fc.tuple(fc.integer({ min: 2, max: maxN }), fc.integer({ min: 1, max: 3 })).chain(([n, d]) =>
    fc.record({
      x: matrix(n, d),
      wq: matrix(d, d),
      wk: matrix(d, d),
      wv: matrix(d, d),
      f: profile(n),
      s: fc.integer({ min: 1, max: n - 1 }),
    }),
  );

const distanceMetric = (d: Distance = periodicDistance) =>
  part({
    description:
      "d(i,j) = min(|i−j|, N−|i−j|) equals the N-cycle graph distance and is a metric: exhaustively for every N ≤ 24 (40 thorough), and on random triples for N ≤ 1e9",
    arbitraries: ({ thorough }) => [
      fc.constant(thorough ? 40 : 24),
      fc
        .integer({ min: 1, max: 1e9 })
        .chain((n) => fc.tuple(fc.constant(n), fc.nat(n - 1), fc.nat(n - 1), fc.nat(n - 1))),
    ],
    predicate: (ctx, maxSmall, [n, i, j, k]) => {
      // All triples of every small N: cheap (Σ N³ ≈ 9e4 checks for N ≤ 24), so every run repeats
      // the enumeration rather than relying on the search to draw every N.
      for (let small = 1; small <= maxSmall; small++)
        expectEqualCounts(`metric failures on ℤ_${small}`, metricFailures(small, d), 0);
      const dij = finite(d(i, j, n), "d(i,j)");
      expectThat((dij === 0) === (i === j), "d(i,j) = 0 iff i = j fails", { n, i, j });
      expectEqualCounts("d(i,j) vs d(j,i)", dij, d(j, i, n), { n, i, j });
      expectLe("triangle inequality d(i,j) vs d(i,k) + d(k,j)", dij, d(i, k, n) + d(k, j, n), {}, { n, i, j, k });
      expectLe("2 d(i,j) vs N", 2 * dij, n, {}, { n, i, j });
      ctx.record("exhaustive up to N", maxSmall);
    },
    numRuns: 30,
    // Every run repeats the whole enumeration, so more runs only add random large-N triples.
    thoroughRuns: 60,
  });

const biasCirculant = (biasOf: BiasOf = periodicBias) =>
  part({
    description: "P_ij = f(d(i,j)) is symmetric and circulant (P_{i+1,j+1} = P_ij mod N) for every f, exactly",
    arbitraries: ({ thorough }) => [
      fc.integer({ min: 1, max: thorough ? 128 : 32 }).chain((n) => fc.tuple(fc.constant(n), profile(n))),
    ],
    predicate: (_ctx, [n, f]) => {
      const p = biasOf(n, (d) => f[d]);
      for (let i = 0; i < n; i++)
        for (let j = 0; j < n; j++) expectClose("P_ij vs P_ji", p[i][j], p[j][i], { abs: 0 }, { n, i, j });
      expectThat(isCirculant(p), "P is not circulant", { n, f });
    },
  });

/** Cyclic-shift equivariance with the bias `biasOf` and the causal mask on or off. */
const equivariance = (
  description: string,
  biasOf: BiasOf,
  causal: boolean,
  maxN: (thorough: boolean) => number = () => 7,
  observe = false,
) =>
  part({
    description,
    arbitraries: ({ thorough }) => [layer(maxN(thorough))],
    predicate: (ctx, l) => {
      const defect = equivarianceDefect(
        l,
        biasOf(l.x.length, (d) => l.f[d]),
        causal,
      );
      const tol = equivarianceTolerance(l);
      // Observed only where the statement should hold, so the worst ratio describes that part.
      if (observe) ctx.observeRatio(defect / tol);
      expectLe("cyclic-shift equivariance defect", defect, 0, { abs: tol }, { s: l.s });
    },
  });

const INSIDE_EQUIVARIANCE =
  "with the periodic bias f(d(i,j)), attention of the cyclically shifted tokens is the shifted attention (weights and outputs)";

const edgeEffects = (
  description: string,
  biasOf: BiasOf,
  maxN: (thorough: boolean) => number = () => 16,
  observe = false,
) =>
  part({
    description,
    arbitraries: ({ thorough }) => [
      fc.integer({ min: 2, max: maxN(thorough) }).chain((n) => fc.tuple(fc.constant(n), profile(n), matrix(1, 3))),
    ],
    predicate: (ctx, [n, f, row]) => {
      const defect = edgeDefect(
        n,
        row[0],
        biasOf(n, (d) => f[d]),
      );
      if (observe) ctx.observeRatio(defect / (64 * n * EPS));
      expectLe("difference between tokens' offset profiles", defect, 0, { abs: 64 * n * EPS }, { n, f });
    },
  });

const INSIDE_EDGES =
  "content-free tokens (all rows of X equal): with the periodic bias every token's attention, as a function of the cyclic offset j − i, is the same";

const notPeriodic = (
  description: string,
  dArb: (thorough: boolean) => fc.Arbitrary<number>,
  numRuns: number,
  thoroughRuns: number,
) =>
  part({
    description,
    arbitraries: ({ thorough }) => [dArb(thorough)],
    predicate: (ctx, d) => {
      const best = closestReturn(d, 8192);
      ctx.record(`closest return for d=${d}`, [best.t, best.gap]);
      expectGe(
        "closest return of the sinusoidal encoding (max-norm)",
        best.gap,
        1e-3,
        { abs: 1e-12 },
        { d, t: best.t },
      );
    },
    numRuns,
    thoroughRuns,
  });

const dModel = (thorough: boolean) => fc.integer({ min: 4, max: thorough ? 128 : 32 }).map((h) => 2 * h);
const INSIDE_SINUSOIDAL =
  "sinusoidal encodings with d_model ≥ 8: no shift T ∈ [1, 8192] has max_c |PE(T)_c − PE(0)_c| < 1e-3 (not periodic within any GPT-size context)";

/**
 * 002 Remark 7: A_ij = softmax_j(β_dynamic Q_i·K_j) with β_dynamic in place of 1/√d_k, read as a Gibbs
 * state at inverse temperature β = β_dynamic with energies E_j = −Q_i·K_j: at β = 1/√d_k it is the
 * conventional row, and it minimises the free energy F_T[q] = Σ q E − T S(q), T = 1/β, over every
 * distribution q of the keys (the standard meaning of an equilibrium state at temperature T).
 */
const gibbsRow = (description: string, betaArb: fc.Arbitrary<number>, observe = false, sm: typeof softmax = softmax) =>
  part({
    description,
    arbitraries: () => [
      fc
        .tuple(fc.integer({ min: 2, max: 8 }), fc.integer({ min: 1, max: 4 }))
        .chain(([n, d]) =>
          fc.tuple(
            matrix(1, d),
            matrix(n, d),
            fc.array(fc.oneof(fc.constant(0), grid(1e-4, 1)), { minLength: n, maxLength: n }),
          ),
        ),
      betaArb,
    ],
    predicate: (ctx, [qi, k, w], beta) => {
      const total = w.reduce((x, y) => x + y, 0);
      fc.pre(total > 0); // all-zero weights are no distribution: a rejected input, counted
      const q = w.map((x) => x / total);
      const s = queryScores(qi[0], k);
      const dk = qi[0].length;
      const maxS = Math.max(1, ...s.map(Math.abs));
      // β_dynamic = 1/√d_k gives the conventional row exp(Q·K/√d_k)/Z.
      const conventional = Array.from(softmax(s.map((x) => x / Math.sqrt(dk))));
      const atConventional = Array.from(sm(s, 1 / Math.sqrt(dk)));
      for (let j = 0; j < s.length; j++)
        expectClose("row at β = 1/√d_k vs the conventional row", atConventional[j], conventional[j], {
          abs: 64 * s.length * EPS * maxS,
        });
      const row = Array.from(sm(s, beta));
      const tol = 64 * s.length * EPS * (1 + maxS + Math.log(s.length + 1) / Math.abs(beta));
      const fRow = gibbsFunctional(row, s, beta);
      const fq = gibbsFunctional(q, s, beta);
      // Observed only where the statement should hold, so the worst ratio describes that part.
      if (observe) ctx.observeRatio(Math.max(0, fRow - fq) / tol);
      expectLe(
        "F_T at the attention row vs F_T at another distribution q (T = 1/β)",
        fRow,
        fq,
        { abs: tol },
        {
          beta,
          scores: s,
          q,
        },
      );
    },
    numRuns: 60,
    thoroughRuns: 300,
  });

/** β_c = ln(1 + √2)/2 of the square lattice. */
const BETA_C = Math.log(1 + Math.SQRT2) / 2;

/**
 * Remark 7 "not only reduces boundary artifacts but also enhances the effective correlation length,
 * thereby pushing the system closer to the thermodynamic limit". Attention: with content-free
 * tokens the periodic bias leaves no dependence on absolute position (edge defect ≤ rounding) where
 * the open-chain bias f(|i−j|) it replaces leaves some. Ising analogy (periodic cross-section
 * `modified` against the free one `original`): ξ_L is larger, and above T_c closer to Onsager's ξ_∞.
 */
/** The attention half of Remark 7's sentence: the periodic bias leaves no edge defect, the open one some. */
function edges(ctx: Ctx, n: number, f: number[], content: number[]): void {
  const periodicEdge = edgeDefect(
    n,
    content,
    periodicBias(n, (d) => f[d]),
  );
  const openEdge = edgeDefect(
    n,
    content,
    openBias(n, (d) => f[d]),
  );
  ctx.record("edge defect, open bias (last input)", openEdge);
  expectLe("edge defect with the periodic bias", periodicEdge, 0, { abs: 64 * n * EPS }, { n, f });
  expectLe("edge defect, periodic vs open bias", periodicEdge, openEdge, { abs: 64 * n * EPS }, { n, f });
}

const remark7Benefits = (modified: StripBoundary = "periodic", original: StripBoundary = "open", withEdges = true) =>
  part({
    description: withEdges
      ? "periodic bias vs open-chain bias: no edge effect left (content-free tokens, N ≤ 12), and in the Ising analogy the periodic strip (L ≤ 6, 10 thorough) has ξ_L ≥ the open strip's, closer to ξ_∞ above T_c"
      : "in the Ising analogy the periodic strip (L ≤ 6, 10 thorough) has ξ_L ≥ the open strip's, closer to ξ_∞ above T_c",
    arbitraries: ({ thorough }) => [
      fc.integer({ min: 3, max: 12 }).chain((n) => fc.tuple(fc.constant(n), profile(n), matrix(1, 3))),
      fc.integer({ min: 3, max: thorough ? 10 : 6 }),
      fc.integer({ min: 10, max: 100 }).map((k) => k / 100),
    ],
    predicate: (ctx, [n, f, row], L, beta) => {
      if (withEdges) edges(ctx, n, f, row[0]);
      const xiMod = finite(stripCorrelationLengthBC(L, beta, modified), "ξ_L (modified)");
      const xiOrig = finite(stripCorrelationLengthBC(L, beta, original), "ξ_L (original)");
      ctx.record(`ξ_L ${modified}/${original} at L=${L}, β=${beta}`, [xiMod, xiOrig]);
      expectGe(`ξ_L of the ${modified} strip vs the ${original} one`, xiMod, xiOrig, { rel: 1e-9 }, { L, beta });
      if (beta < BETA_C - 0.02) {
        const xiInf = finite(onsagerCorrelationLength(beta), "ξ_∞");
        expectLe(
          `|ξ_L − ξ_∞|, ${modified} vs ${original} strip (T > T_c)`,
          Math.abs(xiMod - xiInf),
          Math.abs(xiOrig - xiInf),
          { rel: 1e-9 },
          { L, beta },
        );
      }
    },
    numRuns: 12,
    thoroughRuns: 100,
    budgetMs: 20_000, // generous: the shared CI machine can be heavily loaded
  });

/**
 * Remark 7 "the periodic design minimizes the finite-size rounding", in the Ising analogy, over the
 * designs between the open square (seam coupling s = 0) and the torus (s = 1) of side L: the
 * rounding read as the height of the specific-heat peak (a sharper peak is less rounded) or as the
 * shift of its location from T_c. `design` is the design claimed to minimise (1 = periodic).
 */
const seamPeaks = (L: number, s: number, design: number) => {
  const at = seamRounding(L, s);
  const claimed = seamRounding(L, design);
  return {
    height: [finite(at.height, "c_max(s)"), finite(claimed.height, "c_max(design)")] as const,
    shift: [finite(at.shift, "|T_peak(s) − T_c|"), finite(claimed.shift, "|T_peak(design) − T_c|")] as const,
  };
};
const seamArbs = (sMax: number) => () => [
  fc.integer({ min: 4, max: 6 }),
  fc.integer({ min: 0, max: Math.round(sMax * 100) }).map((k) => k / 100),
];

const roundingByHeight = (design = 1, sMax = 1) =>
  part({
    description: `no design s ∈ [0, ${sMax}] between open (0) and periodic (1) has a higher specific-heat peak than s = ${design} (L = 4..6)`,
    arbitraries: seamArbs(sMax),
    predicate: (ctx, L, s) => {
      const { height } = seamPeaks(L, s, design);
      ctx.record(`c_max at L=${L}: s=${s} vs s=${design}`, [...height]);
      expectLe("c_max(s) vs c_max(claimed design)", height[0], height[1], { rel: 1e-6 }, { L, s });
    },
    numRuns: 6,
    thoroughRuns: 30,
    budgetMs: 20_000, // generous: the shared CI machine can be heavily loaded
  });

const roundingByShift = (design = 1, sMax = 1) =>
  part({
    description: `no design s ∈ [0, ${sMax}] between open (0) and periodic (1) has its specific-heat peak closer to T_c than s = ${design} (L = 4..6)`,
    arbitraries: seamArbs(sMax),
    predicate: (ctx, L, s) => {
      const { shift } = seamPeaks(L, s, design);
      ctx.record(`|T_peak − T_c| at L=${L}: s=${s} vs s=${design}`, [...shift]);
      expectGe("|T_peak(s) − T_c| vs the claimed design's", shift[0], shift[1], { abs: 1e-3 }, { L, s });
    },
    // 40, not 6: the designs where the readings part lie in a window of s, which 6 draws missed at
    // some --explore seeds (the verdict then came only from the replay database).
    numRuns: 40,
    thoroughRuns: 120,
    budgetMs: 20_000, // generous: the shared CI machine can be heavily loaded
  });

const roundingReadingsAgree = (sMax = 1) =>
  part({
    description: `"the periodic design minimizes the finite-size rounding" read by peak height and by peak shift gives the same answer for each design s ∈ [0, ${sMax}] (L = 4..6)`,
    arbitraries: seamArbs(sMax),
    predicate: (ctx, L, s) => {
      const { height, shift } = seamPeaks(L, s, 1);
      const byHeight = height[0] <= height[1] * (1 + 1e-6);
      const byShift = shift[0] >= shift[1] - 1e-3;
      ctx.record(`L=${L}, s=${s}: periodic least rounded by height, by shift`, [byHeight, byShift].map(String));
      expectThat(byHeight === byShift, "the height and shift readings disagree", { L, s, height, shift });
    },
    // 40, not 6: the designs where the readings part lie in a window of s, which 6 draws missed at
    // some --explore seeds (the verdict then came only from the replay database).
    numRuns: 40,
    thoroughRuns: 120,
    budgetMs: 20_000, // generous: the shared CI machine can be heavily loaded
  });

/**
 * §9.3 "not expected to render the model inoperative": the periodic bias in place of the open-chain
 * one keeps every attention row a probability vector with all weights positive, and changes each
 * weight by a factor within e^{±2Δ}, Δ = max |f(d(i,j)) − f(|i−j|)|. `scale` multiplies the bias
 * profile (1: the profiles in [−4, 4]).
 */
const notInoperative = (scale = 1) =>
  part({
    description: `periodic bias (profile in [−${4 * scale}, ${4 * scale}]) in place of the open-chain one: rows stay probability vectors with all weights > 0, each weight within a factor e^{±2Δ} of the open layer's (N ≤ 12)`,
    arbitraries: () => [layer(12)],
    predicate: (ctx, l) => {
      const n = l.x.length;
      const pOpen = openBias(n, (d) => scale * l.f[d]);
      const pPer = periodicBias(n, (d) => scale * l.f[d]);
      const q = matmul(l.x, l.wq),
        k = matmul(l.x, l.wk),
        v = matmul(l.x, l.wv);
      const aOpen = attention(q, k, v, { bias: pOpen }).weights;
      const aPer = attention(q, k, v, { bias: pPer }).weights;
      const c = biasChange(aOpen, aPer, pOpen, pPer);
      const back = biasChange(aPer, aOpen, pPer, pOpen);
      ctx.record("max |A_periodic − A_open| (last input)", c.maxChange);
      expectLe("row-sum error of the periodic layer", c.rowSumError, 0, { abs: 64 * n * EPS });
      expectGt("smallest weight of the periodic layer", c.minWeight, 0, 0, { n, f: l.f });
      expectGt("smallest weight of the open layer", back.minWeight, 0, 0, { n, f: l.f });
      expectLe("max |ln(A_periodic / A_open)| vs 2Δ", c.maxLogRatio, 2 * c.delta, { abs: 64 * n * EPS }, { n, f: l.f });
    },
    numRuns: 50,
    thoroughRuns: 300,
  });

const INSIDE_BETA =
  "β_dynamic > 0: A_i = softmax(β Q_i·K) is the conventional row at β = 1/√d_k and minimises F_T[q] = Σ q_j(−Q_i·K_j) − T S(q), T = 1/β, over all distributions q (the Gibbs state at inverse temperature β)";
const BOUNDARY_BETA = "the same for β_dynamic < 0 (nothing in the text fixes its sign)";

export const properties = [
  holds(
    "periodic.distance-metric",
    distanceMetric(),
    control(
      "the open distance |i − j| in place of the periodic one",
      holds(
        "periodic.distance-metric",
        distanceMetric((i, j) => Math.abs(i - j)),
      ),
    ),
  ),
  holds(
    "periodic.bias-circulant",
    biasCirculant(),
    control(
      "the open-chain bias f(|i − j|) in place of the periodic one",
      holds("periodic.bias-circulant", biasCirculant(openBias)),
    ),
  ),
  conditional(
    "periodic.shift-equivariance",
    {
      inside: equivariance(INSIDE_EQUIVARIANCE, periodicBias, false, (thorough) => (thorough ? 16 : 7), true),
      boundary: equivariance(
        "the same with the non-periodic bias f(|i−j|) (open chain, e.g. linear decay)",
        openBias,
        false,
      ),
    },
    control(
      "the open-chain bias in the inside part",
      conditional("periodic.shift-equivariance", {
        inside: equivariance(INSIDE_EQUIVARIANCE, openBias, false),
        boundary: equivariance(
          "the same with the non-periodic bias f(|i−j|) (open chain, e.g. linear decay)",
          openBias,
          false,
        ),
      }),
    ),
  ),
  holds(
    "periodic.causal-breaks-equivariance",
    equivariance(
      "literal (§9, GPT): periodic attention with a causal mask treats the sequence as a circle (cyclic-shift equivariant)",
      periodicBias,
      true,
    ),
    control(
      "the causal mask removed",
      holds(
        "periodic.causal-breaks-equivariance",
        equivariance("periodic attention without the causal mask is cyclic-shift equivariant", periodicBias, false),
      ),
    ),
  ),
  conditional(
    "periodic.edge-effects",
    {
      inside: edgeEffects(INSIDE_EDGES, periodicBias, (thorough) => (thorough ? 64 : 16), true),
      boundary: edgeEffects(
        "the same with the open-chain bias f(|i−j|): every token sees the same offset profile",
        openBias,
      ),
    },
    control(
      "the open-chain bias in the inside part",
      conditional("periodic.edge-effects", {
        inside: edgeEffects(INSIDE_EDGES, openBias),
        boundary: edgeEffects(
          "the same with the open-chain bias f(|i−j|): every token sees the same offset profile",
          openBias,
        ),
      }),
    ),
  ),
  conditional(
    "periodic.sinusoidal-not-periodic",
    {
      inside: notPeriodic(INSIDE_SINUSOIDAL, dModel, 8, 24),
      boundary: notPeriodic("the same for d_model = 2 (one frequency, ω = 1)", () => fc.constant(2), 1, 10),
    },
    control(
      "d_model = 2 in the inside part",
      conditional("periodic.sinusoidal-not-periodic", {
        inside: notPeriodic(INSIDE_SINUSOIDAL, () => fc.constant(2), 8, 24),
        boundary: notPeriodic("the same for d_model = 2 (one frequency, ω = 1)", () => fc.constant(2), 1, 10),
      }),
    ),
  ),
  conditional(
    "periodic.beta-dynamic",
    {
      inside: gibbsRow(INSIDE_BETA, grid(0.05, 8), true),
      boundary: gibbsRow(BOUNDARY_BETA, grid(-8, -0.05)),
    },
    control(
      "negative β_dynamic in the inside part",
      conditional("periodic.beta-dynamic", {
        inside: gibbsRow(INSIDE_BETA, grid(-8, -0.05)),
        boundary: gibbsRow(BOUNDARY_BETA, grid(-8, -0.05)),
      }),
    ),
  ),
  holds(
    "periodic.remark7-benefits",
    remark7Benefits(),
    control(
      "the two cross-sections exchanged in the Ising part (open strip as the modification)",
      holds("periodic.remark7-benefits", remark7Benefits("open", "periodic")),
    ),
  ),
  holds(
    "periodic.correlation-length-extends",
    remark7Benefits("periodic", "open", false),
    control(
      "the two cross-sections exchanged (open strip as the modification)",
      holds("periodic.correlation-length-extends", remark7Benefits("open", "periodic", false)),
    ),
  ),
  illPosed(
    "periodic.torus-rounding",
    roundingReadingsAgree(),
    control(
      "designs s ∈ [0, 0.3] only (near the open square), where both readings favour the torus",
      illPosed("periodic.torus-rounding", roundingReadingsAgree(0.3)),
    ),
  ),
  holds(
    "periodic.torus-rounding-height",
    roundingByHeight(),
    control(
      "the open square (s = 0) as the claimed minimiser",
      holds("periodic.torus-rounding-height", roundingByHeight(0)),
    ),
  ),
  holds(
    "periodic.torus-rounding-shift",
    roundingByShift(),
    control("designs s ∈ [0, 0.3] only", holds("periodic.torus-rounding-shift", roundingByShift(1, 0.3))),
  ),
  holds(
    "periodic.not-inoperative",
    notInoperative(),
    control(
      "the bias profile scaled by 1000 (weights underflow: tokens cut off)",
      holds("periodic.not-inoperative", notInoperative(1000)),
    ),
  ),
];
