/**
 * A "quantum" reading of paper 000 eq 6: the layer's Ising energy with its spin operators along a
 * chosen axis, so that layers along different axes fail to commute as §4.2-§4.3 assume.
 *
 * @module
 */
import { isingDiagonal } from "./random.js";

/**
 * The 2^N × 2^N matrix −Σ_{i,j} J_ij σ^a_i σ^a_j + h Σ_i σ^a_i for a ∈ {z, x}, in the basis of
 * {@link isingDiagonal} (bit i of the index is 0 for s_i = +1).
 *
 * Along z it is {@link isingDiagonal}. Along x it is W H_z W with W = ⊗_i Hadamard, since
 * Hadamard · σ^z · Hadamard = σ^x; W's entries are (−1)^{popcount(a & b)} / √(2^N), so the
 * conjugation is computed entrywise as W D W with D the diagonal of H_z (O(8^N), fine for N ≤ 4).
 */
export function pauliIsing(J: ReadonlyArray<ReadonlyArray<number>>, h: number, axis: "z" | "x"): number[][] {
  const N = J.length;
  const dim = 2 ** N;
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
  const H: number[][] = Array.from({ length: dim }, () => new Array<number>(dim).fill(0));
  for (let a = 0; a < dim; a++)
    for (let b = 0; b < dim; b++) {
      let s = 0;
      for (let k = 0; k < dim; k++) s += w(a, k) * Hz[k][k] * w(k, b);
      H[a][b] = s;
    }
  return H;
}
