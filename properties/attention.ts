/**
 * Attention and heads: paper 000 §3.1-3.2 eq 2-5, Remarks 1-2, §4.7 eq 16; the Lean listing's
 * `attentionMatrix` (002 §9); thesis 003 §2.2 eq 2.11-2.13, Table 2.1, App. A.1-A.2.
 */
import fc from "fast-check";
import { conditional, control, holds, illPosed, part } from "../src/claims/property.js";
import { mapResult } from "../src/claims/mutate.js";
import {
  expectClose,
  expectEqualCounts,
  expectGe,
  expectGt,
  expectInInterval,
  expectLe,
  expectThat,
  finite,
} from "../src/claims/violation.js";
import { logSumExp, softmax } from "../src/attention/softmax.js";
import {
  attention,
  attentionScores,
  columnSoftmax,
  hiddenDimensionSoftmaxAttention,
  pairEnergy,
  leanAttentionMatrix,
  multiHeadConcat,
  multiHeadSumOfBlocks,
  placeholderSum,
  rowSoftmax,
  selfAttention,
  symmetricPart,
} from "../src/attention/attention.js";
import {
  hconcat,
  matmul,
  maxAbs,
  maxAbsDiff,
  productScale,
  scale,
  shape,
  transpose,
  type Mat,
} from "../src/attention/matrix.js";
import { headScoreRows, productGibbs, sharedKeyReadings } from "../src/attention/multi-head-gibbs.js";
import {
  attentionBlockKinds,
  attentionBlocksInstantiated,
  vanillaTransformer,
} from "../src/attention/vanilla-transformer.js";
import { rowPartitionShares } from "../src/attention/row-shares.js";
import { dot, populationVariance } from "../src/numeric/vectors.js";
import { grid, matrix, qkv, squareMatrix } from "../src/attention/arbitraries.js";
import {
  layerNorm,
  tangentProjection,
  thesisMultiHeadConcat,
  thesisMultiHeadSum,
} from "../src/attention/layer-norm.js";
import { trotterError } from "../src/precision/trotter.js";
import { maxLogOddsChange, stackWeights } from "../src/attention/layer-stack.js";
import { headResponses } from "../src/attention/layer-sensitivity.js";
import { sameKeyConnectedCorrelation } from "../src/attention/query-correlation.js";
import { impliedLayers, PUBLISHED_MODELS, publishedLayers } from "../src/attention/published-models.js";
import { commutatorMass } from "../src/linalg/commutator-mass.js";
import { fromRows, spectralNorm } from "../src/linalg/matrix.js";
import { randomCommuting } from "../src/linalg/random.js";
import { Prng } from "../src/random/prng.js";

const EPS = Number.EPSILON;

/** One head's projections (W_Q, W_K, W_V). */
type Layer = { wq: Mat; wk: Mat; wv: Mat };

/** Inputs of a multi-head layer: X (N×d_model), H heads of width d_h, W_O (H·d_h × d_model). */
interface MultiHeadInput {
  x: Mat;
  heads: { wq: Mat; wk: Mat; wv: Mat }[];
  wo: Mat;
}

/** Multi-head layers with N ≤ maxN tokens and H ≤ maxHeads heads (1 ≤ H). */
const multiHeadInput = (maxN: number, maxHeads = 3): fc.Arbitrary<MultiHeadInput> =>
  fc
    .tuple(
      fc.integer({ min: 1, max: maxN }),
      fc.integer({ min: 1, max: 4 }),
      fc.integer({ min: 1, max: maxHeads }),
      fc.integer({ min: 1, max: 4 }),
    )
    .chain(([n, dm, h, dh]) =>
      fc.record({
        x: matrix(n, dm),
        heads: fc.array(fc.record({ wq: matrix(dm, dh), wk: matrix(dm, dh), wv: matrix(dm, dh) }), {
          minLength: h,
          maxLength: h,
        }),
        wo: matrix(h * dh, dm),
      }),
    );

/** An attention reference with an additive score bias (the real one, or a control's broken one). */
type BiasedWeights = (q: Mat, k: Mat, v: Mat, bias: Mat) => Mat;
const biasedWeights: BiasedWeights = (q, k, v, bias) => attention(q, k, v, { bias }).weights;

const rowStochastic = (att: typeof attention = attention) =>
  part({
    description:
      "softmax(QKᵀ/√d_k) is row-stochastic and every output row Z_i = Σ_j A_ij V_j lies in the box of the value rows",
    arbitraries: ({ thorough }) => [qkv(thorough ? 32 : 8, thorough ? 16 : 6)],
    predicate: (ctx, { q, k, v }) => {
      const { weights, output } = att(q, k, v);
      weights.forEach((row, i) => {
        const s = row.reduce((a, b) => a + b, 0);
        ctx.observeRatio(Math.abs(s - 1) / 1e-12);
        expectClose(`row ${i} sum of A`, s, 1, { abs: 1e-12 }, { q, k });
        row.forEach((x, j) => expectInInterval(`attention weight (${i}, ${j})`, x, 0, 1, {}, { row }));
      });
      const d = finite(shape(v)[1], "columns of V");
      for (let c = 0; c < d; c++) {
        const col = v.map((r) => r[c]);
        const lo = Math.min(...col);
        const hi = Math.max(...col);
        const tol = 8 * v.length * EPS * (1 + Math.max(Math.abs(lo), Math.abs(hi)));
        output.forEach((r, i) =>
          expectInInterval(
            `output coordinate (${i}, ${c}) in the range of the values`,
            r[c],
            lo,
            hi,
            { abs: tol },
            {
              i,
              c,
            },
          ),
        );
      }
    },
  });

const fieldInvisible = (withBias: BiasedWeights = biasedWeights) =>
  part({
    description: "adding a per-query field h_i to every score of row i leaves the attention matrix unchanged",
    arbitraries: ({ thorough }) => [
      qkv(thorough ? 24 : 6, 4).chain((m) =>
        fc.tuple(fc.constant(m), fc.array(grid(-20, 20), { minLength: m.q.length, maxLength: m.q.length })),
      ),
    ],
    predicate: (ctx, [{ q, k, v }, h]) => {
      const n = q.length;
      const bias = Array.from({ length: n }, (_, i) => new Array<number>(n).fill(h[i]));
      const a = attention(q, k, v).weights;
      const b = withBias(q, k, v, bias);
      const tol = 16 * EPS * (1 + 20 + maxAbs(attentionScores(q, k, 1)));
      const diff = maxAbsDiff(a, b);
      ctx.observeRatio(diff / tol);
      expectLe("max |ΔA| after a per-query field", diff, tol, {}, { h });
    },
  });

