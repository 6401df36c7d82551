/**
 * The sentence as the unit of the site: a document's text shown as written (the reading view),
 * each claim sentence highlighted in its literal entry's verdict and linked to that entry's card;
 * the sentence verdict of an entry (its literal entry's) with the readings and repairs beneath;
 * coverage bars per section. The text comes from the documents folder at build time and is never
 * written anywhere but the built site.
 *
 * @module
 */
import { OBSERVED_ORDER } from "../claims/report.js";
import type { ObservedVerdict } from "../claims/verdict.js";
import type { CoverageCounts, Resolved } from "../documents/coverage.js";
import type { DocumentCoverage } from "../documents/check.js";
import type { Sentence } from "../documents/sentences.js";
import { escapeHtml, relativeUrl } from "./html.js";
import { renderMathText } from "./math.js";
import type { ClaimView, SiteModel } from "./model.js";

/** The verdict shown for an entry: what the run observed, else what the spec expects. */
export function verdictOf(view: ClaimView): ObservedVerdict {
  return view.result?.observed ?? view.entry.expected.verdict;
}

/** What an entry is to a literal entry: one of its readings or repairs (or another linked entry). */
export interface Beneath {
  id: string;
  /** `reading`, `repair`, or `related` when only an untyped link says so. */
  relation: "reading" | "repair" | "related";
}

/**
 * The readings and repairs of a literal entry: entries linked to it by `reading-of` or `repairs`,
 * the precise reading an ILL_POSED entry names, and entries of role reading/repair that name it in
 * `related` (untyped links, until every family has typed them).
 */
export function beneathOf(model: SiteModel, id: string): Beneath[] {
  const out = new Map<string, Beneath["relation"]>();
  const self = model.byId.get(id);
  if (self === undefined) return [];
  if (self.entry.expected.verdict === "ILL_POSED") out.set(self.entry.expected.reading, "reading");
  for (const v of model.byId.values()) {
    if (v.id === id) continue;
    for (const l of v.entry.links) {
      if (l.target !== id) continue;
      if (l.type === "reading-of") out.set(v.id, "reading");
      if (l.type === "repairs") out.set(v.id, "repair");
    }
    const linked = v.entry.related.includes(id) || self.entry.related.includes(v.id);
    if (!out.has(v.id) && linked && (v.entry.role === "reading" || v.entry.role === "repair")) {
      out.set(v.id, v.entry.role);
    }
  }
  return [...out].filter(([b]) => model.byId.has(b)).map(([b, relation]) => ({ id: b, relation }));
}

/**
 * The literal entry whose sentence an entry belongs to: itself when it is literal, else the entry
 * it is a reading of or repairs (typed link, or an ILL_POSED entry naming it as its reading, or a
 * literal entry among its untyped `related`). `undefined` for support entries and unknown roles.
 */
export function literalOf(model: SiteModel, view: ClaimView): ClaimView | undefined {
  const e = view.entry;
  if (e.role === "literal") return view;
  if (e.role === "support") return undefined;
  for (const l of e.links) {
    if (l.type === "reading-of" || l.type === "repairs") {
      const t = model.byId.get(l.target);
      if (t?.entry.role === "literal") return t;
    }
  }
  for (const v of model.byId.values()) {
    if (v.entry.expected.verdict === "ILL_POSED" && v.entry.expected.reading === view.id) return v;
  }
  if (e.role === "reading" || e.role === "repair") {
    for (const r of e.related) {
      const t = model.byId.get(r);
      if (t?.entry.role === "literal") return t;
    }
  }
  return undefined;
}

const sentenceIndex = new WeakMap<SiteModel, Map<string, { document: string; index: number }[]>>();

/**
 * Where an entry is the claim of a sentence: the documents (file names) and sentence positions,
 * in registry order (a sentence of 001/002 that is the same as 000's counts too).
 */
