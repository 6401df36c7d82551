/**
 * Where the five documents are: `SPINSPEC_SEEDS` if set, else the first `shared/seeds` found
 * walking up from the project root (beside a checkout, as in CI, or beside a worktree's parent).
 *
 * @module
 */
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { PROJECT_ROOT } from "./registry.js";

/** The folder holding the seed documents, or `undefined` if none is found. */
export function seedsDir(root = PROJECT_ROOT): string | undefined {
  const env = process.env.SPINSPEC_SEEDS;
  if (env) return existsSync(env) ? resolve(env) : undefined;
  let dir = resolve(root);
  for (;;) {
    const candidate = join(dir, "..", "shared", "seeds");
    if (existsSync(candidate)) return resolve(candidate);
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}
