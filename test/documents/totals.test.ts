import { describe, expect, it } from "vitest";
import { seedsDir } from "../../src/claims/documents.js";
import type { ClaimReport } from "../../src/claims/report-types.js";
import { loadCoverage } from "../../src/documents/coverage.js";
import { documentById } from "../../src/documents/registry.js";
import { sentenceTotals } from "../../src/documents/totals.js";

describe("sentenceTotals", () => {
  const map = loadCoverage("004");
  const claimed = [...new Set(map?.sentences.flatMap((s) => ("claim" in s ? [s.claim] : [])) ?? [])];
  // Needs the documents (skipped without them; test/documents-folder.test.ts then fails once).
  it.runIf(map !== undefined && seedsDir() !== undefined)(
    "counts the blog's claim sentences by their literal entry's verdict in the run",
    () => {
      const file = documentById("004")?.file ?? "";
      // One entry refuted in this run, the others not run.
      const claims = [
        { id: claimed[0], observed: "REFUTED", source: { document: file, section: "x" }, role: "literal" },
      ] as unknown as ClaimReport[];
      const t = sentenceTotals(claims)[file];
      const sentencesOfFirst = map?.sentences.filter((s) => "claim" in s && s.claim === claimed[0]).length ?? 0;
      expect(t.byVerdict.REFUTED).toBe(sentencesOfFirst);
      expect(t.byVerdict.NOT_RUN).toBe(t.claims - sentencesOfFirst);
      expect(t.sentences).toBe(map?.sentences.length);
      expect(t.claims + t.missing + t.notClaims + t.unclassified).toBe(t.sentences);
    },
  );
});
