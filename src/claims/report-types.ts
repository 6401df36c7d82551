/**
 * The JSON report written by `spinspec verify --json FILE`: one record per claim, the totals, and
 * how the run was made. Same seed → same report apart from `timeMs` fields and `generatedAt`.
 *
 * @module
 */
import type { EvidenceValue } from "./property.js";
import type { Expected, Source, SpecEntry } from "./spec-entry.js";
import type { ObservedVerdict, PartStatus, VerdictKind } from "./verdict.js";
import type { SentenceTotals } from "../documents/totals.js";

/** A counterexample as found and shrunk by fast-check, with what replays it. */
export interface Counterexample {
  /** The part that failed (`claim`, `inside`, `boundary`, `trivial`, `readingsAgree`). */
  part: string;
  /** The shrunk input, as fast-check prints it. */
  values: string;
  /** The message of the violation (input, value, expected, tolerance). */
  message: string;
  /** fast-check seed and path: `spinspec replay ID --part P --seed S --path PATH` replays it. */
  seed: number;
  path: string;
  /**
   * Who found it: the seeded property search, a failure saved by an earlier run and replayed
   * first (`.spinspec/replay.json`), a regression example kept in the property file, or the one
   * fixed instance of a deterministic part (`once`).
   */
  foundBy: "search" | "database" | "example" | "fixed";
  /** Shrinks performed. */
  shrinks: number;
  /**
   * |violation| / tolerance of this counterexample (∞ when nothing was tolerated, which JSON writes
   * as `null`); absent when the violation compared no number. Under 10 it is close enough to
   * rounding to be re-checked.
   */
  margin?: number | null;
  /**
   * For a counterexample under 10× its tolerance: whether it still fails when recomputed at 50
   * digits (`stands`), passes there (`rounding`: float64 made it), or could not be rechecked.
   */
  recheck?: "stands" | "rounding" | "not rechecked";
}

/** The most decisive violation a search saw (Hypothesis' `target()`): its input and margin. */
export interface DecisiveViolation {
  values: string;
  /** |violation| / tolerance. */
  margin: number;
  message: string;
}

/** A claim's control as run by `verify --controls` (see `Control` in property.ts). */
export interface ControlReport {
  /** The deliberate change, in words. */
  change: string;
  /** The verdict under the change (absent when controls were not run). */
  verdict?: ObservedVerdict;
  /** Whether it left the expected verdict for a real one (not ERROR, not INCONCLUSIVE). */
  moved?: boolean;
}

/** The outcome of one part of a property. */
export interface PartReport {
  role: string;
  description: string;
  status: PartStatus;
  runs: number;
  skips: number;
  seed: number;
  timeMs: number;
  /** Set when the part ran out of budget (its status is then `inconclusive`). */
  interrupted?: boolean;
  /** Counts of `classify` labels: what was actually generated. */
  labels?: Record<string, number>;
  /** Whether the regression examples of this part failed (undefined when it has none). */
  examplesFailed?: boolean;
  /** Health checks and budget notes. */
  warnings?: string[];
  /** For a part that threw something other than a violation. */
  error?: string;
  counterexample?: Counterexample;
  /** The most decisive violation the search saw (largest margin), when the part failed. */
  decisive?: DecisiveViolation;
}

/** One claim in the report. */
export interface ClaimReport {
  id: string;
  title: string;
  family: string;
  source: Pick<Source, "document" | "section" | "equation">;
  expected: VerdictKind;
  expectedDetail: Expected;
  observed: ObservedVerdict;
  match: boolean;
  /** Why `match` is false (or a warning when it is true), in words. */
  mismatch?: string;
  runs: number;
  seed: number;
  timeMs: number;
  worstRatio?: number;
  evidence: Record<string, EvidenceValue>;
  counterexample?: Counterexample;
  path?: string;
  parts: PartReport[];
  related: string[];
  /** What the entry is to its sentence (`literal`, `reading`, `repair`, `support`); absent while unset. */
  role?: SpecEntry["role"];
  /** Typed links to other entries (absent in reports written before they existed). */
  links?: SpecEntry["links"];
  property?: string;
  propertyLocation?: { file: string; line: number };
  /** The entry's stated bound on a false failure of its random parts per run (`statistics.falseAlarmBound`). */
  falseAlarmBound?: number;
  /** The entry's control: declared change, and under `--controls` its verdict and whether it moved. */
  control?: ControlReport;
  /** The most decisive violation behind the verdict (largest margin seen by the deciding part's search). */
  decisive?: DecisiveViolation;
}

/** The whole report. */
export interface Report {
  tool: "spinspec";
  version: string;
  generatedAt: string;
  /** The base seed; each claim's seed is derived from it and the claim id. */
  seed: number;
  options: {
    thorough: boolean;
    explore: boolean;
    runs?: number;
    shard?: string;
    claims?: string[];
    families?: string[];
    /** `verify --changed REF`: only the claims a change since REF can have affected ran. */
    changed?: string;
  };
  /** True when only some claims ran (`verify --changed` selected a subset): the others are absent, not passed. */
  partial?: boolean;
  claims: ClaimReport[];
  totals: {
    claims: number;
    /** Entries with a property; of them, how many declare a control, had it run, and saw it move. */
    controls?: { withProperty: number; declared: number; run: number; moved: number };
    /** Union bound on a false failure anywhere in the run: Σ of the claims' falseAlarmBound, and how many stated one. */
    falseAlarm?: { bound: number; claims: number };
    matched: number;
    mismatched: number;
    byObserved: Record<string, number>;
    byDocument: Record<string, Record<string, number>>;
    /** Entries by role (`literal`, `reading`, `repair`, `support`, or `unset` while a family has not set it). */
    byRole?: Record<string, number>;
    /**
     * Per document (file name): its sentences as its coverage map classifies them, claim sentences
     * by their literal entry's verdict (absent when the documents were not available).
     */
    sentences?: Record<string, SentenceTotals>;
  };
  timeMs: number;
}