const concatVsSum = (sumOfBlocks: typeof multiHeadSumOfBlocks = multiHeadSumOfBlocks) =>
  part({
    description:
      "Concat(Z¹…Z^H)·W_O = Σ_h Z^h·W_O^(h) (row blocks of W_O), and the thesis' sum over padded placeholders equals the concatenation",
    arbitraries: ({ thorough }) => [multiHeadInput(thorough ? 16 : 5)],
    predicate: (ctx, { x, heads, wo }) => {
      const concat = multiHeadConcat(x, heads, wo);
      const summed = sumOfBlocks(x, heads, wo);
      const tol = 64 * EPS * productScale(x, wo) * (1 + maxAbs(x)) * heads.length * 4;
      const diff = maxAbsDiff(concat, summed);
      ctx.observeRatio(diff / tol);
      expectLe("max |concat·W_O − Σ_h blocks|", diff, tol, {}, {});
      const outs = heads.map((h) => selfAttention(x, h).output);
      expectLe("max |placeholder sum − concatenation|", maxAbsDiff(placeholderSum(outs), hconcat(outs)), 0, {}, {});
    },
  });

/**
 * Each head's own row against the shared-key Gibbs row, in 50 digits (src/attention/multi-head-gibbs.ts):
 * a difference past 1e-9 is then a property of the readings, not of rounding.
 */
const mhaReadingsAgree = (inputs: fc.Arbitrary<MultiHeadInput> = multiHeadInput(5)) =>
  part({
    description:
      "'each head an independent Ising model' with H_MHA = Σ_h H^(h): the product-space reading (each head its own keys) and the shared-keys reading (one Gibbs measure of Σ_h E^h) give the same attention for every head",
    arbitraries: () => [inputs],
    predicate: (_ctx, { x, heads }) => {
      const rowsH = headScoreRows(x, heads);
      const r = sharedKeyReadings(rowsH);
      r.own.forEach((own, h) =>
        own.forEach((p, j) =>
          expectClose(
            `head ${h} weight ${j}: own vs shared-keys Gibbs (50 digits)`,
            p.toNumber(),
            r.shared[j].toNumber(),
            { abs: 1e-9 },
            { rows: rowsH },
          ),
        ),
      );
    },
  });

const productOfGibbs = (gibbs: typeof productGibbs = productGibbs) =>
  part({
    description:
      "the Gibbs measure of Σ_h E^h(j_h) on key tuples (j_1…j_H), enumerated, has ln Z = Σ ln Z_h, marginals = each head's softmax row, and mean of Σ_h V^h_{j_h}W_O^(h) = the multi-head output",
    arbitraries: ({ thorough }) => [multiHeadInput(thorough ? 6 : 4)],
    predicate: (ctx, { x, heads, wo }) => {
      const rowsH = headScoreRows(x, heads);
      const hN = heads.length;
      const vProj = heads.map((h, idx) => {
        const dh = shape(h.wv)[1];
        return matmul(matmul(x, h.wv), wo.slice(idx * dh, (idx + 1) * dh));
      });
      // Enumerate all N^H tuples: weight e^{Σ_h S^h_{j_h}} (energy −Σ S).
      const g = gibbs(rowsH, vProj);
      const sumLnZ = rowsH.reduce((s, r) => s + logSumExp(r), 0);
      expectClose("ln Z of the product system vs Σ_h ln Z_h", g.lnZ, sumLnZ, { abs: 1e-12, rel: 1e-12 }, {});
      rowsH.forEach((r, h) => {
        const own = softmax(r);
        own.forEach((p, j) =>
          expectClose(`marginal of head ${h} at key ${j}`, g.marginals[h][j], p, { abs: 1e-12 }, {}),
        );
      });
      const mha = multiHeadConcat(x, heads, wo)[0];
      const tol = 1e-12 * productScale(x, wo) * (1 + maxAbs(x)) * hN * 8;
      mha.forEach((y, c) => {
        ctx.observeRatio(Math.abs(g.mean[c] - y) / tol);
        expectClose(`mean output coordinate ${c}`, g.mean[c], y, { abs: tol }, {});
      });
    },
    numRuns: 60,
  });

/** The literal shared-spin reading, compared in 50 digits so the shown difference is not rounding. */
const sharedSpins = (inputs: fc.Arbitrary<MultiHeadInput> = multiHeadInput(5)) =>
  part({
    description:
      "literal shared-spin reading: the attention of the multi-head layer (the average of the heads' rows) is the Boltzmann distribution of H_MHA = Σ_h H^(h) over one set of keys",
    arbitraries: () => [inputs],
    predicate: (_ctx, { x, heads }) => {
      const rowsH = headScoreRows(x, heads);
      const r = sharedKeyReadings(rowsH);
      r.mixture.forEach((p, j) =>
        expectClose(
          `key ${j}: mean head weight vs Gibbs of Σ_h H^h (50 digits)`,
          p.toNumber(),
          r.shared[j].toNumber(),
          { abs: 1e-9 },
          { rows: rowsH },
        ),
      );
    },
  });

const energySymmetricPart = (energy: typeof pairEnergy = pairEnergy) =>
  part({
    description:
      "−Σ J_ij s_i·s_j = −Σ J^e_ij s_i·s_j and the antisymmetric part contributes 0, for scalar and vector spins (exact on integers)",
    arbitraries: ({ thorough }) => [
      fc.integer({ min: 1, max: thorough ? 16 : 6 }).chain((n) =>
        fc.tuple(
          matrix(n, n, fc.integer({ min: -9, max: 9 })),
          fc.integer({ min: 1, max: 4 }).chain((d) => matrix(n, d, fc.integer({ min: -3, max: 3 }))),
        ),
      ),
    ],
    predicate: (_ctx, [j, s]) => {
      // Integer J and s: J^e has half-integer entries, every sum is exact in float64.
      const e = energy(j, s);
      const es = energy(symmetricPart(j), s);
      const odd = j.map((r, a) => r.map((x, b) => (x - j[b][a]) / 2));
      expectClose("energy of J vs of its symmetric part (exact)", e, es, { abs: 0 }, { J: j, s });
      expectClose("energy of the antisymmetric part (exact)", energy(odd, s), 0, { abs: 0 }, { J: j, s });
    },
  });

const energyDeterminesAttention = (couplings: fc.Arbitrary<Mat> = squareMatrix(5)) =>
  part({
    description:
      "literal: two coupling matrices with the same Ising energy function (−Σ J_ij s_i s_j for all s) give the same attention matrix softmax_row(J)",
    arbitraries: () => [couplings],
    predicate: (_ctx, j) => {
      // J and Jᵀ have the same symmetric part, hence the same energy for every spin configuration.
      const diff = maxAbsDiff(rowSoftmax(j), rowSoftmax(transpose(j)));
      expectLe("max |softmax_row(J) − softmax_row(Jᵀ)|", diff, 1e-12, {}, { J: j });
    },
  });

