/**
 * Lean declarations shown beside the claims that cite them (`lean: ["Paper.lean#Decl"]` in a spec
 * entry). The site asks a {@link LeanResolver} for each reference; {@link sketchResolver} is a
 * small line-based reader of `lean-sketches/*.lean` that needs no Lean toolchain. A checker that
 * knows more (whether a file compiles, which axioms a proof uses) can be passed to `buildSite`
 * instead, as long as it answers with a {@link LeanDeclaration}.
 *
 * @module
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * How a declaration stands:
 * - `sorry`: its proof (or a definition body) contains `sorry`;
 * - `vacuous`: it is proved, but the claim citing it was found vacuous (it says nothing);
 * - `stated`: a definition, or a theorem whose proof text contains no `sorry` (not compiled here);
 * - `checked`: a Lean checker compiled it (only a resolver backed by a checker says so).
 */
export type LeanStatus = "sorry" | "vacuous" | "stated" | "checked";

/** A declaration found for a reference `File.lean#Name`. */
export interface LeanDeclaration {
  /** The reference as written in the spec. */
  ref: string;
  /** Path of the file, relative to the project root (e.g. `lean-sketches/Paper.lean`). */
  file: string;
  /** 1-based line where the declaration (or its doc comment) starts. */
  line: number;
  /** `theorem`, `def`, `structure`, … */
  keyword: string;
  /** The declaration's text, doc comment included. */
  text: string;
  status: LeanStatus;
  /** Anything a checker wants to add (an error message, the axioms used). */
  note?: string;
}

/** Finds the declaration a reference names; `undefined` when the file or the name is missing. */
export type LeanResolver = (ref: string) => LeanDeclaration | undefined;

const DECL_KEYWORDS = [
  "theorem",
  "lemma",
  "def",
  "abbrev",
  "structure",
  "class",
  "instance",
  "inductive",
  "axiom",
  "opaque",
  "example",
] as const;

const MODIFIERS = /^(?:@\[[^\]]*\]\s*)*(?:(?:private|protected|noncomputable|partial|unsafe)\s+)*/;
const DECL_START = new RegExp(`${MODIFIERS.source}(${DECL_KEYWORDS.join("|")})\\b\\s*([^\\s:({\\[]*)`);
/** Lines at column 0 that end the previous declaration. */
const TOP_LEVEL = new RegExp(
  `^(?:${MODIFIERS.source}(?:${DECL_KEYWORDS.join("|")})\\b|@\\[|/--|/-|--|namespace\\b|section\\b|end\\b|open\\b|variable\\b|universe\\b|import\\b|set_option\\b|#)`,
);

/** One declaration of a Lean file, as the line reader sees it. */
export interface ParsedDeclaration {
  keyword: string;
  /** The declared name as written (may be qualified, `Foo.bar`). */
  name: string;
  line: number;
  text: string;
}

/**
 * Split a Lean file into its top-level declarations. A declaration starts at column 0 with a
 * declaration keyword (after optional attributes and modifiers), takes the doc comment right
 * above it, and runs until the next column-0 line that starts something else.
 */
export function parseLeanDeclarations(source: string): ParsedDeclaration[] {
  const lines = source.replace(/\r\n?/g, "\n").split("\n");
  const out: ParsedDeclaration[] = [];
  let i = 0;
  while (i < lines.length) {
    const m = DECL_START.exec(lines[i]);
    if (!m || /^\s/.test(lines[i])) {
      i += 1;
      continue;
    }
    let start = i;
    // A doc comment `/-- … -/` ending right above belongs to the declaration.
    if (start > 0 && /-\/\s*$/.test(lines[start - 1])) {
      let k = start - 1;
      while (k >= 0 && !lines[k].trimStart().startsWith("/--")) k -= 1;
      if (k >= 0) start = k;
    }
    let end = i + 1;
    while (end < lines.length && !(lines[end] !== "" && !/^\s/.test(lines[end]) && TOP_LEVEL.test(lines[end]))) {
      end += 1;
    }
    while (end > i + 1 && lines[end - 1].trim() === "") end -= 1;
    out.push({ keyword: m[1], name: m[2], line: start + 1, text: lines.slice(start, end).join("\n") });
    i = end;
  }
  return out;
}

