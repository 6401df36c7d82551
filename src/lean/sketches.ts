/**
 * Access to the Lean sketches kept beside the spec (`lean-sketches/Paper.lean`, the paper's listing
 * restored, and `lean-sketches/Repaired.lean`, what it should say).
 *
 * @module
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PROJECT_ROOT } from "../claims/registry.js";

/** The sketch files. */
export const LEAN_SKETCHES = ["Paper.lean", "Repaired.lean"] as const;

/** The text of one sketch file. */
export function leanSketch(file: (typeof LEAN_SKETCHES)[number]): string {
  return readFileSync(join(PROJECT_ROOT, "lean-sketches", file), "utf8");
}
