/**
 * Benchmark: the 50-digit matrix exponential of an 8×8 matrix against Arb (FLINT's ball
 * arithmetic) and mpmath, and the 50-digit Trotter error at n = 1024 (orders 1 and 2, two 8×8
 * Hamiltonians) against mpmath, beside mathjs's float64 expm.
 *
 * Run: npx tsx bench/expm.ts [--rounds 9] [--repeats 9] [--warmup 300]
 *
 * Arb: `bench/expm-arb.c` is compiled against Arb where its headers are installed (Debian
 * `libflint-arb-dev`, or FLINT 3's `libflint-dev`); otherwise one line says it is skipped. spinspec
 * and Arb run in interleaved rounds (the machine may be busy): each round times `repeats` calls of
 * each, keeping the median wall time and the mean CPU time of the process; the figures are medians
 * over rounds and the ratios spinspec / Arb are the medians of the per-round ratios (target ≤ 3 in
 * CPU time, which preemption by other processes does not inflate). Arb works at ⌈50 log₂ 10⌉ + 10 = 177 bits (about
 * 53 digits, its ball's radius near 10⁻⁵³). Every digit spinspec prints is checked against Arb's
 * ball: both ends of the ball must round to the printed 50 digits (where the ball is too wide to
 * decide, Arb is rerun 128 bits wider, untimed).
 *
 * mpmath (when python3 has it): the same computations in the same run, median times, and the ratio
 * mpmath / spinspec (> 1: spinspec is faster).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { expmFloat } from "../src/linalg/expm.js";
import { expm, roundBall } from "../src/precision/expm.js";
import { trotterError } from "../src/precision/trotter.js";

const arg = (name: string, dflt: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : dflt;
};
const repeats = arg("repeats", 9);
const rounds = arg("rounds", 9);
const warmup = arg("warmup", 300);
const DIGITS = 50;
const N = 1024;
const BETA = "0.75";
const ARB_PREC = Math.ceil(DIGITS * Math.log2(10)) + 10;

// Inputs as exact decimal strings (multiples of 1/8), so all systems read identical numbers.
const dyadicMatrix = (f: (i: number, j: number) => number) =>
  Array.from({ length: 8 }, (_, i) => Array.from({ length: 8 }, (_, j) => String(f(i, j) / 8)));
const A = dyadicMatrix((i, j) => ((3 * i + 5 * j) % 11) - 5);
const A10 = A.map((r) => r.map((x) => String((Number(x) * 8) / 10)));
const H1 = dyadicMatrix((i, j) => ((i + j) % 5) - 2); // symmetric
const H2 = dyadicMatrix((i, j) => (i === j ? i - 4 : Math.abs(i - j) === 1 ? 2 : 0)); // symmetric tridiagonal

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Median wall time of `reps` calls, and their mean CPU time (this process, all its threads: GC included). */
function timed(f: () => unknown, reps = repeats): { ms: number; cpuMs: number; value: unknown } {
  const times: number[] = [];
  let value: unknown;
  const c0 = process.cpuUsage();
  for (let r = 0; r < reps; r++) {
    const t = performance.now();
    value = f();
    times.push(performance.now() - t);
  }
  const c = process.cpuUsage(c0);
  return { ms: median(times), cpuMs: (c.user + c.system) / 1000 / reps, value };
}

