import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { main } from "../../src/cli/main.js";

// A bug inside a command, simulated: diffReports throws a TypeError on good input.
vi.mock("../../src/cli/diff.js", async (importOriginal) => ({
  ...(await importOriginal<typeof import("../../src/cli/diff.js")>()),
  diffReports: () => {
    throw new TypeError("cannot read properties of undefined (reading 'x')");
  },
}));

async function run(argv: string[]): Promise<{ code: number; err: string }> {
  let err = "";
  const o = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
  const e = vi.spyOn(process.stderr, "write").mockImplementation((s) => {
    err += String(s);
    return true;
  });
  try {
    return { code: await main(argv), err };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

describe("an internal error", () => {
  const dir = mkdtempSync(join(tmpdir(), "spinspec-bug-"));
  const report = join(dir, "r.json");
  writeFileSync(
    report,
    JSON.stringify({
      tool: "spinspec",
      version: "0",
      generatedAt: "t",
      seed: 1,
      options: { thorough: false, explore: false },
      claims: [],
      timeMs: 0,
    }),
  );

  it("exits 3 with one line that says it is a bug and how to see the stack", async () => {
    const r = await run(["diff", report, report]);
    expect(r.code).toBe(3);
    expect(r.err.trimEnd().split("\n")).toHaveLength(1);
    expect(r.err).toMatch(/internal error .*TypeError: cannot read properties.*--debug/);
  });

  it("prints the stack under --debug (before or after the subcommand)", async () => {
    for (const argv of [
      ["--debug", "diff", report, report],
      ["diff", report, report, "--debug"],
    ]) {
      const r = await run(argv);
      expect(r.code).toBe(3);
      expect(r.err).toMatch(/\n\s+at /);
    }
  });
});
