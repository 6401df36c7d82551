/**
 * `buildSite`: the static site of a run. It joins the JSON report to the spec, renders one page
 * per document (claims as cards in reading order), one page per claim, the figures (SVG rendered
 * in Node from each `src/figures/*.ts`), the property sources and the typedoc API reference, then
 * checks the result (no empty claim page, no broken internal link, no figure without data) before
 * anything replaces the previous site. Same report → same bytes: nothing reads the clock.
 *
 * @module
 */
import { seedsDir as findSeeds } from "../claims/documents.js";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { loadSpec, PROJECT_ROOT, type RegisteredEntry } from "../claims/registry.js";
import type { Report } from "../claims/report-types.js";
import { apiPageFor, buildApiReference, referenceSymbolsUsed } from "./api.js";
import { listFigureModules, renderFigure, type RenderedFigure } from "./figures.js";
import { defaultLeanResolver, type LeanDeclaration, type LeanResolver } from "./lean.js";
import { checkLinks } from "./links.js";
import { buildModel, claimPage, SiteError, type SiteModel } from "./model.js";
import { coverageOfAll } from "../documents/check.js";
import { graphDot, renderDot } from "./graph.js";
import {
  figureSvg,
  graphPage,
  hasDocumentPage,
  renderClaimPage,
  renderGraphPage,
  renderDocumentPage,
  renderFiguresPage,
  renderHome,
  renderSourcePage,
  sourcePage,
  type PageContext,
} from "./pages.js";
import { FAVICON_SVG, SITE_CSS } from "./style.js";

/** How to build the site. */
export interface BuildSiteOptions {
  /** The run to publish (as written by `spinspec verify --json`). */
  report: Report;
  /** Where the site goes (`docs/`). Its previous contents are replaced, except `.gitkeep`. */
  outDir: string;
  /** `quick` (seconds, the default docs build) or `thorough` (full-size figure data). */
  figures: "quick" | "thorough";
  /** The project root holding `spec/`, `properties/`, `src/figures/`, `lean-sketches/`. Default: this project. */
  root?: string;
  /** The spec entries; default `loadSpec(<root>/spec)`. */
  entries?: RegisteredEntry[];
  /** Build the typedoc API reference into `<outDir>/api/` (default true). */
  api?: boolean;
  /** Finds Lean declarations; default: the checker of `src/lean/` if it has one, else a reader of `<root>/lean-sketches/`. */
  lean?: LeanResolver;
  /** The documents' text, used to order claims as each document reads. Default `<root>/../shared/seeds`. */
  seedsDir?: string;
  /** Figure modules (paths relative to root); default every `src/figures/*.ts` but the contract. */
  figureModules?: string[];
}

/** What was built. */
export interface SiteResult {
  outDir: string;
  /** Site-relative paths of the files written by the site generator (not the API reference). */
  files: string[];
  /** Ids of the figures rendered. */
  figures: string[];
  /** Things worth a look that do not fail the build (a Lean reference not found). */
  warnings: string[];
}

/** The site in memory: site-relative path → content. */
export type SiteFiles = Map<string, string | Uint8Array>;

/** Inputs of {@link renderSite}: everything already computed, so rendering is pure. */
export interface RenderInputs {
  model: SiteModel;
  figures: RenderedFigure[];
  /** Resolves Lean references. */
  lean: LeanResolver;
  /** Reads a project file (relative to the root), `undefined` when it does not exist. */
  readSource: (file: string) => string | undefined;
  /** The typedoc page of an exported name, when the API reference was built. */
  apiPage?: (name: string) => string | undefined;
  /** Files of the site not produced by {@link renderSite} (the API reference), for the link check. */
  existsOutside?: (path: string) => boolean;
  /** Each document's claim graph as SVG, by the document's short id (see `graph.ts`). */
  graphs?: Map<string, string>;
}

/** The KaTeX stylesheet and fonts, read from the installed package. */
function katexAssets(): SiteFiles {
  const require = createRequire(import.meta.url);
  const css = require.resolve("katex/dist/katex.min.css");
  const files: SiteFiles = new Map();
  files.set("assets/katex/katex.min.css", readFileSync(css, "utf8"));
  const fontDir = join(dirname(css), "fonts");
  for (const f of readdirSync(fontDir).sort()) files.set(`assets/katex/fonts/${f}`, readFileSync(join(fontDir, f)));
  return files;
}

