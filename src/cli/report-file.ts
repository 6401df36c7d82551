/**
 * Reading a JSON report written by `spinspec verify --json` (or `merge`), for `merge`, `diff`,
 * `show` and `docs`. A file that is missing, not JSON or not a report's shape is a usage error
 * naming the file and the first field that is wrong, never a stack trace further on.
 *
 * @module
 */
import { readFileSync } from "node:fs";
import { z } from "zod";
import type { Report } from "../claims/report-types.js";
import { UsageError } from "./errors.js";
import { checkInputFile } from "./options.js";

// JSON writes ±∞ and NaN as null (a worst ratio of ∞ when nothing was tolerated), so numbers that
// may be infinite are read as number-or-null.
const num = z.number().nullable();

const ClaimShape = z.looseObject({
  id: z.string().min(1),
  family: z.string(),
  source: z.looseObject({ document: z.string(), section: z.string() }),
  expected: z.string(),
  observed: z.string(),
  match: z.boolean(),
  runs: num,
  seed: z.number(),
  timeMs: num,
  worstRatio: num.optional(),
  evidence: z.record(z.string(), z.unknown()),
  parts: z.array(z.looseObject({ role: z.string(), status: z.string() })),
});

/** The shape a report file must have for the commands that read one (extra fields are kept). */
export const ReportShape = z.looseObject({
  tool: z.literal("spinspec"),
  version: z.string(),
  generatedAt: z.string(),
  seed: z.number(),
  options: z.looseObject({ thorough: z.boolean(), explore: z.boolean() }),
  claims: z.array(ClaimShape),
  timeMs: num,
});

/** Check that parsed JSON is a report; a {@link UsageError} names `file` and the first wrong field. */
export function asReport(data: unknown, file: string): Report {
  const r = ReportShape.safeParse(data);
  if (!r.success) {
    const issue = r.error.issues[0];
    const field = issue.path.length > 0 ? issue.path.join(".") : "(the whole file)";
    throw new UsageError(`${file} is not a spinspec report: field ${field}: ${issue.message}`);
  }
  return data as Report;
}

/** Read and check a report file (`what` names the argument in the message, e.g. `--report`). */
export function readReportFile(file: string, what = "report"): Report {
  checkInputFile(what, file);
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    throw new UsageError(`${what} ${file} is not valid JSON: ${(e as Error).message}`);
  }
  return asReport(data, file);
}
