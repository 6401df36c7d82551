/**
 * The alignment 𝒜(E[m], x) of the thesis' target's equilibrium mean with the field, estimated on two
 * equilibrating chains (σ tuned in burn-in to 25 % acceptance, then fixed) by the Stein estimator
 * and by the plain time average (see `stein-average.ts`).
 *
 * @module
 */
import type { KernelName } from "./sampler-kernel.js";
import { ThesisSampler } from "./sampler.js";
import { steinAndPlainMeans } from "./stein-average.js";
import { alignment, type SpinSystem } from "./system.js";
import { Prng } from "../random/prng.js";

/**
 * Alignment of the equilibrium mean from two tuned chains (seeds `seed`, `seed + 1`): by the Stein
 * estimator (the time average of `ThesisSampler.steinMean`, evaluated every sweep) and by the plain
 * time average of m, each after `steps/5` tuning and `steps` burn-in steps, over `steps` steps.
 * 𝒜 is taken against `against` (default the model's field; an unrelated field is where "random
 * alignment" is true).
 */
export function steinAlignments(
  sys: SpinSystem,
  beta: number,
  seed: number,
  steps: number,
  against: Float64Array = sys.x,
): { stein: number[]; plain: number[]; kernel: KernelName } {
  const { N, D } = sys;
  const stein: number[] = [];
  const plain: number[] = [];
  let kernel: KernelName = "js";
  for (let c = 0; c < 2; c++) {
    const s = new ThesisSampler(sys, new Prng(seed + c), { beta });
    kernel = s.kernel;
    s.tune(steps / 5, 0.25);
    s.run(steps);
    const means = steinAndPlainMeans(s, steps);
    stein.push(alignment(means.stein, against, N, D));
    plain.push(alignment(means.plain, against, N, D));
  }
  return { stein, plain, kernel };
}
