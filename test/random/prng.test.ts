import { describe, expect, it } from "vitest";
import { Prng } from "../../src/random/prng.js";

describe("Prng state hand-over", () => {
  it("draws the same xoshiro128** stream as before its state moved from a Uint32Array to int32 fields", () => {
    // Values written by the Uint32Array implementation (commit 3eaf3a6): first words, doubles,
    // normals, and the state after 1000 more words, for seeds whose words have the top bit set too.
    const golden: Array<[number, number[], number[], number[], number[]]> = [
      [
        0,
        [3809008728, 1133695204, 53579671, 2891528803],
        [0.032522145755498943, 0.024408060085556516],
        [0.12177618600477014, 0.49342493394909925, -0.5381877552332646],
        [1688866473, 3695752248, 3885760212, 3967591739],
      ],
      [
        42,
        [2837322924, 544945897, 479756282, 3500138142],
        [0.0791056456144914, 0.015209237180418],
        [0.15178267621950975, -0.12624145471928355, -0.3257678439811117],
        [1839428534, 2293225739, 2927146729, 1506656478],
      ],
      [
        20260101,
        [3158187218, 2639814666, 266322181, 470685586],
        [0.881675142982102, 0.01745501653703041],
        [0.7103084510426707, 0.12008106004127432, -0.7005876420453505],
        [1989268389, 734122263, 3583136588, 2289901624],
      ],
      [
        4294967295,
        [835879718, 1921286648, 2356205009, 1885780724],
        [0.2282790634437124, 0.856209721965931],
        [0.9320719457592904, -0.4279760303971537, 1.4522570861580546],
        [3972968652, 2224237596, 3436991966, 2006354880],
      ],
    ];
    for (const [seed, u, x, n, state] of golden) {
      const p = new Prng(seed);
      expect(Array.from({ length: 4 }, () => p.nextUint32())).toEqual(u);
      expect(Array.from({ length: 2 }, () => p.next())).toEqual(x);
      expect(Array.from({ length: 3 }, () => p.normal())).toEqual(n);
      for (let k = 0; k < 1000; k++) p.nextUint32();
      expect(Array.from(p.getState())).toEqual(state);
    }
  });
  it("a stream saved with getState continues identically in another generator after setState", () => {
    const a = new Prng(42);
    for (let k = 0; k < 17; k++) a.nextUint32();
    const b = new Prng(7);
    b.setState(a.getState());
    for (let k = 0; k < 1000; k++) expect(b.nextUint32()).toBe(a.nextUint32());
    expect(Array.from(b.getState())).toEqual(Array.from(a.getState()));
  });
  it("getState copies (changing the copy leaves the generator alone) and fills a given array", () => {
    const a = new Prng(1);
    const out = new Uint32Array(4);
    expect(a.getState(out)).toBe(out);
    const before = a.getState();
    out.fill(9);
    expect(Array.from(a.getState())).toEqual(Array.from(before));
  });
  it("setState refuses a wrong length and the all-zero state", () => {
    const a = new Prng(1);
    expect(() => a.setState([1, 2, 3])).toThrow(RangeError);
    expect(() => a.setState([0, 0, 0, 0])).toThrow(RangeError);
  });
});

describe("Prng.fillNormal", () => {
  // The second road: the same count of normal() calls on a twin generator.
  const viaNormal = (r: Prng, n: number) => Array.from({ length: n }, () => r.normal());

  it.each([0, 1, 2, 3, 7, 64, 1001])("gives exactly the values of %i normal() calls, and the same state after", (n) => {
    for (const preSpare of [false, true]) {
      const a = new Prng(4242 + n);
      const b = new Prng(4242 + n);
      if (preSpare) {
        a.normal();
        b.normal();
      }
      const filled = Array.from(a.fillNormal(new Float64Array(n)));
      expect(filled).toEqual(viaNormal(b, n));
      // Same continuation: the spare (if one is left) and the four state words.
      expect(viaNormal(a, 5)).toEqual(viaNormal(b, 5));
      expect(Array.from(a.getState())).toEqual(Array.from(b.getState()));
    }
  });

  it("draws deviates with mean 0 and variance 1 (200 000 of them, 5 standard errors)", () => {
    const x = new Prng(7).fillNormal(new Float64Array(200_000));
    let m = 0;
    let m2 = 0;
    for (const v of x) {
      m += v;
      m2 += v * v;
    }
    m /= x.length;
    m2 /= x.length;
    expect(Math.abs(m)).toBeLessThan(5 / Math.sqrt(x.length));
    expect(Math.abs(m2 - 1)).toBeLessThan(5 * Math.sqrt(2 / x.length));
  });
});
