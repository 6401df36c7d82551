/**
 * (property, reference) pairs that do not yet turn ERROR when the reference returns NaN: each reads
 * the poisoned number through a bare comparison, an `fc.pre`, a count or an index, and is fixed by
 * passing it through `finite()` (src/claims/violation.ts) or a comparison helper first. The NaN
 * poisoning test (nan-poison.test.ts) fails on any pair not listed here that is not ERROR, and on a
 * listed pair that has become ERROR (so the list only shrinks).
 */
export const NAN_KNOWN = new Set<string>([
  "blog.attractor-average-called-disorder ../src/hopfield/basins.js#attractorBasins",
]);