const leanRowStochastic = (inputs: fc.Arbitrary<{ q: Mat; k: Mat; v: Mat }> = qkv(5, 3)) =>
  part({
    description:
      "literal: the Lean attentionMatrix (exp(scores i j) / Σ_{i,j} exp(scores i j)) equals the row softmax of eq 3",
    arbitraries: () => [inputs, grid(0.1, 3)],
    predicate: (_ctx, { q, k }, beta) => {
      const lean = leanAttentionMatrix(q, k, beta);
      const row = rowSoftmax(attentionScores(q, k, beta));
      expectLe(
        "max |Lean attentionMatrix − row softmax|",
        maxAbsDiff(lean, row),
        1e-12,
        {},
        {
          q,
          k,
          beta,
          rowSums: lean.map((r) => r.reduce((a, b) => a + b, 0)),
        },
      );
    },
  });

const leanGlobalRelation = (lean: typeof leanAttentionMatrix = leanAttentionMatrix) =>
  part({
    description:
      "Lean(i,j) = rowSoftmax(i,j)·Z_i/Z: its entries sum to 1 over all (i, j), and each row renormalised is the row softmax",
    arbitraries: ({ thorough }) => [qkv(thorough ? 16 : 6, 4), grid(0.1, 3)],
    predicate: (ctx, { q, k }, beta) => {
      const s = attentionScores(q, k, beta);
      const lm = lean(q, k, beta);
      const row = rowSoftmax(s);
      const n = q.length;
      // Row shares Z_i/Z from per-row log-sum-exps (a different road from the global max shift).
      const shares = rowPartitionShares(s);
      let total = 0;
      for (let i = 0; i < n; i++) {
        const share = shares[i];
        const rs = lm[i].reduce((a, b) => a + b, 0);
        total += rs;
        for (let j = 0; j < n; j++) {
          const tol = 64 * n * EPS * (1 + maxAbs(s)) * Math.max(lm[i][j], 1e-300);
          ctx.observeRatio(Math.abs(lm[i][j] - row[i][j] * share) / tol);
          expectClose(
            `Lean(${i},${j}) vs row softmax · Z_i/Z`,
            lm[i][j],
            row[i][j] * share,
            { abs: 1e-300, rel: 64 * n * EPS * (1 + maxAbs(s)) },
            {},
          );
          if (rs > 1e-200) expectClose(`renormalised Lean row ${i}`, lm[i][j] / rs, row[i][j], { abs: 1e-12 }, {});
        }
      }
      expectClose("sum of all Lean entries", total, 1, { abs: 1e-12 }, {});
    },
  });

const softmaxAxisReadings = (inputs: fc.Arbitrary<{ q: Mat; k: Mat; v: Mat }> = qkv(5, 4)) =>
  part({
    description:
      "003 §2.2: the softmax over keys (eq 2.11) and the softmax 'over hidden dimensions' of each token (text) give the same attention output",
    arbitraries: () => [inputs],
    predicate: (_ctx, { q, k, v }) => {
      const diff = maxAbsDiff(attention(q, k, v).output, hiddenDimensionSoftmaxAttention(q, k, v));
      expectLe("max |output over keys − output over hidden dimensions|", diff, 1e-9, {}, { q, k, v });
    },
  });

const scalingReadings = (inputs: fc.Arbitrary<{ q: Mat; k: Mat; v: Mat }> = qkv(5, 4)) =>
  part({
    description:
      "003: eq 2.11 (QKᵀ/√D), eq 2.13 (no scale) and eq A.1.1 (1/(D√G), G = D) give the same attention matrix",
    arbitraries: () => [inputs],
    predicate: (_ctx, { q, k }) => {
      const d = shape(q)[1];
      const s = attentionScores(q, k, 1);
      const a211 = rowSoftmax(scale(s, 1 / Math.sqrt(d)));
      const a213 = rowSoftmax(s);
      const aA11 = rowSoftmax(scale(s, 1 / (d * Math.sqrt(d))));
      const diff = Math.max(maxAbsDiff(a211, a213), maxAbsDiff(a211, aA11));
      expectLe("max |ΔA| between the thesis' scalings", diff, 1e-9, {}, { q, k });
    },
  });

const scaleIsTemperature = (rs: typeof rowSoftmax = rowSoftmax) =>
  part({
    description: "ζ(c·QKᵀ) = softmax at β = c of QKᵀ: dropping 1/√D equals running eq 2.11 at β = √D",
    arbitraries: ({ thorough }) => [qkv(thorough ? 16 : 6, 8)],
    predicate: (ctx, { q, k }) => {
      const d = shape(q)[1];
      const s = attentionScores(q, k, 1 / Math.sqrt(d));
      const unscaled = rs(attentionScores(q, k, 1));
      const hot = rs(s, Math.sqrt(d));
      const tol = 32 * EPS * (1 + maxAbs(attentionScores(q, k, 1)));
      const diff = maxAbsDiff(unscaled, hot);
      ctx.observeRatio(diff / tol);
      expectLe("max |ζ(QKᵀ) − softmax_{β=√D}(QKᵀ/√D)|", diff, tol, {}, {});
    },
  });

const valueAfterMixing = (sa: typeof selfAttention = selfAttention) =>
  part({
    description:
      "the weights A do not depend on W_V, and Z = A(XW_V) = (AX)W_V: V maps the already-mixed state linearly, adding no interaction",
    arbitraries: ({ thorough }) => [
      fc
        .tuple(
          fc.integer({ min: 1, max: thorough ? 16 : 6 }),
          fc.integer({ min: 1, max: 4 }),
          fc.integer({ min: 1, max: 4 }),
        )
        .chain(([n, d, dv]) =>
          fc.record({ x: matrix(n, d), wq: matrix(d, d), wk: matrix(d, d), wv: matrix(d, dv), wv2: matrix(d, dv) }),
        ),
    ],
    predicate: (ctx, { x, wq, wk, wv, wv2 }) => {
      const r1 = sa(x, { wq, wk, wv });
      const r2 = sa(x, { wq, wk, wv: wv2 });
      expectLe("max |ΔA| between two W_V", maxAbsDiff(r1.weights, r2.weights), 0, {}, {});
      const mixedFirst = matmul(matmul(r1.weights, x), wv);
      const tol = 32 * x.length * EPS * productScale(x, wv);
      const diff = maxAbsDiff(r1.output, mixedFirst);
      ctx.observeRatio(diff / tol);
      expectLe("max |A(XW_V) − (AX)W_V|", diff, tol, {}, {});
    },
  });

