/**
 * Throughput of the thesis' Metropolis–Hastings sampler at the published size (N = 64, D = 32):
 * the incremental O(N·D) step of `ThesisSampler` against the published algorithm (full recomputation
 * of θ and H for both states, O(N²D)), both in this TypeScript code base.
 *
 * Run: npx tsx bench/thesis-sampler.ts [steps]
 * The thesis' own Python/NumPy code takes 40–60 µs per step on this kind of machine (the thesis'
 * published simulation); the target is ≤ ~1 µs per step.
 */
import { Prng } from "../src/random/prng.js";
import { publishedStepReference, thesisSigma, ThesisSampler } from "../src/spinglass/sampler.js";
import { thesisStart, thesisSystem } from "../src/spinglass/system.js";

const steps = Number(process.argv[2] ?? 2_000_000);
const N = 64;
const D = 32;
const R = Math.sqrt(D / 2 - 1);
const sys = thesisSystem(new Prng(1), { N, D });

console.log(`thesis sampler, N = ${N}, D = ${D}, σ = ${thesisSigma(N, D).toFixed(5)}, ${steps} timed steps per β (median of 3)`);
for (const beta of [1e-3, 1, 1000]) {
  const s = new ThesisSampler(sys, new Prng(2), { beta });
  s.run(100_000); // warm-up (JIT) and move away from the start
  const times: number[] = [];
  let acc = 0;
  for (let rep = 0; rep < 3; rep++) {
    const t0 = performance.now();
    acc = s.run(steps);
    times.push((performance.now() - t0) / steps);
  }
  times.sort((a, b) => a - b);
  const us = times[1] * 1000;
  console.log(`  β = ${beta}: incremental ${us.toFixed(2)} µs/step (${(1e6 / us).toExponential(2)} steps/s), acceptance ${(acc / steps).toFixed(3)}`);
}
{
  const m = thesisStart(N, D);
  const rng = new Prng(3);
  const n = 2000;
  for (let t = 0; t < 200; t++) publishedStepReference(sys, m, rng, 1, thesisSigma(N, D), R);
  const t0 = performance.now();
  for (let t = 0; t < n; t++) publishedStepReference(sys, m, rng, 1, thesisSigma(N, D), R);
  const us = ((performance.now() - t0) / n) * 1000;
  console.log(`  published algorithm (full recomputation, TypeScript): ${us.toFixed(1)} µs/step`);
}
