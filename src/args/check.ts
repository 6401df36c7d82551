/**
 * Argument checks shared by the public functions: each throws a `TypeError` (wrong type) or a
 * `RangeError` (right type, outside the stated domain) whose message starts with the function's
 * name and names the argument and the value, e.g.
 * `binningError: minBlocks must be an integer in [1, 2^30], got 0`.
 *
 * They run once at a function's entry, never inside its loops (the hot kernels stay as they were:
 * validation is O(input) once, against their O(input·work)).
 *
 * Internal: no index re-exports it, so it is not part of the public API.
 *
 * @internal
 * @module
 */

/** A value as a message shows it: numbers as JavaScript prints them, arrays by length, others by type. */
export function show(v: unknown): string {
  if (typeof v === "number" || typeof v === "bigint" || typeof v === "boolean") return String(v);
  if (typeof v === "string") return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
  if (v === null || v === undefined) return String(v);
  if (Array.isArray(v)) return `an array of length ${v.length}`;
  if (ArrayBuffer.isView(v)) return `a ${v.constructor.name} of length ${(v as unknown as ArrayLike<unknown>).length}`;
  if (typeof v === "function") return "a function";
  const s = String(v);
  return /^-?[\d.]/.test(s) || s === "NaN" || /Infinity$/.test(s) ? s : `an ${typeof v}`;
}

/** `v` must be a number (TypeError otherwise); returns it. */
export function num(fn: string, name: string, v: unknown): number {
  if (typeof v !== "number") throw new TypeError(`${fn}: ${name} must be a number, got ${show(v)}`);
  return v;
}

/** `v` must be a finite number. */
export function finite(fn: string, name: string, v: unknown): number {
  num(fn, name, v);
  if (!Number.isFinite(v)) throw new RangeError(`${fn}: ${name} must be finite, got ${show(v)}`);
  return v as number;
}

/**
 * `v` must be a finite number in [lo, hi] (or (lo, hi] with `openLo`, [lo, hi) with `openHi`).
 * `what` replaces the default "in [lo, hi]" in the message.
 */
export function real(
  fn: string,
  name: string,
  v: unknown,
  lo: number,
  hi: number,
  opts: { openLo?: boolean; openHi?: boolean; what?: string } = {},
): number {
  const x = finite(fn, name, v);
  const okLo = opts.openLo ? x > lo : x >= lo;
  const okHi = opts.openHi ? x < hi : x <= hi;
  if (!okLo || !okHi) {
    const range = `${opts.openLo ? "(" : "["}${lo}, ${hi}${opts.openHi ? ")" : "]"}`;
    throw new RangeError(`${fn}: ${name} must be ${opts.what ?? `in ${range}`}, got ${show(v)}`);
  }
  return x;
}

/** `v` must be an integer in [lo, hi]. */
export function int(fn: string, name: string, v: unknown, lo: number, hi: number): number {
  num(fn, name, v);
  if (!Number.isInteger(v) || (v as number) < lo || (v as number) > hi)
    throw new RangeError(`${fn}: ${name} must be an integer in [${lo}, ${hi}], got ${show(v)}`);
  return v as number;
}

/** `v` must be a boolean. */
export function bool(fn: string, name: string, v: unknown): boolean {
  if (typeof v !== "boolean") throw new TypeError(`${fn}: ${name} must be a boolean, got ${show(v)}`);
  return v;
}

/** `v` must be a function. */
export function func(fn: string, name: string, v: unknown): void {
  if (typeof v !== "function") throw new TypeError(`${fn}: ${name} must be a function, got ${show(v)}`);
}

/** `v` must be an object (not null) — an options bag or a record. */
export function obj(fn: string, name: string, v: unknown): void {
  if (typeof v !== "object" || v === null) throw new TypeError(`${fn}: ${name} must be an object, got ${show(v)}`);
}

/** Whether `v` is an array or a typed array of numbers (not a string, not a DataView). */
function isArrayLike(v: unknown): v is ArrayLike<unknown> {
  return (
    Array.isArray(v) ||
    (ArrayBuffer.isView(v) &&
      !(v instanceof DataView) &&
      !(v instanceof BigInt64Array) &&
      !(v instanceof BigUint64Array))
  );
}

/**
 * `v` must be an array or typed array of finite numbers, of length `length` if given (the
 * argument `lengthOf` fixing it is then named too), else at least `minLength` (default 0) and at
 * most `maxLength` (default 2^26).
 */