export function sentencesOf(model: SiteModel, id: string): { document: string; index: number }[] {
  let byId = sentenceIndex.get(model);
  if (byId === undefined) {
    byId = new Map();
    for (const [document, cov] of model.coverage) {
      cov.check?.resolved.forEach((r, index) => {
        if (r.status !== "claim") return;
        const list = byId?.get(r.id) ?? [];
        list.push({ document, index });
        byId?.set(r.id, list);
      });
    }
    sentenceIndex.set(model, byId);
  }
  return byId.get(id) ?? [];
}

function verdictClass(v: ObservedVerdict | string): string {
  return `v-${v.toLowerCase().replace(/_/g, "-")}`;
}

/** A short text for a sentence's hover: its literal verdict, title, readings and repairs. */
function hoverText(model: SiteModel, view: ClaimView): string {
  const lines = [`${verdictOf(view)} — ${view.entry.title.replace(/\$/g, "")} (${view.id})`];
  for (const b of beneathOf(model, view.id)) {
    const v = model.byId.get(b.id);
    if (v) lines.push(`${b.relation}: ${v.id} — ${verdictOf(v)}`);
  }
  return lines.join("\n");
}

/** Counts of claim sentences by their literal verdict (a sentence whose entry did not run counts as its expected verdict). */
export function sentenceVerdicts(model: SiteModel, resolved: Resolved[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of resolved) {
    if (r.status !== "claim") continue;
    const v = model.byId.get(r.id);
    const k = v ? verdictOf(v) : "NOT_RUN";
    out[k] = (out[k] ?? 0) + 1;
  }
  return out;
}

/**
 * A bar of a document's or section's sentences: claim sentences by literal verdict, then claims
 * still missing their entry, sentences not yet classified, and not-claims, each as a share.
 */
export function coverageBar(counts: CoverageCounts, verdicts: Record<string, number>, label: string): string {
  const total = counts.sentences;
  if (total === 0) return "";
  const segs: { cls: string; n: number; title: string }[] = [];
  for (const v of [...OBSERVED_ORDER, "NOT_RUN"]) {
    const n = verdicts[v] ?? 0;
    if (n > 0) segs.push({ cls: verdictClass(v), n, title: `${n} claim sentence(s) ${v}` });
  }
  if (counts.missing > 0) {
    segs.push({
      cls: "cov-missing",
      n: counts.missing,
      title: `${counts.missing} claim sentence(s) without an entry yet`,
    });
  }
  if (counts.unclassified > 0) {
    segs.push({ cls: "cov-unclassified", n: counts.unclassified, title: `${counts.unclassified} not yet classified` });
  }
  if (counts.notClaims > 0) segs.push({ cls: "cov-not", n: counts.notClaims, title: `${counts.notClaims} not claims` });
  const bar = segs
    .map((s) => `<span class="cov-seg ${s.cls}" style="flex-grow:${s.n}" title="${escapeHtml(s.title)}"></span>`)
    .join("");
  const text = `${total} sentence${total === 1 ? "" : "s"}: ${counts.claims} claims, ${counts.missing} without entry, ${counts.unclassified} unclassified, ${counts.notClaims} not claims`;
  return `<div class="coverage" data-coverage="${escapeHtml(label)}" data-sentences="${total}" data-claims="${counts.claims}" data-missing="${counts.missing}" data-unclassified="${counts.unclassified}"><div class="cov-bar" role="img" aria-label="${escapeHtml(text)}">${bar}</div><span class="cov-text">${escapeHtml(text)}</span></div>`;
}

/** Collects KaTeX failures; the build reports them. */
export type MathSink = (where: string, errors: string[]) => void;

function renderUnit(s: Sentence, docId: string, sink: MathSink): string {
  if (s.kind === "code" || s.kind === "markup")
    return `<pre class="doc-${s.kind}"><code>${escapeHtml(s.text)}</code></pre>`;
  // A sentence joined across a page break has a blank line inside: read on, not a paragraph.
  const r = renderMathText(s.kind === "equation" ? s.text : s.text.replace(/\s*\n\s*\n\s*/g, " "));
  sink(`document ${docId} sentence ${s.index}`, r.errors);
  return r.html;
}

