/**
 * Lean 4's standard semantics of `sorry`, applied to a parsed sketch (no Lean toolchain here).
 *
 * In Lean 4, `sorry` elaborates to `sorryAx α`, where `axiom sorryAx (α : Sort u) (synthetic :=
 * false) : α` inhabits every type, `False` included. A declaration whose proof contains `sorry`, or
 * that refers to a declaration that does, is reported with "declaration uses 'sorry'", and
 * `#print axioms` lists `sorryAx` for it: its kernel check is relative to an axiom that proves any
 * proposition, so it verifies nothing about its statement. This module computes, per declaration
 * of a file, the axioms it depends on in that sense (only `sorryAx` is tracked: the standard three,
 * propext, Classical.choice and Quot.sound, are what a verified Mathlib proof may use) and which
 * declarations depend on a given one; and it lists the `have … := sorry` steps of a proof.
 *
 * Two roads for the dependency closure: {@link axiomsOf} walks the references of a declaration
 * downwards (depth-first); {@link dependentsOf} iterates the "is referred to by" relation upwards to
 * a fixed point. A declaration uses sorryAx exactly when it is a direct sorry user or a dependent of
 * one; the unit test checks that the two agree.
 *
 * @module
 */
import type { LeanDeclaration, LeanFileReport } from "./checker.js";
import { stripComments } from "./checker.js";

/** The axiom Lean 4 elaborates `sorry` to. */
export const SORRY_AXIOM = "sorryAx";

function declarationArg(fn: string, report: LeanFileReport, name: string): LeanDeclaration {
  if (typeof name !== "string") throw new TypeError(`${fn}: name must be a string`);
  const d = report.declarations.find((x) => x.name === name);
  if (d === undefined) throw new RangeError(`${fn}: no declaration ${name} in the file`);
  return d;
}

/** The names of the file's other declarations that `d`'s code (comments removed) mentions. */
function references(report: LeanFileReport, d: LeanDeclaration): string[] {
  const code = stripComments(d.text);
  // Skip the keyword and name so a declaration does not refer to itself.
  const afterName = code.slice(code.indexOf(d.name) + d.name.length);
  return report.declarations
    .filter((o) => o.name !== d.name)
    .filter((o) => new RegExp(`(?<![\\w'.])${o.name.replace(/[.]/g, "\\.")}(?![\\w'])`).test(afterName))
    .map((o) => o.name);
}

/**
 * The axioms declaration `name` depends on, of those this module tracks: `["sorryAx"]` when its own
 * proof or any declaration it refers to (transitively, within the file) uses `sorry`, else `[]`.
 * Domain: `name` a declaration of `report`.
 */
export function axiomsOf(report: LeanFileReport, name: string): string[] {
  declarationArg("axiomsOf", report, name);
  const seen = new Set<string>();
  const stack = [name];
  while (stack.length > 0) {
    const n = stack.pop() as string;
    if (seen.has(n)) continue;
    seen.add(n);
    const d = report.declarations.find((x) => x.name === n) as LeanDeclaration;
    if (d.usesSorry) return [SORRY_AXIOM];
    stack.push(...references(report, d));
  }
  return [];
}

/**
 * The declarations of the file that depend on `name` (refer to it, directly or through others),
 * computed as a fixed point of the "refers to" relation. Domain: `name` a declaration of `report`.
 */
export function dependentsOf(report: LeanFileReport, name: string): string[] {
  declarationArg("dependentsOf", report, name);
  const refs = new Map(report.declarations.map((d) => [d.name, references(report, d)]));
  const out = new Set<string>();
  let grew = true;
  while (grew) {
    grew = false;
    for (const [n, rs] of refs) {
      if (out.has(n) || n === name) continue;
      if (rs.some((r) => r === name || out.has(r))) {
        out.add(n);
        grew = true;
      }
    }
  }
  return [...out].sort();
}

/**
 * The steps `have h : S := sorry` of a declaration's proof, as `{ name, statement }` with the
 * statement's whitespace collapsed. Domain: `d` a declaration from {@link checkLeanFile}.
 */
export function sorriedHaves(d: LeanDeclaration): Array<{ name: string; statement: string }> {
  const code = stripComments(d.text);
  const out: Array<{ name: string; statement: string }> = [];
  const re = /\bhave\s+([\w']+)\s*:\s*([\s\S]*?)\s*:=\s*(?:by\s+)?sorry(?![\w'])/g;
  for (let m = re.exec(code); m !== null; m = re.exec(code))
    out.push({ name: m[1], statement: m[2].replace(/\s+/g, " ").trim() });
  return out;
}

/**
 * A sketch declaration of `False` proved as `d`'s step is, by `sorry`:
 * `theorem <name>_false : False := by sorry`. Under sorryAx it is accepted exactly as a sorried
 * declaration with a true statement is, which is what "verified with sorry" amounts to. Domain:
 * `name` a Lean identifier.
 */
export function falseWithSorry(name: string): string {
  if (typeof name !== "string" || !/^[A-Za-z_][\w'.]*$/.test(name))
    throw new RangeError(`falseWithSorry: name must be a Lean identifier, got ${String(name)}`);
  return `theorem ${name}_false : False := by\n  sorry\n`;
}

/**
 * The `let x := e` bindings of a declaration (statement and proof), as a map from name to `e` with
 * whitespace collapsed; a later binding of the same name wins. Domain: `d` from {@link checkLeanFile}.
 */
export function letBindings(d: LeanDeclaration): Map<string, string> {
  const code = stripComments(d.text);
  const out = new Map<string, string>();
  const re = /\blet\s+([\w']+)\s*:=\s*(.+)$/gm;
  for (let m = re.exec(code); m !== null; m = re.exec(code)) out.set(m[1], m[2].replace(/\s+/g, " ").trim());
  return out;
}
