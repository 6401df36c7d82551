/**
 * Benchmark: `spinspec verify` quick and `--thorough`, run one after the other in one go, and the
 * ratio of their times (issue 14's target: thorough ≤ 5× quick, quick ≤ 15 s on 2 cores).
 *
 * Usage: npx tsx bench/verify-ratio.ts [--rounds 1] [--jobs N]
 *
 * Each round runs the full quick verify, then the full thorough verify, each a fresh
 * `npx spinspec verify` process writing its report to a temporary file. For each run it prints the
 * wall time, the CPU time of the process and its workers (user + system, from /usr/bin/time when
 * present: on a shared machine wall time measures the neighbours too, CPU time measures the work),
 * the load average when it started, and whether every verdict matched. The last lines are the
 * ratios thorough / quick of wall and CPU time (medians over rounds), and the slowest claims of the
 * last thorough run. The pool starts claims longest first from `.spinspec/timings.json`, which each
 * run updates (a clean checkout starts from the planned budgets, then from the quick run's times).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Report } from "../src/claims/report-types.js";

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const rounds = Number(arg("rounds") ?? 1);
const jobs = arg("jobs");
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dir = mkdtempSync(join(tmpdir(), "spinspec-ratio-"));
const timeBin = existsSync("/usr/bin/time") ? "/usr/bin/time" : undefined;

interface Run {
  wallS: number;
  cpuS?: number;
  load: number;
  report: Report;
}

function verify(thorough: boolean, k: number): Run {
  const json = join(dir, `${thorough ? "thorough" : "quick"}-${k}.json`);
  const args = ["spinspec", "verify", "--quiet", "--json", json, ...(thorough ? ["--thorough"] : [])];
  if (jobs) args.push("--jobs", jobs);
  const cpuFile = join(dir, "cpu.txt");
  const [cmd, cmdArgs] = timeBin ? [timeBin, ["-f", "%U %S", "-o", cpuFile, "npx", ...args]] : ["npx", args];
  const load = loadavg()[0];
  const t0 = performance.now();
  const r = spawnSync(cmd, cmdArgs, { cwd: root, stdio: ["ignore", "inherit", "inherit"] });
  const wallS = (performance.now() - t0) / 1000;
  if (r.error) throw r.error;
  if (!existsSync(json)) throw new Error(`verify${thorough ? " --thorough" : ""} wrote no report (exit ${r.status})`);
  let cpuS: number | undefined;
  if (timeBin && existsSync(cpuFile)) {
    const [u, s] = readFileSync(cpuFile, "utf8").trim().split(/\s+/).slice(-2).map(Number);
    if (Number.isFinite(u) && Number.isFinite(s)) cpuS = u + s;
  }
  return { wallS, cpuS, load, report: JSON.parse(readFileSync(json, "utf8")) as Report };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const line = (name: string, r: Run) =>
  `${name.padEnd(9)} wall ${r.wallS.toFixed(1).padStart(6)} s   CPU ${r.cpuS === undefined ? "    —" : r.cpuS.toFixed(1).padStart(6)} s   load ${r.load.toFixed(1).padStart(5)}   ${r.report.totals.claims} claims, ${r.report.totals.mismatched} mismatched`;

const quick: Run[] = [];
const thorough: Run[] = [];
try {
  for (let k = 0; k < rounds; k++) {
    quick.push(verify(false, k));
    console.log(line("quick", quick[k]));
    thorough.push(verify(true, k));
    console.log(line("thorough", thorough[k]));
  }
  const wallQ = median(quick.map((r) => r.wallS));
  const wallT = median(thorough.map((r) => r.wallS));
  console.log(
    `thorough / quick, wall: ${(wallT / wallQ).toFixed(2)}× (target ≤ 5×; quick ${wallQ.toFixed(1)} s, target ≤ 15 s)`,
  );
  if (quick.every((r) => r.cpuS !== undefined) && thorough.every((r) => r.cpuS !== undefined)) {
    const cpuQ = median(quick.map((r) => r.cpuS as number));
    const cpuT = median(thorough.map((r) => r.cpuS as number));
    console.log(
      `thorough / quick, CPU:  ${(cpuT / cpuQ).toFixed(2)}× (quick ${cpuQ.toFixed(1)} s, thorough ${cpuT.toFixed(1)} s)`,
    );
  }
  const last = thorough[thorough.length - 1].report.claims;
  console.log("slowest claims of the last thorough run:");
  for (const c of [...last].sort((a, b) => b.timeMs - a.timeMs).slice(0, 10))
    console.log(`  ${c.id.padEnd(48)} ${(c.timeMs / 1000).toFixed(1).padStart(6)} s`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
