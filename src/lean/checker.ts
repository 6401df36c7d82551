/**
 * A small, purely syntactic checker for the Lean sketches in `lean-sketches/` (no Lean toolchain is
 * available here). Per declaration it reports: the claim ids in its `-- claims:` comment, whether its
 * proof uses `sorry`, whether its conclusion is `True`, and whether its conclusion follows from one
 * of its own hypotheses (it *is* a hypothesis, or it is `∃ x, P x` and some hypothesis is `P t`).
 *
 * It understands the shapes used in the sketches: a declaration starts at a line beginning with
 * `def`, `theorem`, `lemma`, `structure`, `abbrev`, `instance` or `class` (optionally after
 * `noncomputable`) and runs to the next one; its header is split from its body at the first `:=` or
 * `where` outside brackets; binders are the bracketed groups before the top-level `:`.
 *
 * @module
 */
import { show } from "../args/check.js";

/** One declaration as the checker sees it. */
export interface LeanDeclaration {
  kind: string;
  name: string;
  /** 1-based line of the keyword. */
  line: number;
  /** Claim ids from the `-- claims: a, b` comment(s) directly above. */
  claims: string[];
  /** The declaration's text (without the comments above it). */
  text: string;
  /** Hypotheses / parameters: each bracketed binder group as names and type. */
  binders: Array<{ names: string[]; type: string }>;
  /** The statement after the binders (theorems) or the type (defs); `let` bindings stripped. */
  conclusion: string;
  usesSorry: boolean;
  conclusionTrue: boolean;
  conclusionFromHypothesis: boolean;
}

/** The checker's view of one file. */
export interface LeanFileReport {
  declarations: LeanDeclaration[];
}

