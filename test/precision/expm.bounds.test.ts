/**
 * The parameter choice and error bookkeeping of src/precision/expm.ts against second roads: the
 * truncation bound written out in decimal.js, Paterson–Stockmeyer counts by hand, the cheapest
 * (s, K) by exhaustive search, and expmBall's radius against mpmath's e^A (fixtures/expm-cases.json).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { Decimal } from "decimal.js";
import { chooseScaling, expm, expmBall, psProducts, truncationBoundLog2 } from "../../src/precision/expm.js";
import { fromEntries, toDecimals } from "../../src/precision/bigfloat-matrix.js";

const W = Decimal.clone({ precision: 60 });

/** log₂ of m δ (e^b + δ)^(m−1), δ = b^{K+1}/(K+1)!/(1 − b/(K+2)), b = 2^(ν−s), m = 2^s, in decimal. */
function boundLog2Decimal(nuLog2: number, s: number, K: number): number {
  const b = new W(2).pow(nuLog2 - s);
  if (b.gte(K + 2)) return Number.POSITIVE_INFINITY;
  let fact = new W(1);
  for (let k = 2; k <= K + 1; k++) fact = fact.times(k);
  const delta = b
    .pow(K + 1)
    .div(fact)
    .div(new W(1).minus(b.div(K + 2)));
  const m = new W(2).pow(s);
  return m
    .times(delta)
    .times(b.exp().plus(delta).pow(m.minus(1)))
    .log(2)
    .toNumber();
}

describe("truncationBoundLog2", () => {
  it("equals the bound written out in decimal.js (log₂ within 1e−9) over a grid of ν, s, K", () => {
    for (const nuLog2 of [-3, 0, 0.5, 1.7, 3])
      for (const s of [0, 1, 2, 4, 6])
        for (const K of [1, 2, 5, 9, 14, 20]) {
          const want = boundLog2Decimal(nuLog2, s, K);
          const got = truncationBoundLog2(nuLog2, s, K);
          if (want === Number.POSITIVE_INFINITY) expect(got, `${nuLog2} ${s} ${K}`).toBe(Number.POSITIVE_INFINITY);
          else expect(Math.abs(got - want), `${nuLog2} ${s} ${K}: ${got} vs ${want}`).toBeLessThan(1e-9);
        }
  });
  it("is infinite exactly when b ≥ K + 2 (the geometric tail diverges)", () => {
    // b = 2^(3−0) = 8: K = 6 gives b = K + 2 (infinite), K = 7 finite.
    expect(truncationBoundLog2(3, 0, 6)).toBe(Number.POSITIVE_INFINITY);
    expect(Number.isFinite(truncationBoundLog2(3, 0, 7))).toBe(true);
  });
});

describe("psProducts", () => {
  it("p − 1 powers and q − 1 Horner steps with p = ⌈√(K+1)⌉, q = ⌈(K+1)/p⌉ (hand table)", () => {
    const hand: Array<[number, number]> = [
      [0, 0],
      [1, 1], // p = 2, q = 1
      [2, 2], // p = 2, q = 2
      [3, 2],
      [8, 4], // p = 3, q = 3
      [9, 5], // p = 4, q = 3
      [15, 6], // p = 4, q = 4
      [16, 7], // p = 5, q = 4
      [24, 8], // p = 5, q = 5
      [25, 9], // p = 6, q = 5
    ];
    for (const [K, products] of hand) expect(psProducts(K), `K = ${K}`).toBe(products);
  });
});

