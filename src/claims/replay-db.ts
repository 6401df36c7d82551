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
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

/** A saved failure: what replays it. */
export interface SavedFailure {
  seed: number;
  path: string;
}

/** The replay database. */
export class ReplayDatabase {
  private readonly data: Record<string, SavedFailure[]>;
  private dirty = false;

  /** Open (or start) the database at `file`; a missing or unreadable file starts empty. */
  constructor(readonly file: string) {
    let data: Record<string, SavedFailure[]> = {};
    if (existsSync(file)) {
      try {
        data = JSON.parse(readFileSync(file, "utf8")) as Record<string, SavedFailure[]>;
      } catch {
        data = {};
      }
    }
    this.data = data;
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
    if (!this.dirty) return;
    mkdirSync(dirname(this.file), { recursive: true });
    writeFileSync(this.file, `${JSON.stringify(this.entries(), null, 2)}\n`);
    this.dirty = false;
  }
}
