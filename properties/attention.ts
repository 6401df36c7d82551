/**
 * Attention and heads: paper 000 §3.1-3.2 eq 2-5, Remarks 1-2, §4.7 eq 16; the Lean listing's
 * `attentionMatrix` (002 §9); thesis 003 §2.2 eq 2.11-2.13, Table 2.1, App. A.1-A.2.
 */
import fc from "fast-check";
import { conditional, holds, illPosed, part } from "../src/claims/property.js";
import { expectClose, expectThat } from "../src/claims/violation.js";
import { softmax } from "../src/attention/softmax.js";
import {
  attention,
  attentionScores,
  hiddenDimensionSoftmaxAttention,
  pairEnergy,
  leanAttentionMatrix,
  multiHeadConcat,
  multiHeadSumOfBlocks,
  placeholderSum,
  rowSoftmax,
  selfAttention,
  symmetricPart,
  type HeadWeights,
} from "../src/attention/attention.js";
import { hconcat, matmul, maxAbs, maxAbsDiff, scale, shape, transpose, type Mat } from "../src/attention/matrix.js";
import { grid, matrix, qkv, squareMatrix } from "../src/attention/arbitraries.js";
import {
  layerNorm,
  tangentProjection,
  thesisMultiHeadConcat,
  thesisMultiHeadSum,
} from "../src/attention/layer-norm.js";

const EPS = Number.EPSILON;

