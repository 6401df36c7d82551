/**
 * Deterministic shards: `--shard i/n` takes the claims whose position in id order is ≡ i−1 mod n,
 * so n shards partition the claims whatever order the spec files list them in.
 *
 * @module
 */

/** A parsed `i/n`. */
export interface Shard {
  index: number;
  count: number;
}

/** Parse `i/n` with 1 ≤ i ≤ n. */
export function parseShard(s: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(s);
  if (!m) throw new RangeError(`--shard must look like i/n (e.g. 2/3), got "${s}"`);
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (count < 1 || index < 1 || index > count) throw new RangeError(`--shard ${s}: need 1 ≤ i ≤ n`);
  return { index, count };
}

/** The entries of shard `i/n`, in their original order. */
export function selectShard<T extends { id: string }>(entries: T[], shard: Shard): T[] {
  const sorted = [...entries].map((e) => e.id).sort();
  const keep = new Set(sorted.filter((_, k) => k % shard.count === shard.index - 1));
  return entries.filter((e) => keep.has(e.id));
}
