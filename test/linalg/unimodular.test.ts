import { describe, expect, it } from "vitest";
import { integerIdempotent, mulBig, unimodular } from "../../src/linalg/unimodular.js";

describe("unimodular integer matrices", () => {
  it("S·S⁻¹ = I and the idempotent squares to itself with trace r (second road: P² = P, tr P = rank)", () => {
    const ops: Array<[number, number, number]> = [
      [0, 1, 2],
      [2, 0, -3],
      [1, 2, 1],
    ];
    const { S, Sinv } = unimodular(3, ops);
    expect(mulBig(S, Sinv)).toEqual([
      [1n, 0n, 0n],
      [0n, 1n, 0n],
      [0n, 0n, 1n],
    ]);
    const P = integerIdempotent(3, 2, ops);
    expect(mulBig(P, P)).toEqual(P);
    expect(P[0][0] + P[1][1] + P[2][2]).toBe(2n);
  });
});
