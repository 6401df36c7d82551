/**
 * Access to the Lean sketches kept beside the spec (`lean-sketches/Paper.lean`, the paper's listing
 * restored, and `lean-sketches/Repaired.lean`, what it should say).
 *
 * @module
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PROJECT_ROOT } from "../claims/registry.js";
import { oneOf, show } from "../args/check.js";
import { checkLeanFile, type LeanDeclaration } from "./checker.js";

/** The sketch files. */
export const LEAN_SKETCHES = ["Paper.lean", "Repaired.lean"] as const;

/** The text of one sketch file; `file` one of {@link LEAN_SKETCHES}. */
export function leanSketch(file: (typeof LEAN_SKETCHES)[number]): string {
  if (typeof file !== "string") throw new TypeError(`leanSketch: file must be a string, got ${show(file)}`);
  oneOf("leanSketch", "file", file, LEAN_SKETCHES);
  return readFileSync(join(PROJECT_ROOT, "lean-sketches", file), "utf8");
}

/**
 * The declaration a spec entry's `lean` reference (`File.lean#Name`) points at, with the checker's
 * findings, for showing the Lean text beside a claim's property and verdict. Undefined when the file
 * or declaration does not exist. Domain: `ref` a string.
 */
export function leanDeclaration(ref: string): (LeanDeclaration & { file: string }) | undefined {
  if (typeof ref !== "string") throw new TypeError(`leanDeclaration: ref must be a string, got ${show(ref)}`);
  const [file, name] = ref.split("#");
  if (!(LEAN_SKETCHES as readonly string[]).includes(file)) return undefined;
  const decl = checkLeanFile(leanSketch(file as (typeof LEAN_SKETCHES)[number])).declarations.find(
    (d) => d.name === name,
  );
  return decl ? { ...decl, file } : undefined;
}
