/**
 * Writing a file so that a reader never sees half of it and a failed write never destroys the
 * previous version: the text goes to a temporary file in the same folder, which is then renamed
 * over the target. A rename within one file system is atomic on POSIX, so the target is either
 * the old file or the new one. Every report, the replay database and the CLI's outputs are written
 * through {@link writeFileAtomic}.
 *
 * @module
 */
import { existsSync, mkdirSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";

let counter = 0;

/**
 * Write `text` to `file` atomically (temporary file in the same folder, then rename), creating the
 * folder when it is missing. On failure the temporary file is removed and the error rethrown; the
 * previous content of `file`, if any, is untouched.
 */
export function writeFileAtomic(file: string, text: string): void {
  // Through a symlink to the file it names: renaming over the link would replace the link.
  const path = existsSync(file) ? realpathSync(file) : resolve(file);
  if (existsSync(path)) {
    const st = statSync(path);
    if (st.isDirectory()) throw new Error(`${file} is a directory, not a file`);
    if (!st.isFile()) {
      // A device or a pipe (/dev/null, /dev/stdout): there is no old version to keep, and renaming
      // a temporary file over it would replace the device node itself (as root, for the machine).
      writeFileSync(path, text);
      return;
    }
  }
  const dir = dirname(path);
  mkdirSync(dir, { recursive: true });
  // Same folder, so the rename never crosses a file system; pid and a counter keep concurrent
  // writers (worker threads, parallel shards in one checkout) from sharing a temporary file.
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${++counter}.tmp`);
  try {
    writeFileSync(tmp, text);
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

/** {@link writeFileAtomic} of `data` as indented JSON with a final newline. */
export function writeJsonAtomic(file: string, data: unknown): void {
  writeFileAtomic(file, `${JSON.stringify(data, null, 2)}\n`);
}
