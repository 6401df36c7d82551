/**
 * The frequencies of the sinusoidal positional encoding, shared by `sinusoidalEncoding` and the
 * closest-return search so both evaluate the same doubles. Kept out of the public index.
 *
 * @module
 */

/**
 * w_c = 10000^{−2⌊c/2⌋/d} for c = 0 … d−1 (component c of PE(pos) is sin(pos·w_c) for even c,
 * cos(pos·w_c) for odd c). Internal, on a checked d (an integer ≥ 1).
 * @internal
 */
export function sinusoidalFrequencies(d: number): Float64Array {
  const w = new Float64Array(d);
  for (let c = 0; c < d; c++) w[c] = Math.pow(10000, (-2 * Math.floor(c / 2)) / d);
  return w;
}