const DECL = /^(?:noncomputable\s+)?(def|theorem|lemma|structure|abbrev|instance|class)\s+([A-Za-z_][A-Za-z0-9_'.]*)/;

/** The longest source the checker reads: 2^24 characters (the sketches are a few kilobytes). */
const MAX_SOURCE = 2 ** 24;

/** `v` must be a string of at most 2^24 characters. */
function sourceArg(fn: string, name: string, v: unknown): void {
  if (typeof v !== "string") throw new TypeError(`${fn}: ${name} must be a string, got ${show(v)}`);
  if (v.length > MAX_SOURCE) throw new RangeError(`${fn}: ${name} must have at most 2^24 characters, got ${v.length}`);
}

/**
 * Remove `-- …` line comments and `/- … -/` block comments (non-nested, enough for the sketches).
 * Domain: `s` a string of at most 2^24 characters.
 */
export function stripComments(s: string): string {
  sourceArg("stripComments", "s", s);
  return s.replace(/\/-[\s\S]*?-\//g, " ").replace(/--.*$/gm, "");
}

const norm = (s: string) => s.replace(/\s+/g, " ").trim();

/** Index of the first occurrence of one of `tokens` at bracket depth 0, or −1. */
function topLevelIndex(s: string, tokens: string[], from = 0): { index: number; token: string } {
  let depth = 0;
  for (let i = from; i < s.length; i++) {
    const c = s[i];
    if (c === "(" || c === "{" || c === "[" || c === "⟨") depth++;
    else if (c === ")" || c === "}" || c === "]" || c === "⟩") depth--;
    else if (depth === 0) {
      for (const t of tokens) {
        if (s.startsWith(t, i)) {
          // `where` must be a whole word; `:=` must not be part of `::=`.
          if (t === "where" && (/\w/.test(s[i - 1] ?? "") || /\w/.test(s[i + 5] ?? ""))) continue;
          return { index: i, token: t };
        }
      }
    }
  }
  return { index: -1, token: "" };
}

function parseHeader(header: string): { binders: LeanDeclaration["binders"]; conclusion: string } {
  const binders: LeanDeclaration["binders"] = [];
  let i = 0;
  const s = header.trim();
  for (;;) {
    while (i < s.length && /\s/.test(s[i])) i++;
    const open = s[i];
    const close = open === "(" ? ")" : open === "{" ? "}" : open === "[" ? "]" : "";
    if (!close) break;
    let depth = 0;
    let j = i;
    for (; j < s.length; j++) {
      if ("({[⟨".includes(s[j])) depth++;
      else if (")}]⟩".includes(s[j])) {
        depth--;
        if (depth === 0) break;
      }
    }
    const inner = s.slice(i + 1, j);
    const colon = topLevelIndex(inner, [":"]);
    if (colon.index >= 0) {
      binders.push({
        names: inner.slice(0, colon.index).trim().split(/\s+/),
        type: norm(inner.slice(colon.index + 1)),
      });
    } else binders.push({ names: [], type: norm(inner) });
    i = j + 1;
  }
  let rest = s.slice(i).trim();
  if (rest.startsWith(":")) rest = rest.slice(1);
  // Strip leading `let x := e` bindings (each on its own line in the sketches).
  const lines = rest
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
  while (lines.length > 1 && /^let\s/.test(lines[0])) lines.shift();
  return { binders, conclusion: norm(lines.join(" ")) };
}

function followsFromHypothesis(conclusion: string, binders: LeanDeclaration["binders"]): boolean {
  const hyps = binders.map((b) => b.type);
  if (hyps.includes(conclusion)) return true;
  // ∃ x, P x  /  ∃ (x : T), P x  /  ∃ x : T, P x — witnessed by a hypothesis P t for a named binder t.
  const m = /^∃\s*\(?\s*([A-Za-z_][\w']*)\s*(?::[^,]*?)?\)?\s*,\s*(.*)$/.exec(conclusion);
  if (!m) return false;
  const [, v, body] = m;
  const names = binders.flatMap((b) => b.names);
  const re = new RegExp(`(?<![\\w'])${v.replace(/'/g, "\\'")}(?![\\w'])`, "g");
  return names.some((t) => hyps.includes(norm(body.replace(re, t))));
}

/**
 * Parse a Lean source file into declarations with the facts listed in the module comment. Domain:
 * `source` a string of at most 2^24 characters.
 */
export function checkLeanFile(source: string): LeanFileReport {
  sourceArg("checkLeanFile", "source", source);
  const lines = source.split("\n");
  const starts: Array<{ line: number; kind: string; name: string }> = [];
  let inBlock = false;
  lines.forEach((l, i) => {
    if (inBlock) {
      if (l.includes("-/")) inBlock = false;
      return;
    }
    if (/^\s*\/-/.test(l) && !l.includes("-/")) {
      inBlock = true;
      return;
    }
    const m = DECL.exec(l);
    if (m) starts.push({ line: i, kind: m[1], name: m[2] });
  });
  const declarations: LeanDeclaration[] = starts.map((st, k) => {
    // The declaration runs to the comment block / claims comment preceding the next declaration.
    let end = k + 1 < starts.length ? starts[k + 1].line : lines.length;
    while (
      end - 1 > st.line &&
      /^\s*(--.*|\/-!?.*|.*-\/\s*|)$/.test(lines[end - 1]) &&
      !/^\s*(by|sorry)\b/.test(lines[end - 1])
    )
      end--;
    const text = lines.slice(st.line, end).join("\n");
    const claims: string[] = [];
    for (let i = st.line - 1; i >= 0 && /^\s*--/.test(lines[i]); i--) {
      const m = /^\s*--\s*claims:\s*(.*)$/.exec(lines[i]);
      if (m)
        claims.unshift(
          ...m[1]
            .split(",")
            .map((x) => x.trim())
            .filter(Boolean),
        );
    }
    const code = stripComments(text);
    const afterName = code.slice(code.indexOf(st.name) + st.name.length);
    // The proof starts at the first top-level `:=` / `where` that is not the `:=` of a `let` in the statement.
    let split = topLevelIndex(afterName, [":=", "where"]);
    while (
      split.index >= 0 &&
      split.token === ":=" &&
      /\blet\s+[\w']+(\s*:[^=\n]*)?\s*$/.test(
        afterName.slice(afterName.lastIndexOf("\n", split.index) + 1, split.index),
      )
    ) {
      split = topLevelIndex(afterName, [":=", "where"], split.index + 2);
    }
    const header = split.index >= 0 ? afterName.slice(0, split.index) : afterName;
    const body = split.index >= 0 ? afterName.slice(split.index) : "";
    const { binders, conclusion } = parseHeader(header);
    return {
      kind: st.kind,
      name: st.name,
      line: st.line + 1,
      claims,
      text,
      binders,
      conclusion,
      usesSorry: /(?<![\w'])sorry(?![\w'])/.test(body),
      conclusionTrue: (st.kind === "theorem" || st.kind === "lemma") && conclusion === "True",
      conclusionFromHypothesis:
        (st.kind === "theorem" || st.kind === "lemma") && followsFromHypothesis(conclusion, binders),
    };
  });
  return { declarations };
}

/** Integrity problems: declarations without claims, and claim ids the known ids do not contain. */
export function leanIntegrityProblems(
  file: string,
  report: LeanFileReport,
  knownIds: ReadonlySet<string>,
  pendingFamilies: ReadonlySet<string> = new Set(),
): string[] {
  const problems: string[] = [];
  for (const d of report.declarations) {
    if (d.claims.length === 0) problems.push(`${file}#${d.name} (line ${d.line}): no -- claims: comment`);
    for (const id of d.claims) {
      const family = id.split(".")[0];
      if (!knownIds.has(id) && !pendingFamilies.has(family))
        problems.push(`${file}#${d.name}: claim ${id} is not in the spec`);
    }
  }
  return problems;
}
