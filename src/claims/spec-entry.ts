/**
 * The shape of a spec entry: one claim of one document, what it says precisely, and the verdict the
 * checks are expected to reach. Entries live in `spec/<family>.yaml` as a YAML list.
 *
 * @module
 */
import { z } from "zod";

/** The documents a claim can come from (file names under `shared/seeds/`). */
export const DOCUMENTS = [
  "000_3014c98cc1702315.txt",
  "001_a0d113106632f3a1.txt",
  "002_4872728a2cac3093.txt",
  "003_1df8271bdc20b922.txt",
  "004_df13f12bfd23743a.txt",
] as const;

/** Short names for the documents, used in tables. */
export const DOCUMENT_TITLES: Record<(typeof DOCUMENTS)[number], string> = {
  "000_3014c98cc1702315.txt": "Paper (000)",
  "001_a0d113106632f3a1.txt": "Paper, variant (001)",
  "002_4872728a2cac3093.txt": "Paper with Lean listing (002)",
  "003_1df8271bdc20b922.txt": "Thesis (003)",
  "004_df13f12bfd23743a.txt": "Blog (004)",
};

const id = z
  .string()
  .regex(
    /^[a-z0-9][a-z0-9-]*(\.[a-z0-9][a-z0-9-]*)+$/,
    "ids are dotted lower-case words, e.g. softmax.shift-invariance",
  );

/** Where a claim is said. */
export const SourceSchema = z.strictObject({
  document: z.enum(DOCUMENTS),
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
  falseAlarmRate: z.string().min(1),
});

/** Kinds of statement. */
export const CLAIM_KINDS = ["identity", "bound", "limit", "rate", "existence", "statistical", "definitional"] as const;

/** One spec entry, as validated. */
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
    /** Linked entries, e.g. the precise version of a refuted claim. */
    related: z.array(id).default([]),
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
