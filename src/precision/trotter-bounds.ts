/**
 * The quantities the Trotter claims compare: the explicit first-order error bound, the constants
 * ε and M of assumptions A1-A2, free energies of the product and of the effective Hamiltonian, the
 * BCH leading error term, and the least-squares convergence order.
 *
 * Derivation of the first-order bound (after Suzuki 1976 and Childs, Su, Tran, Wiebe & Zhu,
 * "Theory of Trotter error", PRX 11, 011020 (2021), §3, here with the non-unitary growth factors).
 * For matrices A, B and F(t) = e^{tA}e^{tB}, F' = (A+B)F + [e^{tA}, B]e^{tB}, so by variation of
 * constants F(t) − e^{t(A+B)} = ∫₀ᵗ e^{(t−s)(A+B)} [e^{sA}, B] e^{sB} ds, and
 * [e^{sA}, B] = ∫₀ˢ e^{(s−r)A}[A, B]e^{rA} dr has norm ≤ s‖[A,B]‖e^{s‖A‖}. Hence
 *   ‖e^{tA}e^{tB} − e^{t(A+B)}‖ ≤ (t²/2)‖[A,B]‖ e^{t(‖A‖+‖B‖)}.
 * Induction over L factors (peel off A₁, use [A₁, ΣA_l] = Σ[A₁, A_l]) gives
 *   ‖∏_l e^{tA_l} − e^{tΣA_l}‖ ≤ (t²/2) Σ_{l<l'} ‖[A_l, A_l']‖ e^{tΣ‖A_l‖},
 * and X^n − Y^n = Σ_j X^j (X − Y) Y^{n−1−j} with ‖X‖, ‖Y‖ ≤ e^{Σ‖A_l‖/n} gives, for t = 1/n,
 *   ‖(∏_l e^{A_l/n})^n − e^{ΣA_l}‖ ≤ (1/(2n)) Σ_{l<l'} ‖[A_l, A_l']‖ e^{Σ‖A_l‖}.
 * With A_l = −βH_l: error ≤ (β²/(2n)) Σ_{l<l'} ‖[H_l, H_l']‖ e^{|β|Σ‖H_l‖}
 *                          ≤ β² L(L−1) ε e^{|β|LM} / (4n)   under A1 (ε) and A2 (M).
 * All norms are spectral norms.
 *
 * @module
 */
import type { Decimal } from "decimal.js";
import {
  dcommutator,
  decimalContext,
  toDecimalMatrix,
  daxpy,
  type DecimalMatrix,
  type MatrixInput,
} from "./decimal-matrix.js";
import { trotterPair, type Rows } from "./trotter.js";
import { exactDecimal, fromEntries, mul, sub, toDecimals, type BigMatrix } from "./bigfloat-matrix.js";
import { spectralNormOf } from "./spectral-norm.js";

/**
 * ε = max_{l<l'} ‖[H_l, H_l']‖₂ (A1), M = max_l ‖H_l‖₂ (A2), Σ_{l<l'} ‖[H_l, H_l']‖₂ and Σ_l ‖H_l‖₂,
 * each to `digits` significant digits (bigint kernel: commutators are exact, the spectral norms
 * come from `spectralNormBig`).
 */
export function assumptionConstants(
  Hs: readonly MatrixInput[],
  digits = 30,
): { epsilon: Decimal; M: Decimal; commutatorSum: Decimal; normSum: Decimal } {
  const D = decimalContext(digits);
  const bits = Math.ceil(digits * Math.log2(10)) + 32;
  const Ms = Hs.map((H) => fromEntries(H, bits + 16));
  let epsilon = new D(0);
  let commutatorSum = new D(0);
  for (let l = 0; l < Ms.length; l++)
    for (let k = l + 1; k < Ms.length; k++) {
      const C = sub(mul(Ms[l], Ms[k], bits + 16), mul(Ms[k], Ms[l], bits + 16), bits);
      const c = spectralNormOf(C, bits, D);
      commutatorSum = commutatorSum.plus(c);
      if (c.gt(epsilon)) epsilon = c;
    }
  let M = new D(0);
  let normSum = new D(0);
  for (const H of Ms) {
    const h = spectralNormOf(H, bits, D);
    normSum = normSum.plus(h);
    if (h.gt(M)) M = h;
  }
  return { epsilon, M, commutatorSum, normSum };
}

/**
 * Both forms of the first-order bound from one computation of the constants (the commutator and
 * spectral norms dominate the cost): `sharp` = (β²/(2n)) Σ_{l<l'} ‖[H_l, H_l']‖₂ e^{|β|Σ‖H_l‖₂} and
 * `a1a2` = β² L(L−1) ε e^{|β|LM} / (4n), with sharp ≤ a1a2.
 */