const table21 = (zeta: typeof rowSoftmax = rowSoftmax) =>
  part({
    description:
      "Table 2.1 / eq 2.13: with J = ζ(x W_Q W_Kᵀ xᵀ) and s = x W_V, f(x)_i = x_i + Σ_j J_ij s_j (the spin-glass alignment form); J is row-stochastic",
    arbitraries: ({ thorough }) => [
      fc
        .tuple(fc.integer({ min: 1, max: thorough ? 16 : 6 }), fc.integer({ min: 1, max: 4 }))
        .chain(([n, d]) => fc.record({ x: matrix(n, d), wq: matrix(d, d), wk: matrix(d, d), wv: matrix(d, d) })),
    ],
    predicate: (ctx, { x, wq, wk, wv }) => {
      // Eq 2.13 as printed: no 1/√D scale.
      const jm = zeta(matmul(matmul(matmul(x, wq), transpose(wk)), transpose(x)));
      const f = matmul(jm, matmul(x, wv)).map((r, i) => r.map((y, c) => x[i][c] + y));
      const s = matmul(x, wv);
      const n = x.length;
      let asym = 0;
      for (let i = 0; i < n; i++) {
        const rs = jm[i].reduce((a, b) => a + b, 0);
        expectClose(`row ${i} of J sums to 1`, rs, 1, { abs: 1e-12 }, {});
        for (let j = 0; j < n; j++) asym = Math.max(asym, Math.abs(jm[i][j] - jm[j][i]));
        for (let c = 0; c < x[i].length; c++) {
          let h = x[i][c];
          for (let j = 0; j < n; j++) h += jm[i][j] * s[j][c];
          const tol = 16 * n * EPS * productScale(x, wv);
          ctx.observeRatio(Math.abs(f[i][c] - h) / tol);
          expectClose(`f(x)_${i},${c} vs x_i + Σ J_ij s_j`, f[i][c], h, { abs: tol }, {});
        }
      }
      ctx.record("largest |J_ij − J_ji| seen", asym);
    },
  });

const layerNormParts = (ln: typeof layerNorm = layerNorm) => ({
  inside: part({
    description:
      "layer norm (ε = 1e-5) gives every token mean 0 (1e-12) and standard deviation 1 (1e-3) when the token's variance is ≥ 0.01",
    arbitraries: ({ thorough }) => [
      fc
        .tuple(fc.integer({ min: 1, max: thorough ? 16 : 6 }), fc.integer({ min: 2, max: 16 }))
        .chain(([n, d]) => matrix(n, d)),
    ],
    predicate: (ctx, x) => {
      fc.pre(x.every((r) => populationVariance(r) >= 0.01)); // the condition: tokens not (nearly) constant
      ln(x).forEach((r, i) => {
        const m = r.reduce((a, b) => a + b, 0) / r.length;
        expectClose(`mean of token ${i}`, m, 0, { abs: 1e-12 }, { x: x[i] });
        const sd = Math.sqrt(populationVariance(r));
        ctx.observeRatio(Math.abs(sd - 1) / 1e-3);
        expectClose(`deviation of token ${i}`, sd, 1, { abs: 1e-3 }, { x: x[i] });
      });
    },
  }),
  boundary: part({
    description: "the same for constant tokens (all hidden components equal)",
    arbitraries: () => [
      fc.tuple(fc.integer({ min: 2, max: 16 }), grid(-3, 3)).map(([d, c]) => [new Array<number>(d).fill(c)]),
    ],
    predicate: (_ctx, x) => {
      const r = ln(x)[0];
      expectClose("deviation of a constant token", Math.sqrt(populationVariance(r)), 1, { abs: 1e-3 }, { x: x[0] });
    },
  }),
});

const headsEq212 = (sum: typeof thesisMultiHeadSum = thesisMultiHeadSum) =>
  part({
    description:
      "eq 2.12's Σ_h ζ(x W_Q^h W_K^hᵀ xᵀ)·x W_V^(·,h) (value weights zeroed outside head h's columns) equals the concatenation of the per-head outputs",
    arbitraries: ({ thorough }) => [
      fc
        .tuple(
          fc.integer({ min: 1, max: thorough ? 12 : 5 }),
          fc.integer({ min: 1, max: 3 }),
          fc.integer({ min: 1, max: 3 }),
        )
        .chain(([n, h, dh]) =>
          fc.record({
            x: matrix(n, h * dh),
            wq: fc.array(matrix(h * dh, dh), { minLength: h, maxLength: h }),
            wk: fc.array(matrix(h * dh, dh), { minLength: h, maxLength: h }),
            wv: matrix(h * dh, h * dh),
          }),
        ),
    ],
    predicate: (ctx, { x, wq, wk, wv }) => {
      const summed = sum(x, { wq, wk, wv });
      const concat = thesisMultiHeadConcat(x, { wq, wk, wv });
      const tol = 32 * x.length * x[0].length * EPS * productScale(x, wv) * (1 + maxAbs(x));
      const diff = maxAbsDiff(summed, concat);
      ctx.observeRatio(diff / tol);
      expectLe("max |eq 2.12's projected sum − concatenated heads|", diff, tol, {}, {});
    },
  });

const tangentParts = (proj: typeof tangentProjection = tangentProjection) => ({
  inside: part({
    description: "for |x| = 1, P⊥_x y = y − ⟨x,y⟩x is orthogonal to x and idempotent (a projection onto T_x S^{D−1})",
    arbitraries: () => [unitAndVector(1, 1)],
    predicate: (ctx, [v, y, r]) => {
      const x = onSphere(v, r);
      const p = proj(x, y);
      const tol = 16 * x.length * EPS * (1 + Math.hypot(...y));
      const d = dot(x, p);
      ctx.observeRatio(Math.abs(d) / tol);
      expectClose("⟨x, P⊥_x y⟩", d, 0, { abs: tol }, { x, y });
      const pp = proj(x, p);
      p.forEach((c, i) => expectClose(`P⊥P⊥ y, component ${i}`, pp[i], c, { abs: tol }, { x, y }));
    },
  }),
  boundary: part({
    description: "the same for |x| ∈ [1.1, 3] (x off the unit sphere)",
    arbitraries: () => [unitAndVector(1.1, 3)],
    predicate: (_ctx, [v, y, r]) => {
      const x = onSphere(v, r);
      const p = proj(x, y);
      expectClose("⟨x, P⊥_x y⟩", dot(x, p), 0, { abs: 16 * x.length * EPS * (1 + Math.hypot(...y)) }, { x, y });
    },
  }),
});

/** Readings of "3 of these modules" agree on a vanilla transformer with `layers` layers per stack. */
const moduleReadings = (layers: fc.Arbitrary<number>) =>
  part({
    description:
      "'3 of these modules': the kinds of multi-head attention block in the figure and the attention blocks the model instantiates give the same count",
    arbitraries: () => [layers],
    predicate: (_ctx, n) => {
      const t = vanillaTransformer(n);
      expectEqualCounts(
        "attention blocks instantiated vs kinds drawn",
        attentionBlocksInstantiated(t),
        attentionBlockKinds(t),
        {
          layers: n,
        },
      );
    },
  });

const blockKinds = (model: typeof vanillaTransformer = vanillaTransformer) =>
  part({
    description: "the encoder-decoder figure draws three kinds of multi-head attention block, for every layer count N",
    arbitraries: () => [fc.integer({ min: 1, max: 12 })],
    predicate: (_ctx, n) => {
      expectEqualCounts("kinds of multi-head attention block", attentionBlockKinds(model(n)), 3, { layers: n });
    },
  });

