/**
 * Benchmark: the 50-digit matrix exponential of an 8×8 matrix and the 50-digit Trotter error at
 * n = 1024 (orders 1 and 2, two 8×8 Hamiltonians), beside mathjs's float64 expm and, when python3
 * with mpmath is present, mpmath doing the same computations in the same run.
 *
 * Run: npx tsx bench/expm.ts [--repeats 5]
 * Prints median times in ms and the ratio mpmath / spinspec (> 1: spinspec is faster).
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { expm } from "../src/precision/expm.js";
import { trotterError } from "../src/precision/trotter.js";
import { expmFloat } from "../src/linalg/expm.js";

const repeats = Number(process.argv[process.argv.indexOf("--repeats") + 1]) || 5;
const DIGITS = 50;
const N = 1024;
const BETA = "0.75";

// Inputs as exact decimal strings (multiples of 1/8), so both systems read identical numbers.
const dyadicMatrix = (f: (i: number, j: number) => number) =>
  Array.from({ length: 8 }, (_, i) => Array.from({ length: 8 }, (_, j) => String(f(i, j) / 8)));
const A = dyadicMatrix((i, j) => ((3 * i + 5 * j) % 11) - 5);
const H1 = dyadicMatrix((i, j) => ((i + j) % 5) - 2); // symmetric
const H2 = dyadicMatrix((i, j) => (i === j ? i - 4 : Math.abs(i - j) === 1 ? 2 : 0)); // symmetric tridiagonal

function median(f: () => unknown): { ms: number; value: unknown } {
  f(); // warm-up (JIT, lazy mathjs load)
  const times: number[] = [];
  let value: unknown;
  for (let r = 0; r < repeats; r++) {
    const t = performance.now();
    value = f();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)], value };
}

const ours = {
  expm: median(() => expm(A, { digits: DIGITS })),
  trotter1: median(() => trotterError([H1, H2], BETA, N, { order: 1, digits: DIGITS })),
  trotter2: median(() => trotterError([H1, H2], BETA, N, { order: 2, digits: DIGITS })),
};
const floatExpm = median(() => expmFloat(A.map((r) => r.map(Number))));

let mp: Record<string, number | string> | null = null;
const py = spawnSync("python3", [fileURLToPath(new URL("./expm-mpmath.py", import.meta.url))], {
  input: JSON.stringify({ A, H1, H2, beta: BETA, n: N, digits: DIGITS, repeats }),
  encoding: "utf8",
});
if (py.status === 0) mp = JSON.parse(py.stdout.trim().split("\n").pop() as string);
else console.log(`mpmath not available (${(py.stderr || py.error?.message || "").split("\n")[0]})`);

const row = (what: string, ms: number, mpms?: number) =>
  console.log(
    `${what.padEnd(34)} ${ms.toFixed(2).padStart(9)} ms` +
      (mpms === undefined
        ? ""
        : `   mpmath ${mpms.toFixed(2).padStart(9)} ms   ratio mpmath/spinspec ${(mpms / ms).toFixed(2)}`),
  );
console.log(`median of ${repeats} runs, ${DIGITS} digits, node ${process.version}`);
row("expm 8×8 (decimal, 50 digits)", ours.expm.ms, mp ? Number(mp.expm) : undefined);
row("trotterError n=1024 order 1", ours.trotter1.ms, mp ? Number(mp.trotter1) : undefined);
row("trotterError n=1024 order 2", ours.trotter2.ms, mp ? Number(mp.trotter2) : undefined);
row("expm 8×8 float64 (mathjs)", floatExpm.ms);
if (mp) {
  // The two systems must agree, or the timing compares different computations.
  const e00 = String((ours.expm.value as string[][])[0][0]);
  console.log(`agreement: e^A[0][0] spinspec ${e00}`);
  console.log(`                     mpmath   ${mp.expm00}`);
  console.log(`           error order 1: spinspec ${String(ours.trotter1.value)}  mpmath ${mp.error1}`);
  console.log(`           error order 2: spinspec ${String(ours.trotter2.value)}  mpmath ${mp.error2}`);
}
