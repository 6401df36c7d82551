/**
 * A fast standard-normal generator for the sampler's hot loop: Marsaglia & Tsang's (2000)
 * ziggurat with 128 layers, drawing its uniforms from a {@link Prng}. Following Doornik (2005), the
 * layer index comes from a separate 32-bit draw rather than from the low bits of the value
 * (the original RNOR reuses them, which correlates layer and value).
 *
 * About 5× faster than the polar method of `Prng.normal` (no log/sqrt on 98.8 % of draws).
 *
 * @module
 */
import type { Prng } from "../random/prng.js";

const KN = new Int32Array(128);
const WN = new Float64Array(128);
const FN = new Float64Array(128);
const R_ZIG = 3.442619855899;
(() => {
  const m1 = 2147483648;
  const vn = 9.91256303526217e-3;
  let dn = R_ZIG;
  let tn = dn;
  const q = vn / Math.exp(-0.5 * dn * dn);
  KN[0] = Math.floor((dn / q) * m1);
  KN[1] = 0;
  WN[0] = q / m1;
  WN[127] = dn / m1;
  FN[0] = 1;
  FN[127] = Math.exp(-0.5 * dn * dn);
  for (let i = 126; i >= 1; i--) {
    dn = Math.sqrt(-2 * Math.log(vn / dn + Math.exp(-0.5 * dn * dn)));
    KN[i + 1] = Math.floor((dn / tn) * m1);
    tn = dn;
    FN[i] = Math.exp(-0.5 * dn * dn);
    WN[i] = dn / m1;
  }
})();

/**
 * The ziggurat's tables and tail start R (shared, not copies: do not modify), for engines that
 * must draw the identical stream: the compiled sampler kernels (kernel.wat, kernel-native.c).
 */
export function zigguratTables(): { kn: Int32Array; wn: Float64Array; fn: Float64Array; r: number } {
  return { kn: KN, wn: WN, fn: FN, r: R_ZIG };
}

function uniformOpen(rng: Prng): number {
  return (rng.nextUint32() + 0.5) / 4294967296;
}

/** One standard normal deviate by the ziggurat method. */
export function zigguratNormal(rng: Prng): number {
  for (;;) {
    const hz = rng.nextUint32() | 0;
    const iz = rng.nextUint32() & 127;
    if (Math.abs(hz) < KN[iz]) return hz * WN[iz];
    // Slow path (about 1.2 % of draws): the base strip's tail, or the wedge test.
    const x = hz * WN[iz];
    if (iz === 0) {
      let xt: number;
      let y: number;
      do {
        xt = -Math.log(uniformOpen(rng)) / R_ZIG;
        y = -Math.log(uniformOpen(rng));
      } while (y + y < xt * xt);
      return hz > 0 ? R_ZIG + xt : -R_ZIG - xt;
    }
    if (FN[iz] + uniformOpen(rng) * (FN[iz - 1] - FN[iz]) < Math.exp(-0.5 * x * x)) return x;
  }
}