/** L ∈ [2, 3] symmetric n×n layers (n ∈ [2, 3]) with dyadic entries k/4, |k| ≤ 4 (exact in float64 and decimal). */
const dyadicLayers = fc.tuple(fc.integer({ min: 2, max: 3 }), fc.integer({ min: 2, max: 3 })).chain(([n, L]) =>
  fc.array(
    fc
      .array(fc.integer({ min: -4, max: 4 }), { minLength: (n * (n + 1)) / 2, maxLength: (n * (n + 1)) / 2 })
      .map((v) => {
        const A: Mat = Array.from({ length: n }, () => new Array<number>(n).fill(0));
        let k = 0;
        for (let i = 0; i < n; i++) for (let j = i; j < n; j++) A[i][j] = A[j][i] = v[k++] / 4;
        return A;
      }),
    { minLength: L, maxLength: L },
  ),
);

/** Exactly commuting layers (a_l S + b_l S², src/linalg/random.ts): the class where eq 13 is true. */
const commutingDyadicLayers = fc
  .tuple(fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.integer({ min: 2, max: 3 }), fc.integer({ min: 2, max: 3 }))
  .map(([seed, n, L]) => randomCommuting(new Prng(seed), n, L));

/**
 * What §4.5 (and §10) call rigorously established: under A1-A3 the layered composition equals the
 * exponential of H_eff = Σ_l H^(l) once n → ∞ (eq 13). The left side has no n, so this is the
 * n = 1 error, computed to 30 digits by trotterError. A3 is made quantitative as β·L·M ≤ 1 with
 * M = max_l ‖H^(l)‖₂, as in trotter.eq12-small-beta; A1 holds with ε = the largest commutator.
 */
const rigorousLargeIsing = (layerArb: fc.Arbitrary<Mat[]>, description: string) =>
  part({
    description,
    arbitraries: () => [layerArb, fc.integer({ min: 1, max: 16 })],
    predicate: (ctx, hs, k) => {
      const m = Math.max(...hs.map((h) => finite(spectralNorm(fromRows(h)), "‖H^(l)‖₂")));
      fc.pre(m > 0);
      const beta = k / (16 * hs.length * m); // β·L·M = k/16 ≤ 1 (A3)
      const err = trotterError(hs, beta, 1, { digits: 30 }).toNumber();
      const eps = finite(commutatorMass(hs), "Σ‖[H_l, H_l']‖₂");
      ctx.record("Σ‖[H_l, H_l']‖₂ of the last layers", eps);
      expectLe("‖∏_l e^{−βH^(l)} − e^{−βΣ_l H^(l)}‖₂ under A1-A3 (β·L·M ≤ 1)", err, 0, { abs: 1e-25 }, { hs, beta });
    },
    numRuns: 20,
    budgetMs: 20_000, // generous: the shared CI machine can be heavily loaded
  });

/** Two chained layers on N ∈ [2, 4] tokens of width d ≤ 3, entries in [−1, 1] (|scores| ≤ 9·9·3/√3 < 141, ×4 after W_V doubles: no underflow). */
const twoLayerStack = (zeroScoreMap: boolean) =>
  fc.tuple(fc.integer({ min: 2, max: 4 }), fc.integer({ min: 1, max: 3 })).chain(([n, d]) => {
    const m = () => matrix(d, d, grid(-1, 1));
    return fc.record({
      x: matrix(n, d, grid(-1, 1)),
      l1: fc.record({ wq: m(), wk: m(), wv: m() }),
      l2: fc.record({
        wq: zeroScoreMap ? fc.constant(Array.from({ length: d }, () => new Array<number>(d).fill(0))) : m(),
        wk: m(),
        wv: m(),
      }),
    });
  });

/**
 * Remark 2: V of layer 1 feeds layer 2, so it enters layer 2's couplings. Changing layer 1's W_V to
 * 2·W_V must change layer 2's attention (measured by log-odds, which rounding cannot fake and a
 * dominant key cannot hide) whenever layer 2's scores are not constant along a row (the condition,
 * checked with spread ≥ 1e-6; the change is then exactly 3·spread).
 */
const vShapesNext = (
  stack: typeof stackWeights,
  inputs: fc.Arbitrary<{ x: Mat; l1: Layer; l2: Layer }>,
  inside: boolean,
) =>
  part({
    description: inside
      ? "layer 1's W_V → 2·W_V changes layer 2's attention weights (log-odds change > 1e-9) whenever layer 2's scores are not constant along a row (spread ≥ 1e-6)"
      : "the same where layer 2's score map is zero (W_Q² = 0), so its scores are constant along every row",
    arbitraries: () => [inputs],
    predicate: (ctx, { x, l1, l2 }) => {
      const z1 = selfAttention(x, l1).output;
      const s2 = attentionScores(matmul(z1, l2.wq), matmul(z1, l2.wk), 1 / Math.sqrt(shape(l2.wq)[1]));
      const spread = Math.max(...s2.map((r) => Math.max(...r) - Math.min(...r)));
      if (inside) fc.pre(spread >= 1e-6);
      const a = stack(x, [l1, l2])[1];
      const b = stack(x, [{ ...l1, wv: scale(l1.wv, 2) }, l2])[1];
      const change = maxLogOddsChange(a, b);
      ctx.record("layer-2 score spread of the last input", spread);
      expectGt("max log-odds change of layer 2's attention when layer 1's W_V doubles", change, 1e-9, 0, { x, l1, l2 });
    },
  });

/** X (N ≤ 4 tokens, width d ≤ 3) and one head's W_Q, W_K (d×d), entries in [−1, 1]; `tied` sets W_K = W_Q. */
const tokensAndQk = (tied: boolean) =>
  fc
    .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 3 }))
    .chain(([n, d]) =>
      fc
        .record({ x: matrix(n, d, grid(-1, 1)), wq: matrix(d, d, grid(-1, 1)), wk: matrix(d, d, grid(-1, 1)) })
        .map((r) => (tied ? { ...r, wk: r.wq } : r)),
    );

/** Attention weights of eq 2-3 for X, W_Q, W_K (the reference). */
const headWeights = (x: Mat, wq: Mat, wk: Mat): Mat =>
  rowSoftmax(attentionScores(matmul(x, wq), matmul(x, wk), 1 / Math.sqrt(shape(wq)[1])));

/**
 * §3.1's two readings of "rewrite attention weights as interaction terms in an Ising-like energy":
 * (P) per-query pair energies S_i J S_jᵀ, J = W_Q W_Kᵀ/√d_k, whose Boltzmann rows are the weights;
 * (G) one energy H(S) = −Σ_ij S_i J S_jᵀ that fixes the weights. H is the same for J and Jᵀ
 * (swapping W_Q and W_K), so the readings agree only if the swap leaves the weights unchanged.
 */