export function firstOrderBounds(
  Hs: readonly MatrixInput[],
  beta: Decimal.Value,
  n: number,
  digits = 30,
): { sharp: Decimal; a1a2: Decimal } {
  const D = decimalContext(digits);
  const { epsilon, M, commutatorSum, normSum } = assumptionConstants(Hs, digits + 5);
  const L = Hs.length;
  const b = exactDecimal(beta, D);
  return {
    sharp: b
      .times(b)
      .div(2 * n)
      .times(commutatorSum)
      .times(b.abs().times(normSum).exp()),
    a1a2: b
      .times(b)
      .times(L * (L - 1))
      .times(epsilon)
      .times(b.abs().times(M).times(L).exp())
      .div(4 * n),
  };
}

/** The first-order bound (β²/(2n)) Σ_{l<l'} ‖[H_l, H_l']‖₂ e^{|β|Σ‖H_l‖₂} (see {@link firstOrderBounds}). */
export function firstOrderBound(Hs: readonly MatrixInput[], beta: Decimal.Value, n: number, digits = 30): Decimal {
  return firstOrderBounds(Hs, beta, n, digits).sharp;
}

/** The same bound in the A1-A2 form β² L(L−1) ε e^{|β|LM} / (4n) (see {@link firstOrderBounds}). */
export function firstOrderBoundA1A2(Hs: readonly MatrixInput[], beta: Decimal.Value, n: number, digits = 30): Decimal {
  return firstOrderBounds(Hs, beta, n, digits).a1a2;
}

/**
 * The leading term of the error exponent of paper eq 11, from the Baker–Campbell–Hausdorff series
 * log(e^X e^Y) = X + Y + ½[X, Y] + …, applied factor by factor with X_l = −βH_l:
 * ℰ = (β²/2) Σ_{l<l'} [H_l, H_l'] + O(β³).
 */
export function bchLeadingTerm(Hs: readonly MatrixInput[], beta: Decimal.Value, digits = 40): DecimalMatrix {
  const D = decimalContext(digits);
  const Ms = Hs.map((H) => toDecimalMatrix(H, D));
  const n = Ms[0].n;
  let acc: DecimalMatrix = { n, data: Array.from({ length: n * n }, () => new D(0)) };
  for (let l = 0; l < Ms.length; l++)
    for (let k = l + 1; k < Ms.length; k++) acc = daxpy(acc, 1, dcommutator(Ms[l], Ms[k], D), D);
  const b = exactDecimal(beta, D);
  return { n, data: acc.data.map((x) => x.times(b).times(b).div(2)) };
}

function trace(A: BigMatrix, D: typeof Decimal): Decimal {
  const d = toDecimals(A, D);
  let s = new D(0);
  for (let i = 0; i < A.n; i++) s = s.plus(d[i * A.n + i]);
  return s;
}

/**
 * Free energies −(1/β) ln Tr X of the n-step product X = P_n (order 1 or 2) and of e^{−βΣH}
 * (paper §4.4: F = −(1/β) ln Z, Z = Tr e^{−βH_eff}). `productTrace` is returned too: for L ≥ 3 it
 * need not be positive, in which case `productFreeEnergy` is NaN (the logarithm is undefined).
 */
export function trotterFreeEnergies(
  Hs: readonly Rows[],
  beta: Decimal.Value,
  n: number,
  options: { order?: 1 | 2; digits?: number } = {},
): { productFreeEnergy: Decimal; effectiveFreeEnergy: Decimal; productTrace: Decimal; effectiveTrace: Decimal } {
  const digits = options.digits ?? 30;
  const D = decimalContext(digits + 10);
  const { product, exact } = trotterPair(Hs, beta, n, options.order ?? 1, Math.ceil((digits + 20) * Math.log2(10)));
  const tp = trace(product, D);
  const te = trace(exact, D);
  const b = exactDecimal(beta, D);
  const f = (t: Decimal) => (t.gt(0) ? t.ln().div(b).neg() : new D(Number.NaN));
  return { productFreeEnergy: f(tp), effectiveFreeEnergy: f(te), productTrace: tp, effectiveTrace: te };
}

/**
 * The convergence order: minus the least-squares slope of ln(error) against ln(n), computed in
 * decimal arithmetic (errors near 10^−30 are fine). Throws if an error is not positive.
 */
export function fitOrder(ns: readonly number[], errors: readonly Decimal.Value[]): number {
  if (ns.length !== errors.length || ns.length < 2) throw new RangeError("fitOrder needs ≥ 2 matching points");
  const D = decimalContext(30);
  const x = ns.map((n) => new D(n).ln());
  const y = errors.map((e) => {
    const d = new D(e);
    if (!d.gt(0)) throw new RangeError(`fitOrder: error ${String(e)} is not positive`);
    return d.ln();
  });
  const mx = x.reduce((a, b) => a.plus(b)).div(x.length);
  const my = y.reduce((a, b) => a.plus(b)).div(y.length);
  let sxy = new D(0);
  let sxx = new D(0);
  x.forEach((xi, i) => {
    sxy = sxy.plus(xi.minus(mx).times(y[i].minus(my)));
    sxx = sxx.plus(xi.minus(mx).pow(2));
  });
  return sxy.div(sxx).neg().toNumber();
}
