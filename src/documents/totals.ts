/**
 * Sentence totals of a run: per document, its sentences as its coverage map classifies them, and
 * its claim sentences counted by the verdict of their literal entry in the run (`NOT_RUN` when the
 * run did not run that entry). The report carries them beside the entry totals.
 *
 * @module
 */
import type { ClaimReport } from "../claims/report-types.js";
import { coverageOfAll } from "./check.js";

/** One document's sentences, by kind and by literal verdict. */
export interface SentenceTotals {
  sentences: number;
  /** Claim sentences with a literal entry. */
  claims: number;
  /** Claim sentences whose literal entry is still to be written (spec/coverage/MISSING.md). */
  missing: number;
  notClaims: number;
  unclassified: number;
  /** Claim sentences by their literal entry's observed verdict (`NOT_RUN` when not in this run). */
  byVerdict: Record<string, number>;
}

/**
 * Sentence totals for the documents whose text and coverage map are available (an empty record
 * when none is: a checkout without the documents folder).
 */
export function sentenceTotals(claims: ClaimReport[]): Record<string, SentenceTotals> {
  const byId = new Map(claims.map((c) => [c.id, c]));
  const infos = new Map(claims.map((c) => [c.id, { role: c.role, document: c.source.document }]));
  const out: Record<string, SentenceTotals> = {};
  for (const d of coverageOfAll(infos)) {
    const check = d.check;
    if (check === undefined) continue;
    const byVerdict: Record<string, number> = {};
    for (const r of check.resolved) {
      if (r.status !== "claim") continue;
      const v = byId.get(r.id)?.observed ?? "NOT_RUN";
      byVerdict[v] = (byVerdict[v] ?? 0) + 1;
    }
    const t = check.total;
    out[d.record.file] = {
      sentences: t.sentences,
      claims: t.claims,
      missing: t.missing,
      notClaims: t.notClaims,
      unclassified: t.unclassified,
      byVerdict,
    };
  }
  return out;
}
