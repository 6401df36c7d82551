/**
 * Figures: each `src/figures/<id>.ts` (except the contract `figure.ts` and an `index.ts`) exports
 * `figure: FigureDefinition`; the site builds its vega-lite spec, checks it carries data, and
 * renders it to SVG in Node (vega-lite `compile`, then a vega `View` without a renderer).
 *
 * @module
 */
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { parse, View } from "vega";
import { compile, type TopLevelSpec } from "vega-lite";
import type { FigureDefinition, FigureOptions } from "../figures/figure.js";

/** A figure built and rendered. */
export interface RenderedFigure {
  id: string;
  title: string;
  caption: string;
  claims: string[];
  /** The SVG document. */
  svg: string;
  /** Rows of inline data the figure carried, over all its datasets. */
  rows: number;
  /** The source module, relative to the project root. */
  module: string;
}

/** A problem that fails the build, naming the figure. */
export class FigureError extends Error {
  /** @param figure - the figure id (or module path) at fault */
  constructor(
    readonly figure: string,
    message: string,
  ) {
    super(`figure ${figure}: ${message}`);
    this.name = "FigureError";
  }
}

/** The figure modules of a project, sorted by file name (relative paths under `src/figures/`). */
export function listFigureModules(root: string): string[] {
  const dir = join(root, "src", "figures");
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts") && f !== "figure.ts" && f !== "index.ts")
    .sort()
    .map((f) => `src/figures/${f}`);
}

/** Import a figure module and check it exports a well-formed `figure`. */
export async function loadFigure(root: string, module: string): Promise<FigureDefinition> {
  const mod = (await import(pathToFileURL(join(root, module)).href)) as { figure?: FigureDefinition };
  const f = mod.figure;
  if (!f || typeof f.build !== "function" || typeof f.id !== "string") {
    throw new FigureError(module, "does not export `figure: FigureDefinition`");
  }
  const expectedId = module.replace(/^.*\//, "").replace(/\.ts$/, "");
  if (f.id !== expectedId) throw new FigureError(module, `id is "${f.id}", the file name says "${expectedId}"`);
  if (f.claims.length === 0) throw new FigureError(f.id, "names no claims it supports");
  return f;
}

/**
 * Count the inline data rows of a vega-lite spec, throwing when any data source is empty or is
 * not inline: a figure without data is a build failure, not a blank plot.
 */
export function countInlineRows(id: string, spec: unknown): number {
  let rows = 0;
  let sources = 0;
  const visit = (node: unknown, where: string): void => {
    if (Array.isArray(node)) {
      node.forEach((n, i) => visit(n, `${where}[${i}]`));
      return;
    }
    if (node === null || typeof node !== "object") return;
    const obj = node as Record<string, unknown>;
    for (const [key, value] of Object.entries(obj)) {
      if (key === "data" && value !== null && typeof value === "object" && !Array.isArray(value)) {
        const data = value as Record<string, unknown>;
        if ("url" in data) throw new FigureError(id, `${where}.data loads a URL; figures carry their data inline`);
        if ("values" in data) {
          sources += 1;
          const n = Array.isArray(data.values) ? data.values.length : 0;
          if (n === 0) throw new FigureError(id, `${where}.data.values is empty`);
          rows += n;
        }
      } else if (key === "datasets" && value !== null && typeof value === "object") {
        for (const [name, values] of Object.entries(value as Record<string, unknown>)) {
          sources += 1;
          const n = Array.isArray(values) ? values.length : 0;
          if (n === 0) throw new FigureError(id, `dataset "${name}" is empty`);
          rows += n;
        }
      } else {
        visit(value, `${where}.${key}`);
      }
    }
  };
  visit(spec, "spec");
  if (sources === 0) throw new FigureError(id, "has no inline data (data.values or datasets)");
  return rows;
}

/** Render a vega-lite spec to an SVG string in Node. */
export async function vegaLiteToSvg(spec: Record<string, unknown>): Promise<string> {
  const vg = compile(spec as unknown as TopLevelSpec).spec;
  const view = new View(parse(vg), { renderer: "none" });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/** Build, check and render one figure. */
export async function renderFigure(root: string, module: string, options: FigureOptions): Promise<RenderedFigure> {
  const f = await loadFigure(root, module);
  const spec = await f.build(options);
  const rows = countInlineRows(f.id, spec);
  let svg: string;
  try {
    svg = await vegaLiteToSvg(spec);
  } catch (e) {
    throw new FigureError(f.id, `vega could not render it: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (!/<svg[^>]*\swidth="[1-9]/.test(svg)) throw new FigureError(f.id, "rendered to an SVG of zero width");
  return { id: f.id, title: f.title, caption: f.caption, claims: [...f.claims], svg, rows, module };
}
