/**
 * NaN poisoning of reference modules, for the liveness rule "a NaN-returning reference gives ERROR
 * for every property that reads it" (issue 11). A module's function exports are wrapped so that the
 * one named by {@link poison}`.target` returns its real result with every number replaced by NaN
 * (typed arrays filled, arrays and plain objects mapped, decimals made NaN); every other export is
 * the real one. The wrapper counts the poisoned numbers the caller received (a returned number or array, or a
 * poisoned field it read), so a test can tell "the
 * property read the poisoned value" from "the property never called it".
 */
import { Decimal } from "decimal.js";

/**
 * The switch the wrappers read: `module#name` of the export to poison and how many of its calls
 * were poisoned; with `recording` set, the keys of every wrapped export whose result carried a
 * number are collected in `read` (a first, unpoisoned run finds what a property reads).
 */
export const poison = { target: "", poisonedCalls: 0, recording: false, read: new Set<string>() };

/** An ES class (called without `new` it throws): passed through, never wrapped. */
function isClass(f: (...a: unknown[]) => unknown): boolean {
  return /^class[\s{]/.test(Function.prototype.toString.call(f));
}

/**
 * The value with every number made NaN, and whether any was. Structures other than arrays, typed
 * arrays, plain objects and decimals (class instances, maps, functions) are returned as they are:
 * they carry no number a property compares directly. A plain object comes back as a proxy that
 * calls `onRead` when a poisoned field is read, so a property that only looks at a result's flags
 * (`converged`, `defined`) is not counted as reading its numbers.
 */
export function poisonValue(
  v: unknown,
  onRead: () => void = () => {},
  depth = 0,
): { value: unknown; touched: boolean } {
  if (typeof v === "number") return { value: Number.NaN, touched: true };
  if (depth > 6 || v === null || typeof v !== "object") return { value: v, touched: false };
  if (v instanceof Float64Array || v instanceof Float32Array) {
    const out = new (v.constructor as Float64ArrayConstructor)(v.length).fill(Number.NaN);
    return { value: out, touched: v.length > 0 };
  }
  if (Decimal.isDecimal(v)) {
    const Ctor = (v as Decimal).constructor as typeof Decimal;
    return { value: new Ctor(Number.NaN), touched: true };
  }
  if (Array.isArray(v)) {
    let touched = false;
    const value = v.map((x) => {
      const p = poisonValue(x, onRead, depth + 1);
      touched ||= p.touched;
      return p.value;
    });
    return { value, touched };
  }
  if (Object.getPrototypeOf(v) === Object.prototype) {
    const poisoned = new Set<string>();
    const value = Object.fromEntries(
      Object.entries(v).map(([k, x]) => {
        const p = poisonValue(x, onRead, depth + 1);
        // A nested plain object counts its own reads; any other poisoned field counts here.
        if (p.touched && !(x !== null && typeof x === "object" && Object.getPrototypeOf(x) === Object.prototype))
          poisoned.add(k);
        return [k, p.value];
      }),
    );
    const touched = poisoned.size > 0 || Object.values(value).some((x) => x !== null && typeof x === "object");
    const proxy = new Proxy(value, {
      get(target, key, receiver) {
        if (typeof key === "string" && poisoned.has(key)) onRead();
        return Reflect.get(target, key, receiver);
      },
    });
    return { value: proxy, touched };
  }
  return { value: v, touched: false };
}

/** Whether a result is counted as read when it is returned (a number, an array, a decimal), not field by field. */
function readOnReturn(v: unknown): boolean {
  return v === null || typeof v !== "object" || Object.getPrototypeOf(v) !== Object.prototype;
}

/** The module with its function exports wrapped (see the module comment); `id` names it in targets. */
export function wrapModule(id: string, real: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, x] of Object.entries(real)) {
    if (typeof x !== "function" || isClass(x as (...a: unknown[]) => unknown)) {
      out[name] = x;
      continue;
    }
    const f = x as (...a: unknown[]) => unknown;
    const key = `${id}#${name}`;
    out[name] = (...args: unknown[]) => {
      const r = f(...args);
      if (poison.recording && !poison.read.has(key) && poisonValue(r).touched) poison.read.add(key);
      if (poison.target !== key) return r;
      if ((r instanceof Float64Array || r instanceof Float32Array) && args.includes(r)) {
        // An out-parameter returned for convenience (localFields(sys, m, out)): callers often read
        // the buffer, not the return value, so the buffer itself is poisoned.
        r.fill(Number.NaN);
        poison.poisonedCalls++;
        return r;
      }
      const p = poisonValue(r, () => poison.poisonedCalls++);
      if (p.touched && readOnReturn(r)) poison.poisonedCalls++;
      return p.value;
    };
  }
  return out;
}

/**
 * The reference modules a property file imports (`../src/<area>/<name>.js`), with the names it
 * imports from each, read from its source. The claims engine, the PRNG and the input generators
 * are not references: a NaN there is no statement about the checked code.
 */
export function referenceImports(source: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const re = /import\s*(type\s*)?\{([^}]*)\}\s*from\s*"(\.\.\/src\/[^"]+)"/g;
  for (const m of source.matchAll(re)) {
    if (m[1]) continue;
    const path = m[3];
    if (/\/src\/(claims|random)\/|arbitraries\.js$/.test(path)) continue;
    const names = m[2]
      .split(",")
      .map((s) => s.trim())
      .filter((s) => s && !s.startsWith("type "))
      .map((s) => s.split(/\s+as\s+/)[0].trim());
    out.set(path, [...(out.get(path) ?? []), ...names]);
  }
  return out;
}
