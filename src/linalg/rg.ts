/**
 * The renormalization-group map of the paper's Lean listing (002 §9, `RGFlow`):
 * R(J) = ½ (J + J·J), on real square matrices.
 *
 * Facts used by the `rg` claims (each is checked by a property, not assumed):
 * - Fixed points: R(J) = J ⟺ J + J² = 2J ⟺ J² = J, i.e. exactly the idempotent matrices
 *   (orthogonal projectors among the symmetric ones).
 * - Linearization at a fixed point P: DR(P)[X] = ½(X + PX + XP). For symmetric P with eigenvalues
 *   p_i ∈ {0, 1} its eigenvalues are ½(1 + p_i + p_j): ½ (both 0), 1 (mixed), 3/2 (both 1). Only
 *   P = 0 is attracting; every non-zero projector has the unstable eigenvalue 3/2.
 * - For symmetric J, R acts eigenvalue by eigenvalue through f(λ) = λ(1 + λ)/2. Its fixed points are
 *   0 (f' = ½) and 1 (f' = 3/2); f maps (−2, 1) into [−1/8, 1) and contracts towards 0 there,
 *   f(−2) = 1, and |f^k(λ)| → ∞ for λ ∉ [−2, 1]. Hence R^k(J) → 0 iff spec(J) ⊂ (−2, 1).
 *
 * @module
 */
import { finiteMatrix, int, num, real, show } from "../args/check.js";

/** The largest n of R(J) (O(n³) per application). */
const MAX_N = 512;
/** The most applications of R {@link rgIterate} makes (k·n³ ≤ 2^34 too). */
const MAX_STEPS = 2 ** 20;

/** R(J) = ½(J + J·J) in float64; J a finite square matrix, n ≤ 512. */
export function rgFlow(J: ReadonlyArray<ReadonlyArray<number>>): number[][] {
  const [n] = finiteMatrix("rgFlow", "J", J, { square: true, maxEntries: MAX_N * MAX_N });
  const out = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    if (J[i].length !== n) throw new RangeError(`rgFlow needs a square matrix; row ${i} has ${J[i].length} entries`);
    for (let j = 0; j < n; j++) {
      let s = 0;
      for (let k = 0; k < n; k++) s += J[i][k] * J[k][j];
      out[i][j] = 0.5 * (J[i][j] + s);
    }
  }
  return out;
}

/**
 * R(J) on an integer (or exact rational numerator) matrix: returns 2·R(J) = J + J² exactly. J a
 * non-empty square array of rows of bigints, n ≤ 512.
 */
export function rgFlowTwiceExact(J: ReadonlyArray<ReadonlyArray<bigint>>): bigint[][] {
  const rows: unknown = J;
  if (!Array.isArray(rows))
    throw new TypeError(`rgFlowTwiceExact: J must be an array of rows of bigints, got ${show(J)}`);
  const n = rows.length;
  if (n === 0 || n > MAX_N) throw new RangeError(`rgFlowTwiceExact: J must have 1 to ${MAX_N} rows, got ${n}`);
  for (let i = 0; i < n; i++) {
    const row = J[i];
    if (!Array.isArray(row))
      throw new TypeError(`rgFlowTwiceExact: J[${i}] must be an array of bigints, got ${show(row)}`);
    if (row.length !== n)
      throw new RangeError(`rgFlowTwiceExact: J must be square, row ${i} has ${row.length} entries of ${n}`);
    for (let j = 0; j < n; j++)
      if (typeof row[j] !== "bigint")
        throw new TypeError(`rgFlowTwiceExact: J[${i}][${j}] must be a bigint, got ${show(row[j])}`);
  }
  return J.map((row, i) =>
    row.map((x, j) => {
      let s = 0n;
      for (let k = 0; k < n; k++) s += J[i][k] * J[k][j];
      return x + s;
    }),
  );
}

/**
 * The scalar map f(λ) = λ(1 + λ)/2 that R induces on each eigenvalue of a symmetric J. λ a number,
 * not NaN: f(±∞) = +∞ is its limit (iterating f past the float64 range, as rgIterateNorms does,
 * reaches it), and +∞ is returned where f(λ) is beyond float64.
 */
export function rgEigenvalueMap(lambda: number): number {
  if (Number.isNaN(num("rgEigenvalueMap", "lambda", lambda)))
    throw new RangeError("rgEigenvalueMap: lambda must not be NaN, got NaN");
  return 0.5 * lambda * (1 + lambda);
}

/** Where λ goes under iteration of f: to 0, to the fixed point 1, or to infinity. */
export type RgFate = "zero" | "one" | "infinity";

/**
 * The fate of λ under f, exactly by the case analysis of the module comment:
 * λ ∈ (−2, 1) → zero; λ ∈ {−2, 1} → one; otherwise → infinity.
 */
export function rgEigenvalueFate(lambda: number): RgFate {
  real("rgEigenvalueFate", "lambda", lambda, -Number.MAX_VALUE, Number.MAX_VALUE, { what: "finite" });
  if (lambda > -2 && lambda < 1) return "zero";
  if (lambda === -2 || lambda === 1) return "one";
  return "infinity";
}

/**
 * Iterate R k times in float64, stopping early if an entry exceeds `cap` in magnitude. J a finite
 * square matrix (n ≤ 512), k an integer in [0, 2^20] with k·n³ ≤ 2^34, cap in (0, 1e150] (an
 * entry ≤ 1e150 cannot overflow in one more step, so the result is finite).
 */
export function rgIterate(J: ReadonlyArray<ReadonlyArray<number>>, k: number, cap = 1e12): number[][] {
  const [n] = finiteMatrix("rgIterate", "J", J, { square: true, maxEntries: MAX_N * MAX_N });
  int("rgIterate", "k", k, 0, Math.min(MAX_STEPS, Math.floor(2 ** 34 / n ** 3)));
  real("rgIterate", "cap", cap, 0, 1e150, { openLo: true });
  let X = J.map((r) => [...r]);
  for (let i = 0; i < k; i++) {
    X = rgFlow(X);
    if (X.some((r) => r.some((x) => !(Math.abs(x) <= cap)))) break;
  }
  return X;
}
