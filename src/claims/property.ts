/**
 * How a claim family declares its properties.
 *
 * A property file under `properties/<family>.ts` exports `properties: ClaimProperty[]`, built with
 * {@link holds}, {@link conditional}, {@link vacuous} or {@link illPosed}. Each is made of parts
 * ({@link part}, {@link once}): fast-check arbitraries plus a predicate. The runner turns the part
 * outcomes into an observed verdict with {@link observeVerdict}; the property never names a verdict.
 *
 * @module
 */
import fc from "fast-check";
import type { CheckKind } from "./verdict.js";

/** What a part may know when it builds its arbitraries. */
export interface BuildContext {
  /** `--thorough`: larger sizes, more runs. */
  readonly thorough: boolean;
  /** `--explore`: fresh seeds instead of the fixed CI seed. */
  readonly explore: boolean;
}

/** What a predicate may use while it runs: evidence sinks that end up in the report. */
export interface RunContext extends BuildContext {
  /**
   * Record an observed ratio (for bounds: error / bound). The report keeps the largest one seen,
   * so a bound that holds with room to spare and one that is nearly tight read differently.
   */
  observeRatio(ratio: number): void;
  /** Record a named piece of evidence (a fitted order, a count); the last value written wins. */
  record(key: string, value: EvidenceValue): void;
  /**
   * The part's seed (fixed in CI, fresh under `--explore`): deterministic parts built with
   * {@link once} seed their own randomness from it, so `--explore` varies them too.
   */
  readonly seed: number;
}

/** A value the report can carry as evidence. */
export type EvidenceValue = number | string | boolean | number[] | string[];

/** The values an arbitrary tuple generates. */
export type ValuesOf<A extends readonly fc.Arbitrary<unknown>[]> = {
  [K in keyof A]: A[K] extends fc.Arbitrary<infer T> ? T : never;
};

/** A part as written by a family, before its input types are erased. */
export interface PartSpec<A extends readonly fc.Arbitrary<unknown>[]> {
  /** What this part checks, in one sentence (shown in reports and test names). */
  description: string;
  /** The inputs, one arbitrary per predicate argument. */
  arbitraries: (ctx: BuildContext) => [...A];
  /**
   * The statement for one input. Return `false` or throw a {@link PropertyViolation} when it fails;
   * any other exception is reported as an ERROR of the reference code, never as a counterexample.
   */
  predicate: (ctx: RunContext, ...args: ValuesOf<A>) => boolean | void;
  /**
   * Known counterexamples kept as regression examples. They are replayed separately from the
   * search, so the report can say whether the search found the counterexample by itself.
   */
  examples?: ValuesOf<A>[];
  /** Runs in a quick (default) run. Default 100. */
  numRuns?: number;
  /** Runs under `--thorough`. Default 10 × numRuns. */
  thoroughRuns?: number;
  /** Soft time budget in ms for the search; when it runs out the part is inconclusive. Default 5000. */
  budgetMs?: number;
  /** A label per generated input; the report shows how often each label was generated. */
  classify?: (...args: ValuesOf<A>) => string;
  /**
   * The statement recomputed at high precision (50 digits, decimal.js) for one input: throw a
   * {@link PropertyViolation} if it still fails. The runner calls it when the shown counterexample's
   * violation is under 10× its tolerance, and the report says whether the counterexample stands.
   */
  recheck?: (ctx: RunContext, ...args: ValuesOf<A>) => void;
}

/** A part with its input types erased, as the runner sees it. */
export interface Part {
  /** What this part checks. */
  description: string;
  /** The inputs, one arbitrary per predicate argument. */
  arbitraries: (ctx: BuildContext) => fc.Arbitrary<unknown>[];
  /** The statement for one input (see {@link PartSpec.predicate}). */
  predicate: (ctx: RunContext, ...args: unknown[]) => boolean | void;
  /** Regression examples (see {@link PartSpec.examples}). */
  examples?: unknown[][];
  /** Runs in a quick run. */
  numRuns?: number;
  /** Runs under `--thorough`. */
  thoroughRuns?: number;
  /** Soft time budget in ms. */
  budgetMs?: number;
  /** A label per generated input. */
  classify?: (...args: unknown[]) => string;
  /** High-precision recheck of a close counterexample (see {@link PartSpec.recheck}). */
  recheck?: (ctx: RunContext, ...args: unknown[]) => void;
}

/** Make a part; the generic keeps the predicate's arguments typed by the arbitraries. */
export function part<const A extends readonly fc.Arbitrary<unknown>[]>(spec: PartSpec<A>): Part {
  return spec as unknown as Part;
}

/** Where a property was declared, for `spinspec show`. */
export interface SourceLocation {
  file: string;
  line: number;
}

/** The parts of a check, by kind. See {@link CheckKind}. */
export type Check =
  | { kind: "holds"; claim: Part }
  | { kind: "conditional"; inside: Part; boundary: Part }
  | { kind: "vacuous"; trivial: Part }
  | { kind: "ill-posed"; readingsAgree: Part };

