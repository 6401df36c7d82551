/**
 * Periodic self-attention: paper 000 Remark 7 and §9. The periodic distance, the circulant bias,
 * cyclic-shift equivariance and what breaks it, edge effects, sinusoidal encodings.
 */
import fc from "fast-check";
import { conditional, holds, part } from "../src/claims/property.js";
import { expectThat } from "../src/claims/violation.js";
import { attention, type AttentionOptions } from "../src/attention/attention.js";
import { matmul, maxAbs, maxAbsDiff, type Mat } from "../src/attention/matrix.js";
import {
  cycleGraphDistance,
  cyclicShiftMatrix,
  cyclicShiftRows,
  isCirculant,
  openBias,
  periodicBias,
  periodicDistance,
  sinusoidalEncoding,
} from "../src/attention/periodic.js";
import { grid, matrix } from "../src/attention/arbitraries.js";

const EPS = Number.EPSILON;

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

interface Layer {
  x: Mat;
  wq: Mat;
  wk: Mat;
  wv: Mat;
  f: number[];
  s: number;
}

/** Attention of X with bias B, returning weights and output. */
function run(x: Mat, l: Layer, bias: Mat, causal: boolean) {
  const options: AttentionOptions = { bias, causal };
  return attention(matmul(x, l.wq), matmul(x, l.wk), matmul(x, l.wv), options);
}

/**
 * How far attention is from cyclic-shift equivariance: the larger of |A(σX) − σA(X)σ⁻¹| and
 * |Z(σX) − σZ(X)|, with the bias built by `bias` (fixed by position, not moved with the tokens).
 */
function equivarianceDefect(l: Layer, bias: Mat, causal: boolean): number {
  const base = run(l.x, l, bias, causal);
  const shifted = run(cyclicShiftRows(l.x, l.s), l, bias, causal);
  return Math.max(
    maxAbsDiff(shifted.weights, cyclicShiftMatrix(base.weights, l.s)),
    maxAbsDiff(shifted.output, cyclicShiftRows(base.output, l.s)),
  );
}

function tolerance(l: Layer): number {
  const n = l.x.length;
  return 64 * n * EPS * (1 + maxAbs(l.x)) ** 3 * (1 + maxAbs(l.wq)) * (1 + maxAbs(l.wk)) * (1 + maxAbs(l.wv)) * 8;
}

