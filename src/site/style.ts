/**
 * The site's stylesheet: plain CSS, system fonts, one accent colour per verdict.
 *
 * @module
 */

/** Contents of `assets/favicon.svg`: two spins, up and down. */
export const FAVICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#1f2a3c"/><path d="M10 24V8m-4 5 4-5 4 5" stroke="#fff" stroke-width="3" fill="none"/><path d="M22 8v16m-4-5 4 5 4-5" stroke="#7fb2ff" stroke-width="3" fill="none"/></svg>
`;

/** Contents of `assets/site.css`. */
export const SITE_CSS = `:root {
  --fg: #1d2330; --muted: #5d6675; --bg: #fbfbfa; --card: #ffffff; --line: #dde1e6; --accent: #24508f;
  --holds: #1f7a3a; --cond: #0f6e73; --refuted: #b3261e; --vacuous: #8a5a00; --ill: #6b3fa0;
  --nc: #59616e; --inconclusive: #b35c00; --error: #7a0f0f;
}
* { box-sizing: border-box; }
html { font-size: 16px; }
body { margin: 0; color: var(--fg); background: var(--bg);
  font: 1rem/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif; }
a { color: var(--accent); text-decoration: none; }
a:hover { text-decoration: underline; }
code, pre { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "DejaVu Sans Mono", monospace; font-size: 0.88em; }
.site-header { display: flex; flex-wrap: wrap; align-items: baseline; gap: 0.4rem 1.5rem; padding: 0.7rem 1.5rem;
  background: #1f2a3c; color: #fff; }
.site-header .brand { color: #fff; font-weight: 700; font-size: 1.15rem; letter-spacing: 0.02em; }
.site-header nav { display: flex; flex-wrap: wrap; gap: 0.3rem 1rem; }
.site-header nav a { color: #cfd8e6; }
.site-header nav a[aria-current="page"] { color: #fff; border-bottom: 2px solid #fff; }
main { max-width: 74rem; margin: 0 auto; padding: 1.5rem 1.5rem 3rem; }
h1 { font-size: 1.7rem; line-height: 1.25; margin: 0.6rem 0 0.8rem; }
h2 { font-size: 1.3rem; margin: 2rem 0 0.6rem; border-bottom: 1px solid var(--line); padding-bottom: 0.2rem; }
h3 { font-size: 1.15rem; margin: 0; }
h4 { font-size: 0.78rem; text-transform: uppercase; letter-spacing: 0.06em; color: var(--muted); margin: 0 0 0.3rem; }
.lead { font-size: 1.05rem; max-width: 52rem; }
.muted { color: var(--muted); }
.site-footer { max-width: 74rem; margin: 0 auto; padding: 1rem 1.5rem 2rem; color: var(--muted); font-size: 0.85rem;
  border-top: 1px solid var(--line); }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; font-size: 0.92rem; }
th, td { padding: 0.35rem 0.6rem; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.zero { color: #b4bac3; }
.denom { color: var(--muted); font-size: 0.8em; }
table.totals tfoot th, table.totals tfoot td { font-weight: 700; border-top: 2px solid var(--fg); }
table.totals thead th { vertical-align: bottom; }
table.totals thead .badge { white-space: normal; text-align: center; max-width: 6.5rem; border-radius: 6px; line-height: 1.25;
  padding: 0.15rem 0.45rem; }
table.totals th, table.totals td { padding: 0.35rem 0.45rem; }
table.totals th.num { text-align: right; }
table.totals th[scope="row"], table.totals thead th { white-space: nowrap; }
table.totals th[scope="row"] .muted { font-weight: 400; }
.badge { display: inline-block; border-radius: 999px; padding: 0.05rem 0.6rem; font-size: 0.8rem; font-weight: 600;
  color: #fff; background: var(--nc); white-space: nowrap; line-height: 1.5; }
.badge-role { font-weight: 400; opacity: 0.85; font-size: 0.72rem; text-transform: uppercase; letter-spacing: 0.04em; }
table.totals .badge-role, dl.legend .badge-role, .summary .badge-role { display: none; }
.v-holds { background: var(--holds); }
.v-holds-under-conditions { background: var(--cond); }
.v-refuted { background: var(--refuted); }
.v-vacuous { background: var(--vacuous); }
.v-ill-posed { background: var(--ill); }
.v-not-checkable { background: var(--nc); }
.v-inconclusive { background: var(--inconclusive); }
.v-error { background: var(--error); }
.v-not-run { background: #9aa1ab; }
.badge[data-role="expected"] { background: #fff; border: 2px solid currentColor; padding: 0 0.55rem; }
.badge[data-role="expected"].v-holds { color: var(--holds); }
.badge[data-role="expected"].v-holds-under-conditions { color: var(--cond); }
.badge[data-role="expected"].v-refuted { color: var(--refuted); }
.badge[data-role="expected"].v-vacuous { color: var(--vacuous); }
.badge[data-role="expected"].v-ill-posed { color: var(--ill); }
.badge[data-role="expected"].v-not-checkable { color: var(--nc); }
.match { font-size: 0.85rem; font-weight: 600; margin-left: 0.3rem; }
.match.ok { color: var(--holds); }
.match.bad { color: var(--refuted); }
.ok-line { color: var(--holds); font-weight: 600; }
.bad-line { color: var(--refuted); font-weight: 600; }
dl.run, .evidence dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.15rem 1rem; margin: 0; }
dl.run dt, .evidence dt { color: var(--muted); }
dl.run dd, .evidence dd { margin: 0; font-variant-numeric: tabular-nums; overflow-wrap: anywhere; }
dl.legend { display: grid; grid-template-columns: max-content 1fr; gap: 0.35rem 1rem; align-items: center; }
dl.legend dd { margin: 0; }
pre { background: #f1f3f6; border: 1px solid var(--line); border-radius: 6px; padding: 0.6rem 0.8rem; overflow-x: auto;
  white-space: pre-wrap; overflow-wrap: anywhere; }
pre.replay { background: #1f2a3c; color: #f3f6fa; border-color: #1f2a3c; }
article.claim { background: var(--card); border: 1px solid var(--line); border-left: 5px solid var(--line); border-radius: 8px;
  padding: 1rem 1.25rem; margin: 1.25rem 0; box-shadow: 0 1px 2px rgba(0,0,0,0.04); }
article.claim[data-observed="HOLDS"] { border-left-color: var(--holds); }
article.claim[data-observed="HOLDS_UNDER_CONDITIONS"] { border-left-color: var(--cond); }
article.claim[data-observed="REFUTED"] { border-left-color: var(--refuted); }
article.claim[data-observed="VACUOUS"] { border-left-color: var(--vacuous); }
article.claim[data-observed="ILL_POSED"] { border-left-color: var(--ill); }
article.claim[data-observed="INCONCLUSIVE"], article.claim[data-observed="ERROR"] { border-left-color: var(--error); }
article.claim-mismatch { outline: 2px solid var(--refuted); }
article.claim > section, article.claim > details, article.claim > p { margin-top: 0.9rem; }
.claim-head h1 { margin-top: 0; }
.claim-meta { margin: 0.25rem 0 0.5rem; font-size: 0.88rem; color: var(--muted); display: flex; flex-wrap: wrap; gap: 0.2rem 0.9rem; }
.claim-id { color: var(--fg); }
.kind { border: 1px solid var(--line); border-radius: 4px; padding: 0 0.35rem; }
.badges { display: flex; flex-wrap: wrap; gap: 0.4rem; align-items: center; }
.claim-grid, .side-by-side { display: grid; grid-template-columns: 1fr 1fr; gap: 1.25rem; margin-top: 0.9rem; }
.side-by-side { border-top: 1px solid var(--line); padding-top: 0.9rem; }
@media (max-width: 760px) { .claim-grid, .side-by-side { grid-template-columns: 1fr; } }
blockquote { margin: 0; padding: 0.4rem 0.9rem; border-left: 3px solid #b9c3d3; background: #f6f7f9; font-style: italic; }
.precise p { margin: 0 0 0.5rem; }
.detail { font-size: 0.95rem; }
.notes { font-size: 0.95rem; color: #39414f; }
.mismatch { color: var(--refuted); font-weight: 600; }
.warning { color: var(--inconclusive); }
.counterexample { border: 1px solid #efc2bf; background: #fdf5f4; border-radius: 6px; padding: 0.7rem 0.9rem; }
.counterexample h4 { color: var(--refuted); }
.counterexample pre.values { background: #fff; }
.related ul { margin: 0; padding-left: 1.2rem; }
.related li { margin: 0.2rem 0; }
.figure-row { display: flex; flex-wrap: wrap; gap: 1rem; }
.figure-thumb { margin: 0; max-width: 22rem; }
.figure-thumb img { width: 100%; height: auto; border: 1px solid var(--line); border-radius: 4px; background: #fff; }
.figure-thumb figcaption { font-size: 0.85rem; color: var(--muted); }
figure.figure { margin: 1.5rem 0; padding: 1rem; background: var(--card); border: 1px solid var(--line); border-radius: 8px; }
figure.figure h2 { margin-top: 0; }
p.supports { margin: 0.6rem 0 0.2rem; font-weight: 600; }
ul.supports { margin: 0; padding-left: 1.2rem; }
ul.supports li { margin: 0.2rem 0; }
figure.figure img { max-width: 100%; height: auto; display: block; }
.lean { margin-bottom: 0.8rem; }
.lean-head { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: baseline; margin-bottom: 0.3rem; }
.lean-code { font-size: 0.8rem; background: #f7f5ef; }
.lean-status { font-size: 0.75rem; font-weight: 700; text-transform: uppercase; border-radius: 4px; padding: 0 0.4rem; color: #fff; }
.status-sorry { background: var(--refuted); }
.status-vacuous { background: var(--vacuous); }
.status-stated { background: var(--nc); }
.status-checked { background: var(--holds); }
.status-missing { background: var(--inconclusive); }
details.lean-fold summary { cursor: pointer; color: var(--accent); }
td.status-failed { color: var(--refuted); font-weight: 600; }
td.status-passed { color: var(--holds); }
td.status-inconclusive, td.status-error { color: var(--inconclusive); font-weight: 600; }
.crumbs { font-size: 0.9rem; color: var(--muted); }
nav.toc ol { columns: 2; font-size: 0.92rem; }
@media (max-width: 760px) { nav.toc ol { columns: 1; } }
table.source { font-size: 0.85rem; }
table.source td { border: 0; padding: 0 0.6rem; white-space: pre; }
table.source td.ln { text-align: right; color: var(--muted); user-select: none; }
table.source tr:target { background: #fff4c2; }
.math-error { color: var(--refuted); }
.tex-fragment { font-style: normal; color: #39414f; }
.katex-display { overflow-x: auto; overflow-y: hidden; }
/* The reading view: the document's text, claim sentences tinted by their literal verdict. */
section.reading .doc-text { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 0.6rem 1.4rem;
  line-height: 1.75; max-width: 52rem; }
.doc-heading { margin: 1.4rem 0 0.3rem; font-size: 1.08rem; }
.doc-par { margin: 0.6rem 0; }
pre.doc-code, pre.doc-markup { font-size: 0.78rem; white-space: pre-wrap; color: var(--muted); }
.sent.claim > a { color: inherit; border-bottom: 2px solid; border-radius: 2px; padding: 0 1px; }
.sent.claim.v-holds > a { background: #e3f2e7; border-color: var(--holds); }
.sent.claim.v-holds-under-conditions > a { background: #def0f0; border-color: var(--cond); }
.sent.claim.v-refuted > a { background: #f9e1df; border-color: var(--refuted); }
.sent.claim.v-vacuous > a { background: #f6ead2; border-color: var(--vacuous); }
.sent.claim.v-ill-posed > a { background: #ece3f5; border-color: var(--ill); }
.sent.claim.v-not-checkable > a { background: #e9ebee; border-color: var(--nc); }
.sent.claim.v-inconclusive > a, .sent.claim.v-error > a { background: #fbe6cf; border-color: var(--inconclusive); }
.sent.claim { background: none; color: inherit; padding: 0; border-radius: 0; }
div.sent.claim > a { display: block; }
.sent.missing { border-bottom: 2px dashed var(--refuted); }
.sent.unclassified { color: #8a6d00; }
.sent:target > a, .sent:target { outline: 2px solid var(--accent); }
.coverage { display: flex; align-items: center; gap: 0.6rem; margin: 0.2rem 0 0.6rem; font-size: 0.8rem; color: var(--muted); }
.cov-bar { display: flex; width: 16rem; height: 0.7rem; border-radius: 3px; overflow: hidden; border: 1px solid var(--line); flex: none; }
.cov-seg { display: block; height: 100%; }
.cov-missing { background: repeating-linear-gradient(45deg, #b3261e 0 3px, #f9e1df 3px 6px); }
.cov-unclassified { background: #f3d67a; }
.cov-not { background: #eceef1; }
.sentence-verdict { margin: 0.4rem 0 0.6rem; font-size: 0.9rem; }
.sentence-verdict ul.beneath { margin: 0.3rem 0 0; padding-left: 1.2rem; }
.role { display: inline-block; font-size: 0.72rem; text-transform: uppercase; letter-spacing: 0.05em; border: 1px solid var(--line);
  border-radius: 4px; padding: 0 0.35rem; color: var(--muted); }
.role-literal { border-color: var(--fg); color: var(--fg); font-weight: 600; }
.role-unset { border-style: dashed; }
.reading-legend { font-size: 0.82rem; line-height: 2; }
.graph { overflow: auto; background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 0.5rem; }
.graph svg { max-width: none; height: auto; }
`;
