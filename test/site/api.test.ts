import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { apiPageFor, referenceSymbolsUsed } from "../../src/site/api.js";

const source = `import { holds, part } from "../src/claims/property.js";
import { softmax, logSumExp as lse } from "../src/attention/softmax.js";
import { type Matrix, expm } from "../src/linalg/index.js";
import fc from "fast-check";

export const properties = [
  holds("a.one", part({ predicate: () => softmax([1]).length === 1 })),
  holds("a.two", part({ predicate: () => lse([1]) > 0 && expm([[0]]) !== undefined })),
];
`;

describe("referenceSymbolsUsed", () => {
  it("names the reference imports a property's lines use (by exported name), not the property API", () => {
    expect(referenceSymbolsUsed(source, 7, 8)).toEqual(["softmax"]);
    expect(referenceSymbolsUsed(source, 8, 9)).toEqual(["expm", "logSumExp"]);
  });
});

describe("apiPageFor", () => {
  it("finds the typedoc page of a name in any kind folder", () => {
    const api = mkdtempSync(join(tmpdir(), "api-"));
    mkdirSync(join(api, "functions"));
    mkdirSync(join(api, "classes"));
    writeFileSync(join(api, "functions", "softmax.html"), "");
    writeFileSync(join(api, "classes", "Prng.html"), "");
    expect(apiPageFor("softmax", api)).toBe("api/functions/softmax.html");
    expect(apiPageFor("Prng", api)).toBe("api/classes/Prng.html");
    expect(apiPageFor("nothing", api)).toBeUndefined();
  });
});
