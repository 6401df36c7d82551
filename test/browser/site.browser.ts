/**
 * The site, tested as a person would read it: a static server on 127.0.0.1, Debian's Chromium
 * driven by playwright-core, and checks that the home totals equal the report's, that a refuted
 * claim shows its counterexample and replay command, that no raw `$$` is left, that every figure
 * renders with a nonzero size, that every highlighted sentence of a reading view resolves to an
 * existing card with its entry's verdict, that each claim graph's nodes link to cards, and that no
 * page logs a console error. Saves screenshots of the home page, one claim page and one reading
 * view under `<site>/screenshots/`.
 *
 * Not a vitest file (it needs a browser): run it with
 *   npx tsx test/browser/site.browser.ts [--site docs] [--report reports/latest.json]
 *   npx tsx test/browser/site.browser.ts --fixture   (builds the sample site first)
 * Exits 0 when every check passes, 1 otherwise.
 */
import { createReadStream, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { extname, join, normalize, resolve, sep } from "node:path";
import { parseArgs } from "node:util";
import { chromium, type Browser, type Page } from "playwright-core";
import type { Report } from "../../src/claims/report-types.js";
import { replayCommand } from "../../src/claims/report.js";

const ROOT = resolve(import.meta.dirname, "..", "..");
const FIXTURES = join(ROOT, "test", "site", "fixtures");

const MIME: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".json": "application/json",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".ttf": "font/ttf",
  ".ico": "image/x-icon",
};

/** Serve `dir` on 127.0.0.1 at a free port. */
async function serve(dir: string): Promise<{ server: Server; base: string }> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    // Chromium asks every origin for /favicon.ico on pages without an icon link (the typedoc
    // pages); from disk it never does. No content, rather than a 404 logged as a console error.
    if (url.pathname === "/favicon.ico") {
      res.writeHead(204).end();
      return;
    }
    let path = normalize(join(dir, decodeURIComponent(url.pathname)));
    if (!path.startsWith(dir + sep) && path !== dir) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, "index.html");
    if (!existsSync(path)) {
      res.writeHead(404).end("not found");
      return;
    }
    res.writeHead(200, { "content-type": MIME[extname(path)] ?? "application/octet-stream" });
    createReadStream(path).pipe(res);
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const addr = server.address();
  if (addr === null || typeof addr === "string") throw new Error("no server address");
  return { server, base: `http://127.0.0.1:${addr.port}/` };
}