/**
 * A property's control: a named, deliberate change under which its verdict must become another.
 * It shows the check can fail, so a verdict it reaches is evidence and not a constant:
 *
 * - HOLDS / HOLDS_UNDER_CONDITIONS: the same parts run on a broken reference (a sign, a factor, an
 *   index); the verdict must leave HOLDS (HOLDS_UNDER_CONDITIONS).
 * - REFUTED: the same statement on a restriction of the inputs (or a reference) under which the
 *   claim is true (commuting layers for a Trotter equality); the property must then pass. This
 *   shows the counterexample comes from the claim's falsity, not from broken code.
 * - ILL_POSED: an input class on which the readings agree.
 * - VACUOUS: a meaningful reading that fails where the vacuous statement still passes.
 *
 * The control moved when its verdict differs from the entry's expected one and is neither ERROR
 * nor INCONCLUSIVE (a control that only breaks the code proves nothing about the check).
 */
export interface Control {
  /** The change, in words a card can show: "the J update's sign flipped". */
  change: string;
  /** The check under the change (of any kind: a VACUOUS entry's control is a `holds`). */
  variant: Check;
}

/** A property as registered: the id a spec entry names, and its check. */
export interface ClaimProperty {
  id: string;
  check: Check;
  /** Where it was declared (filled in by the constructors). */
  location: SourceLocation;
  /** The deliberate change under which the verdict must move (see {@link Control}). */
  control?: Control;
}

/**
 * Declare a control: `change` in words, and the property under the change, built with the same
 * constructors (its id is ignored).
 *
 * @example
 * holds("softmax.normalization", rowsSumToOne(softmax),
 *   control("rows scaled by 0.99", holds("softmax.normalization", rowsSumToOne(scaled(softmax, 0.99)))))
 */
export function control(change: string, variant: ClaimProperty): Control {
  if (change.trim().length === 0) throw new RangeError("a control names its change");
  return { change, variant: variant.check };
}

/** Names of the parts of each check kind, in the order they run. */
export const PART_ROLES: { [K in CheckKind]: readonly string[] } = {
  holds: ["claim"],
  conditional: ["inside", "boundary"],
  vacuous: ["trivial"],
  "ill-posed": ["readingsAgree"],
};

/** The parts of a check as `[role, part]` pairs, in running order. */
export function partsOf(check: Check): Array<[string, Part]> {
  const record = check as unknown as Record<string, Part>;
  return PART_ROLES[check.kind].map((role) => [role, record[role]] as [string, Part]);
}

function callerLocation(): SourceLocation {
  const stack = new Error().stack?.split("\n") ?? [];
  // [0] "Error", [1] callerLocation, [2] the constructor, [3] the property file.
  const frame = stack[3] ?? "";
  const m = /\(?((?:file:\/\/)?[^()\s]+):(\d+):\d+\)?$/.exec(frame.trim());
  if (!m) return { file: "unknown", line: 0 };
  const file = m[1].replace(/^file:\/\//, "");
  const rel = file.includes("/properties/") ? file.slice(file.lastIndexOf("/properties/") + 1) : file;
  return { file: rel, line: Number(m[2]) };
}

/** A property whose single part states the claim for all inputs: passes → HOLDS, fails → REFUTED. */
export function holds(id: string, claim: Part, ctl?: Control): ClaimProperty {
  return { id, check: { kind: "holds", claim }, location: callerLocation(), control: ctl };
}

/**
 * A property true under stated conditions: `inside` must pass and `boundary` (inputs just past the
 * conditions) must fail → HOLDS_UNDER_CONDITIONS. If the boundary passes too, the conditions were
 * not needed and the observed verdict is HOLDS.
 */
export function conditional(id: string, parts: { inside: Part; boundary: Part }, ctl?: Control): ClaimProperty {
  return { id, check: { kind: "conditional", ...parts }, location: callerLocation(), control: ctl };
}

/**
 * A statement that is true by construction: `trivial` checks it on inputs that contradict any
 * meaningful reading (random data, a conclusion of `True`); passing → VACUOUS.
 */
export function vacuous(id: string, trivial: Part, ctl?: Control): ClaimProperty {
  return { id, check: { kind: "vacuous", trivial }, location: callerLocation(), control: ctl };
}

/**
 * An ambiguous statement: `readingsAgree` checks that its plausible readings agree; failing →
 * ILL_POSED (the precise reading tested instead is its own entry).
 */
export function illPosed(id: string, readingsAgree: Part, ctl?: Control): ClaimProperty {
  return { id, check: { kind: "ill-posed", readingsAgree }, location: callerLocation(), control: ctl };
}

/**
 * A part with no random input: a deterministic computation run once (a fitted convergence order,
 * an exhaustive enumeration). It still gets a budget and its evidence is recorded.
 */
export function once(
  description: string,
  predicate: (ctx: RunContext) => boolean | void,
  options: { budgetMs?: number } = {},
): Part {
  return {
    description,
    arbitraries: () => [constantArbitrary()],
    predicate: (ctx: RunContext) => predicate(ctx),
    numRuns: 1,
    thoroughRuns: 1,
    budgetMs: options.budgetMs,
  };
}

function constantArbitrary(): fc.Arbitrary<null> {
  return fc.constant(null);
}