/** Whether a declaration's text uses `sorry` (as a word, outside `--` line comments). */
export function usesSorry(text: string): boolean {
  return text
    .split("\n")
    .map((l) => l.replace(/--.*$/, ""))
    .some((l) => /\bsorry\b/.test(l));
}

/**
 * A resolver reading `lean-sketches/<File>` under `root`. The name after `#` matches a declared
 * name exactly or its last dotted component (`Paper.Hamiltonian` answers `#Hamiltonian`).
 * Status is `sorry` or `stated`; the site upgrades `stated` to `vacuous` from the claim's verdict.
 */
export function sketchResolver(root: string): LeanResolver {
  const cache = new Map<string, ParsedDeclaration[] | undefined>();
  return (ref) => {
    const [fileName, name] = ref.split("#");
    if (!fileName || !name) return undefined;
    const file = `lean-sketches/${fileName}`;
    if (!cache.has(file)) {
      const full = join(root, file);
      cache.set(file, existsSync(full) ? parseLeanDeclarations(readFileSync(full, "utf8")) : undefined);
    }
    const decls = cache.get(file);
    const d = decls?.find((x) => x.name === name) ?? decls?.find((x) => x.name.split(".").pop() === name);
    if (!d) return undefined;
    return {
      ref,
      file,
      line: d.line,
      keyword: d.keyword,
      text: d.text,
      status: usesSorry(d.text) ? "sorry" : "stated",
    };
  };
}

/**
 * The fields the site reads from the Lean checker's `leanDeclaration(ref)` (`src/lean/`), when
 * the project has one: its declaration text and what the checker found in it.
 */
export interface CheckerDeclaration {
  kind: string;
  name: string;
  line: number;
  text: string;
  /** The sketch file name (`Paper.lean`) or its path. */
  file: string;
  usesSorry: boolean;
  conclusionTrue: boolean;
  conclusionFromHypothesis: boolean;
}

/**
 * A resolver backed by the Lean checker's `leanDeclaration(ref)`: `sorry` where the proof uses
 * it, `vacuous` where the conclusion is `True` or is one of the hypotheses, `stated` otherwise.
 */
export function checkerResolver(leanDeclaration: (ref: string) => CheckerDeclaration | undefined): LeanResolver {
  return (ref) => {
    const d = leanDeclaration(ref);
    if (!d) return undefined;
    const file = d.file.includes("/") ? d.file : `lean-sketches/${d.file}`;
    const why = d.conclusionTrue
      ? "the conclusion is True"
      : d.conclusionFromHypothesis
        ? "the conclusion is one of the hypotheses"
        : undefined;
    const status: LeanStatus = d.usesSorry ? "sorry" : why ? "vacuous" : "stated";
    const notes = [
      d.usesSorry && why ? `also vacuous: ${why}` : "",
      !d.usesSorry && why ? `vacuous: ${why}` : "",
    ].filter((x) => x !== "");
    return {
      ref,
      file,
      line: d.line,
      keyword: d.kind,
      text: d.text,
      status,
      ...(notes.length > 0 ? { note: `${notes.join("; ")} (syntactic check of src/lean/)` } : {}),
    };
  };
}

/**
 * The best resolver the project offers: the Lean checker of `src/lean/` when it exports
 * `leanDeclaration`, else {@link sketchResolver}. Loaded dynamically so the site builds with
 * either.
 */
export async function defaultLeanResolver(root: string, projectRoot: string): Promise<LeanResolver> {
  if (root === projectRoot) {
    const mod = (await import("../lean/index.js")) as Record<string, unknown>;
    if (typeof mod.leanDeclaration === "function") {
      return checkerResolver(mod.leanDeclaration as (ref: string) => CheckerDeclaration | undefined);
    }
  }
  return sketchResolver(root);
}