const rewriteReadingsAgree = (inputs: fc.Arbitrary<{ x: Mat; wq: Mat; wk: Mat }>) =>
  part({
    description:
      "§3.1: the pair-energy reading (weights = Boltzmann rows of S_i J S_jᵀ) and the energy-function reading (weights fixed by H(S) = −Σ S_i J S_jᵀ, the same for J and Jᵀ) give the same weights: swapping W_Q and W_K leaves the weights unchanged",
    arbitraries: () => [inputs],
    predicate: (_ctx, { x, wq, wk }) => {
      const diff = maxAbsDiff(headWeights(x, wq, wk), headWeights(x, wk, wq));
      expectLe("max |A(W_Q, W_K) − A(W_K, W_Q)|", diff, 1e-6, {}, { x, wq, wk });
    },
  });

const rewritePairEnergies = (weights: typeof headWeights = headWeights) =>
  part({
    description:
      "reading P: with S_i the rows of X and J = W_Q W_Kᵀ/√d_k, the scores are S_i J S_jᵀ and each attention row is the Boltzmann distribution of the pair energies −S_i J S_jᵀ",
    arbitraries: () => [tokensAndQk(false)],
    predicate: (ctx, { x, wq, wk }) => {
      const d = shape(wq)[1];
      const j = scale(matmul(wq, transpose(wk)), 1 / Math.sqrt(d));
      const pair = matmul(matmul(x, j), transpose(x)); // second road: X J Xᵀ
      const scores = attentionScores(matmul(x, wq), matmul(x, wk), 1 / Math.sqrt(d));
      const tol = 32 * EPS * (1 + maxAbs(scores)) * d * d;
      const ds = maxAbsDiff(scores, pair);
      ctx.observeRatio(ds / tol);
      expectLe("max |scores − S J Sᵀ|", ds, tol, {}, { x, wq, wk });
      const boltzmann = pair.map((r) => {
        const lz = logSumExp(r);
        return r.map((e) => Math.exp(e - lz));
      });
      expectLe(
        "max |weights − Boltzmann rows of −S_i J S_jᵀ|",
        maxAbsDiff(weights(x, wq, wk), boltzmann),
        1e-12,
        {},
        {},
      );
    },
  });

const rewriteGlobalEnergy = (inputs: fc.Arbitrary<{ x: Mat; wq: Mat; wk: Mat }>) =>
  part({
    description:
      "reading G: the weights are fixed by the energy function H(S) = −Σ_ij S_i J S_jᵀ: two heads with the same H (J and Jᵀ, i.e. W_Q and W_K swapped) give the same weights",
    arbitraries: () => [inputs],
    predicate: (_ctx, { x, wq, wk }) => {
      const d = shape(wq)[1];
      const j = scale(matmul(wq, transpose(wk)), 1 / Math.sqrt(d));
      const sum = (m: Mat) => m.reduce((a, r) => a + r.reduce((b, v) => b + v, 0), 0);
      const h = -sum(matmul(matmul(x, j), transpose(x)));
      const hSwapped = -sum(matmul(matmul(x, transpose(j)), transpose(x)));
      // The premise: the two heads have one energy function (equal up to rounding for every S).
      expectClose("H(S) for J vs for Jᵀ", h, hSwapped, { abs: 64 * EPS * (1 + Math.abs(h)) * x.length ** 2 * d }, {});
      const diff = maxAbsDiff(headWeights(x, wq, wk), headWeights(x, wk, wq));
      expectLe("max |A(W_Q, W_K) − A(W_K, W_Q)|", diff, 1e-6, {}, { x, wq, wk });
    },
  });

/**
 * Remark 1: V adds "second-order effects", the dominant part is the softmax's. Read as an ordering of
 * first-order responses: a relative change of the softmax's scores (its temperature) moves the output
 * at least as much as the same relative change of V. Heads whose attention is nearly uniform (some
 * row's score spread < 0.5) are rejected, so the softmax has a pattern to contribute.
 */
const softmaxDominates = (responses: typeof headResponses = headResponses) =>
  part({
    description:
      "Remark 1 literal: the softmax dominates and V's effects are second order: ‖∂Z/∂ln β‖ (scores scaled) ≥ ‖∂Z/∂ln|V|‖ (values scaled) for every head with non-uniform attention",
    arbitraries: () => [qkv(5, 4)],
    predicate: (ctx, { q, k, v }) => {
      const s = attentionScores(q, k, 1 / Math.sqrt(shape(q)[1]));
      const spread = finite(Math.min(...s.map((r) => Math.max(...r) - Math.min(...r))), "smallest score spread");
      fc.pre(spread >= 0.5);
      const r = responses(q, k, v);
      // Both responses scale with V: compare them in units of ‖Z‖ (the reference's), so a shrunk
      // counterexample with tiny values still shows its ratio. Z = 0 has nothing to compare.
      const z = finite(headResponses(q, k, v).value, "‖Z‖");
      fc.pre(z > 0);
      ctx.record("‖∂Z/∂ln β‖ / ‖∂Z/∂ln|V|‖ of the last head", r.scores / z);
      expectGe(
        "‖∂Z/∂ln β‖ (softmax) vs ‖∂Z/∂ln|V|‖ (values), in units of ‖Z‖",
        r.scores / z,
        r.value / z,
        { abs: 1e-9 },
        { q, k, v },
      );
    },
  });

/**
 * Remark 1: at T_c "an effectively infinite correlation length across the entire Softmax structure".
 * Whatever distance one puts between queries, a correlation length needs correlated queries; in the
 * Gibbs measure of the whole structure (softmax_row(βS) is its product of rows) two queries' key
 * choices are independent at every β. Literal: at some β on a grid over [10⁻², 10²] (the sentence's
 * T_c, wherever it is) the same-key connected correlation of queries 0 and 1 exceeds 10⁻⁶.
 */
const tcCorrelation = (corr: typeof sameKeyConnectedCorrelation = sameKeyConnectedCorrelation) =>
  part({
    description:
      "Remark 1 literal: at some inverse temperature (T_c) in [10⁻², 10²] two queries of the softmax structure are correlated: max_β |P(j_0 = j_1) − Σ_a p_0(a)p_1(a)| > 10⁻⁶",
    arbitraries: () => [
      fc
        .integer({ min: 2, max: 6 })
        .chain((n) =>
          fc.tuple(
            fc.array(grid(-3, 3), { minLength: n, maxLength: n }),
            fc.array(grid(-3, 3), { minLength: n, maxLength: n }),
          ),
        ),
    ],
    predicate: (ctx, [s0, s1]) => {
      let worst = 0;
      for (let t = 0; t <= 60; t++) worst = Math.max(worst, Math.abs(corr(s0, s1, 10 ** (-2 + t / 15))));
      ctx.record("largest |connected correlation| over β of the last pair of queries", worst);
      expectGt("max_β |connected correlation of queries 0 and 1|", worst, 1e-6, 0, { s0, s1 });
    },
  });

/** Remark 2's examples as the sentence states them: model name and layer count. */
const LAYER_EXAMPLES: ReadonlyArray<readonly [string, number]> = [
  ["BERT-base", 12],
  ["BERT-large", 24],
  ["GPT-3", 96],
];
/** The upper end of the sentence's "common" range, "between 6 and 24 layers". */
const COMMON_MAX = 24;

