import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { matrix } from "../../src/attention/arbitraries.js";
import { multiHeadConcat } from "../../src/attention/attention.js";
import { matmul, shape } from "../../src/attention/matrix.js";
import { headScoreRows, productGibbs } from "../../src/attention/multi-head-gibbs.js";
import { logSumExp, softmax } from "../../src/attention/softmax.js";

describe("the product Gibbs measure of multi-head attention", () => {
  it("one head: the enumeration is that head's softmax (closed form)", () => {
    const row = [0.5, -1, 2];
    const g = productGibbs([row], [[[1], [2], [3]]]);
    const p = softmax(row);
    g.marginals[0].forEach((x, j) => expect(x).toBeCloseTo(p[j], 15));
    expect(g.lnZ).toBeCloseTo(logSumExp(row), 14);
    expect(g.mean[0]).toBeCloseTo(p[0] + 2 * p[1] + 3 * p[2], 14);
  });
  it("factorises: ln Z = Σ_h ln Z_h and the mean output is the multi-head output (second road: multiHeadConcat)", () => {
    fc.assert(
      fc.property(
        fc
          .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 }))
          .chain(([n, h, d]) =>
            fc.record({
              x: matrix(n, d),
              heads: fc.array(fc.record({ wq: matrix(d, d), wk: matrix(d, d), wv: matrix(d, d) }), {
                minLength: h,
                maxLength: h,
              }),
              wo: matrix(h * d, d),
            }),
          ),
        ({ x, heads, wo }) => {
          const rows = headScoreRows(x, heads);
          const vProj = heads.map((h, i) => {
            const dh = shape(h.wv)[1];
            return matmul(matmul(x, h.wv), wo.slice(i * dh, (i + 1) * dh));
          });
          const g = productGibbs(rows, vProj);
          expect(g.lnZ).toBeCloseTo(
            rows.reduce((s, r) => s + logSumExp(r), 0),
            10,
          );
          const mha = multiHeadConcat(x, heads, wo)[0];
          mha.forEach((y, c) => expect(Math.abs(g.mean[c] - y)).toBeLessThan(1e-9 * (1 + Math.abs(y))));
        },
      ),
      { numRuns: 50 },
    );
  });
  it("refuses enumerations that are too large", () => {
    const rows = Array.from({ length: 7 }, () => new Array(8).fill(0));
    expect(() =>
      productGibbs(
        rows,
        rows.map(() => [[0]]),
      ),
    ).toThrow(RangeError);
  });
});

describe("shared-key readings in 50 digits", () => {
  it("one head: own, mixture and shared coincide; two heads: mixture ≠ shared (closed form)", async () => {
    const { sharedKeyReadings } = await import("../../src/attention/multi-head-gibbs.js");
    const one = sharedKeyReadings([[0.3, -0.2]]);
    expect(one.mixture[0].sub(one.shared[0]).abs().lt("1e-45")).toBe(true);
    // Rows [a, 0] and [0, 0]: mixture of key 0 is (σ(a) + ½)/2, shared is σ(a) (σ the logistic).
    const a = 1.5;
    const r = sharedKeyReadings([
      [a, 0],
      [0, 0],
    ]);
    const sig = 1 / (1 + Math.exp(-a));
    expect(r.mixture[0].toNumber()).toBeCloseTo((sig + 0.5) / 2, 15);
    expect(r.shared[0].toNumber()).toBeCloseTo(sig, 15);
    expect(r.own[1][0].toNumber()).toBe(0.5);
  });
});
