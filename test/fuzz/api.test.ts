/**
 * Issue 15, the public API: every export of src/index.ts, called with bad arguments (NaN, ±∞,
 * negative, zero, huge, ragged, wrong types, empty; see api-table.ts), must throw a RangeError or
 * TypeError naming the bad argument, or return a finite answer, and must do so promptly.
 *
 * The calls run in a worker thread that announces each call before making it; a call not finished
 * within HANG_MS is a hang: the thread is terminated, the hang recorded, and a fresh thread goes on
 * with the next input. A call finished but slower than SLOW_MS is a failure too.
 */
import { describe, expect, it } from "vitest";
import type { Worker } from "node:worker_threads";
import * as api from "../../src/index.js";
import { tsWorker } from "../../src/worker/ts-worker.js";
import { PENDING, table } from "./api-table.js";

const HANG_MS = Number(process.env.FUZZ_HANG_MS ?? 5000);
/** FUZZ_ONLY=a,b runs those rows only; FUZZ_VERBOSE=1 prints failures as they happen. */
const ONLY = process.env.FUZZ_ONLY?.split(",");
const SLOW_MS = 1500;
const SEED = 15;

/** Every function an importer of src/index.ts can reach: top-level exports and namespace members. */
function exportedNames(): string[] {
  const out: string[] = [];
  for (const [k, v] of Object.entries(api)) {
    out.push(k);
    if (Object.prototype.toString.call(v) === "[object Module]")
      for (const [m, f] of Object.entries(v as object)) if (typeof f === "function") out.push(`${k}.${m}`);
  }
  return out;
}

describe("fuzz: the public API with bad arguments", () => {
  const rows = table();

  it("has a row (cases or a reason to skip) for every export, and no row for a missing one", () => {
    const names = exportedNames();
    const isNamespace = (n: string) =>
      Object.prototype.toString.call((api as Record<string, unknown>)[n]) === "[object Module]";
    // A namespace is covered by its members' rows (or a row skipping it whole).
    const covered = (n: string) => n in rows || (n.includes(".") ? n.split(".")[0] in rows : isNamespace(n));
    expect(names.filter((n) => !covered(n))).toEqual([]);
    const exists = new Set(names);
    expect(Object.keys(rows).filter((k) => !exists.has(k.split("#")[0].split("/")[0]))).toEqual([]);
  });

  it(
    "gets a clear RangeError/TypeError naming the argument, or a finite value, in time, for every bad input",
    async () => {
      const all = process.env.FUZZ_ALL === "1";
      const names = Object.keys(rows).filter(
        (k) => "params" in rows[k] && (ONLY ? ONLY.includes(k) : all || !PENDING.has(k)),
      );
      const failures: string[] = [];
      const fail = (s: string) => {
        failures.push(s);
        if (process.env.FUZZ_VERBOSE) console.log(s);
      };
      const counts: Record<string, number> = {};
      let worker: Worker | null = null;
      const entry = new URL("./api-worker.ts", import.meta.url);
      const runRow = (name: string, from: number): Promise<{ hungAt?: number; count?: number }> =>
        new Promise((resolve, reject) => {
          worker ??= tsWorker(entry);
          const w = worker;
          let timer: NodeJS.Timeout | undefined;
          const cleanup = () => {
            clearTimeout(timer);
            w.off("message", onMessage);
            w.off("error", onError);
          };
          const onMessage = (m: { t: string; i: number; failure?: string | null; ms?: number; count?: number }) => {
            if (m.t === "start") {
              timer = setTimeout(() => {
                cleanup();
                void w.terminate();
                worker = null;
                resolve({ hungAt: m.i });
              }, HANG_MS);
            } else if (m.t === "done") {
              clearTimeout(timer);
              if (m.failure) fail(`${name} #${m.i}: ${m.failure}`);
              else if ((m.ms ?? 0) > SLOW_MS) fail(`${name} #${m.i}: took ${Math.round(m.ms ?? 0)} ms`);
            } else if (m.t === "end") {
              cleanup();
              resolve({ count: m.count });
            }
          };
          const onError = (e: Error) => {
            cleanup();
            worker = null;
            reject(e);
          };
          w.on("message", onMessage);
          w.on("error", onError);
          w.postMessage({ name, from, seed: SEED });
        });
      const t0 = performance.now();
      for (const name of names) {
        if (process.env.FUZZ_VERBOSE) console.log(`row ${name} at ${Math.round(performance.now() - t0)} ms`);
        let from = 0;
        for (;;) {
          const r = await runRow(name, from);
          if (r.hungAt === undefined) {
            counts[name] = r.count ?? 0;
            break;
          }
          fail(`${name} #${r.hungAt}: no answer within ${HANG_MS} ms (hang)`);
          from = r.hungAt + 1;
        }
      }
      const w = worker as Worker | null;
      if (w) await w.terminate();
      const total = Object.values(counts).reduce((a, b) => a + b, 0);
      const perRow = Object.entries(counts)
        .map(([k, n]) => `${k} ${n}`)
        .join(", ");
      console.log(
        `fuzz: ${total} bad inputs over ${names.length} functions in ${Math.round(performance.now() - t0)} ms (${PENDING.size} rows pending, ${Object.values(rows).filter((r) => "skip" in r).length} exports skipped with a reason)\n${perRow}`,
      );
      if (failures.length) console.log(failures.join("\n"));
      const failed = new Set(failures.map((f) => f.split(" ")[0]));
      if (all || ONLY) {
        // Pending rows are reported; a pending row that passes must leave the list.
        console.log(
          `pending rows still failing: ${[...PENDING].filter((k) => failed.has(k)).length} of ${PENDING.size}`,
        );
        expect(names.filter((k) => PENDING.has(k) && !failed.has(k))).toEqual([]);
        expect(failures.filter((f) => !PENDING.has(f.split(" ")[0]))).toEqual([]);
      } else expect(failures).toEqual([]);
    },
    Number(process.env.FUZZ_TIMEOUT_MS ?? 120_000),
  );
});
