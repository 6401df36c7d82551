/**
 * Checks of the CLI's option values, run before any work starts so that a bad value costs nothing
 * and loses nothing: each failure is a {@link UsageError} naming the option and the value.
 *
 * @module
 */
import { accessSync, constants, existsSync, statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { dirname, resolve } from "node:path";
import { UsageError } from "./errors.js";

/** Largest base seed: seeds are unsigned 32-bit (a larger one would silently wrap). */
export const MAX_SEED = 2 ** 32 - 1;

/**
 * Largest `--runs`: a part stops at its time budget long before a million runs of even the
 * cheapest predicate, so a larger count only pretends to search more.
 */
export const MAX_RUNS = 1_000_000;

/** Largest `--repeat` (each repeat is a whole explore run). */
export const MAX_REPEAT = 1000;

function show(v: string): string {
  return JSON.stringify(v.length > 60 ? `${v.slice(0, 60)}…` : v);
}

/** A commander option parser for an integer in `[min, max]` (decimal digits only). */
export function integerIn(name: string, min: number, max: number): (v: string) => number {
  return (v: string) => {
    // Digits only: "1e3", "0x10", "1.0", " 5" and "" are refused rather than guessed at. BigInt
    // compares huge values exactly (Number would round 2^53 + 1 and "equal" a smaller one).
    if (!/^[+-]?\d+$/.test(v)) throw new UsageError(`${name} must be an integer from ${min} to ${max}, got ${show(v)}`);
    const b = BigInt(v);
    if (b < BigInt(min) || b > BigInt(max))
      throw new UsageError(`${name} must be an integer from ${min} to ${max}, got ${show(v)}`);
    return Number(b);
  };
}

/** `--seed` of verify and figures: 0 … 2³² − 1. */
export const parseSeed = (name = "--seed") => integerIn(name, 0, MAX_SEED);

/**
 * `replay --seed`: a fast-check seed as reports print it, a signed 32-bit integer (claim and part
 * seeds are reduced with `| 0`).
 */
export const parseReplaySeed = integerIn("--seed", -(2 ** 31), 2 ** 31 - 1);

/** `replay --path`: fast-check's replay path, indices separated by colons. */
export function parseReplayPath(v: string): string {
  if (!/^\d{1,9}(:\d{1,9}){0,9999}$/.test(v))
    throw new UsageError(
      `--path must be fast-check's replay path, numbers separated by colons (e.g. 3:1:0), got ${show(v)}`,
    );
  return v;
}

/** `--jobs`: at least 1; more than the cores is capped (with a note on stderr), not refused. */
export function parseJobs(v: string): number {
  if (!/^\+?\d+$/.test(v) || BigInt(v) < 1n)
    throw new UsageError(`--jobs must be a number of worker threads, at least 1, got ${show(v)}`);
  const cores = availableParallelism();
  if (BigInt(v) > BigInt(cores)) {
    // One worker per claim on 2 cores only adds memory (a worker costs ~100 MB), never speed.
    process.stderr.write(`spinspec: --jobs ${show(v)} capped at ${cores}, the cores of this machine\n`);
    return cores;
  }
  return Number(v);
}

/**
 * A comma-separated list (`--claims`, `--family`, `--only`): items trimmed; an empty list or an
 * empty item (`""`, `","`, `"a,,b"`) is refused rather than read as "everything" or "nothing".
 */
export function parseList(name: string, v: string): string[] {
  if (v.trim() === "") throw new UsageError(`${name} is empty`);
  const items = v.split(",").map((s) => s.trim());
  const k = items.indexOf("");
  if (k >= 0) throw new UsageError(`${name} ${show(v)} has an empty item at position ${k + 1}`);
  return items;
}

/**
 * Whether `file` can be written as an output: not empty, not a folder, and either writable or in
 * a folder that exists (or can be created) and is writable.
 */
export function checkOutputFile(name: string, file: string): void {
  if (file.trim() === "") throw new UsageError(`${name} needs a file name, got ""`);
  const path = resolve(file);
  if (existsSync(path)) {
    const st = statSync(path);
    if (st.isDirectory()) throw new UsageError(`${name} ${show(file)} is a folder, not a file`);
    if (!st.isFile()) throw new UsageError(`${name} ${show(file)} is not a regular file`);
  }
  checkWritableFolder(name, file, dirname(path));
}

/** Whether `dir` exists as a writable folder or can be created: its nearest existing ancestor must be a writable folder. */
export function checkOutputFolder(name: string, dir: string): void {
  if (dir.trim() === "") throw new UsageError(`${name} needs a folder name, got ""`);
  const path = resolve(dir);
  if (existsSync(path) && !statSync(path).isDirectory())
    throw new UsageError(`${name} ${show(dir)} is a file, not a folder`);
  checkWritableFolder(name, dir, path);
}

function checkWritableFolder(name: string, given: string, dir: string): void {
  let d = dir;
  while (!existsSync(d)) {
    const up = dirname(d);
    if (up === d) break;
    d = up;
  }
  if (!statSync(d).isDirectory()) throw new UsageError(`${name} ${show(given)}: ${d} is a file, not a folder`);
  try {
    accessSync(d, constants.W_OK);
  } catch {
    throw new UsageError(`${name} ${show(given)}: folder ${d} is not writable`);
  }
}

/** An input file that must exist and be a regular file. */
export function checkInputFile(name: string, file: string): void {
  if (file.trim() === "") throw new UsageError(`${name} needs a file name, got ""`);
  if (!existsSync(file)) throw new UsageError(`${name} ${show(file)}: no such file`);
  if (!statSync(file).isFile()) throw new UsageError(`${name} ${show(file)} is not a regular file`);
}
