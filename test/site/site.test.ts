import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadSpec } from "../../src/claims/registry.js";
import { buildSite, checkSite, renderSite, type RenderInputs } from "../../src/site/build.js";
import { countInlineRows, FigureError, renderFigure, type RenderedFigure } from "../../src/site/figures.js";
import { sketchResolver } from "../../src/site/lean.js";
import { buildModel, SiteError } from "../../src/site/model.js";
import { PROJECT, sampleReport } from "./helpers.js";

const entries = loadSpec(join(PROJECT, "spec"));
const readSource = (file: string) => {
  const full = join(PROJECT, file);
  return existsSync(full) ? readFileSync(full, "utf8") : undefined;
};
let figure: RenderedFigure | undefined;
async function sampleFigure(): Promise<RenderedFigure> {
  figure ??= await renderFigure(PROJECT, "src/figures/sample-entropy.ts", { seed: 42, thorough: false });
  return figure;
}
async function inputs(report = sampleReport()): Promise<RenderInputs> {
  return {
    model: buildModel(report, entries),
    figures: [await sampleFigure()],
    lean: sketchResolver(PROJECT),
    readSource,
  };
}
const text = (files: Map<string, string | Uint8Array>, path: string) => {
  const c = files.get(path);
  if (typeof c !== "string") throw new Error(`no page ${path}`);
  return c;
};