export function finiteArray(
  fn: string,
  name: string,
  v: unknown,
  opts: { length?: number; minLength?: number; maxLength?: number; lengthOf?: string } = {},
): ArrayLike<number> {
  if (!isArrayLike(v)) throw new TypeError(`${fn}: ${name} must be an array of numbers, got ${show(v)}`);
  const n = v.length;
  if (opts.length !== undefined && n !== opts.length)
    throw new RangeError(
      `${fn}: ${name} must have length ${opts.length}${opts.lengthOf ? ` (as ${opts.lengthOf} implies)` : ""}, got ${show(v)}`,
    );
  const min = opts.minLength ?? 0;
  const max = opts.maxLength ?? 2 ** 26;
  if (n < min) throw new RangeError(`${fn}: ${name} must have at least ${min} entries, got ${show(v)}`);
  if (n > max) throw new RangeError(`${fn}: ${name} must have at most ${max} entries, got ${show(v)}`);
  if (!(v instanceof Float64Array) && !(v instanceof Float32Array) && !Array.isArray(v)) return v as ArrayLike<number>; // integer typed arrays hold finite numbers
  for (let i = 0; i < n; i++) {
    const x = v[i];
    if (typeof x !== "number") throw new TypeError(`${fn}: ${name}[${i}] must be a number, got ${show(x)}`);
    if (!Number.isFinite(x)) throw new RangeError(`${fn}: ${name}[${i}] must be finite, got ${show(x)}`);
  }
  return v as ArrayLike<number>;
}

/** `v` must be a Float64Array of length `length` (if given). */
export function float64Array(fn: string, name: string, v: unknown, length?: number): Float64Array {
  if (!(v instanceof Float64Array)) throw new TypeError(`${fn}: ${name} must be a Float64Array, got ${show(v)}`);
  if (length !== undefined && v.length !== length)
    throw new RangeError(`${fn}: ${name} must have length ${length}, got ${show(v)}`);
  return v;
}

/** `v` must be a Float64Array of finite numbers, of length `length` (if given). */
export function finiteFloat64Array(fn: string, name: string, v: unknown, length?: number): Float64Array {
  float64Array(fn, name, v, length);
  return finiteArray(fn, name, v) as Float64Array;
}

/**
 * `v` must be a non-empty rectangular matrix (an array of rows, each an array of finite numbers of
 * one length), `rows`×`cols` when given, square with `square`. Returns its shape.
 */
export function finiteMatrix(
  fn: string,
  name: string,
  v: unknown,
  opts: { rows?: number; cols?: number; square?: boolean; maxEntries?: number } = {},
): [number, number] {
  if (!Array.isArray(v)) throw new TypeError(`${fn}: ${name} must be an array of rows, got ${show(v)}`);
  if (v.length === 0) throw new RangeError(`${fn}: ${name} must have at least one row, got ${show(v)}`);
  if (opts.rows !== undefined && v.length !== opts.rows)
    throw new RangeError(`${fn}: ${name} must have ${opts.rows} rows, got ${v.length}`);
  const first = v[0];
  if (!isArrayLike(first)) throw new TypeError(`${fn}: ${name}[0] must be an array of numbers, got ${show(first)}`);
  const cols = first.length;
  if (cols === 0) throw new RangeError(`${fn}: ${name} must have at least one column, got rows of length 0`);
  if (opts.cols !== undefined && cols !== opts.cols)
    throw new RangeError(`${fn}: ${name} must have ${opts.cols} columns, got ${cols}`);
  if (opts.square && cols !== v.length) throw new RangeError(`${fn}: ${name} must be square, got ${v.length}×${cols}`);
  const max = opts.maxEntries ?? 2 ** 26;
  if (v.length * cols > max)
    throw new RangeError(`${fn}: ${name} must have at most ${max} entries, got ${v.length}×${cols}`);
  for (let i = 0; i < v.length; i++) {
    const row = v[i];
    if (!isArrayLike(row)) throw new TypeError(`${fn}: ${name}[${i}] must be an array of numbers, got ${show(row)}`);
    if (row.length !== cols)
      throw new RangeError(`${fn}: ${name} is ragged: row ${i} has ${row.length} entries, row 0 has ${cols}`);
    finiteArray(fn, `${name}[${i}]`, row);
  }
  return [v.length, cols];
}

/** `v` must be one of `options`. */
export function oneOf<T>(fn: string, name: string, v: unknown, options: readonly T[]): T {
  if (!options.includes(v as T))
    throw new RangeError(
      `${fn}: ${name} must be one of ${options.map((o) => JSON.stringify(o)).join(", ")}, got ${show(v)}`,
    );
  return v as T;
}

