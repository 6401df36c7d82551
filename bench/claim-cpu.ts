/**
 * Benchmark: the CPU time of each claim, run in this process (no worker pool), quick or thorough,
 * with its evidence written to a JSON file so two versions of the code can be compared.
 *
 * Usage: npx tsx bench/claim-cpu.ts [--thorough] [--claims a,b] [--family f,g] [--out FILE]
 *        [--budget-scale S] [--repeat N]
 *
 * Wall-clock time on a shared machine measures the neighbours; `process.cpuUsage()` around one
 * claim measures the claim (one thread runs here, so the process' CPU time is the claim's, plus a
 * little garbage collection). `--budget-scale` raises every part's soft budget so a loaded machine
 * cannot interrupt a search and change its evidence (the run counts are the plan's either way).
 * `--repeat N` runs each claim N times and keeps the least CPU time (the later runs see warm
 * caches, which is what a worker running many claims sees too).
 *
 * The output holds, per claim, its CPU ms and everything its report records except times: compare
 * two outputs with `npx tsx bench/claim-cpu.ts --compare a.json b.json`.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { runClaim } from "../src/claims/claim-run.js";
import { loadRegistry } from "../src/claims/registry.js";
import { DEFAULT_SEED } from "../src/cli/main.js";
import type { ClaimReport } from "../src/claims/report-types.js";

const argv = process.argv.slice(2);
const has = (name: string) => argv.includes(`--${name}`);
const arg = (name: string): string | undefined => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
};

/** A report with every time field removed, so equal evidence compares equal. */
function timeless(r: ClaimReport): unknown {
  return JSON.parse(JSON.stringify(r, (k, v) => (k === "timeMs" ? undefined : v)));
}

if (has("compare")) {
  const i = argv.indexOf("--compare");
  const [a, b] = [argv[i + 1], argv[i + 2]].map(
    (f) => JSON.parse(readFileSync(f, "utf8")) as Record<string, { cpuMs: number; report: unknown }>,
  );
  let differ = 0;
  console.log(`${"claim".padEnd(48)} ${"cpu A".padStart(9)} ${"cpu B".padStart(9)}  evidence`);
  for (const id of Object.keys(a)) {
    if (!b[id]) continue;
    const same = JSON.stringify(a[id].report) === JSON.stringify(b[id].report);
    if (!same) differ++;
    console.log(
      `${id.padEnd(48)} ${a[id].cpuMs.toFixed(0).padStart(9)} ${b[id].cpuMs.toFixed(0).padStart(9)}  ${same ? "same" : "DIFFERENT"}`,
    );
    if (!same) {
      const ja = JSON.stringify(a[id].report, null, 1).split("\n");
      const jb = JSON.stringify(b[id].report, null, 1).split("\n");
      for (let k = 0; k < Math.max(ja.length, jb.length); k++)
        if (ja[k] !== jb[k]) console.log(`   A: ${ja[k]}\n   B: ${jb[k]}`);
    }
  }
  const sum = (x: Record<string, { cpuMs: number }>) =>
    Object.keys(x)
      .filter((id) => a[id] && b[id])
      .reduce((s, id) => s + x[id].cpuMs, 0);
  console.log(`total CPU: A ${(sum(a) / 1000).toFixed(1)} s, B ${(sum(b) / 1000).toFixed(1)} s; ${differ} differ`);
  process.exit(differ === 0 ? 0 : 1);
}

const registry = await loadRegistry();
const claims = arg("claims")?.split(",");
const families = arg("family")?.split(",");
const entries = registry.entries.filter(
  (e) => (!claims || claims.includes(e.id)) && (!families || families.includes(e.family)),
);
const thorough = has("thorough");
const budgetScale = arg("budget-scale") ? Number(arg("budget-scale")) : undefined;
const repeat = Number(arg("repeat") ?? 1);
const out: Record<string, { cpuMs: number; observed: string; report: unknown }> = {};
let total = 0;
for (const entry of entries) {
  const prop = entry.property ? registry.properties.get(entry.property) : undefined;
  let best = Number.POSITIVE_INFINITY;
  let report: ClaimReport | undefined;
  for (let k = 0; k < repeat; k++) {
    const c0 = process.cpuUsage();
    report = runClaim(entry, prop, { baseSeed: DEFAULT_SEED, thorough, budgetScale });
    const c = process.cpuUsage(c0);
    best = Math.min(best, (c.user + c.system) / 1000);
  }
  const r = report as ClaimReport;
  total += best;
  out[entry.id] = { cpuMs: best, observed: r.observed, report: timeless(r) };
  console.log(
    `${entry.id.padEnd(48)} ${best.toFixed(0).padStart(7)} ms CPU  ${r.observed}${r.match ? "" : ` (expected ${r.expected})`}`,
  );
}
console.log(`${entries.length} claims, ${(total / 1000).toFixed(1)} s CPU${thorough ? ", thorough" : ""}`);
const file = arg("out");
if (file) writeFileSync(file, `${JSON.stringify(out, null, 1)}\n`);
