import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { cycleDistancesFrom } from "../../src/attention/cycle-bfs.js";
import { metricFailures } from "../../src/attention/periodic-defects.js";
import { finite } from "../../src/claims/violation.js";

/**
 * metricFailures as it was before the d-table and the row searches (issue 14): every d(i, j) asked
 * again on each use, the graph distance by a breadth-first search per pair. The reference the fast
 * version must match, count for count and error for error.
 */
function metricFailuresByPair(n: number, d: (i: number, j: number, n: number) => number): number {
  const dist = (i: number, j: number) => finite(d(i, j, n), `d(${i}, ${j}) on ℤ_${n}`);
  const bfs = (i: number, j: number) => {
    const seen = new Map<number, number>([[i, 0]]);
    const queue = [i];
    for (let h = 0; h < queue.length; h++) {
      const u = queue[h];
      for (const w of [(u + 1) % n, (u + n - 1) % n])
        if (!seen.has(w)) {
          seen.set(w, (seen.get(u) ?? 0) + 1);
          queue.push(w);
        }
    }
    return seen.get(j);
  };
  let failures = 0;
  for (let a = 0; a < n; a++)
    for (let b = 0; b < n; b++) {
      const dab = dist(a, b);
      if (dab !== bfs(a, b)) failures++;
      if ((dab === 0) !== (a === b)) failures++;
      if (dab !== dist(b, a)) failures++;
      for (let c = 0; c < n; c++) if (dab > dist(a, c) + dist(c, b)) failures++;
    }
  return failures;
}

describe("cycleDistancesFrom", () => {
  it("by hand: N = 1, 2, 5, 6", () => {
    expect(Array.from(cycleDistancesFrom(0, 1))).toEqual([0]);
    expect(Array.from(cycleDistancesFrom(1, 2))).toEqual([1, 0]);
    expect(Array.from(cycleDistancesFrom(1, 5))).toEqual([1, 0, 1, 2, 2]);
    expect(Array.from(cycleDistancesFrom(0, 6))).toEqual([0, 1, 2, 3, 2, 1]);
  });
  test.prop([fc.integer({ min: 1, max: 50 }).chain((n) => fc.tuple(fc.constant(n), fc.nat(n - 1)))])(
    "every entry is the shorter way round, min(|i−j|, N−|i−j|)",
    ([n, i]) => {
      const row = cycleDistancesFrom(i, n);
      for (let j = 0; j < n; j++) expect(row[j]).toBe(Math.min(Math.abs(i - j), n - Math.abs(i - j)));
    },
  );
});

describe("metricFailures against the per-pair reference", () => {
  test.prop([
    fc
      .integer({ min: 1, max: 7 })
      .chain((n) =>
        fc.tuple(fc.constant(n), fc.array(fc.integer({ min: 0, max: 4 }), { minLength: n * n, maxLength: n * n })),
      ),
  ])("the same count for arbitrary (non-metric, asymmetric) distance tables", ([n, t]) => {
    const d = (i: number, j: number) => t[i * n + j];
    expect(metricFailures(n, d)).toBe(metricFailuresByPair(n, d));
  });
  it("the same error naming the same first non-finite pair, and each d(i, j) asked once", () => {
    for (const [bi, bj] of [
      [2, 0],
      [0, 3],
      [3, 3],
    ]) {
      const d = (i: number, j: number) => (i === bi && j === bj ? Number.POSITIVE_INFINITY : Math.abs(i - j));
      const message = (f: () => number) => {
        try {
          f();
        } catch (e) {
          return (e as Error).message;
        }
        return "no error";
      };
      const want = message(() => metricFailuresByPair(4, d));
      expect(want).toContain(`d(${bi}, ${bj}) on ℤ_4`);
      expect(message(() => metricFailures(4, d))).toBe(want);
    }
    const calls = new Map<string, number>();
    metricFailures(5, (i, j) => {
      calls.set(`${i},${j}`, (calls.get(`${i},${j}`) ?? 0) + 1);
      return Math.abs(i - j);
    });
    expect(calls.size).toBe(25);
    expect(Math.max(...calls.values())).toBe(1);
  });
  it("N below 1 has nothing to fail; a fractional N is refused", () => {
    expect(metricFailures(0, () => 0)).toBe(0);
    expect(() => metricFailures(2.5, () => 0)).toThrow(RangeError);
  });
});
