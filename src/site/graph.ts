/**
 * The claim graph of a document, as leanblueprint draws its dependency graph: the document's
 * entries as nodes coloured by verdict (a literal entry drawn bold: it is a sentence's verdict),
 * typed links as labelled edges (`reading-of`, `repairs`, `uses`, `contradicts`), untyped `related`
 * links as dashed lines where no typed link joins the pair. Entries of other documents that a link
 * reaches are drawn dashed. Laid out by Graphviz compiled to WebAssembly (`@hpcc-js/wasm-graphviz`,
 * bundled with the package: nothing is downloaded), at build time; every node links to its card.
 *
 * @module
 */
import { Graphviz } from "@hpcc-js/wasm-graphviz";
import type { ObservedVerdict } from "../claims/verdict.js";
import type { ClaimView, DocumentView, SiteModel } from "./model.js";
import { verdictOf } from "./reading.js";

/** Fill colours of the verdicts (the site's palette, `src/site/style.ts`). */
export const VERDICT_COLOURS: Record<ObservedVerdict, string> = {
  HOLDS: "#1f7a3a",
  HOLDS_UNDER_CONDITIONS: "#0f6e73",
  REFUTED: "#b3261e",
  VACUOUS: "#8a5a00",
  ILL_POSED: "#6b3fa0",
  NOT_CHECKABLE: "#59616e",
  INCONCLUSIVE: "#b35c00",
  ERROR: "#7a0f0f",
};

/** A DOT string literal. */
function q(s: string): string {
  return `"${s.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n")}"`;
}

/**
 * The DOT source of a document's claim graph. `href(id)` gives a node's link (relative to where
 * the SVG is shown). Deterministic: nodes and edges in id order.
 */
export function graphDot(model: SiteModel, doc: DocumentView, href: (id: string) => string): string {
  const own = new Set(doc.claims.map((c) => c.id));
  const nodes = new Map<string, ClaimView>();
  for (const c of doc.claims) nodes.set(c.id, c);
  const edges: string[] = [];
  const typedPairs = new Set<string>();
  const pair = (a: string, b: string) => (a < b ? `${a} ${b}` : `${b} ${a}`);
  for (const c of [...doc.claims].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    for (const l of c.entry.links) {
      const t = model.byId.get(l.target);
      if (t === undefined) continue;
      nodes.set(t.id, t);
      typedPairs.add(pair(c.id, t.id));
      const style = l.type === "contradicts" ? ', color="#b3261e", fontcolor="#b3261e"' : "";
      edges.push(`  ${q(c.id)} -> ${q(t.id)} [label=${q(l.type)}${style}];`);
    }
  }
  const untyped = new Set<string>();
  for (const c of doc.claims) {
    for (const r of c.entry.related) {
      const t = model.byId.get(r);
      if (t === undefined) continue;
      const p = pair(c.id, r);
      if (typedPairs.has(p) || untyped.has(p)) continue;
      untyped.add(p);
      nodes.set(t.id, t);
    }
  }
  for (const p of [...untyped].sort()) {
    const [a, b] = p.split(" ");
    edges.push(`  ${q(a)} -> ${q(b)} [dir=none, style=dashed, color="#8a93a0"];`);
  }
  const lines = [
    "digraph claims {",
    '  graph [rankdir=LR, bgcolor="transparent", fontname="Helvetica", nodesep=0.25, ranksep=0.5];',
    '  node [shape=box, style="rounded,filled", fontname="Helvetica", fontsize=10, fontcolor="white", margin="0.08,0.04"];',
    '  edge [fontname="Helvetica", fontsize=8, color="#5d6675", fontcolor="#5d6675", arrowsize=0.6];',
  ];
  for (const id of [...nodes.keys()].sort()) {
    const v = nodes.get(id) as ClaimView;
    const verdict = verdictOf(v);
    const role = v.entry.role ?? "role not set";
    const extra = [
      v.entry.role === "literal" ? 'penwidth=2.5, color="#1d2330"' : 'color="white"',
      own.has(id) ? "" : 'style="rounded,filled,dashed"',
    ]
      .filter((x) => x !== "")
      .join(", ");
    lines.push(
      `  ${q(id)} [label=${q(id)}, fillcolor=${q(VERDICT_COLOURS[verdict])}, URL=${q(href(id))}, target="_top", tooltip=${q(
        `${verdict} · ${role} · ${v.entry.title.replace(/\$/g, "")}`,
      )}, ${extra}];`,
    );
  }
  lines.push(...edges, "}");
  return lines.join("\n");
}

let graphviz: Promise<Graphviz> | undefined;

/**
 * Lay out a DOT graph to SVG. Links come out as plain `href` (SVG 2) as well as `xlink:href`, so
 * the site's link check sees them when the SVG is inlined in a page.
 */
export async function renderDot(dot: string): Promise<string> {
  graphviz ??= Graphviz.load();
  const svg = (await graphviz).dot(dot);
  return svg
    .slice(svg.indexOf("<svg"))
    .replace(/<!--[\s\S]*?-->\n?/g, "")
    .replace(/xlink:href="([^"]*)"/g, 'href="$1" xlink:href="$1"');
}
