/**
 * The Trotter–Suzuki argument of paper 000 §4.2-§4.5 (eq 8-13, A1-A3, the §4.4 free energy) and
 * the Lean TrotterSuzuki theorem of 002 §9, checked in decimal / bigint arithmetic.
 *
 * Inputs are symmetric matrices with dyadic entries k/4, |k| ≤ 4 (exact in float64 and decimal),
 * so both sides of every comparison are computed from the same exact numbers, and shrinking moves
 * towards small integers. Every error is a spectral norm computed to 30 significant digits by
 * `trotterError`; every bound is evaluated in decimal at 30 digits, so rounding cannot decide a
 * comparison whose sides differ in the 25th digit.
 */
import fc from "fast-check";
import type { Decimal } from "decimal.js";
import { conditional, holds, illPosed, once, part } from "../src/claims/property.js";
import { expectThat } from "../src/claims/violation.js";
import { trotterError } from "../src/precision/trotter.js";
import { expm } from "../src/precision/expm.js";
import {
  assumptionConstants,
  bchLeadingTerm,
  firstOrderBound,
  firstOrderBounds,
  fitOrder,
  trotterFreeEnergies,
} from "../src/precision/trotter-bounds.js";
import {
  decimalContext,
  dmul,
  dspectralNorm,
  toDecimalMatrix,
  daxpy,
  rowsOf,
} from "../src/precision/decimal-matrix.js";
import { trotterErrorFloat } from "../src/linalg/trotter-float.js";
import * as matrix64 from "../src/linalg/matrix.js";
import { isingDiagonal, randomCommuting, randomSymmetric } from "../src/linalg/random.js";
import { Prng } from "../src/random/prng.js";

type Mat = number[][];
const DIGITS = 30;
const D = decimalContext(DIGITS);

/** A symmetric n×n matrix with entries k/4, |k| ≤ maxK. */
const symmetric = (n: number, maxK = 4) =>
  fc
    .array(fc.integer({ min: -maxK, max: maxK }), { minLength: (n * (n + 1)) / 2, maxLength: (n * (n + 1)) / 2 })
    .map((v) => {
      const A: Mat = Array.from({ length: n }, () => new Array<number>(n).fill(0));
      let k = 0;
      for (let i = 0; i < n; i++) for (let j = i; j < n; j++) A[i][j] = A[j][i] = v[k++] / 4;
      return A;
    });

/** L layers of n×n symmetric matrices, L ∈ [minL, maxL], n ∈ [2, maxDim]. */
const layers = (minL: number, maxL: number, maxDim: number) =>
  fc
    .tuple(fc.integer({ min: 2, max: maxDim }), fc.integer({ min: minL, max: maxL }))
    .chain(([n, L]) => fc.array(symmetric(n), { minLength: L, maxLength: L }));

function commutatorMass(Hs: Mat[]): number {
  // Exact in float64 for these dyadic entries (k/4): Σ_{l<l'} Σ_ij |[H_l, H_l']_ij|.
  let s = 0;
  for (let a = 0; a < Hs.length; a++)
    for (let b = a + 1; b < Hs.length; b++)
      for (const c of matrix64.commutator(matrix64.fromRows(Hs[a]), matrix64.fromRows(Hs[b])).data) s += Math.abs(c);
  return s;
}

/** ∏_l e^{−βH_l} in `digits`-digit decimals, each factor by the high-precision `expm`. */
function layerExponentialProduct(Hs: Mat[], beta: number, digits: number, C: typeof Decimal) {
  return Hs.map((H) =>
    toDecimalMatrix(
      expm(
        H.map((r) => r.map((x) => -beta * x)),
        { digits },
      ),
      C,
    ),
  ).reduce((X, Y) => dmul(X, Y, C));
}

/** −βΣ_l H_l in float64, summed layer by layer. */
function minusBetaSum(Hs: Mat[], beta: number): Mat {
  return Hs.reduce(
    (acc, H) => acc.map((r, i) => r.map((x, j) => x - beta * H[i][j])),
    Hs[0].map((r) => r.map(() => 0)),
  );
}

/** Layers that do not all commute (ε > 0). */
const nonCommuting = (minL: number, maxL: number, maxDim: number) =>
  layers(minL, maxL, maxDim).filter((Hs) => commutatorMass(Hs) > 0);

/** β = k/16 ∈ (0, max]. */
const betaArb = (max: number) => fc.integer({ min: 1, max: Math.round(16 * max) }).map((k) => k / 16);

const minus = (A: Mat): Mat => A.map((r) => r.map((x) => -x));

/**
 * The family on which a β-, L-, M-independent constant fails: H₁ = M·diag(1, −1), H₂ = δ·X with
 * δ = 1/4 and M = 1, so ε = ‖[H₁, H₂]‖ = 2Mδ and the error grows like e^{βM} while β²L²ε/n does
 * not. t = βLM is the parameter; β = t/(LM).
 */