export const properties = [
  holds(
    "periodic.distance-metric",
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
        for (let small = 1; small <= maxSmall; small++) checkExhaustively(small);
        const dij = periodicDistance(i, j, n);
        expectThat((dij === 0) === (i === j), "d(i,j) = 0 iff i = j fails", { n, i, j });
        expectThat(dij === periodicDistance(j, i, n), "d is not symmetric", { n, i, j });
        expectThat(dij <= periodicDistance(i, k, n) + periodicDistance(k, j, n), "triangle inequality fails", {
          n,
          i,
          j,
          k,
        });
        expectThat(2 * dij <= n, "d exceeds N/2", { n, i, j, dij });
        ctx.record("exhaustive up to N", maxSmall);
      },
      numRuns: 30,
      // Every run repeats the whole enumeration, so more runs only add random large-N triples.
      thoroughRuns: 60,
    }),
  ),

  holds(
    "periodic.bias-circulant",
    part({
      description: "P_ij = f(d(i,j)) is symmetric and circulant (P_{i+1,j+1} = P_ij mod N) for every f, exactly",
      arbitraries: ({ thorough }) => [
        fc.integer({ min: 1, max: thorough ? 128 : 32 }).chain((n) => fc.tuple(fc.constant(n), profile(n))),
      ],
      predicate: (_ctx, [n, f]) => {
        const p = periodicBias(n, (d) => f[d]);
        for (let i = 0; i < n; i++)
          for (let j = 0; j < n; j++) expectThat(p[i][j] === p[j][i], "P is not symmetric", { n, i, j });
        expectThat(isCirculant(p), "P is not circulant", { n, f });
      },
    }),
  ),

  conditional("periodic.shift-equivariance", {
    inside: part({
      description:
        "with the periodic bias f(d(i,j)), attention of the cyclically shifted tokens is the shifted attention (weights and outputs)",
      arbitraries: ({ thorough }) => [layer(thorough ? 16 : 7)],
      predicate: (ctx, l) => {
        const n = l.x.length;
        const defect = equivarianceDefect(
          l,
          periodicBias(n, (d) => l.f[d]),
          false,
        );
        const tol = tolerance(l);
        ctx.observeRatio(defect / tol);
        expectThat(defect <= tol, "periodic attention is not cyclic-shift equivariant", { defect, tol });
      },
    }),
    boundary: part({
      description: "the same with the non-periodic bias f(|i−j|) (open chain, e.g. linear decay)",
      arbitraries: () => [layer(7)],
      predicate: (_ctx, l) => {
        const n = l.x.length;
        const defect = equivarianceDefect(
          l,
          openBias(n, (d) => l.f[d]),
          false,
        );
        expectThat(defect <= tolerance(l), "attention is not cyclic-shift equivariant", { defect });
      },
    }),
  }),

  holds(
    "periodic.causal-breaks-equivariance",
    part({
      description:
        "literal (§9, GPT): periodic attention with a causal mask treats the sequence as a circle (cyclic-shift equivariant)",
      arbitraries: () => [layer(7)],
      predicate: (_ctx, l) => {
        const n = l.x.length;
        const defect = equivarianceDefect(
          l,
          periodicBias(n, (d) => l.f[d]),
          true,
        );
        expectThat(defect <= tolerance(l), "causal periodic attention is not cyclic-shift equivariant", { defect });
      },
    }),
  ),

  conditional("periodic.edge-effects", {
    inside: part({
      description:
        "content-free tokens (all rows of X equal): with the periodic bias every token's attention, as a function of the cyclic offset j − i, is the same",
      arbitraries: ({ thorough }) => [
        fc
          .integer({ min: 2, max: thorough ? 64 : 16 })
          .chain((n) => fc.tuple(fc.constant(n), profile(n), matrix(1, 3))),
      ],
      predicate: (ctx, [n, f, row]) => {
        const defect = edgeDefect(
          n,
          row[0],
          periodicBias(n, (d) => f[d]),
        );
        ctx.observeRatio(defect / (64 * n * EPS));
        expectThat(defect <= 64 * n * EPS, "tokens see different offset profiles", { n, f, defect });
      },
    }),
    boundary: part({
      description: "the same with the open-chain bias f(|i−j|): every token sees the same offset profile",
      arbitraries: () => [
        fc.integer({ min: 2, max: 16 }).chain((n) => fc.tuple(fc.constant(n), profile(n), matrix(1, 3))),
      ],
      predicate: (_ctx, [n, f, row]) => {
        const defect = edgeDefect(
          n,
          row[0],
          openBias(n, (d) => f[d]),
        );
        expectThat(defect <= 64 * n * EPS, "tokens see different offset profiles", { n, f, defect });
      },
    }),
  }),

  conditional("periodic.sinusoidal-not-periodic", {
    inside: part({
      description:
        "sinusoidal encodings with d_model ≥ 8: no shift T ∈ [1, 8192] has max_c |PE(T)_c − PE(0)_c| < 1e-3 (not periodic within any GPT-size context)",
      arbitraries: ({ thorough }) => [fc.integer({ min: 4, max: thorough ? 128 : 32 }).map((h) => 2 * h)],
      predicate: (ctx, d) => {
        const best = closestReturn(d, 8192);
        ctx.record(`closest return for d=${d}`, [best.t, best.gap]);
        expectThat(best.gap >= 1e-3, "the sinusoidal encoding is periodic within tolerance", { d, ...best });
      },
      numRuns: 8,
      thoroughRuns: 24,
    }),
    boundary: part({
      description: "the same for d_model = 2 (one frequency, ω = 1)",
      arbitraries: () => [fc.constant(2)],
      predicate: (_ctx, d) => {
        const best = closestReturn(d, 8192);
        expectThat(best.gap >= 1e-3, "the sinusoidal encoding is periodic within tolerance", { d, ...best });
      },
      numRuns: 1,
    }),
  }),
];

/** Every metric axiom and agreement with the cycle's BFS distance, for all pairs and triples of ℤ_n. */
function checkExhaustively(small: number): void {
  for (let a = 0; a < small; a++) {
    for (let b = 0; b < small; b++) {
      const dab = periodicDistance(a, b, small);
      expectThat(dab === cycleGraphDistance(a, b, small), "d differs from the cycle graph distance", {
        n: small,
        a,
        b,
        dab,
      });
      expectThat((dab === 0) === (a === b), "d(a,b) = 0 iff a = b fails", { n: small, a, b });
      expectThat(dab === periodicDistance(b, a, small), "d is not symmetric", { n: small, a, b });
      for (let c = 0; c < small; c++) {
        expectThat(dab <= periodicDistance(a, c, small) + periodicDistance(c, b, small), "triangle inequality fails", {
          n: small,
          a,
          b,
          c,
        });
      }
    }
  }
}

/**
 * With every token's content equal (so Q·K is the same for all pairs), the largest difference
 * between token i's weight at cyclic offset r and token 0's weight at offset r, over i and r.
 */
function edgeDefect(n: number, content: number[], bias: Mat): number {
  const x = Array.from({ length: n }, () => content.slice());
  const w = [content.map((_, c) => content.map((__, e) => (c === e ? 1 : 0.5)))][0];
  const a = attention(matmul(x, w), matmul(x, w), x, { bias }).weights;
  let defect = 0;
  for (let i = 0; i < n; i++)
    for (let r = 0; r < n; r++) defect = Math.max(defect, Math.abs(a[i][(i + r) % n] - a[0][r]));
  return defect;
}

/** The shift T ≤ maxT at which the encoding comes closest to repeating, and how close (max-norm). */
function closestReturn(d: number, maxT: number): { t: number; gap: number } {
  const p0 = sinusoidalEncoding(0, d);
  let best = { t: 0, gap: Infinity };
  for (let t = 1; t <= maxT; t++) {
    const p = sinusoidalEncoding(t, d);
    let g = 0;
    for (let c = 0; c < d; c++) g = Math.max(g, Math.abs(p[c] - p0[c]));
    if (g < best.gap) best = { t, gap: g };
  }
  return best;
}