/**
 * "between 6 and 24 layers (and in some cases even deeper, such as 12 … 24 … or up to 96 …)": reading
 * A takes the examples as illustrating the whole remark (each stated count is the published one);
 * reading B takes them as examples of "even deeper" (each also exceeds 24). They agree on an example
 * only if both hold or both fail.
 */
const layerCountReadings = (examples: fc.Arbitrary<readonly [string, number]>) =>
  part({
    description:
      "Remark 2's layer-count examples: reading A (each stated count is the model's published count) and reading B (each is also an example of 'even deeper' than 24) agree on every example",
    arbitraries: () => [examples],
    predicate: (_ctx, [name, stated]) => {
      // A NaN count would make reading A false (NaN !== stated) and so both readings false: "agree", silently.
      const published = finite(publishedLayers(name), `published layer count of ${name}`);
      const a = published === stated;
      const b = a && published > COMMON_MAX;
      expectThat(a === b, "the readings disagree on this example", { name, stated, published });
    },
  });

const layerCountsPublished = (layers: typeof publishedLayers = publishedLayers) =>
  part({
    description:
      "reading A: each stated count (BERT-base 12, BERT-large 24, GPT-3 96) is the published count, which the published parameter total and width imply too (round((P − (V + ctx)d)/(12d²)))",
    arbitraries: () => [fc.constantFrom(...LAYER_EXAMPLES)],
    predicate: (_ctx, [name, stated]) => {
      expectEqualCounts(`published layer count of ${name}`, layers(name), stated, { name });
      const implied = impliedLayers(PUBLISHED_MODELS[name]);
      expectEqualCounts(`layer count implied by ${name}'s parameters`, Math.round(implied), stated, { implied });
    },
  });

const layerCountsAllDeeper = (examples: fc.Arbitrary<readonly [string, number]>) =>
  part({
    description: "reading B: every example the sentence gives is 'even deeper' than the common 24 layers",
    arbitraries: () => [examples],
    predicate: (_ctx, [name]) => {
      expectGt(`published layer count of ${name} vs the common maximum`, publishedLayers(name), COMMON_MAX, 0, {
        name,
      });
    },
  });

/** A one-head layer: both multi-head readings coincide there. */
const oneHeadInput = multiHeadInput(5, 1);

