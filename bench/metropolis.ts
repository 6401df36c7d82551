/**
 * Benchmark: Metropolis spin-flip attempts per second on a 64×64 Ising torus, the TypeScript
 * reference (src/mcmc/metropolis.ts) against a plain C implementation of the same algorithm
 * (bench/metropolis.c) compiled with `gcc -O2` in the same run.
 *
 * Usage: npx tsx bench/metropolis.ts [sweeps=2000] [repeats=3]
 * Prints the best of `repeats` timings for each, and the ratio. Both start from all spins up at
 * β = K_c and report the final energy per spin as a sanity check (it should be near −1.4).
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { metropolisSweep, torusEnergy, torusState } from "../src/mcmc/metropolis.js";
import { Prng } from "../src/random/prng.js";
import { ONSAGER_KC } from "../src/ising/onsager.js";

const sweeps = Number(process.argv[2] ?? 2000);
const repeats = Number(process.argv[3] ?? 3);
const L = 64;
const N = L * L;

function runTs(): { rate: number; e: number; secs: number } {
  const rng = new Prng(12345);
  const st = torusState(L);
  for (let w = 0; w < 50; w++) metropolisSweep(st, ONSAGER_KC, rng); // JIT warm-up
  const t0 = process.hrtime.bigint();
  for (let s = 0; s < sweeps; s++) metropolisSweep(st, ONSAGER_KC, rng);
  const secs = Number(process.hrtime.bigint() - t0) / 1e9;
  return { rate: (sweeps * N) / secs, e: torusEnergy(st).E / N, secs };
}

const here = dirname(fileURLToPath(import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "spinspec-bench-"));
const exe = join(dir, "metropolis");
const gccVersion = execFileSync("gcc", ["--version"], { encoding: "utf8" }).split("\n")[0];
execFileSync("gcc", ["-O2", "-o", exe, join(here, "metropolis.c"), "-lm"]);

function runC(): { rate: number; e: number; secs: number } {
  const out = execFileSync(exe, [String(sweeps), String(ONSAGER_KC)], { encoding: "utf8" })
    .trim()
    .split(/\s+/);
  return { rate: Number(out[2]), e: Number(out[3]), secs: Number(out[1]) };
}

const best = (f: () => { rate: number; e: number; secs: number }) => {
  let b = f();
  for (let r = 1; r < repeats; r++) {
    const x = f();
    if (x.rate > b.rate) b = x;
  }
  return b;
};

const ts = best(runTs);
const c = best(runC);
const fmt = (x: number) => `${(x / 1e6).toFixed(1)} M/s`;
console.log(
  `Metropolis on a ${L}×${L} torus at β = K_c, ${sweeps} sweeps (${((sweeps * N) / 1e6).toFixed(1)} M attempts), best of ${repeats}`,
);
console.log(`  TypeScript (node ${process.version}): ${fmt(ts.rate)}  (E/N = ${ts.e.toFixed(3)})`);
console.log(`  C (${gccVersion}, -O2):     ${fmt(c.rate)}  (E/N = ${c.e.toFixed(3)})`);
console.log(`  C / TypeScript: ${(c.rate / ts.rate).toFixed(2)}×`);
