/**
 * The fuzz test's worker thread (started by api.test.ts through tsWorker): it draws the bad inputs
 * of one table row and calls the export with each, announcing every call before making it, so the
 * parent can tell a hang (a call announced and never finished) and terminate the thread.
 *
 * Messages in: `{ name, from, seed }`. Out: `{ t: "start", i }` before call i, `{ t: "done", i,
 * failure?, ms }` after it, `{ t: "end", count }` after the last one.
 */
import { parentPort } from "node:worker_threads";
import fc from "fast-check";
import { Decimal } from "decimal.js";
import * as api from "../../src/index.js";
import { namesOf, table, type Row } from "./api-table.js";

/** One drawn input: the arguments and which parameters are bad. */
export interface Case {
  args: unknown[];
  bad: number[];
}

/** The cases of a row, deterministic for a seed. */
export function casesOf(row: Row, seed: number): Case[] {
  const n = row.params.length;
  if (n === 0) return [{ args: [], bad: [] }];
  const one = fc.oneof(
    ...row.params.map((p, i) =>
      p.bad.map((b) => ({ args: row.params.map((q, j) => (j === i ? b : q.valid())), bad: [i] })),
    ),
  );
  const two =
    n < 2
      ? one
      : fc.tuple(fc.nat(n - 1), fc.nat(n - 2)).chain(([i, k]) => {
          const j = k >= i ? k + 1 : k;
          return fc.tuple(row.params[i].bad, row.params[j].bad).map(([bi, bj]) => ({
            args: row.params.map((q, l) => (l === i ? bi : l === j ? bj : q.valid())),
            bad: [i, j],
          }));
        });
  const arb = fc.oneof({ arbitrary: one, weight: 4 }, { arbitrary: two, weight: 1 });
  return fc.sample(arb, { seed, numRuns: row.runs ?? 24 });
}

/** The export a table key names: `f`, `ns.f`, or `Class#method` (called through the row's `call`). */
export function lookup(name: string): unknown {
  const base = name.split("#")[0];
  const [a, b] = base.split(".");
  const top = (api as Record<string, unknown>)[a];
  return b === undefined ? top : (top as Record<string, unknown>)[b];
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Whether `message` mentions `name` as a word (so "x" is not found inside "max"). */
export function mentions(message: string, name: string): boolean {
  return new RegExp(`(^|[^A-Za-z0-9_])${escapeRegExp(name)}($|[^A-Za-z0-9_])`).test(message);
}

/** Why a result is not a finite answer, or null when it is. */
export function badValue(v: unknown, allowInfinite: boolean, depth = 0): string | null {
  if (depth > 6) return null;
  if (typeof v === "number") {
    if (Number.isNaN(v)) return "NaN";
    if (!allowInfinite && !Number.isFinite(v)) return String(v);
    return null;
  }
  if (
    v instanceof Decimal ||
    (typeof v === "object" && v !== null && "isNaN" in v && typeof (v as Decimal).isNaN === "function")
  ) {
    const d = v as Decimal;
    if (d.isNaN()) return "Decimal NaN";
    if (!allowInfinite && !d.isFinite()) return `Decimal ${d}`;
    return null;
  }
  if (ArrayBuffer.isView(v) && !(v instanceof DataView)) {
    const a = v as unknown as ArrayLike<number | bigint>;
    for (let i = 0; i < a.length; i++) {
      const r = badValue(a[i], allowInfinite, depth + 1);
      if (r) return `[${i}] ${r}`;
    }
    return null;
  }
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      const r = badValue(v[i], allowInfinite, depth + 1);
      if (r) return `[${i}] ${r}`;
    }
    return null;
  }
  if (v instanceof Map) {
    for (const [k, x] of v) {
      const r = badValue(k, allowInfinite, depth + 1) ?? badValue(x, allowInfinite, depth + 1);
      if (r) return `map ${r}`;
    }
    return null;
  }
  if (typeof v === "object" && v !== null) {
    for (const [k, x] of Object.entries(v)) {
      const r = badValue(x, allowInfinite, depth + 1);
      if (r) return `.${k} ${r}`;
    }
  }
  return null;
}

/** Describe a case for a failure line. */
export function describe(row: Row, c: Case): string {
  return c.bad
    .map((i) => {
      const v = c.args[i];
      let s: string;
      try {
        s =
          typeof v === "number"
            ? String(v)
            : v instanceof Float64Array
              ? `Float64Array[${Array.from(v.slice(0, 4))}${v.length > 4 ? `…(${v.length})` : ""}]`
              : JSON.stringify(v, (_k, x) =>
                  typeof x === "number" && !Number.isFinite(x) ? String(x) : typeof x === "bigint" ? `${x}n` : x,
                )?.slice(0, 120);
      } catch {
        s = String(v);
      }
      return `${row.params[i].name}=${s}`;
    })
    .join(", ");
}

/** Run one case; the failure's description, or null when the call behaved. */
export function runCase(name: string, row: Row, c: Case): string | null {
  const fn = lookup(name) as (...a: unknown[]) => unknown;
  let out: unknown;
  try {
    out = row.call ? row.call(...c.args) : fn(...c.args);
  } catch (e) {
    if (!(e instanceof RangeError || e instanceof TypeError))
      return `threw ${(e as Error)?.name ?? typeof e}: ${String((e as Error)?.message ?? e).slice(0, 160)}`;
    const names = c.bad.flatMap((i) => namesOf(row.params[i]));
    const msg = e.message;
    if (!names.some((n) => mentions(msg, n))) return `${e.name} not naming ${names.join("/")}: ${msg.slice(0, 160)}`;
    return null;
  }
  const why = badValue(out, row.allowInfinite ?? false);
  return why ? `returned ${why}` : null;
}

if (parentPort) {
  const port = parentPort;
  const rows = table();
  port.on("message", (m: { name: string; from: number; seed: number }) => {
    const row = rows[m.name] as Row;
    const cases = casesOf(row, m.seed);
    for (let i = m.from; i < cases.length; i++) {
      port.postMessage({ t: "start", i });
      const t0 = performance.now();
      const failure = runCase(m.name, row, cases[i]);
      const ms = performance.now() - t0;
      port.postMessage({ t: "done", i, failure: failure && `${failure}  [${describe(row, cases[i])}]`, ms });
    }
    port.postMessage({ t: "end", count: cases.length });
  });
}