describe("renderSite on the sample report", async () => {
  const { files, warnings } = renderSite(await inputs());

  it("writes home, one page per document with claims, one per claim, figures and sources", () => {
    const pages = [...files.keys()].filter((p) => p.endsWith(".html")).sort();
    expect(pages).toContain("index.html");
    expect(pages.filter((p) => p.startsWith("documents/"))).toEqual([
      "documents/000.html",
      "documents/002.html",
      "documents/003.html",
      "documents/004.html",
    ]);
    expect(pages.filter((p) => p.startsWith("claims/"))).toHaveLength(10);
    expect(pages).toContain("figures/index.html");
    expect(pages).toContain("source/properties/sample.ts.html");
    expect(files.has("figures/sample-entropy.svg")).toBe(true);
    expect(files.has("assets/katex/katex.min.css")).toBe(true);
  });

  it("shows the home totals, the run and the reproduce command", () => {
    const home = text(files, "index.html");
    expect(home).toMatch(
      /<tr data-row="overall">.*data-verdict="HOLDS" data-count="4" title="4 of 10 \(40%\)">4<.*data-total="10">10</s,
    );
    expect(home).toContain('data-matched="9"');
    expect(home).toContain("2026-11-23T10:00:00.000Z");
    expect(home).toContain("npx spinspec verify --seed 42 --json reports/latest.json");
    expect(home).toContain("(no entries yet)");
  });

  it("orders a document's claims by section without its text, and typesets their math", () => {
    const doc = text(files, "documents/000.html");
    const order = [...doc.matchAll(/<article class="claim[^"]*" id="([^"]+)"/g)].map((m) => m[1]);
    expect(order).toEqual([
      "sample.trotter-bound",
      "sample.normalization",
      "sample.smooth-in-beta",
      "sample.critical-beta",
    ]);
    expect(doc).toContain('class="katex"');
    expect(text(files, "claims/sample.energy-symmetric.html")).toContain('class="katex-display"');
    for (const [p, c] of files)
      if (typeof c === "string" && p.endsWith(".html"))
        expect(c.replace(/<annotation[\s\S]*?<\/annotation>/g, "")).not.toContain("$$");
  });

  it("gives a refuted claim its counterexample, replay command and corrected reading", () => {
    const page = text(files, "claims/sample.critical-beta.html");
    expect(page).toContain('<section class="counterexample">');
    expect(page).toContain("npx spinspec replay sample.critical-beta --part claim --seed 2202 --path 0:1:0");
    expect(page).toContain("What holds instead");
    expect(page).toContain('href="sample.smooth-in-beta.html"');
    expect(page).toContain('href="../source/properties/sample.ts.html#L7"');
    expect(page).toContain('src="../figures/sample-entropy.svg"');
  });

  it("shows Lean declarations side by side, marked sorry, vacuous or missing", () => {
    const vac = text(files, "claims/sample.rg-fixed-point.html");
    expect(vac).toContain('<section class="side-by-side">');
    expect(vac).toContain('status-vacuous">vacuous');
    // The paper's declaration comes with its repaired form.
    expect(vac).toContain("Repaired.lean#RGFixedPoint");
    expect(vac).toContain("J * J = J");
    const sorry = text(files, "claims/sample.trotter-lean.html");
    expect(sorry).toContain('status-sorry">sorry');
    expect(sorry).toContain("not found");
    expect(warnings).toEqual(["claim sample.trotter-lean: Lean declaration Paper.lean#Missing not found"]);
  });

  it("marks a mismatch on the card and lists it on the home page", () => {
    expect(text(files, "claims/sample.mcmc-slow.html")).toContain("claim-mismatch");
    expect(text(files, "index.html")).toContain("1 of 10 observed verdicts differ from the spec");
  });
});

describe("a report read back from JSON", () => {
  it("prints a zero tolerance's infinite margins (null in JSON) as ∞", async () => {
    const report = sampleReport();
    const c = report.claims.find((x) => x.counterexample);
    if (!c?.counterexample) throw new Error("the sample report has a counterexample");
    c.counterexample.margin = null as unknown as number;
    c.decisive = { values: "[1]", margin: null as unknown as number, message: "m" };
    const { files } = renderSite(await inputs(report));
    const page = text(files, `claims/${c.id}.html`);
    expect(page).toContain("∞ (nothing was tolerated)");
    expect(page).toContain("search saw: ∞× its tolerance");
  });
});

describe("a partial report (one shard, or --claims)", () => {
  it("still gives every spec entry its page, marked not run", async () => {
    const report = sampleReport();
    report.claims = report.claims.filter((c) => c.id !== "sample.normalization");
    const { files } = renderSite(await inputs(report));
    const page = text(files, "claims/sample.normalization.html");
    expect(page).toContain('data-verdict="NOT_RUN"');
    expect(page).toContain("This report did not run this claim.");
  });
});

describe("reading order", () => {
  it("follows where each quote stands in the document's text", () => {
    const seeds = mkdtempSync(join(tmpdir(), "seeds-"));
    // Quotes in this order: critical-beta, normalization (section label only), smooth-in-beta.
    writeFileSync(
      join(seeds, "000_3014c98cc1702315.txt"),
      "Beyond a critical β, Transformers exhibit a phase transition in their attention patterns.\n" +
        "4.6 Softmax: P(A_ij) ∝ e^{-βH(A_ij)}\n8 A_ij ≈ e^{-βJ_ij}/Σ_k e^{-βJ_ik}\n",
    );
    const model = buildModel(sampleReport(), entries, seeds);
    const order = model.documents[0].claims.map((c) => c.id);
    // trotter-bound's quote is not in this text: it comes after the located ones.
    expect(order).toEqual([
      "sample.critical-beta",
      "sample.normalization",
      "sample.smooth-in-beta",
      "sample.trotter-bound",
    ]);
  });
});

describe("the site fails rather than publish something wrong", () => {
  it("refuses a claim whose page would be empty (in the report, not in the spec)", async () => {
    const report = sampleReport();
    report.claims.push({ ...report.claims[0], id: "sample.ghost" });
    expect(() => buildModel(report, entries)).toThrow(
      /sample\.ghost: in the report but not in the spec, so its page would be empty/,
    );
  });

  it("refuses an empty claim page and a broken link", async () => {
    const { files } = renderSite(await inputs());
    const broken = new Map(files);
    broken.set("claims/sample.normalization.html", "<html><body><p>nothing</p></body></html>");
    broken.set(
      "index.html",
      text(files, "index.html").replace('href="documents/000.html"', 'href="documents/999.html"'),
    );
    const problems = checkSite(broken);
    expect(problems).toContain("claims/sample.normalization.html: empty claim page (no card, quote or statement)");
    expect(problems.some((p) => p.startsWith('index.html: broken link "documents/999.html"'))).toBe(true);
  });

  it("refuses a figure without data, with a URL, or naming an unknown claim", async () => {
    await expect(renderFigure(PROJECT, "src/figures-bad/empty-data.ts", { seed: 1, thorough: false })).rejects.toThrow(
      /figure empty-data: spec\.data\.values is empty/,
    );
    expect(() => countInlineRows("f", { mark: "point" })).toThrow(FigureError);
    expect(() => countInlineRows("f", { data: { url: "x.csv" } })).toThrow(/inline/);
    expect(countInlineRows("f", { layer: [{ data: { values: [1, 2] } }, { data: { values: [3] } }] })).toBe(3);
    const i = await inputs();
    i.figures = [{ ...(await sampleFigure()), claims: ["sample.nowhere"] }];
    expect(() => renderSite(i)).toThrow(SiteError);
  });

  it("refuses TeX that KaTeX cannot parse, naming the claim", async () => {
    const broken = entries.map((e) => (e.id === "sample.normalization" ? { ...e, statement: "bad $\\frac{1}{$" } : e));
    const i = await inputs();
    i.model = buildModel(sampleReport(), broken);
    expect(() => renderSite(i)).toThrow(/statement of sample\.normalization/);
  });

  it("leaves the previous site in place when the build fails", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "site-test-")), "docs");
    mkdirSync(out);
    writeFileSync(join(out, "index.html"), "previous");
    const report = sampleReport();
    await expect(
      buildSite({
        report,
        outDir: out,
        figures: "quick",
        root: PROJECT,
        api: false,
        figureModules: ["src/figures-bad/empty-data.ts"],
      }),
    ).rejects.toThrow(FigureError);
    expect(readFileSync(join(out, "index.html"), "utf8")).toBe("previous");
    expect(readdirSync(join(out, ".."))).toEqual(["docs"]);
  });
});

describe("buildSite", () => {
  it("is deterministic: the same report gives the same bytes", async () => {
    const base = mkdtempSync(join(tmpdir(), "site-det-"));
    const build = (name: string) =>
      buildSite({ report: sampleReport(), outDir: join(base, name), figures: "quick", root: PROJECT, api: false });
    const a = await build("a");
    const b = await build("b");
    expect(a.files).toEqual(b.files);
    for (const f of a.files) {
      expect(readFileSync(join(base, "b", f)).equals(readFileSync(join(base, "a", f))), f).toBe(true);
    }
  });

  it("replaces the previous site but keeps .gitkeep", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "site-swap-")), "docs");
    mkdirSync(out);
    writeFileSync(join(out, ".gitkeep"), "");
    writeFileSync(join(out, "stale.html"), "old");
    const r = await buildSite({ report: sampleReport(), outDir: out, figures: "quick", root: PROJECT, api: false });
    expect(existsSync(join(out, "stale.html"))).toBe(false);
    expect(existsSync(join(out, ".gitkeep"))).toBe(true);
    expect(r.figures).toEqual(["sample-entropy"]);
  });
});
