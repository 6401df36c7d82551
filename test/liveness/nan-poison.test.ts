/**
 * Every property that reads a reference's number turns ERROR when that reference returns NaN
 * (issue 11: "a NaN-returning reference gives ERROR for every property that reads it"). For each
 * property file, each function it imports from a reference module is poisoned in turn (see
 * `poison.ts`) and each of the file's properties is run on a few inputs; a property that called the
 * poisoned function and received a number must come out ERROR — never a verdict, never a pass.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { NAN_KNOWN } from "./nan-known.js";
import { poison, referenceImports, wrapModule } from "./poison.js";

const ROOT = resolve(import.meta.dirname, "..", "..");
/**
 * NAN_FAMILIES=a,b poisons those property files only, NAN_CLAIMS=id,… those properties only: the whole
 * run is minutes on one core, a fix to one property needs seconds. CI sets neither.
 */
const ONLY_FAMILIES = process.env.NAN_FAMILIES?.split(",").filter(Boolean);
const ONLY_CLAIMS = process.env.NAN_CLAIMS?.split(",").filter(Boolean);
const FAMILIES = readdirSync(join(ROOT, "properties"))
  .filter((f) => f.endsWith(".ts"))
  .map((f) => f.replace(/\.ts$/, ""))
  .filter((f) => !ONLY_FAMILIES || ONLY_FAMILIES.includes(f))
  .sort();

const imports = new Map(
  FAMILIES.map((f) => [f, referenceImports(readFileSync(join(ROOT, "properties", `${f}.ts`), "utf8"))]),
);
for (const path of new Set([...imports.values()].flatMap((m) => [...m.keys()]))) {
  const spec = `../${path}`; // properties/ → test/liveness/
  vi.doMock(spec, async (importOriginal) => wrapModule(path, await importOriginal<Record<string, unknown>>()));
}
const { runProperty } = await import("../../src/claims/runner.js");

/** Runs per part: enough to reach every branch a poisoned number flows into, few enough to be quick. */
const RUNS = 3;
const SEED = 11;

describe("a NaN from any reference a property reads is an ERROR", () => {
  for (const family of FAMILIES) {
    it(family, async () => {
      const { properties } = (await import(/* @vite-ignore */ join(ROOT, "properties", `${family}.ts`))) as {
        properties: import("../../src/claims/property.js").ClaimProperty[];
      };
      const wrong: string[] = [];
      let read = 0;
      let known = 0;
      for (const prop of properties.filter((p) => !ONLY_CLAIMS || ONLY_CLAIMS.includes(p.id))) {
        // Which wrapped references does this property read a number from? (an unpoisoned run)
        poison.recording = true;
        poison.read.clear();
        runProperty(prop, { seed: SEED, numRuns: RUNS });
        poison.recording = false;
        // Only what the property file imports itself: a reference that reads another one may use
        // it as a hint it checks (a float64 eigenvalue that only sizes a bigint iteration), and is
        // judged by its own tests.
        const direct = new Set(
          [...(imports.get(family) ?? [])].flatMap(([path, names]) => names.map((n) => `${path}#${n}`)),
        );
        for (const key of [...poison.read].filter((k) => direct.has(k)).sort()) {
          poison.target = key;
          poison.poisonedCalls = 0;
          const observed = runProperty(prop, { seed: SEED, numRuns: RUNS }).observed;
          poison.target = "";
          if (poison.poisonedCalls === 0) continue; // read only on inputs this run did not draw
          read++;
          const pair = `${prop.id} ${key}`;
          if (observed !== "ERROR" && !NAN_KNOWN.has(pair)) wrong.push(`${prop.id} with NaN from ${key}: ${observed}`);
          if (observed === "ERROR" && NAN_KNOWN.has(pair)) wrong.push(`${pair} is ERROR now: remove it from NAN_KNOWN`);
          if (observed !== "ERROR" && NAN_KNOWN.has(pair)) known++;
        }
      }
      console.log(
        `${family}: ${read} (property, reference) pairs read a poisoned number; ${known} known not ERROR (nan-known.ts); ${wrong.length} wrong`,
      );
      expect(wrong).toEqual([]);
    });
  }
});
