/**
 * How a predicate says "the statement fails here", with the numbers a reader needs.
 *
 * Following stdlib-js, a tolerance failure carries the input, the value, the expected value and
 * the tolerance. A NaN or infinity where a finite number is needed is not a counterexample: it is a
 * {@link NumericError}, which the runner reports as an ERROR of the reference code.
 *
 * @module
 */

/** The statement under test is false for this input. The runner reports it as a counterexample. */
export class PropertyViolation extends Error {
  /** Structured details shown with the counterexample. */
  readonly details: Record<string, unknown>;
  constructor(message: string, details: Record<string, unknown> = {}) {
    super(message);
    this.name = "PropertyViolation";
    this.details = details;
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
  if (!Number.isFinite(x)) throw new NumericError(`${what} is ${x}, expected a finite number`);
  return x;
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
  tolerance: { abs?: number; rel?: number },
  input?: unknown,
): void {
  finite(actual, `${what} (actual)`);
  finite(expected, `${what} (expected)`);
  const abs = tolerance.abs ?? 0;
  const rel = tolerance.rel ?? 0;
  const allowed = abs + rel * Math.abs(expected);
  const diff = Math.abs(actual - expected);
  if (!(diff <= allowed)) {
    throw new PropertyViolation(
      `${what}: got ${actual}, expected ${expected}, |difference| ${diff} > tolerance ${allowed}`,
      { input, actual, expected, difference: diff, tolerance: allowed },
    );
  }
}

/** Fail with `message` (and details) unless `condition` holds. */
export function expectThat(condition: boolean, message: string, details: Record<string, unknown> = {}): void {
  if (!condition) throw new PropertyViolation(message, details);
}
