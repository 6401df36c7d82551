/**
 * Deliberate breakages for controls: wrappers that turn a reference into a broken one (a factor, a
 * sign, an offset) without copying it, so a property can state its control as "the same check on
 * `scaled(softmax, 0.99)`" beside the check itself.
 *
 * @module
 */

/** Any function. */
// biome-ignore lint/suspicious/noExplicitAny: wrappers accept any reference's signature
type Fn = (...args: any[]) => any;

/** `fn` with its result passed through `change` (the general form of every wrapper here). */
export function mapResult<F extends Fn>(
  fn: F,
  change: (result: ReturnType<F>, ...args: Parameters<F>) => ReturnType<F>,
): F {
  return ((...args: Parameters<F>) => change(fn(...args), ...args)) as F;
}

/** `fn` with its numeric result multiplied by `factor` (a wrong normalisation, a lost factor 2). */
export function scaled<F extends (...args: never[]) => number>(fn: F, factor: number): F {
  return ((...args: Parameters<F>) => fn(...args) * factor) as F;
}

/** `fn` with its numeric result's sign flipped (a wrong sign convention). */
export function negated<F extends (...args: never[]) => number>(fn: F): F {
  return ((...args: Parameters<F>) => -fn(...args)) as F;
}

/** `fn` with `delta` added to its numeric result (an off-by-a-constant reference). */
export function shifted<F extends (...args: never[]) => number>(fn: F, delta: number): F {
  return ((...args: Parameters<F>) => fn(...args) + delta) as F;
}

/** `fn` with every entry of its array result multiplied by `factor`. */
export function scaledEntries<F extends (...args: never[]) => ArrayLike<number>>(fn: F, factor: number): F {
  return ((...args: Parameters<F>) => Array.from(fn(...args), (x) => x * factor)) as unknown as F;
}
