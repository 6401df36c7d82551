import { describe, expect, it } from "vitest";
import {
  documentById,
  documentByFile,
  documents,
  documentTitle,
  parseDocuments,
} from "../../src/documents/registry.js";

describe("documents registry", () => {
  it("registers the five documents with 001 and 002 as versions of 000", () => {
    expect(documents().map((d) => d.id)).toEqual(["000", "001", "002", "003", "004"]);
    expect(documentById("001")?.versionOf).toBe("000");
    expect(documentById("002")?.versionOf).toBe("000");
    expect(documentByFile("003_1df8271bdc20b922.txt")?.kind).toBe("thesis");
    expect(documentTitle("004_df13f12bfd23743a.txt")).toBe("Blog (004)");
    expect(documentTitle("999.txt")).toBe("999.txt");
  });

  it("rejects duplicate ids, unknown versionOf and unknown kinds", () => {
    const one = "- { file: a.txt, id: a, title: A, fullTitle: A, kind: paper }\n";
    expect(() => parseDocuments(one + one)).toThrow(/id a twice/);
    expect(() => parseDocuments(one.replace("kind: paper", "kind: paper, versionOf: z"))).toThrow(/versionOf z/);
    expect(() => parseDocuments(one.replace("kind: paper", "kind: novel"))).toThrow(/field 0.kind/);
    expect(parseDocuments(one)).toHaveLength(1);
  });
});
