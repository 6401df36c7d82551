/**
 * Benchmark: Metropolis spin-flip attempts per second on a 64×64 Ising torus at β = K_c, spinspec's
 * kernels (src/mcmc/metropolis-run.ts: the TypeScript reference and, when built, the native kernel)
 * against a plain C implementation of the same algorithm (bench/metropolis.c) compiled with
 * `gcc -O2` in the same run.
 *
 * Usage: npx tsx bench/metropolis.ts [sweeps=500] [rounds=15]
 *
 * The machine may be busy: the kernels run in interleaved rounds (TypeScript, native, C, TypeScript,
 * …), each round `sweeps` sweeps from the same start (all spins up, seed 12345), and each kernel's
 * figure is the median of its rounds. The last line is C's time per attempt over the fastest spinspec
 * kernel's (equivalently that kernel's rate over C's: ≥ 1× means spinspec is at least as fast as C,
 * issue 14's target), with the range of the per-round ratios. Every round also checks that the spinspec kernels
 * ended in the same state with the same RNG state (they are the same chain) and prints E/N (near
 * −1.4 after enough sweeps); the C reference runs that chain too, so its E/N is the same.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { ONSAGER_KC } from "../src/ising/onsager.js";
import { torusEnergy, torusState } from "../src/mcmc/metropolis.js";
import { isingKernelStatus } from "../src/mcmc/metropolis-native.js";
import { type IsingKernelName, metropolisRun } from "../src/mcmc/metropolis-run.js";
import { metropolisWasmAvailable } from "../src/mcmc/metropolis-wasm.js";
import { Prng } from "../src/random/prng.js";

const sweeps = Number(process.argv[2] ?? 500);
const rounds = Number(process.argv[3] ?? 15);
const L = 64;
const N = L * L;

interface Run {
  rate: number;
  e: number;
  spins?: Int8Array;
  rng?: number;
}

function runKernel(kernel: IsingKernelName): Run {
  const rng = new Prng(12345);
  const st = torusState(L);
  metropolisRun(st, ONSAGER_KC, rng, 20, { kernel }); // warm-up (JIT, caches), part of the chain
  const t0 = process.hrtime.bigint();
  const r = metropolisRun(st, ONSAGER_KC, rng, sweeps, { kernel });
  const secs = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.kernel !== kernel) throw new Error(`asked for the ${kernel} kernel, ${r.kernel} ran`);
  return { rate: (sweeps * N) / secs, e: torusEnergy(st).E / N, spins: st.spins, rng: rng.nextUint32() };
}

const here = dirname(fileURLToPath(import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "spinspec-bench-"));
const exe = join(dir, "metropolis");
const gccVersion = execFileSync("gcc", ["--version"], { encoding: "utf8" }).split("\n")[0];
execFileSync("gcc", ["-O2", "-o", exe, join(here, "metropolis.c"), "-lm"]);

function runC(): Run {
  const out = execFileSync(exe, [String(sweeps + 20), String(ONSAGER_KC)], { encoding: "utf8" })
    .trim()
    .split(/\s+/);
  return { rate: Number(out[2]), e: Number(out[3]) };
}

const kernels: IsingKernelName[] = [
  "js",
  ...(metropolisWasmAvailable() ? (["wasm"] as const) : []),
  ...(isingKernelStatus().available ? (["native"] as const) : []),
];
const names = [...kernels, "C"] as const;
const rates = new Map<string, number[]>(names.map((k) => [k, []]));
const energies = new Map<string, number>();
const ratios: number[] = [];
let sameAsC = true;
for (let round = 0; round < rounds; round++) {
  const own: Run[] = [];
  for (const k of kernels) {
    const r = runKernel(k);
    rates.get(k)?.push(r.rate);
    energies.set(k, r.e);
    own.push(r);
  }
  const c = runC();
  rates.get("C")?.push(c.rate);
  energies.set("C", c.e);
  for (const r of own.slice(1))
    if (r.rng !== own[0].rng || r.spins?.some((s, i) => s !== own[0].spins?.[i]))
      throw new Error("the spinspec kernels did not run the same chain");
  ratios.push(Math.max(...own.map((r) => r.rate)) / c.rate);
  // The C reference is the same algorithm with the same generator, seed and start, so it runs the
  // very same chain: its final energy (printed to 6 decimals) must be spinspec's.
  if (Math.abs(c.e - own[0].e) > 1e-6) sameAsC = false;
}
rmSync(dir, { recursive: true, force: true });

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const fmt = (x: number) => `${(x / 1e6).toFixed(1)} M/s`;
const label: Record<string, string> = {
  js: `spinspec TypeScript (node ${process.version})`,
  wasm: "spinspec WebAssembly kernel",
  native: "spinspec native kernel",
  C: `C reference (${gccVersion}, -O2)`,
};
console.log(
  `Metropolis on a ${L}×${L} torus at β = K_c, ${sweeps} sweeps (${((sweeps * N) / 1e6).toFixed(1)} M attempts) a round, ${rounds} interleaved rounds, medians`,
);
if (!isingKernelStatus().available) console.log(`  (native kernel: ${isingKernelStatus().reason})`);
for (const k of names) {
  const xs = rates.get(k) as number[];
  console.log(
    `  ${label[k].padEnd(42)} ${fmt(median(xs)).padStart(11)}  (range ${fmt(Math.min(...xs))} – ${fmt(Math.max(...xs))}; E/N = ${(energies.get(k) as number).toFixed(3)})`,
  );
}
if (!sameAsC) console.log("  (the C reference ended in another state: it no longer runs the same chain)");
const fastest = kernels.reduce((a, b) =>
  median(rates.get(a) as number[]) >= median(rates.get(b) as number[]) ? a : b,
);
console.log(
  `  C / spinspec: ${(median(rates.get(fastest) as number[]) / median(rates.get("C") as number[])).toFixed(2)}×  (time per attempt, C's over spinspec's fastest, ${fastest}; target ≥ 1×; per-round ratios ${Math.min(...ratios).toFixed(2)} – ${Math.max(...ratios).toFixed(2)}, median ${median(ratios).toFixed(2)})`,
);
