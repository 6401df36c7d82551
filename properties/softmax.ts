/**
 * Softmax as a Boltzmann distribution: paper §4.6 eq 15 and §8 eq 20, thesis §2.2, blog.
 */
import fc from "fast-check";
import { holds, part } from "../src/claims/property.js";
import { expectClose, expectThat } from "../src/claims/violation.js";
import { softmax } from "../src/attention/softmax.js";

const logits = (maxLen: number) =>
  fc.array(fc.double({ min: -50, max: 50, noNaN: true, noDefaultInfinity: true }), { minLength: 1, maxLength: maxLen });

export const properties = [
  holds(
    "softmax.normalization",
    part({
      description: "every softmax row is non-negative and sums to 1 (within 1e-12)",
      arbitraries: ({ thorough }) => [logits(thorough ? 512 : 64), fc.double({ min: 0, max: 100, noNaN: true })],
      predicate: (_ctx, a, beta) => {
        const p = softmax(a, beta);
        let s = 0;
        for (const x of p) {
          // Exactly positive in real arithmetic, but e^{β(a_i − max)} underflows to 0 in float64 once
          // β(max − a_i) > ~745: the search finds that, so the float64 statement says non-negative.
          expectThat(x >= 0, "a softmax weight is negative", { a, beta, x });
          s += x;
        }
        expectClose("row sum of softmax", s, 1, { abs: 1e-12 }, { a, beta });
      },
    }),
  ),
];