/**
 * The reading view of one document: its text unit by unit, paragraphs where the text has blank
 * lines, headings with their section's coverage bar, claim sentences as links to their literal
 * entry's card carrying `data-claim`, `data-verdict` and a hover with readings and repairs.
 */
export function renderReadingView(model: SiteModel, cov: DocumentCoverage, from: string, sink: MathSink): string {
  const { sentences, text, check } = cov;
  if (sentences === undefined || text === undefined) {
    return `<p class="muted">The text of ${escapeHtml(cov.record.file)} is not on this machine, so the reading view is missing.</p>`;
  }
  const out: string[] = [];
  let open = false;
  const close = () => {
    if (open) out.push("</p>");
    open = false;
  };
  const sectionVerdicts = new Map<string, Record<string, number>>();
  if (check) {
    sentences.forEach((s, i) => {
      const rec = sectionVerdicts.get(s.section) ?? {};
      const r = check.resolved[i];
      if (r?.status === "claim") {
        const v = model.byId.get(r.id);
        const k = v ? verdictOf(v) : "NOT_RUN";
        rec[k] = (rec[k] ?? 0) + 1;
      }
      sectionVerdicts.set(s.section, rec);
    });
  }
  let prevEnd = 0;
  let lastSection = "";
  for (const s of sentences) {
    const gap = text.slice(prevEnd, s.start);
    prevEnd = s.end;
    const r = check?.resolved[s.index];
    if (s.kind === "heading") {
      close();
      const counts = check?.bySection.get(s.section);
      const bar =
        counts && s.section !== lastSection ? coverageBar(counts, sectionVerdicts.get(s.section) ?? {}, s.section) : "";
      lastSection = s.section;
      out.push(
        `<h3 class="doc-heading" id="s${s.index}" data-sentence="${s.index}">${renderUnit({ ...s, text: s.text.replace(/^#+\s*/, "") }, cov.record.id, sink)}</h3>${bar}`,
      );
      continue;
    }
    const block = s.kind === "equation" || s.kind === "code" || s.kind === "markup";
    if (block || /\n\s*\n/.test(gap) || !open) {
      close();
      if (!block) {
        out.push(`<p class="doc-par">`);
        open = true;
      }
    } else {
      out.push(" ");
    }
    const body = renderUnit(s, cov.record.id, sink);
    const tag = block ? "div" : "span";
    const attrs = `id="s${s.index}" data-sentence="${s.index}" data-hash="${s.hash}"`;
    if (r?.status === "claim") {
      const view = model.byId.get(r.id);
      if (view === undefined) {
        out.push(
          `<${tag} class="sent claim-unknown" ${attrs} data-claim-missing="${escapeHtml(r.id)}" title="entry ${escapeHtml(r.id)} is not in this build">${body}</${tag}>`,
        );
        continue;
      }
      const v = verdictOf(view);
      const via = r.via ? ` (same as ${r.via.document} sentence ${r.via.position})` : "";
      out.push(
        `<${tag} class="sent claim ${verdictClass(v)}" ${attrs}><a href="${escapeHtml(relativeUrl(from, view.page))}#${escapeHtml(view.id)}" data-claim="${escapeHtml(view.id)}" data-verdict="${v}" title="${escapeHtml(hoverText(model, view) + via)}">${body}</a></${tag}>`,
      );
    } else if (r?.status === "missing") {
      out.push(
        `<${tag} class="sent missing" ${attrs} title="${escapeHtml(`a claim without a literal entry yet (${r.id}, spec/coverage/MISSING.md)`)}">${body}</${tag}>`,
      );
    } else if (r?.status === "unclassified" || r === undefined) {
      out.push(`<${tag} class="sent unclassified" ${attrs}>${body}</${tag}>`);
    } else {
      out.push(`<${tag} class="sent plain" ${attrs} data-reason="${r.reason}">${body}</${tag}>`);
    }
  }
  close();
  return out.join("");
}