describe("chooseScaling", () => {
  /** The cheapest (s, K) meeting the target by exhaustive search over the same ranges. */
  function cheapest(nuLog2: number, target: number, termCost: number): number {
    const s0 = Math.max(0, Math.ceil(nuLog2));
    let best = Number.POSITIVE_INFINITY;
    for (let s = s0; s <= s0 + 40; s++)
      for (let K = 1; K <= 400; K++)
        if (truncationBoundLog2(nuLog2, s, K) <= target) {
          best = Math.min(best, psProducts(K) + s + termCost * K);
          break; // larger K at this s only costs more
        }
    return best;
  }
  it("meets the target at the least cost psProducts(K) + s + termCost·K (exhaustive search)", () => {
    for (const nuLog2 of [-4, -1, 0, 1.5, 3, 5])
      for (const bits of [53, 120, 300])
        for (const termCost of [0, 0.2]) {
          const target = -bits - 2 ** nuLog2 * Math.log2(Math.E) - 4;
          const c = chooseScaling(nuLog2, bits, undefined, termCost);
          expect(c.boundLog2, `${nuLog2} ${bits}`).toBeLessThanOrEqual(target);
          expect(c.boundLog2).toBe(truncationBoundLog2(nuLog2, c.s, c.K));
          expect(psProducts(c.K) + c.s + termCost * c.K, `${nuLog2} ${bits} ${termCost}`).toBe(
            cheapest(nuLog2, target, termCost),
          );
          // The least K at that s: one fewer term misses the target.
          if (c.K > 1) expect(truncationBoundLog2(nuLog2, c.s, c.K - 1)).toBeGreaterThan(target);
        }
  });
  it("takes an explicit target, remembers answers per (ν, target, termCost), and refuses the unreachable", () => {
    const loose = chooseScaling(1, 100, -20);
    expect(loose.boundLog2).toBeLessThanOrEqual(-20);
    expect(psProducts(loose.K) + loose.s).toBe(cheapest(1, -20, 0));
    const tight = chooseScaling(1, 100);
    expect(tight.K + tight.s).toBeGreaterThan(loose.K + loose.s);
    expect(chooseScaling(1, 100)).toEqual(tight);
    // A different term cost is a different question, not the cached answer.
    const costly = chooseScaling(1, 100, undefined, 5);
    expect(costly.K).toBeLessThan(tight.K);
    expect(() => chooseScaling(0, 1e6)).toThrow(/^expm: no Taylor degree ≤ 4000 reaches 2\^/);
  });
});

interface Fixture {
  digits: number;
  cases: Array<{ name: string; A: string[][]; expm: string[][] }>;
}
const fixture = JSON.parse(readFileSync(new URL("../../fixtures/expm-cases.json", import.meta.url), "utf8")) as Fixture;

describe("expmBall's radius against mpmath (40 digits)", () => {
  // Only the cases whose entries are dyadic, so that fromEntries reads A exactly and the ball is
  // about e^A itself.
  const dyadic = fixture.cases.filter((c) => c.name !== "symmetric-3");
  for (const bits of [60, 140])
    for (const c of dyadic)
      it(`${c.name} at ${bits} bits: every entry within 2^radius, and the radius within 2^−bits·‖e^A‖·2^12`, () => {
        const A = fromEntries(c.A, 200);
        const ball = expmBall(A, bits);
        const X = toDecimals(ball.X, W);
        const n = c.A.length;
        let worst = new W(0);
        let scale = new W(0);
        for (let i = 0; i < n; i++) {
          let row = new W(0);
          for (let j = 0; j < n; j++) {
            const ref = new W(c.expm[i][j]);
            row = row.plus(ref.abs());
            // The reference is good to 10^−39 relative: charge it to the entry.
            const err = X[i * n + j].minus(ref).abs().minus(ref.abs().times("1e-39"));
            if (err.gt(worst)) worst = err;
          }
          if (row.gt(scale)) scale = row;
        }
        const r = ball.radiusLog2;
        // Sound: no entry is further from e^A than the radius says.
        if (worst.gt(0)) expect(worst.lte(new W(2).pow(r)), `${worst} vs 2^${r}`).toBe(true);
        // Not vacuous: the radius is a few bits above the working precision's rounding of ‖e^A‖.
        expect(r).toBeLessThan(scale.log(2).toNumber() - bits + 12);
      });
  it("a nilpotent A (B² = 0: zero powers) keeps a tight ball; the public expm needs one pass", () => {
    // Regression: a zero product was charged half a unit of 2^0 (normalize gives the zero block
    // exponent 0), so the ball was ≥ 1 wide and expm ran to maxBits (2880 bits at 40 digits).
    for (const A of [
      [
        [0, 1],
        [0, 0],
      ],
      [
        [0, 1, 0],
        [0, 0, 1],
        [0, 0, 0],
      ],
    ]) {
      const ball = expmBall(fromEntries(A, 64), 100);
      expect(ball.radiusLog2).toBeLessThan(-95);
      const E = expm(A, { digits: 40 });
      expect(E.bits).toBeLessThan(200);
      expect(E.errorBound.lt("1e-40")).toBe(true);
      // e^N = I + N + N²/2 exactly.
      expect(E.map((r) => r.map(String))).toEqual(
        A.length === 2
          ? [
              ["1", "1"],
              ["0", "1"],
            ]
          : [
              ["1", "1", "0.5"],
              ["0", "1", "1"],
              ["0", "0", "1"],
            ],
      );
    }
  });
  it("is exact for A = 0: the identity with radius −∞", () => {
    const ball = expmBall(
      fromEntries(
        [
          [0, 0],
          [0, 0],
        ],
        64,
      ),
      64,
    );
    expect(ball.radiusLog2).toBe(Number.NEGATIVE_INFINITY);
    expect(ball.X.m).toEqual([1n, 0n, 0n, 1n]);
  });
});
