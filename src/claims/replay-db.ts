/**
 * Failing examples saved between runs, replayed first next time (as Hypothesis does).
 *
 * fast-check replays a failure exactly from its seed and path, so the database stores those rather
 * than the values themselves (which may not survive JSON: -0, NaN, typed arrays). A saved failure
 * that passes on replay is forgotten. The file lives in `.spinspec/replay.json` (not committed:
 * CI starts clean, and the fixed seed reproduces its own failures anyway).
 *
 * @module
 */
import { existsSync, readFileSync, renameSync, statSync } from "node:fs";
import { writeFileAtomic } from "./atomic-write.js";

/** A saved failure: what replays it. */
export interface SavedFailure {
  seed: number;
  path: string;
}

/** The replay database. */
export class ReplayDatabase {
  private readonly data: Record<string, SavedFailure[]>;
  private dirty = false;

  /** False when {@link file} is not a regular file (`/dev/null`): nothing is read or written. */
  private readonly persistent: boolean;

  /**
   * Open (or start) the database at `file`. A missing file starts empty. A file that is not a
   * readable database (truncated, not JSON, the wrong shape) is never overwritten: it is renamed
   * to `<file>.corrupt-<timestamp>`, `warn` says so in one line, and a new database starts. A path
   * that is not a regular file (`/dev/null`), or `null`, gives a database kept in memory only.
   */
  constructor(
    readonly file: string | null,
    warn: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
  ) {
    let data: Record<string, SavedFailure[]> = {};
    this.persistent = file !== null && (!existsSync(file) || statSync(file).isFile());
    if (file === null) {
      this.data = data;
      return;
    }
    if (this.persistent && existsSync(file)) {
      const problem = ReplayDatabase.problemOf(readFileSync(file, "utf8"));
      if (typeof problem === "string") {
        const aside = `${file}.corrupt-${new Date().toISOString().replace(/[:.]/g, "-")}`;
        renameSync(file, aside);
        warn(`spinspec: ${file} is not a replay database (${problem}); kept it as ${aside} and started a new one`);
      } else {
        data = problem.data;
      }
    }
    this.data = data;
  }

  /** Why `text` is not a database, or its entries. */
  private static problemOf(text: string): string | { data: Record<string, SavedFailure[]> } {
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (e) {
      return `not JSON: ${(e as Error).message}`;
    }
    if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return "not a JSON object";
    for (const [k, list] of Object.entries(raw)) {
      if (!k.includes("#")) return `key ${JSON.stringify(k)} is not claim#part`;
      if (!Array.isArray(list)) return `${k} is not a list`;
      for (const f of list as unknown[]) {
        const ok =
          typeof f === "object" &&
          f !== null &&
          Number.isInteger((f as SavedFailure).seed) &&
          typeof (f as SavedFailure).path === "string";
        if (!ok) return `${k} holds an entry without an integer seed and a path`;
      }
    }
    return { data: raw as Record<string, SavedFailure[]> };
  }

  private static key(claim: string, part: string): string {
    return `${claim}#${part}`;
  }

  /** The saved failures of a claim's part. */
  get(claim: string, part: string): SavedFailure[] {
    return [...(this.data[ReplayDatabase.key(claim, part)] ?? [])];
  }

  /** Save a failure (once). */
  add(claim: string, part: string, f: SavedFailure): void {
    const k = ReplayDatabase.key(claim, part);
    const list = (this.data[k] ??= []);
    if (!list.some((x) => x.seed === f.seed && x.path === f.path)) {
      list.push(f);
      this.dirty = true;
    }
  }

  /** Drop a saved failure that no longer fails. */
  forget(claim: string, part: string, f: SavedFailure): void {
    const k = ReplayDatabase.key(claim, part);
    const list = this.data[k];
    if (!list) return;
    const kept = list.filter((x) => !(x.seed === f.seed && x.path === f.path));
    if (kept.length !== list.length) {
      this.dirty = true;
      if (kept.length === 0) delete this.data[k];
      else this.data[k] = kept;
    }
  }

  /** Merge the entries of another database (from a worker) into this one. */
  absorb(entries: Record<string, SavedFailure[]>): void {
    for (const [k, list] of Object.entries(entries)) {
      const [claim, part] = k.split("#");
      for (const f of list) this.add(claim, part, f);
    }
  }

  /** The saved failures of every part of a claim, keyed `claim#part`. */
  claimEntries(claim: string): Record<string, SavedFailure[]> {
    return Object.fromEntries(Object.entries(this.data).filter(([k]) => k.startsWith(`${claim}#`)));
  }

  /** Replace everything saved for a claim by `entries` (a worker's view after running it). */
  replaceClaim(claim: string, entries: Record<string, SavedFailure[]>): void {
    for (const k of Object.keys(this.claimEntries(claim))) {
      delete this.data[k];
      this.dirty = true;
    }
    this.absorb(entries);
  }

  /** The raw entries, sorted by key. */
  entries(): Record<string, SavedFailure[]> {
    return Object.fromEntries(Object.entries(this.data).sort(([a], [b]) => a.localeCompare(b)));
  }

  /** Write the file if anything changed. */
  save(): void {
    if (!this.dirty || !this.persistent || this.file === null) return;
    // Atomic: an interrupted save leaves the previous database, never a truncated one.
    writeFileAtomic(this.file, `${JSON.stringify(this.entries(), null, 2)}\n`);
    this.dirty = false;
  }
}