/**
 * `v` must be a finite number, a decimal string of a finite number, or a finite decimal.js
 * Decimal (any clone); returns its decimal string, exact for numbers (their shortest round-trip
 * form, as `String` prints them).
 */
export function finiteDecimal(fn: string, name: string, v: unknown): string {
  const isDec = typeof v === "object" && v !== null && typeof (v as { isFinite?: unknown }).isFinite === "function";
  if (typeof v !== "number" && typeof v !== "string" && !isDec)
    throw new TypeError(`${fn}: ${name} must be a number, a decimal string or a Decimal, got ${show(v)}`);
  const s = String(v).trim();
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(s))
    throw new RangeError(`${fn}: ${name} must be a finite number, got ${show(v)}`);
  return s;
}

/**
 * `v` must be a random stream with the Prng interface (next, normal, getState). Checked by shape,
 * not `instanceof`: a Prng from another copy of the module (tests reset their module registry) is
 * as good.
 */
export function prngLike(fn: string, name: string, v: unknown): void {
  const r = v as { next?: unknown; normal?: unknown; getState?: unknown } | null;
  if (
    typeof r !== "object" ||
    r === null ||
    typeof r.next !== "function" ||
    typeof r.normal !== "function" ||
    typeof r.getState !== "function"
  )
    throw new TypeError(`${fn}: ${name} must be a Prng, got ${show(v)}`);
}

/**
 * A vector-spin system `sys` = {N, D, J, x} (N, D positive integers, N·D and N² at most 2^26; J
 * N×N and x N×D finite) and the named states, each N·D finite numbers. Errors name `sys.<field>`
 * or the state.
 */
export function spinSystem(fn: string, sys: unknown, states: Record<string, unknown> = {}): { N: number; D: number } {
  if (typeof sys !== "object" || sys === null)
    throw new TypeError(`${fn}: sys must be a SpinSystem {N, D, J, x}, got ${show(sys)}`);
  const { N, D, J, x } = sys as { N: unknown; D: unknown; J: unknown; x: unknown };
  int(fn, "sys.N", N, 1, 2 ** 13);
  int(fn, "sys.D", D, 1, 2 ** 26);
  if ((N as number) * (D as number) > 2 ** 26)
    throw new RangeError(`${fn}: sys.N·sys.D must be at most 2^26, got ${N}·${D}`);
  finiteArray(fn, "sys.J", J, { length: (N as number) * (N as number) });
  finiteArray(fn, "sys.x", x, { length: (N as number) * (D as number) });
  for (const [name, s] of Object.entries(states)) finiteArray(fn, name, s, { length: (N as number) * (D as number) });
  return { N: N as number, D: D as number };
}

/** The largest Ising model (spins) the constructors build: 2^24. */
export const MAX_ISING_SPINS = 2 ** 24;

/**
 * `model` must be an IsingModel {n, edgeI, edgeJ, coupling, field}: n an integer in [1, 2^24],
 * edge endpoints in [0, n) in Int32Arrays of one length, finite couplings and n finite fields.
 */
export function isingModelArg(fn: string, name: string, model: unknown): number {
  obj(fn, name, model);
  const m = model as { n: unknown; edgeI: unknown; edgeJ: unknown; coupling: unknown; field: unknown };
  const n = int(fn, `${name}.n`, m.n, 1, MAX_ISING_SPINS);
  if (!(m.edgeI instanceof Int32Array) || !(m.edgeJ instanceof Int32Array))
    throw new TypeError(`${fn}: ${name}.edgeI and ${name}.edgeJ must be Int32Arrays (build ${name} with isingModel)`);
  const E = m.edgeI.length;
  if (m.edgeJ.length !== E) throw new RangeError(`${fn}: ${name}.edgeJ must have ${E} entries like edgeI`);
  for (let k = 0; k < E; k++)
    if (!(m.edgeI[k] >= 0 && m.edgeI[k] < n && m.edgeJ[k] >= 0 && m.edgeJ[k] < n))
      throw new RangeError(`${fn}: ${name} edge ${k} (${m.edgeI[k]}, ${m.edgeJ[k]}) is not between spins 0..${n - 1}`);
  finiteArray(fn, `${name}.coupling`, m.coupling, { length: E });
  finiteArray(fn, `${name}.field`, m.field, { length: n });
  return n;
}
