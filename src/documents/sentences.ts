/**
 * A document split into sentences: the unit a reader asks "is it true?" of. Each sentence has its
 * position (index), its offsets in the text, the section it is in, and a short hash of its
 * normalized text, so coverage maps (`spec/coverage/<id>.yaml`) can name sentences without copying
 * them. Deterministic: the same text always gives the same sentences.
 *
 * The documents are text extracted from PDFs and Markdown, so the splitter works on blocks first
 * (paragraphs between blank lines, display math `$$…$$`, fenced code, front matter, HTML) and
 * splits prose into sentences only outside `$…$` math, after abbreviations are ruled out. A
 * paragraph cut by a page break ("… because" / blank line / "of the size …") is joined again.
 *
 * @module
 */
import { createHash } from "node:crypto";
import { normalizeForQuote } from "../claims/quote.js";

/** What a unit of text is. */
export type SentenceKind =
  /** A numbered or Markdown heading; it starts a section. */
  | "heading"
  /** A short line that is not a sentence: a title, an author, a table-of-contents line. */
  | "line"
  /** A sentence of prose. */
  | "sentence"
  /** A sentence of a list item. */
  | "item"
  /** A display formula (`$$…$$`), numbered or not. */
  | "equation"
  /** A fenced code block (the Lean listing). */
  | "code"
  /** Front matter or HTML. */
  | "markup";

/** One sentence (or other unit) of a document. */
export interface Sentence {
  /** Position in the document, from 0. */
  index: number;
  /** First 8 hex digits of the SHA-256 of the normalized text ({@link sentenceHash}). */
  hash: string;
  kind: SentenceKind;
  /** Offsets of the sentence in the document's text: `text.slice(start, end)`. */
  start: number;
  end: number;
  /** The sentence as written (a slice of the document; never stored in the repository). */
  text: string;
  /** The section it is in: "§4.2", a Markdown heading's text, or "front" before the first heading. */
  section: string;
  /** The equation number of a numbered display formula, e.g. "12" or "2.5". */
  equation?: string;
}

/**
 * First 8 hex digits of the SHA-256 of a sentence's letters and digits, after TeX is normalized as
 * quotes are (`normalizeForQuote` of `src/claims/quote.ts`). Punctuation, spacing, case and quote marks do not count:
 * the versions of a document differ in extraction (a dropped dash, curly quotes) where the
 * sentence is the same.
 */
export function sentenceHash(text: string): string {
  const letters = normalizeForQuote(text).replace(/[^\p{L}\p{N}]/gu, "");
  return createHash("sha256").update(letters).digest("hex").slice(0, 8);
}

/** A block of the text between blank lines (or a multi-line formula, code or front matter). */
interface Block {
  start: number;
  end: number;
  kind: "prose" | "equation" | "code" | "markup";
}

interface Line {
  start: number;
  end: number;
  text: string;
}

function linesOf(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf("\n", start);
    const end = nl < 0 ? text.length : nl;
    out.push({ start, end, text: text.slice(start, end) });
    if (nl < 0) return out;
    start = nl + 1;
  }
}

/** Count of unescaped `$$` in a line. */
function displayDelimiters(line: string): number {
  return (line.replace(/\\\$/g, "").match(/\$\$/g) ?? []).length;
}

function blocksOf(text: string): Block[] {
  const lines = linesOf(text);
  const blocks: Block[] = [];
  let i = 0;
  // Front matter: a first line `---` up to the next `---`.
  if (lines[0]?.text.trim() === "---") {
    let j = 1;
    while (j < lines.length && lines[j].text.trim() !== "---") j++;
    blocks.push({ start: lines[0].start, end: lines[Math.min(j, lines.length - 1)].end, kind: "markup" });
    i = j + 1;
  }
  while (i < lines.length) {
    const t = lines[i].text.trim();
    if (t === "") {
      i++;
      continue;
    }
    if (t.startsWith("```")) {
      let j = i + 1;
      while (j < lines.length && !lines[j].text.trim().startsWith("```")) j++;
      blocks.push({ start: lines[i].start, end: lines[Math.min(j, lines.length - 1)].end, kind: "code" });
      i = j + 1;
      continue;
    }
    if (t.startsWith("$$")) {
      // A display formula runs to the line that closes it, blank lines included.
      let j = i;
      let open = displayDelimiters(lines[i].text) % 2 === 1;
      while (open && j + 1 < lines.length) {
        j++;
        if (displayDelimiters(lines[j].text) % 2 === 1) open = false;
      }
      blocks.push({ start: lines[i].start, end: lines[j].end, kind: "equation" });
      i = j + 1;
      continue;
    }
    if (t.startsWith("<")) {
      // HTML: to the line closing the first tag, or the next blank line.
      const tag = /^<([a-zA-Z]+)/.exec(t)?.[1];
      let j = i;
      while (j + 1 < lines.length && lines[j + 1].text.trim() !== "" && !(tag && lines[j].text.includes(`</${tag}>`))) {
        j++;
      }
      blocks.push({ start: lines[i].start, end: lines[j].end, kind: "markup" });
      i = j + 1;
      continue;
    }
    let j = i;
    while (
      j + 1 < lines.length &&
      lines[j + 1].text.trim() !== "" &&
      !lines[j + 1].text.trim().startsWith("$$") &&
      !lines[j + 1].text.trim().startsWith("```")
    ) {
      j++;
    }
    blocks.push({ start: lines[i].start, end: lines[j].end, kind: "prose" });
    i = j + 1;
  }
  return blocks;
}

