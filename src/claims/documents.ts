/**
 * Where the five documents are: `SPINSPEC_SEEDS` if set, else the first `shared/seeds` found
 * walking up from the project root (beside a checkout, as in CI, or beside a worktree's parent).
 *
 * @module
 */
import { existsSync, readFileSync } from "node:fs";
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

const texts = new Map<string, string | undefined>();

/**
 * The text of one document (by file name), or `undefined` when the documents folder or the file is
 * not found (checks that need the text are then skipped, and say so where they run). Cached.
 */
export function documentText(file: string, dir = seedsDir()): string | undefined {
  const key = `${dir}\0${file}`;
  if (!texts.has(key)) {
    const path = dir === undefined ? undefined : join(dir, file);
    texts.set(key, path !== undefined && existsSync(path) ? readFileSync(path, "utf8") : undefined);
  }
  return texts.get(key);
}
