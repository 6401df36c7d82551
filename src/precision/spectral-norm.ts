/**
 * The spectral norm of a high-precision matrix, on the bigint kernel.
 *
 * ‖E‖₂² = λ₁, the largest eigenvalue of the positive semidefinite G = EᵀE. With M = G^(2^k),
 *
 *   tr(GM)/tr(M) = Σ_i w_i λ_i,  w_i = λ_i^(2^k) / Σ_j λ_j^(2^k),
 *
 * a weighted mean of the eigenvalues whose weights concentrate on λ₁: the relative error is
 * Σ_i w_i (λ₁ − λ_i)/λ₁ ≤ (n − 1) max_g g (1 − g)^(2^k) with g the relative gap, which is at most
 * (n − 1)(1 − g)^(2^k) and, whatever the gap, at most (n − 1)/(e·2^k). So k squarings reach
 * 2^−bits either from the gap (estimated in float64, halved for safety) or, when float64 cannot
 * resolve it, unconditionally with k = bits + log₂ n + 2. Squarings cost one bigint product each
 * (≈ 0.06 ms for 8×8), far less than a Jacobi sweep in decimal arithmetic (≈ 20 ms at 60 digits).
 *
 * @module
 */
import type { Decimal } from "decimal.js";
import { int, show } from "../args/check.js";
import { mul, toNumbers, transpose, type BigMatrix } from "./bigfloat-matrix.js";
import { normInfLog2 } from "./bigfloat-public.js";
import { fromRows, symmetricEigenvalues } from "../linalg/matrix.js";

/**
 * ‖E‖₂ = √λ_max(EᵀE) as a Decimal of constructor D, working at `bits` bits. Domain: E a BigMatrix
 * as the `bigfloat` namespace takes it (n in [1, 128], bigint mantissas, |exp| ≤ 2^50), `bits` an
 * integer in [1, 2^18], D a decimal.js constructor, and the worst-case work n³ · bits · (bits +
 * log₂ n + 2) at most 2^34 (the squarings when float64 cannot resolve the gap; ~10 s).
 */
export function spectralNormBig(E: BigMatrix, bits: number, D: typeof Decimal): Decimal {
  const fn = "spectralNormBig";
  // The same checks as the bigfloat namespace's, through one of its functions (normInfLog2 reads E only).
  checkedMatrix(fn, E);
  int(fn, "bits", bits, 1, 2 ** 18);
  if (typeof D !== "function" || typeof (D as { precision?: unknown }).precision !== "number")
    throw new TypeError(`${fn}: D must be a decimal.js constructor (Decimal.clone), got ${show(D)}`);
  const work = E.n ** 3 * bits * (bits + Math.log2(E.n) + 2);
  if (work > 2 ** 34)
    throw new RangeError(`${fn}: n³ · bits · (bits + log₂ n + 2) must be at most 2^34, got ${E.n}³ · ${bits} · …`);
  return spectralNormOf(E, bits, D);
}

/** `E` must be a BigMatrix (the bigfloat namespace's check, renamed for this function). */
function checkedMatrix(fn: string, E: unknown): void {
  try {
    normInfLog2(E as BigMatrix);
  } catch (e) {
    if (e instanceof RangeError || e instanceof TypeError) {
      const msg = e.message.replace(/^normInfLog2: A/, `${fn}: E`);
      throw e instanceof RangeError ? new RangeError(msg) : new TypeError(msg);
    }
    throw e;
  }
}

/** {@link spectralNormBig} on checked arguments (the library's callers). @internal */
export function spectralNormOf(E: BigMatrix, bits: number, D: typeof Decimal): Decimal {
  const n = E.n;
  const G = mul(transpose(E), E, bits);
  if (G.m.every((x) => x === 0n)) return new D(0);
  const approx = toNumbers({ n, m: G.m, exp: -maxBits(G) });
  const ev = symmetricEigenvalues(fromRows(approx));
  const l1 = ev[n - 1];
  const l2 = n > 1 ? Math.max(0, ev[n - 2]) : 0;
  const gap = l1 > 0 ? (l1 - l2) / l1 : 0;
  const worst = bits + Math.ceil(Math.log2(n)) + 2;
  // (1 − g)^(2^k) ≤ e^(−g·2^k) ≤ 2^−(bits + log₂ n) when 2^k ≥ (bits + log₂ n)·ln 2 / g.
  const fromGap = gap > 1e-9 ? Math.ceil(Math.log2(((bits + Math.log2(n) + 2) * Math.LN2) / (gap / 2))) : worst;
  const k = Math.max(1, Math.min(worst, fromGap));
  let M: BigMatrix = { n, m: G.m, exp: 0 };
  for (let i = 0; i < k; i++) {
    const sq = mul(M, M, bits);
    // Only the direction matters: drop the exponent, which would grow like 2^k.
    M = { n, m: sq.m, exp: 0 };
  }
  let trGM = 0n;
  let trM = 0n;
  for (let i = 0; i < n; i++) {
    trM += M.m[i * n + i];
    for (let j = 0; j < n; j++) trGM += G.m[i * n + j] * M.m[j * n + i];
  }
  if (trM === 0n) return new D(0);
  const Dx = D.clone({ precision: D.precision + 10 });
  const lambda = new Dx(trGM.toString()).div(new Dx(trM.toString())).times(new Dx(2).pow(G.exp));
  return new D(lambda.sqrt()).toSD(D.precision);
}

function maxBits(A: BigMatrix): number {
  let len = 0;
  for (const x of A.m) {
    const s = (x < 0n ? -x : x).toString(16);
    len = Math.max(len, s === "0" ? 0 : s.length * 4);
  }
  return len;
}