/** Lean declarations per claim, with `stated` upgraded to `vacuous` where the claim is vacuous. */
function resolveLean(model: SiteModel, lean: LeanResolver, warnings: string[]): PageContext["lean"] {
  const out: PageContext["lean"] = new Map();
  for (const v of model.byId.values()) {
    if (v.entry.lean.length === 0) continue;
    const verdict = v.result?.observed ?? v.entry.expected.verdict;
    // A declaration of the paper's listing is shown with its repaired form when there is one.
    const refs = [...v.entry.lean];
    for (const ref of v.entry.lean) {
      const repaired = ref.replace(/^Paper\.lean#/, "Repaired.lean#");
      if (repaired !== ref && !refs.includes(repaired) && lean(repaired)) refs.push(repaired);
    }
    out.set(
      v.id,
      refs.map((ref) => {
        const found = lean(ref);
        if (!found) {
          warnings.push(`claim ${v.id}: Lean declaration ${ref} not found`);
          return { ref };
        }
        const decl: LeanDeclaration =
          found.status === "stated" && verdict === "VACUOUS" ? { ...found, status: "vacuous" } : found;
        return { ref, decl };
      }),
    );
  }
  return out;
}

/**
 * Per claim, the API pages of the reference functions its property calls: the named imports of
 * the property file used between the property's line and the next property's line.
 */
function apiLinks(
  model: SiteModel,
  sources: ReadonlyMap<string, string>,
  apiPage: RenderInputs["apiPage"],
): PageContext["api"] {
  const out: PageContext["api"] = new Map();
  if (!apiPage) return out;
  const linesByFile = new Map<string, number[]>();
  for (const c of model.report.claims) {
    if (!c.propertyLocation) continue;
    const l = linesByFile.get(c.propertyLocation.file) ?? [];
    l.push(c.propertyLocation.line);
    linesByFile.set(c.propertyLocation.file, l);
  }
  for (const c of model.report.claims) {
    const loc = c.propertyLocation;
    if (!loc) continue;
    const source = sources.get(loc.file);
    if (source === undefined) continue;
    const next = (linesByFile.get(loc.file) ?? []).filter((l) => l > loc.line).sort((a, b) => a - b)[0];
    const names = referenceSymbolsUsed(source, loc.line, next ?? Number.MAX_SAFE_INTEGER);
    const links = names.flatMap((name) => {
      const page = apiPage(name);
      return page ? [{ name, page }] : [];
    });
    if (links.length > 0) out.set(c.id, links);
  }
  return out;
}

/**
 * Check the rendered pages: no claim page without its card's quote and statement, no document
 * page without cards, no broken internal link. Returns the problems (empty when all is well).
 */
export function checkSite(files: SiteFiles, existsOutside?: (path: string) => boolean): string[] {
  const problems: string[] = [];
  for (const [path, content] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (typeof content !== "string" || !path.endsWith(".html")) continue;
    if (path.startsWith("claims/")) {
      const quote = /<blockquote>([\s\S]*?)<\/blockquote>/.exec(content)?.[1] ?? "";
      const statement = /<section class="precise"><h4>[^<]*<\/h4><p>([\s\S]*?)<\/p>/.exec(content)?.[1] ?? "";
      if (!content.includes('<article class="claim') || quote.trim() === "" || statement.trim() === "") {
        problems.push(`${path}: empty claim page (no card, quote or statement)`);
      }
    }
    if (
      path.startsWith("documents/") &&
      !content.includes('<article class="claim') &&
      !content.includes('class="reading"')
    ) {
      problems.push(`${path}: a document page without claims or text`);
    }
  }
  for (const b of checkLinks(files, existsOutside)) problems.push(`${b.page}: broken link "${b.href}": ${b.reason}`);
  return problems;
}

/**
 * Render the whole site in memory from computed inputs. Throws a {@link SiteError} listing every
 * problem: TeX KaTeX cannot parse, a figure naming an unknown claim, an empty page, a broken link.
 */
export function renderSite(inputs: RenderInputs): { files: SiteFiles; warnings: string[] } {
  const { model } = inputs;
  const warnings: string[] = [];
  const problems: string[] = [];
  for (const f of inputs.figures) {
    for (const c of f.claims) if (!model.byId.has(c)) problems.push(`figure ${f.id}: supports unknown claim ${c}`);
  }
  const sources = new Map<string, string>();
  for (const c of model.report.claims) {
    const file = c.propertyLocation?.file;
    if (file === undefined || sources.has(file)) continue;
    const text = inputs.readSource(file);
    if (text !== undefined) sources.set(file, text);
  }
  const ctx: PageContext = {
    model,
    figures: [...inputs.figures].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    lean: resolveLean(model, inputs.lean, warnings),
    api: apiLinks(model, sources, inputs.apiPage),
    sourcePages: new Set([...sources.keys()].map(sourcePage)),
    hasApi: inputs.existsOutside?.("api/index.html") ?? false,
    mathErrors: [],
    graphs: inputs.graphs ?? new Map(),
  };
  const files: SiteFiles = new Map();
  files.set("assets/site.css", SITE_CSS);
  files.set("assets/favicon.svg", FAVICON_SVG);
  for (const [p, c] of katexAssets()) files.set(p, c);
  files.set("index.html", renderHome(ctx));
  for (const d of model.documents) if (hasDocumentPage(ctx, d)) files.set(d.page, renderDocumentPage(ctx, d));
  for (const d of model.documents) {
    const svg = ctx.graphs.get(d.record.id);
    if (svg === undefined) continue;
    files.set(graphPage(d.record.id).svg, `<?xml version="1.0" encoding="UTF-8"?>\n${svg}`);
    files.set(graphPage(d.record.id).html, renderGraphPage(ctx, d, svg));
  }
  for (const v of model.byId.values()) files.set(v.page, renderClaimPage(ctx, v));
  if (ctx.figures.length > 0) {
    files.set("figures/index.html", renderFiguresPage(ctx));
    for (const f of ctx.figures) files.set(figureSvg(f.id), f.svg);
  }
  for (const [file, text] of [...sources].sort(([a], [b]) => (a < b ? -1 : 1))) {
    files.set(sourcePage(file), renderSourcePage(ctx, file, text));
  }
  for (const e of [...new Set(ctx.mathErrors)]) problems.push(`KaTeX cannot parse the math in ${e}`);
  problems.push(...checkSite(files, inputs.existsOutside));
  if (problems.length > 0) throw new SiteError(problems);
  return { files, warnings };
}

/** Replace the contents of `outDir` (keeping `.gitkeep`) by those of `staging`. */
function swapIn(staging: string, outDir: string): void {
  mkdirSync(outDir, { recursive: true });
  for (const f of readdirSync(outDir)) if (f !== ".gitkeep") rmSync(join(outDir, f), { recursive: true, force: true });
  for (const f of readdirSync(staging)) renameSync(join(staging, f), join(outDir, f));
  rmSync(staging, { recursive: true, force: true });
}

/**
 * Build the site of a report into `outDir`. The site is written to a staging folder first and
 * replaces the previous one only when every check passed; on failure a {@link SiteError} (or the
 * figure's or typedoc's error) is thrown and `outDir` is left as it was.
 *
 * @example
 * ```ts
 * const report = JSON.parse(readFileSync("reports/latest.json", "utf8")) as Report;
 * await buildSite({ report, outDir: "docs", figures: "quick" });
 * ```
 */
export async function buildSite(options: BuildSiteOptions): Promise<SiteResult> {
  const root = resolve(options.root ?? PROJECT_ROOT);
  const outDir = resolve(options.outDir);
  const entries = options.entries ?? loadSpec(join(root, "spec"));
  const seedsDir = options.seedsDir ?? findSeeds(root) ?? join(root, "..", "shared", "seeds");
  const seeds = existsSync(seedsDir) ? seedsDir : undefined;
  // Sentences and coverage maps: the reading views and the sentence totals.
  const infos = new Map(entries.map((e) => [e.id, { role: e.role, document: e.source.document }]));
  const coverageDir = join(root, "spec", "coverage");
  const coverage = seeds !== undefined && existsSync(coverageDir) ? coverageOfAll(infos, coverageDir, seeds) : [];
  const model = buildModel(options.report, entries, seeds, coverage);
  const graphs = new Map<string, string>();
  for (const d of model.documents) {
    if (d.claims.length === 0) continue;
    const dot = graphDot(model, d, (id) => `../${claimPage(id)}#${id}`);
    graphs.set(d.record.id, await renderDot(dot));
  }

  const figures: RenderedFigure[] = [];
  for (const m of options.figureModules ?? listFigureModules(root)) {
    figures.push(await renderFigure(root, m, { seed: options.report.seed, thorough: options.figures === "thorough" }));
  }

  const staging = `${outDir}.staging`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  try {
    const apiDir = join(staging, "api");
    if (options.api ?? true) await buildApiReference(root, apiDir);
    const hasApi = existsSync(join(apiDir, "index.html"));
    const readSource = (file: string) => {
      const full = join(root, file);
      return existsSync(full) ? readFileSync(full, "utf8") : undefined;
    };
    const { files, warnings } = renderSite({
      model,
      figures,
      lean: options.lean ?? (await defaultLeanResolver(root, resolve(PROJECT_ROOT))),
      readSource,
      apiPage: hasApi ? (name) => apiPageFor(name, apiDir) : undefined,
      existsOutside: (p) => p.startsWith("api/") && existsSync(join(staging, p)),
      graphs,
    });
    const paths = [...files.keys()].sort();
    for (const p of paths) {
      const full = join(staging, p);
      mkdirSync(dirname(full), { recursive: true });
      writeFileSync(full, files.get(p)!);
    }
    swapIn(staging, outDir);
    return { outDir, files: paths, figures: figures.map((f) => f.id).sort(), warnings };
  } catch (e) {
    rmSync(staging, { recursive: true, force: true });
    throw e;
  }
}