const failures: string[] = [];
let passed = 0;
function check(ok: boolean, what: string): void {
  if (ok) passed += 1;
  else failures.push(what);
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      site: { type: "string" },
      report: { type: "string" },
      fixture: { type: "boolean", default: false },
      chromium: { type: "string" },
    },
  });
  let site = resolve(values.site ?? join(ROOT, "docs"));
  let reportFile = resolve(values.report ?? join(ROOT, "reports", "latest.json"));
  if (values.fixture) {
    const { buildSite } = await import("../../src/site/build.js");
    site = values.site ? site : join(mkdtempSync(join(tmpdir(), "spinspec-site-")), "site");
    reportFile = join(FIXTURES, "sample-report.json");
    const report = JSON.parse(readFileSync(reportFile, "utf8")) as Report;
    await buildSite({ report, outDir: site, figures: "quick", root: join(FIXTURES, "project"), api: false });
  }
  if (!existsSync(join(site, "index.html"))) throw new Error(`no site at ${site} (run npm run docs first)`);
  const report = JSON.parse(readFileSync(reportFile, "utf8")) as Report;

  const { server, base } = await serve(site);
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({
      executablePath: values.chromium ?? process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    });
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 });
    const page = await context.newPage();
    const consoleErrors: string[] = [];
    let current = "";
    page.on("console", (m) => {
      if (m.type() === "error") consoleErrors.push(`${current}: ${m.text()}`);
    });
    page.on("pageerror", (e) => consoleErrors.push(`${current}: ${e.message}`));
    page.on("response", (r) => {
      if (r.status() >= 400) consoleErrors.push(`${current}: HTTP ${r.status()} for ${r.url()}`);
    });
    page.on("requestfailed", (r) => {
      // Requests cut short by moving on to the next page are not failures of the site.
      if (r.failure()?.errorText !== "net::ERR_ABORTED") consoleErrors.push(`${current}: request failed ${r.url()}`);
    });
    const visit = async (path: string) => {
      current = path;
      await page.goto(base + path, { waitUntil: "load" });
    };

    // Home: totals equal the report's.
    await visit("index.html");
    const overall = await readRow(page, "overall");
    for (const [verdict, n] of Object.entries(report.totals.byObserved)) {
      check(
        overall.counts[verdict] === n,
        `home: overall ${verdict} is ${overall.counts[verdict]}, the report says ${n}`,
      );
    }
    const shownSum = Object.values(overall.counts).reduce((s, n) => s + n, 0);
    check(
      shownSum === report.totals.claims,
      `home: overall counts sum to ${shownSum}, the report has ${report.totals.claims} claims`,
    );
    check(overall.total === report.totals.claims, `home: overall total ${overall.total} ≠ ${report.totals.claims}`);
    check(
      overall.matched === report.totals.matched,
      `home: overall matched ${overall.matched} ≠ ${report.totals.matched}`,
    );
    for (const [doc, counts] of Object.entries(report.totals.byDocument)) {
      const row = await readRow(page, doc);
      for (const [verdict, n] of Object.entries(counts)) {
        check(row.counts[verdict] === n, `home: ${doc} ${verdict} is ${row.counts[verdict]}, the report says ${n}`);
      }
    }
    check(
      (await page.locator('[data-run="seed"]').innerText()) === String(report.seed),
      "home: the run's seed is shown",
    );
    await screenshot(page, site, "home.png");

    // A refuted claim's page: counterexample and the exact replay command.
    // (A report without one, e.g. while the families are landing, skips this check and says so.)
    const refuted = report.claims.find((c) => c.observed === "REFUTED" && c.counterexample);
    const claimPages = report.claims.map((c) => `claims/${c.id}.html`);
    if (!refuted) {
      console.log("note: the report has no refuted claim; the counterexample check is skipped");
      if (claimPages.length > 0) {
        await visit(claimPages[0]);
        await screenshot(page, site, "claim.png");
      }
    }
    if (refuted?.counterexample) {
      await visit(`claims/${refuted.id}.html`);
      const cx = page.locator(".counterexample");
      check(await cx.isVisible(), `${refuted.id}: the counterexample is visible`);
      const text = await cx.innerText();
      check(text.includes(refuted.counterexample.values), `${refuted.id}: the counterexample's values are shown`);
      const replay = (await cx.locator("pre.replay").innerText()).trim();
      const expected = replayCommand(refuted);
      check(replay === expected, `${refuted.id}: replay command "${replay}" ≠ "${expected}"`);
      await screenshot(page, site, "claim.png");
    }

    // Reading views: every highlighted sentence resolves to an existing card, and its verdict is
    // the one that card's entry has (observed when the report ran it, else expected).
    const docPages = existsSync(join(site, "documents"))
      ? readdirSync(join(site, "documents"))
          .filter((f) => f.endsWith(".html"))
          .sort()
          .map((f) => `documents/${f}`)
      : [];
    const byId = new Map(report.claims.map((c) => [c.id, c]));
    let sentencesSeen = 0;
    let readingShot = false;
    for (const p of docPages) {
      await visit(p);
      if ((await page.locator("section.reading").count()) === 0) continue;
      const claims = await page.$$eval("[data-claim]", (els) =>
        els.map((e) => ({
          id: e.getAttribute("data-claim") ?? "",
          verdict: e.getAttribute("data-verdict") ?? "",
          href: e.getAttribute("href") ?? "",
        })),
      );
      sentencesSeen += claims.length;
      for (const c of claims) {
        const card = join(site, "claims", `${c.id}.html`);
        const html = existsSync(card) ? readFileSync(card, "utf8") : "";
        check(
          html.includes(`<article class="claim`) && html.includes(`id="${c.id}"`),
          `${p}: data-claim ${c.id} has no card`,
        );
        check(c.href.endsWith(`claims/${c.id}.html#${c.id}`), `${p}: sentence of ${c.id} links to ${c.href}`);
        const observed = /data-observed="([A-Z_]+)"/.exec(html)?.[1];
        const ran = byId.get(c.id);
        if (ran)
          check(
            c.verdict === ran.observed,
            `${p}: sentence of ${c.id} shown ${c.verdict}, its entry is ${ran.observed}`,
          );
        else check(observed === "NOT_RUN" || observed === c.verdict, `${p}: sentence of ${c.id} shown ${c.verdict}`);
      }
      check(
        await page.locator('.coverage[data-coverage="document"]').isVisible(),
        `${p}: the document's coverage bar is shown`,
      );
      if (!readingShot && claims.length > 0) {
        // One reading view, as a reader sees it: the text with its highlighted sentences.
        const dir = join(site, "screenshots");
        mkdirSync(dir, { recursive: true });
        // The first screenful or two of the text (the whole of a long document is an unreadable strip).
        // Taken from a viewport tall enough to hold it, not with fullPage: a full-page capture of a
        // long document renders all of it first, and once in a clean-clone CI run that took over
        // the 30 s screenshot timeout.
        await page.evaluate("window.scrollTo(0, 0)");
        const box = await page.locator("section.reading").boundingBox();
        if (box !== null) {
          const height = Math.min(box.height, 1800);
          await page.setViewportSize({ width: 1280, height: Math.ceil(box.y + height) });
          const clip = { x: box.x, y: box.y, width: box.width, height };
          await page.screenshot({ path: join(dir, "reading.png"), clip });
          await page.setViewportSize({ width: 1280, height: 900 });
          readingShot = true;
        }
      }
    }
    if (docPages.some((p) => readFileSync(join(site, p), "utf8").includes('class="reading"'))) {
      check(sentencesSeen > 0, "the reading views highlight claim sentences");
      check(readingShot, "a reading view was photographed");
    }
    console.log(`${docPages.length} document pages, ${sentencesSeen} highlighted claim sentences checked`);

    // Claim graphs: an SVG per document whose nodes link to existing cards.
    const graphPages = existsSync(join(site, "graph"))
      ? readdirSync(join(site, "graph"))
          .filter((f) => f.endsWith(".html"))
          .sort()
          .map((f) => `graph/${f}`)
      : [];
    for (const p of graphPages) {
      await visit(p);
      const hrefs = await page.$$eval(".graph svg a", (els) => els.map((e) => e.getAttribute("href") ?? ""));
      check(hrefs.length > 0, `${p}: the graph has linked nodes`);
      for (const h of hrefs) {
        const id = /claims\/([^#]+)\.html/.exec(h)?.[1] ?? "";
        check(existsSync(join(site, "claims", `${id}.html`)), `${p}: node link ${h} has no card`);
      }
      const box = await page.locator(".graph svg").boundingBox();
      check(box !== null && box.width > 0 && box.height > 0, `${p}: the graph renders with a size`);
    }

    // Every page: math typeset (no raw $$), no console errors; figures render with a size.
    const pages = ["index.html", ...docPages, ...graphPages, ...claimPages];
    if (existsSync(join(site, "figures", "index.html"))) pages.push("figures/index.html");
    if (existsSync(join(site, "api", "index.html"))) pages.push("api/index.html");
    let katexSeen = 0;
    let figuresSeen = 0;
    for (const p of pages) {
      await visit(p);
      const text = await page.locator("main, body").first().innerText();
      check(!text.includes("$$"), `${p}: raw $$ left on the page`);
      katexSeen += await page.locator(".katex").count();
      const imgs = await page.locator('img[src$=".svg"]').all();
      for (const img of imgs) {
        await img.scrollIntoViewIfNeeded();
        const ok = await img.evaluate(async (el) => {
          // No DOM lib in this tsconfig: the image's fields, typed by hand.
          const i = el as unknown as {
            complete: boolean;
            naturalWidth: number;
            naturalHeight: number;
            decode(): Promise<void>;
          };
          if (!i.complete) await i.decode().catch(() => undefined);
          return i.complete && i.naturalWidth > 0 && i.naturalHeight > 0;
        });
        const box = await img.boundingBox();
        const src = await img.getAttribute("src");
        check(
          ok && box !== null && box.width > 0 && box.height > 0,
          `${p}: figure ${src} does not render with a nonzero size`,
        );
        figuresSeen += 1;
      }
    }
    if (values.fixture) check(katexSeen > 0, "math is typeset somewhere (KaTeX spans found)");
    console.log(`${pages.length} pages visited, ${katexSeen} formulas typeset, ${figuresSeen} figure images`);
    const figureCount = existsSync(join(site, "figures", "index.html"))
      ? (readFileSync(join(site, "figures", "index.html"), "utf8").match(/<figure class="figure"/g) ?? []).length
      : 0;
    if (figureCount > 0)
      check(figuresSeen >= figureCount, `saw ${figuresSeen} figure images, the site has ${figureCount} figures`);
    check(consoleErrors.length === 0, `console errors:\n    ${consoleErrors.join("\n    ")}`);
    await context.close();
  } finally {
    await browser?.close();
    server.close();
  }
  for (const f of failures) console.error(`FAIL ${f}`);
  console.log(`browser test of ${site}: ${passed} checks passed, ${failures.length} failed`);
  return failures.length === 0 ? 0 : 1;
}

/** The numbers of one row of the home totals table. */
async function readRow(
  page: Page,
  row: string,
): Promise<{ counts: Record<string, number>; total: number; matched: number }> {
  const tr = page.locator(`tr[data-row="${row}"]`);
  const counts: Record<string, number> = {};
  for (const td of await tr.locator("td[data-verdict]").all()) {
    const v = (await td.getAttribute("data-verdict")) ?? "";
    const n = Number((await td.innerText()).split("/")[0].trim());
    if (n > 0) counts[v] = n;
  }
  const total = Number(await tr.locator("td[data-total]").innerText());
  const matched = Number((await tr.locator("td[data-matched]").innerText()).split("/")[0].trim());
  return { counts, total, matched };
}

async function screenshot(page: Page, site: string, name: string): Promise<void> {
  const dir = join(site, "screenshots");
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, name), fullPage: true });
}

process.exitCode = await main().catch((e: unknown) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : e);
  return 1;
});
