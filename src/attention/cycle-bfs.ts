/**
 * Breadth-first distances on the N-cycle, the graph road to the periodic distance (paper 000
 * Remark 7). Kept out of the public index: {@link cycleGraphDistance} is the public entry, and
 * {@link metricFailures} takes whole rows (one search per source instead of one per pair).
 *
 * @module
 */

/**
 * The graph distance from site i to every site of the N-cycle (sites 0..N−1, i joined to i ± 1 mod
 * N), by breadth-first search: it knows nothing about min(|i−j|, N−|i−j|). O(N). Internal, on
 * checked arguments: N an integer ≥ 1, i an integer in [0, N).
 * @internal
 */
export function cycleDistancesFrom(i: number, n: number): Int32Array {
  const dist = new Int32Array(n).fill(-1);
  dist[i] = 0;
  // Each site enters the queue once: a typed array of n, and the two neighbours visited in turn
  // without building a pair array per site.
  const queue = new Int32Array(n);
  let tail = 0;
  queue[tail++] = i;
  for (let h = 0; h < tail; h++) {
    const u = queue[h];
    for (let side = 0; side < 2; side++) {
      const w = side === 0 ? (u + 1) % n : (u + n - 1) % n;
      if (dist[w] < 0) {
        dist[w] = dist[u] + 1;
        queue[tail++] = w;
      }
    }
  }
  return dist;
}