export const properties = [
  holds(
    "attention.row-stochastic",
    rowStochastic(),
    control(
      "every attention weight multiplied by 0.99",
      holds(
        "c",
        rowStochastic(
          mapResult(attention, (r) => ({ ...r, weights: r.weights.map((row) => row.map((x) => 0.99 * x)) })),
        ),
      ),
    ),
  ),

  holds(
    "attention.field-invisible",
    fieldInvisible(),
    control(
      "the field added to the first key's score only (an index error in the reference)",
      holds(
        "c",
        fieldInvisible((q, k, v, bias) =>
          biasedWeights(
            q,
            k,
            v,
            bias.map((r) => r.map((x, j) => (j === 0 ? x : 0))),
          ),
        ),
      ),
    ),
  ),

  holds(
    "attention.multihead-concat-vs-sum",
    concatVsSum(),
    control(
      "the per-head blocks averaged instead of summed (divided by H)",
      holds("c", concatVsSum(mapResult(multiHeadSumOfBlocks, (m, _x, heads) => scale(m, 1 / heads.length)))),
    ),
  ),

  illPosed(
    "attention.mha-readings",
    mhaReadingsAgree(),
    control("layers restricted to one head, where the readings agree", illPosed("c", mhaReadingsAgree(oneHeadInput))),
  ),

  holds(
    "attention.mha-product-of-gibbs",
    productOfGibbs(),
    control(
      "head 0's energy counted twice in the enumeration",
      holds(
        "c",
        productOfGibbs((rows, v) =>
          productGibbs(
            rows.map((r, h) => (h === 0 ? r.map((x) => 2 * x) : r)),
            v,
          ),
        ),
      ),
    ),
  ),

  holds(
    "attention.mha-shared-spins",
    sharedSpins(),
    control("layers restricted to one head: the literal statement then holds", holds("c", sharedSpins(oneHeadInput))),
  ),

  holds(
    "attention.energy-symmetric-part",
    energySymmetricPart(),
    control(
      "the lower triangle of J dropped inside the energy (an index error)",
      holds(
        "c",
        energySymmetricPart((j, s) =>
          pairEnergy(
            j.map((r, a) => r.map((x, b) => (b < a ? 0 : x))),
            s,
          ),
        ),
      ),
    ),
  ),

  holds(
    "attention.energy-determines-attention",
    energyDeterminesAttention(),
    control(
      "couplings restricted to symmetric J (J = Jᵀ): the literal statement then holds",
      holds(
        "c",
        energyDeterminesAttention(squareMatrix(5).map((j) => j.map((r, a) => r.map((x, b) => (b < a ? j[b][a] : x))))),
      ),
    ),
  ),

  holds(
    "attention.lean-row-stochastic",
    leanRowStochastic(),
    control(
      "a single query (N = 1), where one global normaliser is the row's: the literal statement then holds",
      holds("c", leanRowStochastic(qkv(5, 3).map(({ q, k, v }) => ({ q: q.slice(0, 1), k, v })))),
    ),
  ),

  holds(
    "attention.lean-global-relation",
    leanGlobalRelation(),
    control(
      "the Lean matrix's global normaliser off by 1 %",
      holds("c", leanGlobalRelation(mapResult(leanAttentionMatrix, (m) => scale(m, 0.99)))),
    ),
  ),

  illPosed(
    "attention.thesis-softmax-axis",
    softmaxAxisReadings(),
    control(
      "value rows all equal to the uniform vector (1/D, …, 1/D), where both readings give uniform rows",
      illPosed(
        "c",
        softmaxAxisReadings(qkv(5, 4).map(({ q, k, v }) => ({ q, k, v: v.map((r) => r.map(() => 1 / r.length)) }))),
      ),
    ),
  ),

  illPosed(
    "attention.thesis-scaling",
    scalingReadings(),
    control("D = 1, where √D = D√G = 1 and the three scalings coincide", illPosed("c", scalingReadings(qkv(5, 1)))),
  ),

  holds(
    "attention.scale-is-temperature",
    scaleIsTemperature(),
    control(
      "β applied squared inside the softmax (a wrong temperature convention)",
      holds(
        "c",
        scaleIsTemperature((m, b = 1) => rowSoftmax(m, b * b)),
      ),
    ),
  ),

  holds(
    "attention.value-after-mixing",
    valueAfterMixing(),
    control(
      "the output scaled by 1.01 after the mixing",
      holds("c", valueAfterMixing(mapResult(selfAttention, (r) => ({ ...r, output: scale(r.output, 1.01) })))),
    ),
  ),

  holds(
    "attention.table-2-1",
    table21(),
    control("ζ normalised over columns instead of rows", holds("c", table21(columnSoftmax))),
  ),

  conditional(
    "attention.thesis-layer-norm",
    layerNormParts(),
    control(
      "ε = 1e-2 instead of 1e-5 inside layer norm",
      conditional(
        "c",
        layerNormParts((x) => layerNorm(x, 1e-2)),
      ),
    ),
  ),

  holds(
    "attention.thesis-heads-eq-2-12",
    headsEq212(),
    control(
      "the heads averaged instead of summed (divided by H)",
      holds("c", headsEq212(mapResult(thesisMultiHeadSum, (m, _x, heads) => scale(m, 1 / heads.wq.length)))),
    ),
  ),

  conditional(
    "attention.tangent-projection",
    tangentParts(),
    control(
      "y − 2⟨x,y⟩x (a reflection) instead of the projection",
      conditional("c", tangentParts(mapResult(tangentProjection, (p, x, y) => p.map((c, i) => c - dot(x, y) * x[i])))),
    ),
  ),

  illPosed(
    "attention.layer-counts",
    layerCountReadings(fc.constantFrom(...LAYER_EXAMPLES)),
    control(
      "only the GPT-3 example (96 layers), on which both readings hold",
      illPosed("c", layerCountReadings(fc.constant(LAYER_EXAMPLES[2]))),
    ),
  ),

  holds(
    "attention.layer-counts-published",
    layerCountsPublished(),
    control(
      "a layer table off by one (every published count + 1)",
      holds(
        "c",
        layerCountsPublished((name) => publishedLayers(name) + 1),
      ),
    ),
  ),

  holds(
    "attention.layer-counts-all-deeper",
    layerCountsAllDeeper(fc.constantFrom(...LAYER_EXAMPLES)),
    control(
      "only the GPT-3 example: the literal statement then holds",
      holds("c", layerCountsAllDeeper(fc.constant(LAYER_EXAMPLES[2]))),
    ),
  ),

  holds(
    "attention.tc-infinite-correlation",
    tcCorrelation(),
    control(
      "two queries coupled by an extra energy −1·[j_0 = j_1] (no longer a product of rows): the literal statement then holds",
      holds(
        "c",
        tcCorrelation((s0, s1, b) => sameKeyConnectedCorrelation(s0, s1, b, 1)),
      ),
    ),
  ),

  holds(
    "attention.softmax-dominates-behavior",
    softmaxDominates(),
    control(
      "V's response taken at second order (0, as the sentence presupposes): the literal statement then holds",
      holds(
        "c",
        softmaxDominates((q, k, v) => ({ ...headResponses(q, k, v), value: 0 })),
      ),
    ),
  ),

  illPosed(
    "attention.rewrite-as-ising-energy",
    rewriteReadingsAgree(tokensAndQk(false)),
    control(
      "heads with W_K = W_Q (J symmetric), where both readings give the same weights",
      illPosed("c", rewriteReadingsAgree(tokensAndQk(true))),
    ),
  ),

  holds(
    "attention.rewrite-pair-energies",
    rewritePairEnergies(),
    control(
      "the weights computed with W_Q and W_K swapped (J transposed)",
      holds(
        "c",
        rewritePairEnergies((x, wq, wk) => headWeights(x, wk, wq)),
      ),
    ),
  ),

  holds(
    "attention.rewrite-global-energy",
    rewriteGlobalEnergy(tokensAndQk(false)),
    control(
      "heads with W_K = W_Q: the literal statement then holds",
      holds("c", rewriteGlobalEnergy(tokensAndQk(true))),
    ),
  ),

  conditional(
    "attention.v-shapes-next-layer-couplings",
    {
      inside: vShapesNext(stackWeights, twoLayerStack(false), true),
      boundary: vShapesNext(stackWeights, twoLayerStack(true), false),
    },
    control(
      "layer 2 wired to the stack's input X instead of layer 1's output (V bypassed)",
      conditional("c", {
        inside: vShapesNext((x, ls) => ls.map((l) => selfAttention(x, l).weights), twoLayerStack(false), true),
        boundary: vShapesNext((x, ls) => ls.map((l) => selfAttention(x, l).weights), twoLayerStack(true), false),
      }),
    ),
  ),

  holds(
    "attention.rigorous-large-ising",
    rigorousLargeIsing(
      dyadicLayers,
      "000 §4.5: the derivation rigorously establishes the layered stack as one Ising model: under A1-A3 (β·L·M ≤ 1) ∏_l e^{−βH^(l)} = e^{−βH_eff}, H_eff = Σ_l H^(l) (eq 13, to 25 digits)",
    ),
    control(
      "commuting layers, where the product is the exponential of the sum: the literal statement then holds",
      holds("c", rigorousLargeIsing(commutingDyadicLayers, "the same on commuting layers")),
    ),
  ),

  holds(
    "attention.closing-rigorous-mapping-001",
    rigorousLargeIsing(
      dyadicLayers,
      "001 §10: a rigorous mapping of the layered stack to a single effective Ising model: under A1-A3 (β·L·M ≤ 1) ∏_l e^{−βH^(l)} = e^{−βH_eff}, H_eff = Σ_l H^(l) (eq 13, to 25 digits)",
    ),
    control(
      "commuting layers, where the product is the exponential of the sum: the literal statement then holds",
      holds("c", rigorousLargeIsing(commutingDyadicLayers, "the same on commuting layers")),
    ),
  ),

  illPosed(
    "attention.encoder-decoder-modules",
    moduleReadings(fc.integer({ min: 1, max: 12 })),
    control("one layer per stack (N = 1), where both readings count 3", illPosed("c", moduleReadings(fc.constant(1)))),
  ),

  holds(
    "attention.encoder-decoder-block-types",
    blockKinds(),
    control(
      "the decoder drawn without its encoder-decoder attention block",
      holds(
        "c",
        blockKinds((n) => {
          const t = vanillaTransformer(n);
          return { ...t, decoder: { ...t.decoder, attentionBlocks: ["masked decoder self-attention"] } };
        }),
      ),
    ),
  ),
];

/**
 * A random direction v (norm > 0.1, else rejected by the predicate), a vector y in ℝ^D (D ≤ 6) and a
 * norm r ∈ [lo, hi]; {@link onSphere} rescales v to norm r.
 */
function unitAndVector(lo: number, hi: number): fc.Arbitrary<[number[], number[], number]> {
  return fc
    .integer({ min: 1, max: 6 })
    .chain((d) =>
      fc.tuple(
        fc.array(grid(-3, 3), { minLength: d, maxLength: d }),
        fc.array(grid(-3, 3), { minLength: d, maxLength: d }),
        grid(lo, hi),
      ),
    );
}

/** v rescaled to norm r (a rejected input when |v| ≤ 0.1, too short for a stable direction). */
function onSphere(v: number[], r: number): number[] {
  const n = Math.hypot(...v);
  fc.pre(n > 0.1);
  return v.map((c) => (r * c) / n);
}
