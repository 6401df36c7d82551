/**
 * How a predicate says "the statement fails here", with the numbers a reader needs.
 *
 * Following stdlib-js, a failure carries the input, the value, the bound or expected value and the
 * tolerance. A NaN or infinity reaching a comparison is not a counterexample: it is a
 * {@link NumericError}, which the runner reports as an ERROR of the reference code. Every helper
 * here checks finiteness first, so a reference that returns NaN can never be read as a refutation
 * (`NaN <= x` is false, and a bare `return a <= b` would have turned it into one).
 *
 * Each violation carries its **margin**: how far past the tolerance the value is, as
 * |violation| / tolerance. The runner keeps the most decisive violation seen (Hypothesis'
 * `target()`), and a reader can tell a refutation (margin 10⁶) from rounding (margin 1.00002).
 *
 * @module
 */

/** The statement under test is false for this input. The runner reports it as a counterexample. */
export class PropertyViolation extends Error {
  /** Structured details shown with the counterexample. */
  readonly details: Record<string, unknown>;
  /**
   * |violation| / tolerance: > 1 for every violation a comparison helper raises; `Infinity` when
   * the tolerance is 0; `undefined` for violations that compare no number.
   */
  readonly margin: number | undefined;
  constructor(message: string, details: Record<string, unknown> = {}, margin?: number) {
    super(message);
    this.name = "PropertyViolation";
    this.details = details;
    this.margin = margin;
  }
}

/** A computation produced NaN or ±∞ where a finite value is required: a bug, not a verdict. */
export class NumericError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "NumericError";
  }
}

/** Throw a {@link NumericError} unless `x` is finite. Returns `x` for chaining. */
export function finite(x: number, what: string): number {
  if (typeof x !== "number" || !Number.isFinite(x)) {
    throw new NumericError(`${what} is ${x}, expected a finite number`);
  }
  return x;
}

/**
 * Throw a {@link NumericError} if `x` is NaN (or not a number); ±∞ pass, for quantities that are
 * legitimately infinite somewhere (a correlation length at T_c). Returns `x` for chaining.
 */
export function notNaN(x: number, what: string): number {
  if (typeof x !== "number" || Number.isNaN(x)) throw new NumericError(`${what} is ${x}, expected a number`);
  return x;
}

/** A tolerance: absolute plus relative to the reference value's magnitude. */
export interface Tolerance {
  abs?: number;
  rel?: number;
}

/** abs + rel·|reference|, checked to be finite and non-negative. */
function allowance(tolerance: Tolerance, reference: number, what: string): number {
  const allowed = (tolerance.abs ?? 0) + (tolerance.rel ?? 0) * Math.abs(reference);
  if (!(allowed >= 0) || !Number.isFinite(allowed)) {
    throw new RangeError(`${what}: tolerance must be finite and ≥ 0, got ${allowed}`);
  }
  return allowed;
}

/** |excess| / allowed, the margin of a violation (∞ when nothing was allowed). */
function marginOf(excess: number, allowed: number): number {
  return allowed > 0 ? excess / allowed : Number.POSITIVE_INFINITY;
}

/**
 * Fail unless |actual − expected| ≤ abs + rel·|expected|.
 *
 * @param what - what is being compared, e.g. `"row sum of softmax"`.
 * @param input - the input, printed with the failure.
 */
export function expectClose(
  what: string,
  actual: number,
  expected: number,
  tolerance: Tolerance,
  input?: unknown,
): void {
  finite(actual, `${what} (actual)`);
  finite(expected, `${what} (expected)`);
  const allowed = allowance(tolerance, expected, what);
  const diff = Math.abs(actual - expected);
  if (!(diff <= allowed)) {
    throw new PropertyViolation(
      `${what}: got ${actual}, expected ${expected}, |difference| ${diff} > tolerance ${allowed}`,
      { input, actual, expected, difference: diff, tolerance: allowed },
      marginOf(diff, allowed),
    );
  }
}

/**
 * Fail unless `value ≤ bound + tolerance` (tolerance relative to |bound|).
 *
 * @example expectLe("‖error‖", err, bound, { rel: 1e-12 }, { n }) // a bound with rounding slack
 */
export function expectLe(what: string, value: number, bound: number, tolerance: Tolerance = {}, input?: unknown): void {
  finite(value, `${what} (value)`);
  finite(bound, `${what} (bound)`);
  const allowed = allowance(tolerance, bound, what);
  const excess = value - bound;
  if (!(excess <= allowed)) {
    throw new PropertyViolation(
      `${what}: ${value} exceeds the bound ${bound} by ${excess} > tolerance ${allowed}`,
      { input, value, bound, excess, tolerance: allowed },
      marginOf(excess, allowed),
    );
  }
}