function growthFamily(t: number): { Hs: Mat[]; beta: number } {
  return {
    Hs: [
      [
        [1, 0],
        [0, -1],
      ],
      [
        [0, 0.25],
        [0.25, 0],
      ],
    ],
    beta: t / 2,
  };
}

/**
 * A "quantum" reading of eq 6 for N spins: the same couplings, with the spin operators of layer l
 * taken along z for even l and along x for odd l (σ^z_i σ^z_j vs σ^x_i σ^x_j), so that layers fail
 * to commute as §4.2-§4.3 assume. Returns the 2^N × 2^N matrix.
 */
function pauliIsing(J: Mat, h: number, axis: "z" | "x"): Mat {
  const N = J.length;
  const dim = 2 ** N;
  const H: Mat = Array.from({ length: dim }, () => new Array<number>(dim).fill(0));
  // In the z basis σ^z_i is diagonal (±1); σ^x_i flips bit i. For the x axis conjugate by the
  // Hadamard transform: H_x = W H_z W with W = ⊗ Hadamard, computed entrywise as W D W.
  const Hz = isingDiagonal(J, h);
  if (axis === "z") return Hz;
  const w = (a: number, b: number) => {
    let bits = a & b;
    let parity = 0;
    while (bits) {
      parity ^= bits & 1;
      bits >>= 1;
    }
    return (parity ? -1 : 1) / Math.sqrt(dim);
  };
  for (let a = 0; a < dim; a++)
    for (let b = 0; b < dim; b++) {
      let s = 0;
      for (let k = 0; k < dim; k++) s += w(a, k) * Hz[k][k] * w(k, b);
      H[a][b] = s;
    }
  return H;
}