// ---- Arb: compile where the headers are.
interface ArbRun {
  ms: number;
  cpuMs: number;
  balls: Array<{ M: bigint; E: number; R: bigint; F: number }>;
}
let arbBin: string | null = null;
let arbSkip = "";
const dir = mkdtempSync(join(tmpdir(), "spinspec-arb-"));
{
  const src = fileURLToPath(new URL("./expm-arb.c", import.meta.url));
  const variants = [
    ["-I/usr/include/flint", "-lflint-arb", "-lflint", "-lgmp"], // Debian/Ubuntu FLINT 2 + Arb 2
    ["-DFLINT3", "-lflint", "-lgmp"], // FLINT 3 (Arb merged into FLINT)
    ["-larb", "-lflint", "-lgmp"], // Arb 2 built from source
  ];
  const errors: string[] = [];
  for (const v of variants) {
    const out = join(dir, "expm-arb");
    const cc = spawnSync("cc", ["-O2", "-o", out, src, ...v], { encoding: "utf8" });
    if (cc.status === 0 && existsSync(out)) {
      arbBin = out;
      break;
    }
    errors.push((cc.stderr || cc.error?.message || "").split("\n")[0]);
  }
  if (!arbBin) arbSkip = errors[0] || "no C compiler";
}
function runArb(M: string[][], prec: number, reps: number): ArbRun {
  const input = `8 ${prec} ${reps}\n${M.map((r) => r.join(" ")).join("\n")}\n`;
  const r = spawnSync(arbBin as string, [], { input, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`expm-arb failed: ${r.stderr}`);
  const lines = r.stdout.trim().split("\n");
  const [wall, cpu] = lines[0].trim().split(/\s+/).map(Number);
  return {
    ms: wall,
    cpuMs: cpu,
    balls: lines.slice(1).map((l) => {
      const [Mi, E, R, F] = l.trim().split(/\s+/);
      return { M: BigInt(Mi), E: Number(E), R: BigInt(R), F: Number(F) };
    }),
  };
}

const range = (xs: number[]) => `rounds ${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)}`;

/** Interleaved rounds of spinspec's expm and Arb's on M; prints times, ratios and the enclosure check. */
function againstArb(label: string, M: string[][]): { ms: number; E: ReturnType<typeof expm> } {
  const ours = () => expm(M, { digits: DIGITS });
  // Warm-up: until V8's optimizing compiler is done with the hot functions. It compiles on helper
  // threads, whose CPU time the rounds count: after 20 calls the first matrix still paid for it
  // (CPU 1.34 ms against 0.80 ms after 300 calls, for the same wall time). Arb's program makes one
  // untimed call, after which its code is what runs in the rounds.
  timed(ours, warmup);
  const oursMs: number[] = [];
  const oursCpu: number[] = [];
  const arbMs: number[] = [];
  const arbCpu: number[] = [];
  const ratios: number[] = [];
  const cpuRatios: number[] = [];
  let lastArb: ArbRun | null = null;
  for (let r = 0; r < rounds; r++) {
    const o = timed(ours);
    oursMs.push(o.ms);
    oursCpu.push(o.cpuMs);
    if (!arbBin) continue;
    lastArb = runArb(M, ARB_PREC, repeats);
    arbMs.push(lastArb.ms);
    arbCpu.push(lastArb.cpuMs);
    ratios.push(o.ms / lastArb.ms);
    cpuRatios.push(o.cpuMs / lastArb.cpuMs);
  }
  const E = ours();
  const oMs = median(oursMs);
  if (!arbBin || !lastArb) {
    console.log(
      `expm 8×8 ${label}, ${DIGITS} digits: spinspec ${oMs.toFixed(3)} ms (CPU ${median(oursCpu).toFixed(3)} ms)`,
    );
    return { ms: oMs, E };
  }
  console.log(
    `expm 8×8 ${label}, ${DIGITS} digits: spinspec ${oMs.toFixed(3)} ms (CPU ${median(oursCpu).toFixed(3)} ms), ` +
      `Arb (${ARB_PREC} bits) ${median(arbMs).toFixed(3)} ms (CPU ${median(arbCpu).toFixed(3)} ms)`,
  );
  // CPU time is the fairer figure on a busy machine: a few-ms C run can fit in one time slice, a
  // longer one is preempted; wall-clock ratios are printed beside it.
  console.log(`  spinspec / Arb, CPU time: ${median(cpuRatios).toFixed(2)}× (${range(cpuRatios)}; target ≤ 3)`);
  console.log(`  spinspec / Arb, wall time: ${median(ratios).toFixed(2)}× (${range(ratios)})`);
  // Every printed digit inside Arb's ball: both ends of the ball round to the printed digits.
  let checked = 0;
  const bad: string[] = [];
  const check = (arb: ArbRun, only: Set<number> | null) => {
    const again = new Set<number>();
    arb.balls.forEach((b, k) => {
      if (only && !only.has(k)) return;
      const mine = E[Math.floor(k / 8)][k % 8];
      // The radius in units of the midpoint's last place, rounded up.
      const sh = b.F - b.E;
      const R = b.R === 0n ? 0n : sh >= 0 ? b.R << BigInt(sh) : (b.R >> BigInt(-sh)) + 1n;
      const arbRounded = b.M === 0n ? null : roundBall(b.M, R, b.E, DIGITS);
      if (arbRounded === null) {
        again.add(k);
        return;
      }
      checked++;
      if (!mine.eq(`${arbRounded.q}e${arbRounded.exp10}`))
        bad.push(`(${Math.floor(k / 8)}, ${k % 8}): ${String(mine)}`);
    });
    return again;
  };
  let again = check(lastArb, null);
  // Where the ball is too wide to decide the 50th digit, Arb again 128 bits wider (untimed).
  if (again.size > 0) again = check(runArb(M, ARB_PREC + 128, 1), again);
  console.log(
    bad.length === 0
      ? `  enclosure: all ${checked} entries' printed ${DIGITS} digits are the rounding of every point of Arb's ball` +
          (again.size ? ` (${again.size} undecided)` : "")
      : `  ENCLOSURE FAILS for ${bad.length} entries: ${bad.join("; ")}`,
  );
  return { ms: oMs, E };
}

console.log(`${DIGITS} digits, node ${process.version}; medians of ${rounds} interleaved rounds × ${repeats} calls`);
if (!arbBin) console.log(`Arb: skipped (${arbSkip})`);
// The matrix of entries k/8 (short exact mantissas), and the same pattern in tenths (k/10: every
// entry a full-length binary fraction, for both systems).
const { ms: oMs, E } = againstArb("(entries k/8)", A);
againstArb("(entries k/10)", A10);

// ---- mpmath and the Trotter rows.
const trotter1 = timed(() => trotterError([H1, H2], BETA, N, { order: 1, digits: DIGITS }), 5);
const trotter2 = timed(() => trotterError([H1, H2], BETA, N, { order: 2, digits: DIGITS }), 5);
const floatExpm = timed(() => expmFloat(A.map((r) => r.map(Number))));
let mp: Record<string, number | string> | null = null;
const py = spawnSync("python3", [fileURLToPath(new URL("./expm-mpmath.py", import.meta.url))], {
  input: JSON.stringify({ A, H1, H2, beta: BETA, n: N, digits: DIGITS, repeats: 5 }),
  encoding: "utf8",
});
if (py.status === 0) mp = JSON.parse(py.stdout.trim().split("\n").pop() as string);
else console.log(`mpmath not available (${(py.stderr || py.error?.message || "").trim().split("\n").pop()})`);

const row = (what: string, ms: number, other?: number, name = "mpmath") =>
  console.log(
    `${what.padEnd(34)} ${ms.toFixed(3).padStart(9)} ms` +
      (other === undefined
        ? ""
        : `   ${name} ${other.toFixed(3).padStart(9)} ms   ratio ${name}/spinspec ${(other / ms).toFixed(2)}`),
  );
if (mp) row("expm 8×8 vs mpmath", oMs, Number(mp.expm));
row("trotterError n=1024 order 1", trotter1.ms, mp ? Number(mp.trotter1) : undefined);
row("trotterError n=1024 order 2", trotter2.ms, mp ? Number(mp.trotter2) : undefined);
row("expm 8×8 float64 (mathjs)", floatExpm.ms);
if (mp) {
  // The systems must agree, or the timing compares different computations.
  console.log(`agreement: e^A[0][0] spinspec ${String(E[0][0])}`);
  console.log(`                     mpmath   ${mp.expm00}`);
  console.log(`           error order 1: spinspec ${String(trotter1.value)}  mpmath ${mp.error1}`);
  console.log(`           error order 2: spinspec ${String(trotter2.value)}  mpmath ${mp.error2}`);
}
rmSync(dir, { recursive: true, force: true });
