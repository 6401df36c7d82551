/**
 * Metastable stops of zero-temperature Hopfield dynamics: how often asynchronous sweeps from a
 * random start end in a fixed point whose energy is above the global minimum (found by enumerating
 * all 2^N states).
 *
 * @module
 */
import type { Prng } from "../random/prng.js";
import { stateOfCode } from "./basins.js";
import { hebbianWeights, hopfieldEnergyOf, runAsynchronousOf } from "./hopfield.js";
import { randomPatterns } from "./patterns.js";

/**
 * Over `trials` Hebbian networks of N units storing P random patterns (θ = 0), each run once from a
 * random start, the number of runs that stop at a fixed point with energy above the global minimum
 * by more than 1e-9. `energy` is the energy compared (the reference's, or a control's broken one).
 */
export function metastableStops(
  rng: Prng,
  trials: number,
  N: number,
  P: number,
  energy: typeof hopfieldEnergyOf = hopfieldEnergyOf,
): number {
  if (N > 20) throw new RangeError(`metastableStops enumerates 2^N states: N = ${N} is too many`);
  let found = 0;
  for (let trial = 0; trial < trials; trial++) {
    const W = hebbianWeights(randomPatterns(rng, P, N));
    const theta = new Float64Array(N);
    let emin = Infinity;
    for (let c = 0; c < 1 << N; c++) emin = Math.min(emin, finiteEnergy(energy(W, theta, stateOfCode(c, N))));
    const s0 = Array.from({ length: N }, () => (rng.nextUint32() & 1 ? 1 : -1));
    const run = runAsynchronousOf(W, theta, s0);
    if (run.outcome === "fixed" && finiteEnergy(energy(W, theta, run.state)) > emin + 1e-9) found++;
  }
  return found;
}

/** An energy as read here: a NaN would drop out of the minimum and the comparison, miscounting stops. */
function finiteEnergy(e: number): number {
  if (!Number.isFinite(e)) throw new RangeError(`metastableStops: the energy function returned ${e}`);
  return e;
}
