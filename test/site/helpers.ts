// Shared set-up for the site tests: the sample report and the sample project under fixtures/.
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Report } from "../../src/claims/report-types.js";

/** The fixtures folder. */
export const FIXTURES = resolve(import.meta.dirname, "fixtures");
/** The sample project (spec, properties, figures, Lean sketches). */
export const PROJECT = join(FIXTURES, "project");

/** A fresh copy of the sample report. */
export function sampleReport(): Report {
  return JSON.parse(readFileSync(join(FIXTURES, "sample-report.json"), "utf8")) as Report;
}