/** Fail unless `value ≥ bound − tolerance` (tolerance relative to |bound|). */
export function expectGe(what: string, value: number, bound: number, tolerance: Tolerance = {}, input?: unknown): void {
  finite(value, `${what} (value)`);
  finite(bound, `${what} (bound)`);
  const allowed = allowance(tolerance, bound, what);
  const deficit = bound - value;
  if (!(deficit <= allowed)) {
    throw new PropertyViolation(
      `${what}: ${value} is below the bound ${bound} by ${deficit} > tolerance ${allowed}`,
      { input, value, bound, deficit, tolerance: allowed },
      marginOf(deficit, allowed),
    );
  }
}

/**
 * Fail unless `value < bound − margin` strictly (a strict inequality that must hold with room
 * `margin`, default 0). The violation's margin is measured against |bound| · 2⁻⁵² when no room is
 * asked for, so a tie reads as a violation of one rounding unit.
 */
export function expectLt(what: string, value: number, bound: number, room = 0, input?: unknown): void {
  finite(value, `${what} (value)`);
  finite(bound, `${what} (bound)`);
  if (!(value < bound - room)) {
    const scale = room > 0 ? room : Math.max(Math.abs(bound) * Number.EPSILON, Number.MIN_VALUE);
    throw new PropertyViolation(
      `${what}: ${value} is not below ${bound}${room > 0 ? ` − ${room}` : ""}`,
      { input, value, bound, room },
      (value - bound + room + scale) / scale,
    );
  }
}

/** Fail unless `value > bound + room` strictly (see {@link expectLt}). */
export function expectGt(what: string, value: number, bound: number, room = 0, input?: unknown): void {
  finite(value, `${what} (value)`);
  finite(bound, `${what} (bound)`);
  if (!(value > bound + room)) {
    const scale = room > 0 ? room : Math.max(Math.abs(bound) * Number.EPSILON, Number.MIN_VALUE);
    throw new PropertyViolation(
      `${what}: ${value} is not above ${bound}${room > 0 ? ` + ${room}` : ""}`,
      { input, value, bound, room },
      (bound + room - value + scale) / scale,
    );
  }
}

/** Fail unless `lo − tol ≤ value ≤ hi + tol` (tolerance relative to the nearer end's magnitude). */
export function expectInInterval(
  what: string,
  value: number,
  lo: number,
  hi: number,
  tolerance: Tolerance = {},
  input?: unknown,
): void {
  finite(value, `${what} (value)`);
  finite(lo, `${what} (lower end)`);
  finite(hi, `${what} (upper end)`);
  if (!(lo <= hi)) throw new RangeError(`${what}: empty interval [${lo}, ${hi}]`);
  const nearer = value < lo ? lo : hi;
  const allowed = allowance(tolerance, nearer, what);
  const outside = value < lo ? lo - value : value - hi;
  if (!(outside <= allowed)) {
    throw new PropertyViolation(
      `${what}: ${value} lies outside [${lo}, ${hi}] by ${outside} > tolerance ${allowed}`,
      { input, value, lo, hi, outside, tolerance: allowed },
      marginOf(outside, allowed),
    );
  }
}

/** Fail unless two counts are equal integers (a count that is NaN or fractional is an ERROR). */
export function expectEqualCounts(what: string, actual: number, expected: number, input?: unknown): void {
  for (const [v, name] of [
    [actual, "actual"],
    [expected, "expected"],
  ] as const) {
    if (!Number.isSafeInteger(v)) throw new NumericError(`${what} (${name}) is ${v}, expected an integer count`);
  }
  if (actual !== expected) {
    throw new PropertyViolation(
      `${what}: counted ${actual}, expected ${expected}`,
      { input, actual, expected },
      Math.abs(actual - expected) / 0.5,
    );
  }
}

/**
 * Fail when a test of the statement rejects it: its p-value at or below the test's `level`. The
 * margin is level / p, how many times rarer than the level the observation is if the statement
 * holds (a p-value just under the level reads ≈ 1, one a thousand times smaller reads 1000).
 */
export function expectNotRejected(what: string, pValue: number, level: number, input?: unknown): void {
  finite(pValue, `${what} (p-value)`);
  finite(level, `${what} (level)`);
  if (!(pValue >= 0 && pValue <= 1)) throw new NumericError(`${what}: p-value ${pValue} is not a probability`);
  if (!(level > 0 && level < 1)) throw new RangeError(`${what}: level must lie in (0, 1), got ${level}`);
  if (pValue <= level) {
    throw new PropertyViolation(
      `${what}: p = ${pValue} is at or below the level ${level}`,
      { input, pValue, level },
      pValue > 0 ? level / pValue : Number.POSITIVE_INFINITY,
    );
  }
}

/**
 * Fail with `message` (and details) unless `condition` holds. Only for conditions that compare no
 * number (a structural fact, a parser's finding): numeric comparisons use the helpers above, which
 * turn NaN into an ERROR instead of a counterexample.
 */
export function expectThat(condition: boolean, message: string, details: Record<string, unknown> = {}): void {
  if (typeof condition !== "boolean") {
    throw new NumericError(`expectThat(${message}): the condition is ${String(condition)}, not a boolean`);
  }
  if (!condition) throw new PropertyViolation(message, details);
}