export const properties = [
  illPosed(
    "trotter.layers-classical-or-quantum",
    part({
      description:
        "the two readings of the layers agree on the Trotter error ‖∏e^{−βH_l} − e^{−βΣH}‖: classical (eq 6 energies, diagonal, as §4.5 Remark 4 says) and non-commuting (the same couplings along alternating spin axes, as §4.2-§4.3 assume)",
      arbitraries: () => [
        fc.integer({ min: 2, max: 3 }).chain((N) =>
          fc.array(
            fc.tuple(
              symmetric(N, 4),
              fc.integer({ min: -4, max: 4 }).map((k) => k / 4),
            ),
            { minLength: 2, maxLength: 3 },
          ),
        ),
        betaArb(1),
      ],
      predicate: (_ctx, layersJh, beta) => {
        const classical = layersJh.map(([J, h]) => isingDiagonal(J, h));
        const quantum = layersJh.map(([J, h], l) => pauliIsing(J, h, l % 2 === 0 ? "z" : "x"));
        const a = trotterErrorFloat(classical, beta, 1, 1);
        const b = trotterErrorFloat(quantum, beta, 1, 1);
        expectThat(
          Math.abs(a - b) <= 1e-9,
          "the classical and the non-commuting readings give different Trotter errors",
          {
            layersJh,
            beta,
            classical: a,
            quantum: b,
          },
        );
      },
      numRuns: 30,
      budgetMs: 20_000, // generous: the shared CI machine can be heavily loaded
    }),
  ),

  holds(
    "trotter.eq10-matrices",
    part({
      description:
        "for real matrices A, B (not only symmetric) and n ≤ 4096: ‖(e^{A/n}e^{B/n})^n − e^{A+B}‖₂ ≤ ‖[A,B]‖₂ e^{‖A‖₂+‖B‖₂}/(2n)",
      arbitraries: ({ thorough }) => [
        fc.integer({ min: 2, max: thorough ? 4 : 3 }).chain((n) =>
          fc.tuple(
            fc.array(
              fc.array(
                fc.integer({ min: -4, max: 4 }).map((k) => k / 4),
                { minLength: n, maxLength: n },
              ),
              { minLength: n, maxLength: n },
            ),
            fc.array(
              fc.array(
                fc.integer({ min: -4, max: 4 }).map((k) => k / 4),
                { minLength: n, maxLength: n },
              ),
              { minLength: n, maxLength: n },
            ),
          ),
        ),
        fc.integer({ min: 1, max: 4096 }),
      ],
      predicate: (ctx, [A, B], n) => {
        // e^{A/n} = e^{−β(−A)/n} with β = 1.
        const err = new D(String(trotterError([minus(A), minus(B)], 1, n, { digits: DIGITS })));
        const bound = firstOrderBound([A, B], 1, n, DIGITS);
        if (bound.gt(0)) ctx.observeRatio(err.div(bound).toNumber());
        expectThat(err.lte(bound), "Lie product error exceeds ‖[A,B]‖e^{‖A‖+‖B‖}/(2n)", {
          A,
          B,
          n,
          error: err.toString(),
          bound: bound.toString(),
        });
      },
      numRuns: 25,
      thoroughRuns: 300,
      budgetMs: 20_000,
    }),
  ),

  holds(
    "trotter.eq10-rate",
    once(
      "the fitted order of the Lie product error over n = 2^6 … 2^11 is 1 (within 0.05), for Pauli X, Z and four random symmetric pairs; the float road agrees at n = 64",
      (ctx) => {
        const prng = new Prng(20240301);
        const pairs: Mat[][] = [
          [
            [
              [0, 1],
              [1, 0],
            ],
            [
              [1, 0],
              [0, -1],
            ],
          ],
          ...Array.from({ length: ctx.thorough ? 12 : 3 }, (_, i) => [
            randomSymmetric(prng.split(2 * i), 3, 0.5),
            randomSymmetric(prng.split(2 * i + 1), 3, 0.5),
          ]),
        ];
        const ns = [64, 128, 256, 512, 1024, 2048];
        const orders: number[] = [];
        for (const Hs of pairs) {
          const errs = ns.map((n) => trotterError(Hs, 1, n, { digits: 20 }));
          const fl = trotterErrorFloat(Hs, 1, 64, 1);
          expectThat(
            Math.abs(fl - Number(errs[0])) <= 1e-10 * Number(errs[0]) + 1e-14,
            "decimal and float Trotter errors disagree",
            {
              Hs,
              float: fl,
              decimal: String(errs[0]),
            },
          );
          orders.push(fitOrder(ns, errs));
        }
        ctx.record("order", orders.reduce((a, b) => a + b) / orders.length);
        ctx.record(
          "orders",
          orders.map((o) => Number(o.toFixed(4))),
        );
        expectThat(
          orders.every((o) => Math.abs(o - 1) <= 0.05),
          "a fitted Lie–Trotter order is not 1",
          { orders },
        );
      },
      // A deterministic computation of ≈ 1 s; the budget only guards against a runaway on a loaded machine.
      { budgetMs: 30_000 },
    ),
  ),

  holds(
    "trotter.eq11-leading-order",
    part({
      description:
        "with ℰ₂ = (β²/2)Σ_{l<l'}[H_l,H_l'], ‖∏e^{−βH_l} − e^{−βΣH+ℰ₂}‖ has fitted order ≥ 2.8 in β over β = 2^-5 … 2^-8, while without ℰ₂ the order is 2 (within 0.1)",
      arbitraries: ({ thorough }) => [nonCommuting(2, thorough ? 4 : 3, thorough ? 4 : 3)],
      predicate: (ctx, Hs) => {
        const betas = [1 / 32, 1 / 64, 1 / 128, 1 / 256];
        const C = decimalContext(45);
        const corrected: Decimal[] = [];
        const plain: Decimal[] = [];
        for (const beta of betas) {
          const P = layerExponentialProduct(Hs, beta, 45, C);
          const S = minusBetaSum(Hs, beta);
          const E2 = bchLeadingTerm(Hs, beta, 45);
          const Sc = daxpy(toDecimalMatrix(S, C), 1, E2, C);
          const withE = toDecimalMatrix(expm(rowsOf(Sc), { digits: 45 }), C);
          const without = toDecimalMatrix(expm(S, { digits: 45 }), C);
          corrected.push(dspectralNorm(daxpy(P, -1, withE, C), C));
          plain.push(dspectralNorm(daxpy(P, -1, without, C), C));
        }
        const inv = betas.map((b) => 1 / b);
        const orderPlain = fitOrder(inv, plain);
        // A residual at the rounding floor means ℰ₂ is exact to all digits: order "∞".
        const orderCorrected = corrected.every((r) => r.gt(new D(10).pow(-38))) ? fitOrder(inv, corrected) : Infinity;
        ctx.record("orderWithoutE2", orderPlain);
        ctx.record("orderWithE2", orderCorrected);
        // ℰ is of order exactly β² unless the pair-commutator sum Σ_{l<l'}[H_l,H_l'] vanishes (possible
        // for L ≥ 3 with non-commuting layers), in which case it is O(β³) or smaller.
        const leadingVanishes = bchLeadingTerm(Hs, 1, 20).data.every((x) => x.isZero());
        ctx.record("leadingTermVanishes", leadingVanishes);
        if (leadingVanishes)
          expectThat(orderPlain >= 2.8, "ℰ is not O(β³) although Σ[H_l,H_l'] = 0", { Hs, orderPlain });
        else expectThat(Math.abs(orderPlain - 2) <= 0.1, "the error exponent is not of order β²", { Hs, orderPlain });
        expectThat(orderCorrected >= 2.8, "ℰ − (β²/2)Σ[H_l,H_l'] is not O(β³)", { Hs, orderCorrected });
      },
      numRuns: 8,
      thoroughRuns: 60,
      budgetMs: 20_000,
    }),
  ),

  holds(
    "trotter.eq12-literal",
    part({
      description:
        "literal eq 12: ‖∏_l e^{−βH_l} − e^{−βΣH}‖₂ ≤ C β² L² ε / n for a candidate constant C ∈ {1, 10, …, 10^6}, every n ≤ 2^40",
      arbitraries: () => [
        nonCommuting(2, 3, 3),
        betaArb(2),
        fc.integer({ min: 1, max: 2 ** 40 }),
        fc.integer({ min: 0, max: 6 }).map((k) => 10 ** k),
      ],
      predicate: (ctx, Hs, beta, n, C) => {
        // The left side has no n: it is the n = 1 product.
        const lhs = new D(String(trotterError(Hs, beta, 1, { digits: DIGITS })));
        const { epsilon } = assumptionConstants(Hs, DIGITS);
        const rhs = new D(C)
          .times(beta * beta)
          .times(Hs.length ** 2)
          .times(epsilon)
          .div(n);
        if (rhs.gt(0)) ctx.observeRatio(lhs.div(rhs).toNumber());
        expectThat(lhs.lte(rhs), "the n-free left side exceeds C β² L² ε / n", {
          Hs,
          beta,
          n,
          C,
          lhs: lhs.toString(),
          rhs: rhs.toString(),
        });
      },
      numRuns: 30,
      budgetMs: 20_000, // generous: the shared CI machine can be heavily loaded
    }),
  ),

  holds(
    "trotter.eq12-split-bound",
    part({
      description:
        "‖(∏_l e^{−βH_l/n})^n − e^{−βΣH}‖₂ ≤ (β²/2n)Σ_{l<l'}‖[H_l,H_l']‖₂e^{βΣ‖H_l‖₂} ≤ β²L(L−1)εe^{βLM}/(4n), L ≤ 4, β ≤ 3, n ≤ 2^12",
      arbitraries: ({ thorough }) => [
        layers(2, thorough ? 5 : 4, thorough ? 4 : 3),
        betaArb(3),
        fc.integer({ min: 1, max: 4096 }),
      ],
      predicate: (ctx, Hs, beta, n) => {
        const err = new D(String(trotterError(Hs, beta, n, { digits: DIGITS })));
        const { sharp, a1a2 } = firstOrderBounds(Hs, beta, n, DIGITS);
        if (sharp.gt(0)) ctx.observeRatio(err.div(sharp).toNumber());
        expectThat(err.lte(sharp), "error exceeds (β²/2n)Σ‖[H_l,H_l']‖e^{βΣ‖H_l‖}", {
          Hs,
          beta,
          n,
          error: err.toString(),
          bound: sharp.toString(),
        });
        expectThat(sharp.lte(a1a2.times(new D(1).plus("1e-25"))), "the A1-A2 form is not weaker than the sharp form", {
          Hs,
          beta,
          n,
          sharp: sharp.toString(),
          a1a2: a1a2.toString(),
        });
      },
      classify: (Hs) => (commutatorMass(Hs) === 0 ? "commuting" : `L=${Hs.length}`),
      numRuns: 20,
      thoroughRuns: 400,
      budgetMs: 20_000,
    }),
  ),

  conditional("trotter.eq12-small-beta", {
    inside: part({
      description: "under A1-A2 and A3 read as βLM ≤ 1, eq 12 holds with C = e/4 for every n ≤ 2^12",
      arbitraries: () => [layers(2, 4, 3), fc.integer({ min: 1, max: 64 }), fc.integer({ min: 1, max: 4096 })],
      predicate: (ctx, Hs, k, n) => {
        const { epsilon, M } = assumptionConstants(Hs, DIGITS);
        fc.pre(M.gt(0));
        // β = (k/64)/(LM): βLM = k/64 ≤ 1.
        const L = Hs.length;
        const beta = new D(k).div(64).div(M.times(L));
        const err = new D(String(trotterError(Hs, beta, n, { digits: DIGITS })));
        const rhs = new D(1)
          .exp()
          .div(4)
          .times(beta.pow(2))
          .times(L * L)
          .times(epsilon)
          .div(n);
        if (rhs.gt(0)) ctx.observeRatio(err.div(rhs).toNumber());
        expectThat(err.lte(rhs), "eq 12 with C = e/4 fails although βLM ≤ 1", {
          Hs,
          beta: beta.toString(),
          n,
          err: err.toString(),
          rhs: rhs.toString(),
        });
      },
      numRuns: 20,
      budgetMs: 20_000, // generous: the shared CI machine can be heavily loaded
    }),
    boundary: part({
      description: "dropping A3 (βLM ∈ (1, 40]) on H₁ = diag(1,−1), H₂ = X/4, C = e/4 fails",
      arbitraries: () => [fc.integer({ min: 17, max: 640 }).map((k) => k / 16), fc.integer({ min: 1, max: 64 })],
      predicate: (ctx, t, n) => {
        const { Hs, beta } = growthFamily(t);
        const { epsilon } = assumptionConstants(Hs, DIGITS);
        const err = new D(String(trotterError(Hs, beta, n, { digits: DIGITS })));
        const rhs = new D(1)
          .exp()
          .div(4)
          .times(beta * beta)
          .times(4)
          .times(epsilon)
          .div(n);
        // Recorded, not observed: the worst ratio of the entry should describe the inside part.
        ctx.record("boundaryRatio", err.div(rhs).toNumber());
        expectThat(err.lte(rhs), "eq 12 with C = e/4 fails once βLM > 1", {
          t,
          beta,
          n,
          err: err.toString(),
          rhs: rhs.toString(),
        });
      },
      numRuns: 15,
      budgetMs: 20_000, // generous: the shared CI machine can be heavily loaded
    }),
  }),

  holds(
    "trotter.eq12-uniform-constant",
    part({
      description:
        "eq 12 with one constant C = 10^3 for all β, L, M: tried on H₁ = diag(1,−1), H₂ = X/4 with βLM ≤ 60, n ≤ 64",
      arbitraries: () => [fc.integer({ min: 1, max: 960 }).map((k) => k / 16), fc.integer({ min: 1, max: 64 })],
      predicate: (ctx, t, n) => {
        const { Hs, beta } = growthFamily(t);
        const { epsilon } = assumptionConstants(Hs, DIGITS);
        const err = new D(String(trotterError(Hs, beta, n, { digits: DIGITS })));
        const rhs = new D(1000)
          .times(beta * beta)
          .times(4)
          .times(epsilon)
          .div(n);
        ctx.observeRatio(err.div(rhs).toNumber());
        expectThat(err.lte(rhs), "no β-, L-, M-independent constant: C = 1000 fails", {
          t,
          beta,
          n,
          err: err.toString(),
          rhs: rhs.toString(),
        });
      },
      numRuns: 40,
      budgetMs: 20_000, // generous: the shared CI machine can be heavily loaded
    }),
  ),

  holds(
    "trotter.eq13-literal",
    part({
      description: "literal eq 13: ∏_l e^{−βH_l} = e^{−βΣH} (to 25 digits) for all symmetric layers and β > 0",
      arbitraries: () => [layers(2, 3, 3), betaArb(2)],
      predicate: (_ctx, Hs, beta) => {
        const err = new D(String(trotterError(Hs, beta, 1, { digits: DIGITS })));
        expectThat(err.lte("1e-25"), "the product of layer exponentials is not the exponential of the sum", {
          Hs,
          beta,
          error: err.toString(),
        });
      },
      numRuns: 30,
      budgetMs: 20_000, // generous: the shared CI machine can be heavily loaded
    }),
  ),

  holds(
    "trotter.lie-product-limit",
    part({
      description:
        "∀ε>0 ∃N ∀n≥N ‖P_n − e^{−βΣH}‖₂ < ε, with N = ⌈bound₁·n/ε⌉ from the first-order bound; checked at n = N, 3N, 2^k N for ε down to 10^-12",
      arbitraries: () => [
        nonCommuting(2, 4, 3),
        betaArb(2),
        fc.integer({ min: 1, max: 12 }).map((k) => new D(10).pow(-k)),
        fc.integer({ min: 0, max: 20 }),
      ],
      predicate: (ctx, Hs, beta, eps, k) => {
        const perN = firstOrderBound(Hs, beta, 1, DIGITS); // bound at n is perN / n
        const N = perN.div(eps).ceil().toNumber() + 1;
        fc.pre(N < 2 ** 45);
        for (const n of [N, 3 * N, N * 2 ** k]) {
          if (n > 2 ** 50) continue;
          const err = new D(String(trotterError(Hs, beta, n, { digits: DIGITS })));
          ctx.observeRatio(err.div(eps).toNumber());
          expectThat(err.lt(eps), "the product is not within ε of e^{−βΣH} for n ≥ N", {
            Hs,
            beta,
            eps: eps.toString(),
            N,
            n,
            err: err.toString(),
          });
        }
      },
      numRuns: 12,
      budgetMs: 20_000, // generous: the shared CI machine can be heavily loaded
    }),
  ),

  holds(
    "trotter.limit-without-assumptions",
    part({
      description:
        "the n → ∞ limit needs none of A1-A3: for large commutators and βLM up to 40 the error at n = 2^k N still halves per doubling (order 1 within 0.1)",
      arbitraries: () => [
        nonCommuting(2, 3, 3).map((Hs) => Hs.map((H) => H.map((r) => r.map((x) => 4 * x)))),
        betaArb(2),
      ],
      predicate: (ctx, Hs, beta) => {
        const { normSum } = assumptionConstants(Hs, DIGITS);
        // Asymptotic regime: n well beyond β Σ‖H_l‖ and its square.
        const n0 = 2 ** Math.ceil(Math.log2(8 * Math.max(1, normSum.times(beta).toNumber() ** 2)) + 4);
        const ns = [n0, 2 * n0, 4 * n0, 8 * n0];
        const errs = ns.map((n) => trotterError(Hs, beta, n, { digits: DIGITS }));
        const order = fitOrder(ns, errs);
        ctx.record("order", order);
        // Order 1 generically; 2 when Σ_{l<l'}[H_l,H_l'] = 0 although the layers do not commute.
        expectThat(order >= 0.9, "the Trotter error does not decay like 1/n", { Hs, beta, ns, order });
      },
      numRuns: 10,
      budgetMs: 20_000, // generous: the shared CI machine can be heavily loaded
    }),
  ),

  holds(
    "trotter.assumptions-a1-a3",
    once(
      "what each assumption does: ε → 0 (A1) sends error and bound to 0; the bound's e^{βLM} (A2) is what a fixed constant misses once βLM grows (A3); the n → ∞ limit holds with none of them",
      (ctx) => {
        // A1: a commuting pair (ε = 0) has error 0 and bound 0 at every n.
        const commuting = [
          [
            [1, 0.5],
            [0.5, 1],
          ],
          [
            [2, -1],
            [-1, 2],
          ],
        ];
        const e0 = new D(String(trotterError(commuting, 1, 7, { digits: DIGITS })));
        const b0 = firstOrderBound(commuting, 1, 7, DIGITS);
        expectThat(e0.isZero() && b0.isZero(), "ε = 0 does not give error and bound 0", {
          e0: e0.toString(),
          b0: b0.toString(),
        });
        // A2/A3: on the growth family, error·n/(β²L²ε) at βLM = 1 and at βLM = 40 (n = 1).
        const ratioAt = (t: number) => {
          const { Hs, beta } = growthFamily(t);
          const { epsilon } = assumptionConstants(Hs, DIGITS);
          const err = new D(String(trotterError(Hs, beta, 1, { digits: DIGITS })));
          return err.div(new D(beta * beta).times(4).times(epsilon)).toNumber();
        };
        const r1 = ratioAt(1);
        const r40 = ratioAt(40);
        ctx.record("constantNeededAtBetaLM1", r1);
        ctx.record("constantNeededAtBetaLM40", r40);
        expectThat(r1 <= Math.E / 4, "with βLM = 1 the constant e/4 does not suffice", { r1 });
        expectThat(r40 > 100 * r1, "the needed constant does not grow with βLM", { r1, r40 });
        // No assumption: large ε and βLM ≈ 24, the error still decays like 1/n.
        const big = [
          [
            [3, -3],
            [-3, 3],
          ],
          [
            [3, -2],
            [-2, -2],
          ],
        ];
        const ns = [4096, 8192, 16384];
        const order = fitOrder(
          ns,
          ns.map((n) => trotterError(big, 2, n, { digits: 20 })),
        );
        ctx.record("orderWithoutAssumptions", order);
        expectThat(Math.abs(order - 1) <= 0.1, "the limit needs an assumption after all", { order });
      },
      { budgetMs: 30_000 },
    ),
  ),

  holds(
    "trotter.commuting-exact",
    part({
      description:
        "commuting layers (H_l = a_l S + b_l S², exact): trotterError is 0 at every n and β, and the product matches the closed form via the eigen-decomposition-free check ∏e^{−βH_l} vs e^{−βΣH} to 40 digits",
      arbitraries: ({ thorough }) => [
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        fc.integer({ min: 2, max: thorough ? 6 : 4 }),
        fc.integer({ min: 2, max: 4 }),
        betaArb(3),
        fc.integer({ min: 1, max: 1024 }),
      ],
      predicate: (_ctx, seed, dim, L, beta, n) => {
        const Hs = randomCommuting(new Prng(seed), dim, L);
        const e = trotterError(Hs, beta, n, { digits: DIGITS });
        expectThat(new D(String(e)).isZero(), "commuting layers give a nonzero Trotter error", {
          Hs,
          beta,
          n,
          error: String(e),
        });
        // Second road: the product of the decimal exponentials equals the exponential of the sum.
        const C = decimalContext(45);
        const P = layerExponentialProduct(Hs, beta, 45, C);
        const S = expm(minusBetaSum(Hs, beta), { digits: 45 });
        const diff = dspectralNorm(daxpy(P, -1, toDecimalMatrix(S, C), C), C);
        expectThat(
          diff.lte(dspectralNorm(toDecimalMatrix(S, C), C).times("1e-40")),
          "decimal road: product ≠ exponential of the sum",
          { diff: diff.toString() },
        );
      },
      numRuns: 10,
      budgetMs: 20_000, // generous: the shared CI machine can be heavily loaded
    }),
  ),

  holds(
    "trotter.classical-diagonal-exact",
    part({
      description:
        "classical Ising layers (eq 6 energies, diagonal in the 2^N configurations, N ≤ 4): ∏_l e^{−βH_l} equals e^{−βΣ_l E_l(s)} entry by entry to 30 digits",
      arbitraries: ({ thorough }) => [
        fc.integer({ min: 2, max: thorough ? 5 : 3 }).chain((N) =>
          fc.array(
            fc.tuple(
              symmetric(N, 4),
              fc.integer({ min: -4, max: 4 }).map((k) => k / 4),
            ),
            { minLength: 2, maxLength: 4 },
          ),
        ),
        betaArb(2),
      ],
      predicate: (_ctx, layersJh, beta) => {
        const Hs = layersJh.map(([J, h]) => isingDiagonal(J, h));
        const dim = Hs[0].length;
        const C = decimalContext(40);
        const P = layerExponentialProduct(Hs, beta, 40, C);
        for (let s = 0; s < dim; s++) {
          // Closed form: e^{−β Σ_l E_l(s)} on the diagonal, 0 elsewhere.
          let E = new C(0);
          for (const H of Hs) E = E.plus(H[s][s]);
          const closed = E.times(-beta).exp();
          const got = P.data[s * dim + s];
          expectThat(
            got.minus(closed).abs().lte(closed.times("1e-30")),
            "diagonal entry differs from the closed form",
            {
              s,
              got: got.toString(),
              closed: closed.toString(),
            },
          );
          for (let t = 0; t < dim; t++)
            if (t !== s) expectThat(P.data[s * dim + t].isZero(), "off-diagonal entry is not zero", { s, t });
        }
        expectThat(
          new D(String(trotterError(Hs, beta, 1, { digits: 20 }))).isZero(),
          "trotterError is not 0 on classical layers",
          {},
        );
      },
      numRuns: 12,
      budgetMs: 20_000, // generous: the shared CI machine can be heavily loaded
    }),
  ),

  holds(
    "trotter.exact-iff-commuting",
    part({
      description:
        "for symmetric H₁, H₂ with [H₁,H₂] ≠ 0 and β ≠ 0, e^{−βH₁}e^{−βH₂} ≠ e^{−β(H₁+H₂)}: the n = 1 error exceeds 10^-20",
      arbitraries: () => [
        nonCommuting(2, 2, 4),
        fc
          .integer({ min: -48, max: 48 })
          .filter((k) => k !== 0)
          .map((k) => k / 16),
      ],
      predicate: (_ctx, Hs, beta) => {
        const err = new D(String(trotterError(Hs, beta, 1, { digits: DIGITS })));
        expectThat(err.gt("1e-20"), "non-commuting symmetric layers multiply exactly", {
          Hs,
          beta,
          error: err.toString(),
        });
      },
      numRuns: 30,
      budgetMs: 20_000, // generous: the shared CI machine can be heavily loaded
    }),
  ),

  holds(
    "trotter.free-energy-match",
    part({
      description: "§4.4 read literally: −(1/β)ln Tr ∏_l e^{−βH_l} = −(1/β)ln Tr e^{−βΣH} (to 20 digits), L = 2, β > 0",
      arbitraries: () => [layers(2, 2, 3), betaArb(2)],
      predicate: (_ctx, Hs, beta) => {
        const f = trotterFreeEnergies(Hs, beta, 1, { digits: DIGITS });
        const diff = f.productFreeEnergy.minus(f.effectiveFreeEnergy).abs();
        expectThat(
          diff.lte(f.effectiveFreeEnergy.abs().plus(1).times("1e-20")),
          "free energies of the product and of H_eff differ",
          {
            Hs,
            beta,
            Fproduct: f.productFreeEnergy.toString(),
            Feff: f.effectiveFreeEnergy.toString(),
          },
        );
      },
      numRuns: 30,
      budgetMs: 20_000, // generous: the shared CI machine can be heavily loaded
    }),
  ),

  holds(
    "trotter.golden-thompson",
    part({
      description:
        "L = 2, β > 0: F_product ≤ F_eff (Tr e^{A+B} ≤ Tr e^A e^B, Golden–Thompson), the gap recorded; equality when [H₁,H₂] = 0",
      arbitraries: ({ thorough }) => [layers(2, 2, thorough ? 5 : 4), betaArb(3)],
      predicate: (ctx, Hs, beta) => {
        const f = trotterFreeEnergies(Hs, beta, 1, { digits: DIGITS });
        const gap = f.effectiveFreeEnergy.minus(f.productFreeEnergy);
        ctx.record("gap", gap.toNumber());
        expectThat(
          gap.gte(f.effectiveFreeEnergy.abs().plus(1).times("-1e-25")),
          "Golden–Thompson violated for two layers",
          {
            Hs,
            beta,
            gap: gap.toString(),
          },
        );
        if (commutatorMass(Hs) === 0)
          expectThat(gap.abs().lte("1e-20"), "commuting layers have a free-energy gap", { Hs, gap: gap.toString() });
      },
      numRuns: 30,
      budgetMs: 20_000, // generous: the shared CI machine can be heavily loaded
    }),
  ),

  holds(
    "trotter.free-energy-three-layers",
    part({
      description:
        "L = 3, β = 1: the two-layer ordering F_product ≤ F_eff (and a positive Tr ∏_l e^{−βH_l}) for 2×2 layers",
      arbitraries: () => [fc.array(symmetric(2, 8), { minLength: 3, maxLength: 3 })],
      predicate: (_ctx, Hs) => {
        const f = trotterFreeEnergies(Hs, 1, 1, { digits: DIGITS });
        expectThat(f.productTrace.gt(0), "Tr ∏ e^{−βH_l} ≤ 0: the product has no free energy", {
          Hs,
          trace: f.productTrace.toString(),
        });
        const gap = f.effectiveFreeEnergy.minus(f.productFreeEnergy);
        expectThat(gap.gte(f.effectiveFreeEnergy.abs().plus(1).times("-1e-25")), "three layers: F_product > F_eff", {
          Hs,
          Fproduct: f.productFreeEnergy.toString(),
          Feff: f.effectiveFreeEnergy.toString(),
        });
      },
      numRuns: 60,
      budgetMs: 20_000, // generous: the shared CI machine can be heavily loaded
    }),
  ),

  holds(
    "trotter.free-energy-trotter-rate",
    once(
      "F_n = −(1/β)ln Tr P_n → F_eff at fitted order 2 for symmetric layers, L = 2 and L = 3 (the first-order term is the trace of symmetric × antisymmetric)",
      (ctx) => {
        const prng = new Prng(77);
        const ns = [64, 128, 256, 512, 1024];
        const orders: Record<string, number[]> = { L2: [], L3: [] };
        for (const L of [2, 3]) {
          for (let r = 0; r < (ctx.thorough ? 6 : 2); r++) {
            const Hs = Array.from({ length: L }, (_, l) => randomSymmetric(prng.split(10 * L + 3 * r + l), 3, 0.5));
            const f = ns.map((n) => trotterFreeEnergies(Hs, 1, n, { digits: DIGITS }));
            const errs = f.map((x) => x.productFreeEnergy.minus(x.effectiveFreeEnergy).abs());
            orders[`L${L}`].push(fitOrder(ns, errs));
          }
        }
        ctx.record("orderL2", orders.L2);
        ctx.record("orderL3", orders.L3);
        expectThat(
          orders.L2.every((o) => Math.abs(o - 2) <= 0.05),
          "two-layer free energy does not converge at order 2",
          orders,
        );
        expectThat(
          orders.L3.every((o) => Math.abs(o - 2) <= 0.05),
          "three-layer free energy does not converge at order 2",
          orders,
        );
      },
      // A deterministic computation of ≈ 1 s; the budget only guards against a runaway on a loaded machine.
      { budgetMs: 30_000 },
    ),
  ),

  holds(
    "trotter.strang-order2",
    once(
      "beyond the paper: the symmetric (Strang) product has fitted order 2 (within 0.05) over n = 2^6 … 2^11; the float road agrees at n = 64",
      (ctx) => {
        const prng = new Prng(4242);
        const cases: Mat[][] = [
          [
            [
              [0, 1],
              [1, 0],
            ],
            [
              [1, 0],
              [0, -1],
            ],
          ],
          ...Array.from({ length: ctx.thorough ? 8 : 3 }, (_, i) => [
            randomSymmetric(prng.split(2 * i), 3, 0.5),
            randomSymmetric(prng.split(2 * i + 1), 3, 0.5),
          ]),
          [
            randomSymmetric(prng.split(99), 3, 0.5),
            randomSymmetric(prng.split(98), 3, 0.5),
            randomSymmetric(prng.split(97), 3, 0.5),
          ],
        ];
        const ns = [64, 128, 256, 512, 1024, 2048];
        const orders: number[] = [];
        for (const Hs of cases) {
          const errs = ns.map((n) => trotterError(Hs, 1, n, { order: 2, digits: 20 }));
          const fl = trotterErrorFloat(Hs, 1, 64, 2);
          expectThat(
            Math.abs(fl - Number(errs[0])) <= 1e-8 * Number(errs[0]) + 1e-14,
            "decimal and float Strang errors disagree",
            {
              float: fl,
              decimal: String(errs[0]),
            },
          );
          orders.push(fitOrder(ns, errs));
        }
        ctx.record("order", orders.reduce((a, b) => a + b) / orders.length);
        ctx.record(
          "orders",
          orders.map((o) => Number(o.toFixed(4))),
        );
        expectThat(
          orders.every((o) => Math.abs(o - 2) <= 0.05),
          "a fitted Strang order is not 2",
          { orders },
        );
      },
      // A deterministic computation of ≈ 1 s; the budget only guards against a runaway on a loaded machine.
      { budgetMs: 30_000 },
    ),
  ),
];
