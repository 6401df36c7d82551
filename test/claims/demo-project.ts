/**
 * A throwaway project for pool tests: a spec of support entries `demo.<id>` (all expecting HOLDS)
 * and a property file holding, for each, `holds("demo.<id>", <part>)` with the part's source text.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { PROJECT_ROOT } from "../../src/claims/registry.js";

/** Write the project into a fresh temporary folder and return its root. */
export function demoProject(prefix: string, parts: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), prefix));
  mkdirSync(join(root, "spec"));
  mkdirSync(join(root, "properties"));
  writeFileSync(join(root, "package.json"), JSON.stringify({ type: "module" }));
  const entry = (id: string) => `
- id: demo.${id}
  title: ${id}
  source: { document: 000_3014c98cc1702315.txt, section: "§1", quote: q }
  statement: s
  kind: identity
  expected: { verdict: HOLDS }
  role: support
  property: demo.${id}
`;
  writeFileSync(join(root, "spec", "demo.yaml"), Object.keys(parts).map(entry).join(""));
  const api = pathToFileURL(join(PROJECT_ROOT, "src", "claims", "property.ts")).href;
  const props = Object.entries(parts).map(([id, p]) => `  holds("demo.${id}", ${p}),`);
  writeFileSync(
    join(root, "properties", "demo.ts"),
    `import { holds, once } from ${JSON.stringify(api)};\nexport const properties = [\n${props.join("\n")}\n];\n`,
  );
  return root;
}
