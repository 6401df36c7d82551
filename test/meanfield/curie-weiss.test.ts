import { describe, expect, it } from "vitest";
import { Decimal } from "decimal.js";
import { curieWeissLogZ, curieWeissThermo } from "../../src/meanfield/index.js";

describe("Curie–Weiss at finite N", () => {
  it("equals the brute-force sum over 2^N states for N = 10", () => {
    const N = 10,
      beta = 0.8,
      h = 0.15;
    let z = 0;
    for (let c = 0; c < 1 << N; c++) {
      let M = 0;
      for (let k = 0; k < N; k++) M += (c >>> k) & 1 ? -1 : 1;
      z += Math.exp(beta * ((M * M) / (2 * N) + h * M));
    }
    expect(curieWeissLogZ(N, beta, { h }).toNumber()).toBeCloseTo(Math.log(z), 12);
    expect(curieWeissThermo(N, beta, { h }).logZ).toBeCloseTo(Math.log(z), 12);
  });
  it("is N ln 2 at β = 0 and χ = 1 there", () => {
    expect(curieWeissLogZ(100, 0).toNumber()).toBeCloseTo(100 * Math.LN2, 10);
    expect(curieWeissThermo(100, 0.000001).chi / 0.000001).toBeCloseTo(1, 4);
  });
  it("prints decimal digits with String()", () => {
    expect(String(curieWeissLogZ(1000, 1.2, { digits: 30 })).startsWith("718.51594584052001473434487722")).toBe(true);
  });
  it("rejects bad input", () => {
    expect(() => curieWeissLogZ(0, 1)).toThrow(RangeError);
    expect(() => curieWeissThermo(10, Number.NaN)).toThrow(RangeError);
  });
  it("skipping weights that underflow to 0 changes no bit: equal to the full sum over every k", () => {
    // The full loop as it was (issue 14), with the module's ln n! table (cumulative Math.log sums).
    const lnFact = [0];
    const lnF = (n: number) => {
      for (let k = lnFact.length; k <= n; k++) lnFact.push(lnFact[k - 1] + Math.log(k));
      return lnFact[n];
    };
    const full = (N: number, beta: number, h: number) => {
      const J = 1;
      const lw = new Float64Array(N + 1);
      let top = Number.NEGATIVE_INFINITY;
      for (let k = 0; k <= N; k++) {
        const M = N - 2 * k;
        lw[k] = lnF(N) - lnF(k) - lnF(N - k) + beta * ((J * M * M) / (2 * N) + h * M);
        if (lw[k] > top) top = lw[k];
      }
      let [z, m1, ma, m2, m4, e1, e2] = [0, 0, 0, 0, 0, 0, 0];
      for (let k = 0; k <= N; k++) {
        const w = Math.exp(lw[k] - top);
        const M = N - 2 * k;
        const m = M / N;
        const E = -(J * M * M) / (2 * N) - h * M;
        z += w;
        m1 += w * m;
        ma += w * Math.abs(m);
        m2 += w * m * m;
        m4 += w * m ** 4;
        e1 += w * E;
        e2 += w * E * E;
      }
      return [top + Math.log(z), m1 / z, ma / z, m2 / z, m4 / z, e1 / z, e2 / z];
    };
    // Large N near β = 1 and strong coupling / field: most k underflow there; small N: none do.
    for (const [N, beta, h] of [
      [64000, 1.01, 0],
      [64000, 0.99, 0],
      [4000, 3, 0.2],
      [4000, 0.5, -0.4],
      [50, 2, 0],
      [1000, 1, 0],
    ]) {
      const t = curieWeissThermo(N, beta, { h });
      expect([t.logZ, t.m, t.absM, t.m2, t.m4, t.U]).toEqual(full(N, beta, h).slice(0, 6));
      const f = full(N, beta, h);
      expect(t.C).toBe(beta * beta * Math.max(0, f[6] - f[5] * f[5]));
    }
  });
});

describe("curieWeissLogZ on the bigint exp/ln road", () => {
  it("returns the same Decimal as the sum written with decimal.js's own ln and exp (second road)", () => {
    for (const [N, beta, h, digits] of [
      [7, 0.3, 0.1, 20],
      [60, 1.7, -0.25, 20],
      [150, 2.9, 0.45, 40],
      [33, "0.44068679350977151262", "0", 60],
    ] as const) {
      const D = Decimal.clone({ precision: digits + 10 });
      const b = new D(beta);
      const hh = new D(h);
      const logs: InstanceType<typeof D>[] = [];
      let lnC = new D(0);
      for (let k = 0; k <= N; k++) {
        if (k > 0) lnC = lnC.plus(new D(N - k + 1).div(k).ln());
        const M = new D(N - 2 * k);
        logs.push(
          lnC.plus(
            b.times(
              M.times(M)
                .div(2 * N)
                .plus(hh.times(M)),
            ),
          ),
        );
      }
      const top = D.max(...logs);
      const s = logs.reduce((acc, l) => acc.plus(l.minus(top).exp()), new D(0));
      const direct = top.plus(s.ln());
      const got = curieWeissLogZ(N, beta, { h, digits });
      // Ten guard digits on the direct road: agreement to the last of `digits` digits.
      expect(
        got
          .minus(direct)
          .abs()
          .lte(direct.abs().times(new D(10).pow(1 - digits))),
        `N = ${N}`,
      ).toBe(true);
    }
  });
});
