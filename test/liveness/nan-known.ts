/**
 * (property, reference) pairs that do not yet turn ERROR when the reference returns NaN: each would
 * read the poisoned number through a bare comparison, an `fc.pre`, a count or an index, and is fixed
 * by passing it through `finite()` (src/claims/violation.ts) or a comparison helper first. The NaN
 * poisoning test (nan-poison.test.ts) fails on any pair not listed here that is not ERROR, and on a
 * listed pair that has become ERROR (so the list only shrinks). Empty: every pair the poisoning
 * reaches is ERROR; a new property that reads a NaN silently fails the test instead of joining a list.
 */
export const NAN_KNOWN = new Set<string>([]);
