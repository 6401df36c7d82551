/**
 * Throughput of the thesis' Metropolis–Hastings sampler at the published size (N = 64, D = 32):
 * the incremental O(N·D) step of `ThesisSampler` with each of its kernels (native, WebAssembly
 * SIMD, TypeScript reference: the same chain bit for bit), against the published algorithm (full
 * recomputation of θ and H for both states, O(N²D)), all in this code base.
 *
 * Run: npx tsx bench/thesis-sampler.ts [rounds, default 15]
 * The thesis' own Python/NumPy code takes 40–60 µs per step on this kind of machine (the thesis'
 * published simulation); the target is 50× faster, i.e. 0.8–1.2 µs per step.
 *
 * Each kernel runs `rounds` timed runs (after a warm-up, which also lets V8 replace the baseline
 * compilation of the WebAssembly kernel by the optimized one), the kernels interleaved round by
 * round so that a slow spell of a shared machine hits all of them alike. Printed: the median and
 * the minimum µs per step (the minimum is the least disturbed run), and the CPU time of this
 * process over all rounds (which excludes time stolen by other processes).
 */
import { Prng } from "../src/random/prng.js";
import { zigguratNormal } from "../src/spinglass/gauss.js";
import { nativeKernelStatus } from "../src/spinglass/kernel-native.js";
import { publishedStepReference, thesisSigma, ThesisSampler } from "../src/spinglass/sampler.js";
import type { KernelName } from "../src/spinglass/sampler-kernel.js";
import { thesisStart, thesisSystem } from "../src/spinglass/system.js";

const rounds = Number(process.argv[2] ?? 15);
const N = 64;
const D = 32;
const R = Math.sqrt(D / 2 - 1);
const sys = thesisSystem(new Prng(1), { N, D });
const THESIS_US = [40, 60];
/** Steps per timed run of each kernel (about 0.1–0.3 s each). */
const STEPS: Record<KernelName, number> = { native: 400_000, wasm: 150_000, js: 20_000 };

function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

interface Timing {
  median: number;
  min: number;
  cpu: number;
}

/** Interleaved timed runs of `bodies` (each called with its own step count); µs per step. */
function timeInterleaved(bodies: { n: number; body: (n: number) => void }[]): Timing[] {
  const wall = bodies.map(() => [] as number[]);
  const cpu = bodies.map(() => 0);
  for (let r = 0; r < rounds; r++) {
    bodies.forEach(({ n, body }, j) => {
      const c0 = cpuMs();
      const t0 = performance.now();
      body(n);
      wall[j].push(((performance.now() - t0) / n) * 1000);
      cpu[j] += ((cpuMs() - c0) / n) * 1000;
    });
  }
  return wall.map((w, j) => {
    w.sort((a, b) => a - b);
    return { median: w[w.length >> 1], min: w[0], cpu: cpu[j] / rounds };
  });
}

const fmt = (t: Timing) =>
  `median ${t.median.toFixed(3)} µs/step (${(1e6 / t.median).toExponential(2)} steps/s), min ${t.min.toFixed(3)}, CPU ${t.cpu.toFixed(3)}`;

const status = nativeKernelStatus();
console.log(
  `thesis sampler, N = ${N}, D = ${D}, σ = ${thesisSigma(N, D).toFixed(5)}; ${rounds} interleaved rounds per β`,
);
console.log(`native kernel: ${status.reason}`);
const kernels: KernelName[] = status.available ? ["native", "wasm", "js"] : ["wasm", "js"];
for (const beta of [1e-3, 1, 1000]) {
  const samplers = kernels.map((kernel) => {
    const s = new ThesisSampler(sys, new Prng(2), { beta, kernel });
    if (s.kernel !== kernel) throw new Error(`the ${kernel} kernel is not available here`);
    s.run(STEPS[kernel]); // warm-up (JIT, wasm tier-up) and move away from the start
    return s;
  });
  const before = samplers[0].accepted;
  const timings = timeInterleaved(
    samplers.map((s, j) => ({ n: STEPS[kernels[j]], body: (n: number) => void s.run(n) })),
  );
  const acceptance = (samplers[0].accepted - before) / (rounds * STEPS[kernels[0]]);
  console.log(`  β = ${beta} (acceptance ${acceptance.toFixed(3)}):`);
  kernels.forEach((k, j) => console.log(`    ${k.padEnd(6)} ${fmt(timings[j])}`));
  const best = timings[0].median;
  const others = kernels.slice(1).map((k, j) => `${(timings[j + 1].median / best).toFixed(1)}× faster than ${k}`);
  console.log(
    `    ${kernels[0]}: ${others.join(", ")}; ${(THESIS_US[0] / best).toFixed(0)}–${(THESIS_US[1] / best).toFixed(0)}× the thesis' 40–60 µs`,
  );
}
{
  // Why the whole loop is in compiled code: the random numbers of one step alone, drawn in JS, take
  // a large part of the 1 µs budget, before any kernel call.
  const rng = new Prng(4);
  let sink = 0;
  const [t] = timeInterleaved([
    {
      n: 200_000,
      body: (n) => {
        for (let k = 0; k < n; k++) {
          sink += rng.next();
          for (let c = 0; c < D; c++) sink += zigguratNormal(rng);
          sink += rng.next();
        }
      },
    },
  ]);
  console.log(
    `  the draws of one step in JS alone (next, ${D} ziggurat normals, next): median ${t.median.toFixed(2)} µs`,
  );
  void sink;
}
{
  const m = thesisStart(N, D);
  const rng = new Prng(3);
  for (let t = 0; t < 200; t++) publishedStepReference(sys, m, rng, 1, thesisSigma(N, D), R);
  const [t] = timeInterleaved([
    {
      n: 500,
      body: (k) => {
        for (let s = 0; s < k; s++) publishedStepReference(sys, m, rng, 1, thesisSigma(N, D), R);
      },
    },
  ]);
  console.log(`  published algorithm (full recomputation, TypeScript, β = 1): median ${t.median.toFixed(1)} µs/step`);
}
