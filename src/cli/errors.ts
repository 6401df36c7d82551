/**
 * The CLI's error model, shared by every subcommand:
 *
 * - a usage or input error (a bad option value, an unreadable or malformed file, a spec problem)
 *   exits 2 with one line naming the argument, file or field and the value;
 * - a verdict that differs from the spec exits 1 (decided by the commands, not here);
 * - anything else is a bug in spinspec: exit 3, one line, and the stack only under `--debug`.
 *
 * @module
 */
import { SpecError } from "../claims/registry.js";

/** A usage or input error: exit code 2, printed as one line. */
export class UsageError extends Error {
  override name = "UsageError";
}

/** Exit code of a usage, input or spec error. */
export const EXIT_USAGE = 2;
/** Exit code of an internal error (a bug in spinspec). */
export const EXIT_INTERNAL = 3;

/** Text on one line: line breaks and runs of blanks become one space. */
export function oneLine(s: string): string {
  return s
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean)
    .join(" ");
}

/** A Node system error (from `fs`, `child_process`): it has a string `code` and a `syscall`. */
function isSystemError(e: unknown): e is NodeJS.ErrnoException {
  return e instanceof Error && typeof (e as NodeJS.ErrnoException).code === "string" && "syscall" in e;
}

/**
 * The exit code and the text to print on stderr for an error that reached the top of the CLI.
 * Usage, spec and file-system errors are the user's to fix (2, one line); everything else is
 * internal (3, one line, plus the stack when `debug`).
 */
export function describeError(e: unknown, debug: boolean): { code: number; text: string } {
  if (e instanceof UsageError) return { code: EXIT_USAGE, text: `spinspec: ${oneLine(e.message)}` };
  if (e instanceof SpecError) {
    // One line: a single problem as it is, several joined (each already names file and field).
    const text =
      e.problems.length === 1 ? e.problems[0] : `the spec has ${e.problems.length} problems: ${e.problems.join("; ")}`;
    return { code: EXIT_USAGE, text: `spinspec: ${oneLine(text)}` };
  }
  if (isSystemError(e)) {
    // Validation runs before the work, so this is the machine (disk full, permissions changed
    // meanwhile), not spinspec: say which file and what the system said.
    const where = e.path ?? (e as { dest?: string }).dest ?? "";
    return { code: EXIT_USAGE, text: `spinspec: cannot ${e.syscall}${where ? ` ${where}` : ""}: ${e.code}` };
  }
  const what = e instanceof Error ? `${e.name}: ${oneLine(e.message)}` : oneLine(String(e));
  const stack = debug && e instanceof Error && e.stack ? `\n${e.stack}` : "";
  return {
    code: EXIT_INTERNAL,
    text: `spinspec: internal error (a bug in spinspec): ${what}${debug ? "" : " (rerun with --debug for the stack)"}${stack}`,
  };
}
