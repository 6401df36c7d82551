/**
 * Benchmark: Kaufman's exact ln Z of the L × L Ising torus at β_c, 40 digits, spinspec
 * (`src/ising/kaufman.ts`, bigint binary floating point) against mpmath running the same formula
 * (`bench/kaufman-mpmath.py`, the formula of `fixtures/ising-torus.py`, at mp.dps = the same digits)
 * for L = 8 … 256, when python3 with mpmath is present (otherwise spinspec's times alone).
 *
 * Usage: npx tsx bench/kaufman.ts [--rounds 7] [--reps 5] [--digits 40]
 *
 * The machine may be busy: the two run in interleaved rounds (spinspec for every L, then mpmath
 * for every L, then spinspec again, …); each round takes the median wall time of `reps` calls per
 * L and their mean CPU time, and each figure is the median over rounds. The ratio per L is
 * mpmath's CPU time over spinspec's (> 1: spinspec is faster; preemption by other processes does
 * not inflate CPU time), the median of the per-round ratios, with their range and the wall-time
 * ratio beside it. The two values must agree to
 * digits − 1 digits or the timing compares different computations.
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { Decimal } from "decimal.js";
import { isingTorusLogZ } from "../src/ising/kaufman.js";

const arg = (name: string, dflt: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : dflt;
};
const rounds = arg("rounds", 7);
const reps = arg("reps", 5);
const digits = arg("digits", 40);
const Ls = [8, 16, 32, 64, 128, 256];
// β_c = ln(1 + √2)/2 to 40 digits, as a string so both read the same decimal.
const beta = "0.4406867935097714497671889667282041441655";
const script = fileURLToPath(new URL("./kaufman-mpmath.py", import.meta.url));

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function oursRound(): { ms: Record<number, number>; cpu: Record<number, number>; value: Record<number, string> } {
  const ms: Record<number, number> = {};
  const cpu: Record<number, number> = {};
  const value: Record<number, string> = {};
  for (const L of Ls) {
    const times: number[] = [];
    const c0 = process.cpuUsage();
    for (let r = 0; r < reps; r++) {
      const t = performance.now();
      value[L] = String(isingTorusLogZ(L, beta, { digits }));
      times.push(performance.now() - t);
    }
    const c = process.cpuUsage(c0);
    ms[L] = median(times);
    cpu[L] = (c.user + c.system) / 1000 / reps;
  }
  return { ms, cpu, value };
}

function mpmathRound(): Record<string, { ms: number; cpuMs: number; value: string }> | string {
  const py = spawnSync("python3", [script], { input: JSON.stringify({ Ls, beta, digits, reps }), encoding: "utf8" });
  if (py.status !== 0) return (py.stderr || py.error?.message || "python3 failed").trim().split("\n").pop() as string;
  return JSON.parse(py.stdout.trim().split("\n").pop() as string);
}

oursRound(); // warm-up (JIT)
const ours: Record<number, number[]> = Object.fromEntries(Ls.map((L) => [L, []]));
const theirs: Record<number, number[]> = Object.fromEntries(Ls.map((L) => [L, []]));
const ratios: Record<number, number[]> = Object.fromEntries(Ls.map((L) => [L, []]));
const cpuRatios: Record<number, number[]> = Object.fromEntries(Ls.map((L) => [L, []]));
let values: Record<number, string> = {};
let mpValues: Record<string, { ms: number; cpuMs: number; value: string }> | null = null;
let missing = "";
for (let r = 0; r < rounds; r++) {
  const o = oursRound();
  values = o.value;
  for (const L of Ls) ours[L].push(o.ms[L]);
  if (missing) continue;
  const m = mpmathRound();
  if (typeof m === "string") {
    missing = m;
    continue;
  }
  mpValues = m;
  for (const L of Ls) {
    theirs[L].push(m[L].ms);
    ratios[L].push(m[L].ms / o.ms[L]);
    cpuRatios[L].push(m[L].cpuMs / o.cpu[L]);
  }
}

console.log(
  `Kaufman ln Z, L×L torus at β_c, ${digits} digits; medians of ${rounds} interleaved rounds × ${reps} calls; node ${process.version}`,
);
if (missing) console.log(`mpmath not available (${missing}): spinspec's times only`);
console.log(
  `${"L".padStart(4)} ${"spinspec ms".padStart(12)} ${"mpmath ms".padStart(10)}  mpmath / spinspec: CPU time (wall time)`,
);
let worst = Number.POSITIVE_INFINITY;
for (const L of Ls) {
  const a = median(ours[L]);
  if (!mpValues) {
    console.log(`${String(L).padStart(4)} ${a.toFixed(3).padStart(12)}`);
    continue;
  }
  const b = median(theirs[L]);
  const rs = cpuRatios[L];
  const ratio = median(rs);
  worst = Math.min(worst, ratio);
  // Agreement: the values must be the same number to digits − 1 digits.
  const X = Decimal.clone({ precision: digits + 10 });
  const rel = new X(values[L]).minus(mpValues[L].value).abs().div(new X(mpValues[L].value).abs());
  const ok = rel.lte(new X(10).pow(-(digits - 1)));
  console.log(
    `${String(L).padStart(4)} ${a.toFixed(3).padStart(12)} ${b.toFixed(3).padStart(10)}  ${ratio.toFixed(2)}× ` +
      `(rounds ${Math.min(...rs).toFixed(2)}–${Math.max(...rs).toFixed(2)}; wall ${median(ratios[L]).toFixed(2)}×)` +
      (ok ? "" : `  DISAGREE: ${values[L]} vs ${mpValues[L].value}`),
  );
}
if (mpValues) console.log(`slowest ratio mpmath / spinspec (CPU time): ${worst.toFixed(2)}× (target ≥ 1)`);