/** Inputs of a multi-head layer: X (N×d_model), H heads of width d_h, W_O (H·d_h × d_model). */
const multiHeadInput = (maxN: number) =>
  fc
    .tuple(
      fc.integer({ min: 1, max: maxN }),
      fc.integer({ min: 1, max: 4 }),
      fc.integer({ min: 1, max: 3 }),
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

/** Per-head score rows of query 0: S^h_0j = q^h_0·k^h_j/√d_h. */
function headScoreRows(x: Mat, heads: HeadWeights[]): number[][] {
  return heads.map((h) => {
    const dh = shape(h.wq)[1];
    return attentionScores(matmul(x, h.wq), matmul(x, h.wk), 1 / Math.sqrt(dh))[0];
  });
}

/** Scale of the products in a multi-head layer, for rounding tolerances. */
function magnitude(...ms: Mat[]): number {
  return ms.reduce((s, m) => s * (1 + maxAbs(m)), 1);
}

export const properties = [
  holds(
    "attention.row-stochastic",
    part({
      description:
        "softmax(QKᵀ/√d_k) is row-stochastic and every output row Z_i = Σ_j A_ij V_j lies in the box of the value rows",
      arbitraries: ({ thorough }) => [qkv(thorough ? 32 : 8, thorough ? 16 : 6)],
      predicate: (ctx, { q, k, v }) => {
        const { weights, output } = attention(q, k, v);
        weights.forEach((row, i) => {
          const s = row.reduce((a, b) => a + b, 0);
          ctx.observeRatio(Math.abs(s - 1) / 1e-12);
          expectClose(`row ${i} sum of A`, s, 1, { abs: 1e-12 }, { q, k });
          expectThat(
            row.every((x) => x >= 0 && x <= 1),
            "an attention weight is outside [0, 1]",
            { row },
          );
        });
        const d = shape(v)[1];
        for (let c = 0; c < d; c++) {
          const col = v.map((r) => r[c]);
          const lo = Math.min(...col);
          const hi = Math.max(...col);
          const tol = 8 * v.length * EPS * (1 + Math.max(Math.abs(lo), Math.abs(hi)));
          output.forEach((r, i) =>
            expectThat(r[c] >= lo - tol && r[c] <= hi + tol, "an output coordinate leaves the range of the values", {
              i,
              c,
              z: r[c],
              lo,
              hi,
            }),
          );
        }
      },
    }),
  ),

  conditional("attention.field-invisible", {
    inside: part({
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
        const b = attention(q, k, v, { bias }).weights;
        const tol = 16 * EPS * (1 + 20 + maxAbs(attentionScores(q, k, 1)));
        const diff = maxAbsDiff(a, b);
        ctx.observeRatio(diff / tol);
        expectThat(diff <= tol, "a field term changed the attention matrix", { h, diff, tol });
      },
    }),
    boundary: part({
      description: "the same statement for a per-key field h_j (a field on the attended token): attention unchanged",
      arbitraries: () => [
        qkv(6, 4).chain((m) =>
          fc.tuple(fc.constant(m), fc.array(grid(-20, 20), { minLength: m.q.length, maxLength: m.q.length })),
        ),
      ],
      predicate: (_ctx, [{ q, k, v }, h]) => {
        const n = q.length;
        const bias = Array.from({ length: n }, () => h.slice());
        const diff = maxAbsDiff(attention(q, k, v).weights, attention(q, k, v, { bias }).weights);
        const tol = 16 * EPS * (1 + 20 + maxAbs(attentionScores(q, k, 1)));
        expectThat(diff <= tol, "a field term changed the attention matrix", { h, diff, tol });
      },
    }),
  }),

  holds(
    "attention.multihead-concat-vs-sum",
    part({
      description:
        "Concat(Z¹…Z^H)·W_O = Σ_h Z^h·W_O^(h) (row blocks of W_O), and the thesis' sum over padded placeholders equals the concatenation",
      arbitraries: ({ thorough }) => [multiHeadInput(thorough ? 16 : 5)],
      predicate: (ctx, { x, heads, wo }) => {
        const concat = multiHeadConcat(x, heads, wo);
        const summed = multiHeadSumOfBlocks(x, heads, wo);
        const tol = 64 * EPS * magnitude(x, wo) * (1 + maxAbs(x)) * heads.length * 4;
        const diff = maxAbsDiff(concat, summed);
        ctx.observeRatio(diff / tol);
        expectThat(diff <= tol, "concat·W_O differs from the sum of per-head blocks", { diff, tol });
        const outs = heads.map((h) => selfAttention(x, h).output);
        expectThat(
          maxAbsDiff(placeholderSum(outs), hconcat(outs)) === 0,
          "placeholder sum differs from concatenation",
          {},
        );
      },
    }),
  ),

  illPosed(
    "attention.mha-readings",
    part({
      description:
        "'each head an independent Ising model' with H_MHA = Σ_h H^(h): the product-space reading (each head its own keys) and the shared-keys reading (one Gibbs measure of Σ_h E^h) give the same attention for every head",
      arbitraries: () => [multiHeadInput(5)],
      predicate: (_ctx, { x, heads }) => {
        const rowsH = headScoreRows(x, heads);
        const summed = rowsH[0].map((_, j) => rowsH.reduce((s, r) => s + r[j], 0));
        const shared = softmax(summed);
        rowsH.forEach((r, h) => {
          const own = softmax(r);
          own.forEach((p, j) =>
            expectClose(
              `head ${h} weight ${j}: own vs shared-keys Gibbs`,
              p,
              shared[j],
              { abs: 1e-9 },
              { rows: rowsH },
            ),
          );
        });
      },
    }),
  ),

  holds(
    "attention.mha-product-of-gibbs",
    part({
      description:
        "the Gibbs measure of Σ_h E^h(j_h) on key tuples (j_1…j_H), enumerated, has ln Z = Σ ln Z_h, marginals = each head's softmax row, and mean of Σ_h V^h_{j_h}W_O^(h) = the multi-head output",
      arbitraries: ({ thorough }) => [multiHeadInput(thorough ? 6 : 4)],
      predicate: (ctx, { x, heads, wo }) => {
        const rowsH = headScoreRows(x, heads);
        const n = x.length;
        const hN = heads.length;
        const vProj = heads.map((h, idx) => {
          const dh = shape(h.wv)[1];
          return matmul(matmul(x, h.wv), wo.slice(idx * dh, (idx + 1) * dh));
        });
        // Enumerate all N^H tuples: weight e^{Σ_h S^h_{j_h}} (energy −Σ S).
        const total = n ** hN;
        let z = 0;
        const marg = rowsH.map(() => new Array<number>(n).fill(0));
        const mean = new Array<number>(shape(wo)[1]).fill(0);
        const m = rowsH.reduce((s, r) => s + Math.max(...r), 0);
        for (let t = 0; t < total; t++) {
          let rest = t;
          const js: number[] = [];
          let e = 0;
          for (let h = 0; h < hN; h++) {
            js.push(rest % n);
            rest = Math.floor(rest / n);
            e += rowsH[h][js[h]];
          }
          const w = Math.exp(e - m);
          z += w;
          js.forEach((j, h) => (marg[h][j] += w));
          for (let c = 0; c < mean.length; c++) for (let h = 0; h < hN; h++) mean[c] += w * vProj[h][js[h]][c];
        }
        const lnZ = m + Math.log(z);
        const sumLnZ = rowsH.reduce((s, r) => {
          const mx = Math.max(...r);
          return s + mx + Math.log(r.reduce((a, b) => a + Math.exp(b - mx), 0));
        }, 0);
        expectClose("ln Z of the product system vs Σ_h ln Z_h", lnZ, sumLnZ, { abs: 1e-12, rel: 1e-12 }, {});
        rowsH.forEach((r, h) => {
          const own = softmax(r);
          own.forEach((p, j) =>
            expectClose(`marginal of head ${h} at key ${j}`, marg[h][j] / z, p, { abs: 1e-12 }, {}),
          );
        });
        const mha = multiHeadConcat(x, heads, wo)[0];
        const tol = 1e-12 * magnitude(x, wo) * (1 + maxAbs(x)) * hN * 8;
        mha.forEach((y, c) => {
          ctx.observeRatio(Math.abs(mean[c] / z - y) / tol);
          expectClose(`mean output coordinate ${c}`, mean[c] / z, y, { abs: tol }, {});
        });
      },
      numRuns: 60,
    }),
  ),

  holds(
    "attention.mha-shared-spins",
    part({
      description:
        "literal shared-spin reading: the attention of the multi-head layer (the average of the heads' rows) is the Boltzmann distribution of H_MHA = Σ_h H^(h) over one set of keys",
      arbitraries: () => [multiHeadInput(5)],
      predicate: (_ctx, { x, heads }) => {
        const rowsH = headScoreRows(x, heads);
        const summed = rowsH[0].map((_, j) => rowsH.reduce((s, r) => s + r[j], 0));
        const gibbs = softmax(summed);
        const avg = rowsH[0].map((_, j) => rowsH.reduce((s, r) => s + softmax(r)[j], 0) / rowsH.length);
        avg.forEach((p, j) =>
          expectClose(`key ${j}: mean head weight vs Gibbs of Σ_h H^h`, p, gibbs[j], { abs: 1e-9 }, { rows: rowsH }),
        );
      },
    }),
  ),

  holds(
    "attention.energy-symmetric-part",
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
        const e = pairEnergy(j, s);
        const es = pairEnergy(symmetricPart(j), s);
        const odd = j.map((r, a) => r.map((x, b) => (x - j[b][a]) / 2));
        expectThat(e === es, "the energy of J differs from that of its symmetric part", { J: j, s, e, es });
        expectThat(pairEnergy(odd, s) === 0, "the antisymmetric part has non-zero energy", { J: j, s });
      },
    }),
  ),

  holds(
    "attention.energy-determines-attention",
    part({
      description:
        "literal: two coupling matrices with the same Ising energy function (−Σ J_ij s_i s_j for all s) give the same attention matrix softmax_row(J)",
      arbitraries: () => [squareMatrix(5)],
      predicate: (_ctx, j) => {
        // J and Jᵀ have the same symmetric part, hence the same energy for every spin configuration.
        const a = rowSoftmax(j);
        const b = rowSoftmax(transpose(j));
        const diff = maxAbsDiff(a, b);
        expectThat(diff <= 1e-12, "same energy, different attention", { J: j, diff });
      },
    }),
  ),

  holds(
    "attention.lean-row-stochastic",
    part({
      description:
        "literal: the Lean attentionMatrix (exp(scores i j) / Σ_{i,j} exp(scores i j)) equals the row softmax of eq 3",
      arbitraries: () => [qkv(5, 3), grid(0.1, 3)],
      predicate: (_ctx, { q, k }, beta) => {
        const lean = leanAttentionMatrix(q, k, beta);
        const row = rowSoftmax(attentionScores(q, k, beta));
        const diff = maxAbsDiff(lean, row);
        expectThat(diff <= 1e-12, "the Lean attentionMatrix is not the row softmax", {
          q,
          k,
          beta,
          diff,
          rowSums: lean.map((r) => r.reduce((a, b) => a + b, 0)),
        });
      },
    }),
  ),

  holds(
    "attention.lean-global-relation",
    part({
      description:
        "Lean(i,j) = rowSoftmax(i,j)·Z_i/Z: its entries sum to 1 over all (i, j), and each row renormalised is the row softmax",
      arbitraries: ({ thorough }) => [qkv(thorough ? 16 : 6, 4), grid(0.1, 3)],
      predicate: (ctx, { q, k }, beta) => {
        const s = attentionScores(q, k, beta);
        const lean = leanAttentionMatrix(q, k, beta);
        const row = rowSoftmax(s);
        const n = q.length;
        // Row shares Z_i/Z from per-row log-sum-exps (a different road from the global max shift).
        const lz = s.map((r) => {
          const m = Math.max(...r);
          return m + Math.log(r.reduce((a, b) => a + Math.exp(b - m), 0));
        });
        const lzMax = Math.max(...lz);
        const zTot = lz.reduce((a, b) => a + Math.exp(b - lzMax), 0);
        let total = 0;
        for (let i = 0; i < n; i++) {
          const share = Math.exp(lz[i] - lzMax) / zTot;
          const rs = lean[i].reduce((a, b) => a + b, 0);
          total += rs;
          for (let j = 0; j < n; j++) {
            const tol = 64 * n * EPS * (1 + maxAbs(s)) * Math.max(lean[i][j], 1e-300);
            ctx.observeRatio(Math.abs(lean[i][j] - row[i][j] * share) / tol);
            expectClose(
              `Lean(${i},${j}) vs row softmax · Z_i/Z`,
              lean[i][j],
              row[i][j] * share,
              { abs: 1e-300, rel: 64 * n * EPS * (1 + maxAbs(s)) },
              {},
            );
            if (rs > 1e-200) expectClose(`renormalised Lean row ${i}`, lean[i][j] / rs, row[i][j], { abs: 1e-12 }, {});
          }
        }
        expectClose("sum of all Lean entries", total, 1, { abs: 1e-12 }, {});
      },
    }),
  ),

  illPosed(
    "attention.thesis-softmax-axis",
    part({
      description:
        "003 §2.2: the softmax over keys (eq 2.11) and the softmax 'over hidden dimensions' of each token (text) give the same attention output",
      arbitraries: () => [qkv(5, 4)],
      predicate: (_ctx, { q, k, v }) => {
        const overKeys = attention(q, k, v).output;
        const overHidden = hiddenDimensionSoftmaxAttention(q, k, v);
        const diff = maxAbsDiff(overKeys, overHidden);
        expectThat(diff <= 1e-9, "softmax over keys and over hidden dimensions disagree", { q, k, v, diff });
      },
    }),
  ),

  illPosed(
    "attention.thesis-scaling",
    part({
      description:
        "003: eq 2.11 (QKᵀ/√D), eq 2.13 (no scale) and eq A.1.1 (1/(D√G), G = D) give the same attention matrix",
      arbitraries: () => [qkv(5, 4)],
      predicate: (_ctx, { q, k }) => {
        const d = shape(q)[1];
        const s = attentionScores(q, k, 1);
        const a211 = rowSoftmax(scale(s, 1 / Math.sqrt(d)));
        const a213 = rowSoftmax(s);
        const aA11 = rowSoftmax(scale(s, 1 / (d * Math.sqrt(d))));
        const diff = Math.max(maxAbsDiff(a211, a213), maxAbsDiff(a211, aA11));
        expectThat(diff <= 1e-9, "the thesis' scalings give different attention", { q, k, diff });
      },
    }),
  ),

  holds(
    "attention.scale-is-temperature",
    part({
      description: "ζ(c·QKᵀ) = softmax at β = c of QKᵀ: dropping 1/√D equals running eq 2.11 at β = √D",
      arbitraries: ({ thorough }) => [qkv(thorough ? 16 : 6, 8)],
      predicate: (ctx, { q, k }) => {
        const d = shape(q)[1];
        const s = attentionScores(q, k, 1 / Math.sqrt(d));
        const unscaled = rowSoftmax(attentionScores(q, k, 1));
        const hot = rowSoftmax(s, Math.sqrt(d));
        const tol = 32 * EPS * (1 + maxAbs(attentionScores(q, k, 1)));
        const diff = maxAbsDiff(unscaled, hot);
        ctx.observeRatio(diff / tol);
        expectThat(diff <= tol, "ζ(QKᵀ) differs from softmax_{β=√D}(QKᵀ/√D)", { diff, tol });
      },
    }),
  ),

  holds(
    "attention.value-after-mixing",
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
        const r1 = selfAttention(x, { wq, wk, wv });
        const r2 = selfAttention(x, { wq, wk, wv: wv2 });
        expectThat(maxAbsDiff(r1.weights, r2.weights) === 0, "the attention weights depend on W_V", {});
        const mixedFirst = matmul(matmul(r1.weights, x), wv);
        const tol = 32 * x.length * EPS * magnitude(x, wv);
        const diff = maxAbsDiff(r1.output, mixedFirst);
        ctx.observeRatio(diff / tol);
        expectThat(diff <= tol, "A(XW_V) ≠ (AX)W_V", { diff, tol });
      },
    }),
  ),

  holds(
    "attention.table-2-1",
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
        const jm = rowSoftmax(matmul(matmul(matmul(x, wq), transpose(wk)), transpose(x)));
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
            const tol = 16 * n * EPS * magnitude(x, wv);
            ctx.observeRatio(Math.abs(f[i][c] - h) / tol);
            expectClose(`f(x)_${i},${c} vs x_i + Σ J_ij s_j`, f[i][c], h, { abs: tol }, {});
          }
        }
        ctx.record("largest |J_ij − J_ji| seen", asym);
      },
    }),
  ),
  conditional("attention.thesis-layer-norm", {
    inside: part({
      description:
        "layer norm (ε = 1e-5) gives every token mean 0 (1e-12) and standard deviation 1 (1e-3) when the token's variance is ≥ 0.01",
      arbitraries: ({ thorough }) => [
        fc
          .tuple(fc.integer({ min: 1, max: thorough ? 16 : 6 }), fc.integer({ min: 2, max: 16 }))
          .chain(([n, d]) => matrix(n, d))
          .filter((x) => x.every((r) => variance(r) >= 0.01)),
      ],
      predicate: (ctx, x) => {
        layerNorm(x).forEach((r, i) => {
          const m = r.reduce((a, b) => a + b, 0) / r.length;
          expectClose(`mean of token ${i}`, m, 0, { abs: 1e-12 }, { x: x[i] });
          const sd = Math.sqrt(variance(r));
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
        const r = layerNorm(x)[0];
        expectClose("deviation of a constant token", Math.sqrt(variance(r)), 1, { abs: 1e-3 }, { x: x[0] });
      },
    }),
  }),

  holds(
    "attention.thesis-heads-eq-2-12",
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
        const summed = thesisMultiHeadSum(x, { wq, wk, wv });
        const concat = thesisMultiHeadConcat(x, { wq, wk, wv });
        const tol = 32 * x.length * x[0].length * EPS * magnitude(x, wv) * (1 + maxAbs(x));
        const diff = maxAbsDiff(summed, concat);
        ctx.observeRatio(diff / tol);
        expectThat(diff <= tol, "eq 2.12's projected sum differs from concatenating the heads", { diff, tol });
      },
    }),
  ),

  conditional("attention.tangent-projection", {
    inside: part({
      description: "for |x| = 1, P⊥_x y = y − ⟨x,y⟩x is orthogonal to x and idempotent (a projection onto T_x S^{D−1})",
      arbitraries: () => [unitAndVector(1, 1)],
      predicate: (ctx, [x, y]) => {
        const p = tangentProjection(x, y);
        const dot = x.reduce((s, v, i) => s + v * p[i], 0);
        const tol = 16 * x.length * EPS * (1 + Math.hypot(...y));
        ctx.observeRatio(Math.abs(dot) / tol);
        expectThat(Math.abs(dot) <= tol, "P⊥_x y is not orthogonal to x", { x, y, dot });
        const pp = tangentProjection(x, p);
        p.forEach((v, i) => expectClose(`P⊥P⊥ y, component ${i}`, pp[i], v, { abs: tol }, { x, y }));
      },
    }),
    boundary: part({
      description: "the same for |x| ∈ [1.1, 3] (x off the unit sphere)",
      arbitraries: () => [unitAndVector(1.1, 3)],
      predicate: (_ctx, [x, y]) => {
        const p = tangentProjection(x, y);
        const dot = x.reduce((s, v, i) => s + v * p[i], 0);
        expectThat(Math.abs(dot) <= 16 * x.length * EPS * (1 + Math.hypot(...y)), "P⊥_x y is not orthogonal to x", {
          x,
          y,
          dot,
        });
      },
    }),
  }),
];

/** Population variance of a vector. */
function variance(r: number[]): number {
  const m = r.reduce((a, b) => a + b, 0) / r.length;
  return r.reduce((a, b) => a + (b - m) ** 2, 0) / r.length;
}

/** A vector x of norm in [lo, hi] (a random direction rescaled) and a vector y, in ℝ^D, D ≤ 6. */
function unitAndVector(lo: number, hi: number): fc.Arbitrary<[number[], number[]]> {
  return fc
    .integer({ min: 1, max: 6 })
    .chain((d) =>
      fc.tuple(
        fc.array(grid(-3, 3), { minLength: d, maxLength: d }).filter((v) => Math.hypot(...v) > 0.1),
        fc.array(grid(-3, 3), { minLength: d, maxLength: d }),
        grid(lo, hi),
      ),
    )
    .map(([v, y, r]) => {
      const n = Math.hypot(...v);
      return [v.map((c) => (r * c) / n), y] as [number[], number[]];
    });
}
