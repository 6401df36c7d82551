/**
 * The shape of a spec entry: one claim of one document, what it says precisely, and the verdict the
 * checks are expected to reach. Entries live in `spec/<family>.yaml` as a YAML list.
 *
 * @module
 */
import { z } from "zod";
import { documentByFile, documents } from "../documents/registry.js";

const id = z
  .string()
  .regex(
    /^[a-z0-9][a-z0-9-]*(\.[a-z0-9][a-z0-9-]*)+$/,
    "ids are dotted lower-case words, e.g. softmax.shift-invariance",
  );

/** Where a claim is said. */
export const SourceSchema = z.strictObject({
  /** A file name registered in `spec/documents.yaml`. */
  document: z.string().refine((d) => documentByFile(d) !== undefined, {
    error: () =>
      `not a registered document (spec/documents.yaml: ${documents()
        .map((d) => d.file)
        .join(", ")})`,
  }),
  section: z.string().min(1),
  equation: z.union([z.string(), z.number()]).transform(String).optional(),
  /** Short and verbatim (modulo extraction artefacts). */
  quote: z.string().min(1).max(400),
});

/** The expected verdict, with what each kind must carry. */
export const ExpectedSchema = z.discriminatedUnion("verdict", [
  z.strictObject({ verdict: z.literal("HOLDS") }),
  z.strictObject({
    verdict: z.literal("HOLDS_UNDER_CONDITIONS"),
    conditions: z.string().min(1),
  }),
  z.strictObject({ verdict: z.literal("REFUTED") }),
  z.strictObject({ verdict: z.literal("VACUOUS"), why: z.string().min(1) }),
  z.strictObject({
    verdict: z.literal("ILL_POSED"),
    /** The id of the entry that states the precise reading tested instead. */
    reading: id,
    why: z.string().min(1),
  }),
  z.strictObject({ verdict: z.literal("NOT_CHECKABLE"), reason: z.string().min(1) }),
]);

/** What a statistical claim must state about its test. */
export const StatisticsSchema = z.strictObject({
  estimator: z.string().min(1),
  standardError: z.string().min(1),
  /** The false-alarm rate in words: which test, which bound (Hoeffding, Chebyshev, a z-score). */
  falseAlarmRate: z.string().min(1),
  /**
   * The same rate as a number: an upper bound on the probability that this entry's random parts
   * report a failure that is not there, per run of `verify`. `verify` prints their sum over the
   * claims it ran (a union bound on the run's false alarms).
   */
  falseAlarmBound: z.number().min(0).max(1).optional(),
});

/**
 * What an entry is to the sentence it quotes. A sentence's verdict is the verdict of its one
 * `literal` entry; readings and repairs are shown beneath it, never instead of it.
 *
 * - `literal`: the sentence as the document states it, with the document's own hedges and domains.
 *   Exactly one per claim sentence; its quote must be found in its document.
 * - `reading`: one precise reading of a sentence. The literal entry is ILL_POSED when plausible
 *   readings disagree (each its own `reading` entry); a single precise reading can accompany any
 *   literal verdict (e.g. a REFUTED or HOLDS sentence with its precise version made explicit).
 * - `repair`: what holds instead of a refuted or vacuous sentence.
 * - `support`: a check of reference code that other entries rest on; it quotes no sentence as if it
 *   settled it.
 */
export const ROLES = ["literal", "reading", "repair", "support"] as const;

/**
 * Typed links between entries, from this entry to `target`:
 * `reading-of` (this is a precise reading of the target), `repairs` (this states what holds instead
 * of the target), `uses` (this rests on the target's check), `contradicts` (the two cannot both hold).
 */
export const LINK_TYPES = ["reading-of", "repairs", "uses", "contradicts"] as const;

/** A typed link to another entry. */
export const LinkSchema = z.strictObject({ type: z.enum(LINK_TYPES), target: id });

/** Kinds of statement. */
export const CLAIM_KINDS = ["identity", "bound", "limit", "rate", "existence", "statistical", "definitional"] as const;

/**
 * One spec entry, as validated.
 *
 * Label principles (issue 12 §2); every entry is labelled by them:
 * - HOLDS_UNDER_CONDITIONS: the boundary part is the *same claim* just past its condition, never
 *   a different object (a per-key bias is not the per-query field the sentence speaks of).
 * - NOT_CHECKABLE only when no computation and no standard definition settles the sentence: a
 *   sentence contradicting a standard definition is REFUTED against that definition; settled
 *   mathematics (e.g. Trotter–Kato under its hypotheses) is HOLDS_UNDER_CONDITIONS; several
 *   plausible readings make it ILL_POSED, with each reading its own `reading` entry.
 * - No straw men: a `literal` entry encodes what the document asserts, with its own hedges ("a rough
 *   comparison" is not tested as an exact line), never a claim nobody made.
 * - Domains as the document states them: a theorem over every `N : ℕ` is checked at N = 0 too.
 * - Titles and notes claim no more than the check shows.
 * - Exactly one `literal` entry per claim sentence; its verdict is the sentence's verdict.
 */
export const SpecEntrySchema = z
  .strictObject({
    id,
    title: z.string().min(1),
    source: SourceSchema,
    /** Precise: quantifiers, domains, norms, tolerances. */
    statement: z.string().min(1),
    kind: z.enum(CLAIM_KINDS),
    expected: ExpectedSchema,
    /** The property id; absent only for NOT_CHECKABLE. */
    property: id.optional(),
    /** What this entry is to its sentence (see {@link ROLES}): every entry says it. */
    role: z.enum(ROLES),
    /** Linked entries, e.g. the precise version of a refuted claim (untyped; see `links`). */
    related: z.array(id).default([]),
    /** Typed links, where the relation is known (see {@link LINK_TYPES}). */
    links: z.array(LinkSchema).default([]),
    /** Lean declarations, as `File.lean#Name`. */
    lean: z.array(z.string().regex(/^[A-Za-z]+\.lean#[A-Za-z_][A-Za-z0-9_']*$/)).default([]),
    statistics: StatisticsSchema.optional(),
    /** What the evidence shows, in a sentence or two (optional commentary for readers). */
    notes: z.string().optional(),
  })
  .superRefine((e, ctx) => {
    if (e.expected.verdict === "NOT_CHECKABLE" && e.property !== undefined) {
      ctx.addIssue({ code: "custom", path: ["property"], message: "a NOT_CHECKABLE entry has no property" });
    }
    if (e.expected.verdict !== "NOT_CHECKABLE" && e.property === undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["property"],
        message: "required unless expected.verdict is NOT_CHECKABLE",
      });
    }
    if (e.kind === "statistical" && e.statistics === undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["statistics"],
        message: "a statistical claim states its estimator, standard error and false-alarm rate",
      });
    }
    if (e.expected.verdict === "ILL_POSED" && !e.related.includes(e.expected.reading)) {
      ctx.addIssue({ code: "custom", path: ["related"], message: "must include expected.reading" });
    }
  });

/** A validated spec entry. */
export type SpecEntry = z.output<typeof SpecEntrySchema>;
/** The expected verdict of an entry. */
export type Expected = SpecEntry["expected"];
/** Where an entry's claim is said. */
export type Source = SpecEntry["source"];