/** Words after which a full stop does not end a sentence. */
const ABBREVIATIONS = new Set(
  [
    "e.g",
    "i.e",
    "cf",
    "vs",
    "al",
    "eq",
    "eqs",
    "fig",
    "figs",
    "ref",
    "refs",
    "sec",
    "secs",
    "ch",
    "chap",
    "app",
    "resp",
    "approx",
    "no",
    "dr",
    "prof",
    "mr",
    "ms",
    "st",
    "jr",
    "viz",
    "ca",
    "vol",
    "pp",
    "thm",
    "def",
    "prop",
    "lem",
    "cor",
    "tab",
    "a.k.a",
    "w.r.t",
    "s.t",
  ].map((a) => a.toLowerCase()),
);

const LIST_MARKER = /^\s*(?:[-*+•]\s+|\d+[.)]\s+|\([A-Za-z]?\d+\)\s+|\[\d+\]\s+)/;
const SECTION_NUMBER = /^(?:#+\s*)?((?:\d+|[A-Z])(?:\.\d+)*)\.?\s+\S/;
const SECTION_WORDS =
  /^(?:#+\s*)?(Abstract|Introduction|Contents|References|Bibliography|Acknowledge?ments?|Appendix|Conclusions?|Discussion\b.*|Method|Results|Chapter\b.*|Appendix\b.*)\s*$/i;

/** Whether a one-line block is a heading, and the section label it starts. */
function headingOf(line: string): { section?: string } | undefined {
  const t = line.trim();
  if (t.startsWith("#")) return { section: t.replace(/^#+\s*/, "").replace(/[*_`]/g, "") };
  if (t.length > 100 || /[.,;:]$/.test(t)) return undefined;
  const num = SECTION_NUMBER.exec(t);
  if (num && /^\d+(\.\d+)*\.?\s+[A-Z]|^[A-Z]\.\d+\s+[A-Z]/.test(t)) return { section: `§${num[1]}` };
  // A short line of six words or more is a sentence cut short (it runs on into a formula).
  if (/[?!]$/.test(t) || t.split(/\s+/).length >= 6) return undefined;
  if (SECTION_WORDS.test(t)) return { section: t.replace(/^#+\s*/, "") };
  return {};
}

/** Where the sentences of a prose text end (offsets just past each sentence's last character). */
function sentenceEnds(text: string): number[] {
  const ends: number[] = [];
  let inMath = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "\\" && text[i + 1] === "$") {
      i++;
      continue;
    }
    if (c === "$") {
      inMath = !inMath;
      continue;
    }
    if (inMath || (c !== "." && c !== "?" && c !== "!")) continue;
    // Closing quotes, brackets and emphasis belong to the sentence.
    let k = i + 1;
    while (k < text.length && /["'”’)\]*_]/.test(text[k])) k++;
    if (k < text.length && !/\s/.test(text[k])) continue;
    let n = k;
    while (n < text.length && /\s/.test(text[n])) n++;
    if (n >= text.length) continue;
    if (!/[A-Z0-9"“‘'([$\\*_]/.test(text[n])) continue;
    if (c === ".") {
      // A list number ("1. **Effective …**") does not end a sentence.
      if (/^\s*\d+$/.test(text.slice(0, i))) continue;
      const word = /([A-Za-z.]+)$/.exec(text.slice(Math.max(0, i - 12), i))?.[1] ?? "";
      if (ABBREVIATIONS.has(word.toLowerCase())) continue;
      // An initial ("B. Honkoop") or a lone capital.
      if (/^[A-Z]$/.test(word) && (i < 2 || /\s/.test(text[i - 2]))) continue;
      if (text[i + 1] === ".") continue;
    }
    ends.push(k);
  }
  return ends;
}

/** Split a text into sentences (see the module comment). */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let section = "front";
  const push = (kind: SentenceKind, start: number, end: number, equation?: string) => {
    // Trim whitespace off both ends so the offsets cover the sentence only.
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end <= start) return;
    const t = text.slice(start, end);
    out.push({ index: out.length, hash: sentenceHash(t), kind, start, end, text: t, section, equation });
  };
  const prose = (start: number, end: number, kind: "sentence" | "item") => {
    const body = text.slice(start, end);
    // Lean code that extraction ran into a prose line (002 §9): one unit per declaration, so each
    // declaration can be its own entry's sentence, and no sentence split inside code.
    if (/:=/.test(body) && /\b(?:def|theorem|lemma|structure)\s/.test(body)) {
      const cuts = [...body.matchAll(/\b(?:def|theorem|lemma|structure)\s/g)]
        .map((m) => m.index ?? 0)
        .filter((c) => c > 0);
      let from = 0;
      for (const c of cuts) {
        push("code", start + from, start + c);
        from = c;
      }
      push("code", start + from, end);
      return;
    }
    // A bibliography item ("- [12] Author. Title, 2024.") is one unit, not sentences.
    if (/^\s*(?:[-*]\s*)?\[\d+\]/.test(body)) {
      push(kind, start, end);
      return;
    }
    let from = 0;
    for (const e of sentenceEnds(body)) {
      push(kind, start + from, start + e);
      from = e;
    }
    push(kind, start + from, end);
  };
  const blocks = blocksOf(text);
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b];
    if (block.kind === "equation") {
      const body = text.slice(block.start, block.end);
      const m = /(?:\\tag\{([^}]+)\}|\((\d+(?:\.\d+)?[a-z]?)\))\s*[.,]?\s*\$\$\s*[.,]?\s*$/.exec(body);
      const number = m?.[1] ?? m?.[2];
      push("equation", block.start, block.end, number);
      continue;
    }
    if (block.kind !== "prose") {
      push(block.kind, block.start, block.end);
      continue;
    }
    const lines = linesOf(text.slice(block.start, block.end)).map((l) => ({
      ...l,
      start: l.start + block.start,
      end: l.end + block.start,
    }));
    if (lines.length === 1) {
      const h = headingOf(lines[0].text);
      if (h !== undefined) {
        if (h.section !== undefined) {
          section = h.section;
          push("heading", block.start, block.end);
        } else {
          push("line", block.start, block.end);
        }
        continue;
      }
    }
    // Several short lines none of which ends a sentence: a title page, a table of contents.
    if (lines.length > 1 && lines.every((l) => l.text.trim().length <= 100 && !/[.?!]$/.test(l.text.trim()))) {
      if (!lines.some((l) => LIST_MARKER.test(l.text))) {
        for (const l of lines) push("line", l.start, l.end);
        continue;
      }
    }
    // A paragraph cut by a page break continues in the next prose block when this one stops
    // mid-sentence and the next starts in lower case.
    let end = block.end;
    while (
      b + 1 < blocks.length &&
      blocks[b + 1].kind === "prose" &&
      !/[.?!:"”)\]*]\s*$/.test(text.slice(block.start, end)) &&
      /^\s*[a-z]/.test(text.slice(blocks[b + 1].start, blocks[b + 1].end)) &&
      !LIST_MARKER.test(text.slice(blocks[b + 1].start, blocks[b + 1].end))
    ) {
      b++;
      end = blocks[b].end;
    }
    const all = linesOf(text.slice(block.start, end)).map((l) => ({ ...l, start: l.start + block.start }));
    // List items: each marker line starts an item; lines without a marker continue the previous.
    let segStart = all[0].start;
    let segKind: "sentence" | "item" = LIST_MARKER.test(all[0].text) ? "item" : "sentence";
    for (let k = 1; k < all.length; k++) {
      if (LIST_MARKER.test(all[k].text)) {
        prose(segStart, all[k].start, segKind);
        segStart = all[k].start;
        segKind = "item";
      }
    }
    prose(segStart, end, segKind);
  }
  return out;
}

/**
 * The position of the sentence a quote starts in (quotes and sentences normalized alike, see
 * `normalizeForQuote`), or `undefined` when the quote is not in the document. A quote that
 * runs over several sentences belongs to the one where it starts.
 */
export function sentenceOfQuote(sentences: Sentence[], quote: string): number | undefined {
  const q = normalizeForQuote(quote);
  if (q === "") return undefined;
  let joined = "";
  const starts: number[] = [];
  for (const s of sentences) {
    starts.push(joined.length);
    joined += normalizeForQuote(s.text);
  }
  const at = joined.indexOf(q);
  if (at < 0) return undefined;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= at) lo = mid;
    else hi = mid - 1;
  }
  return sentences[lo].index;
}
