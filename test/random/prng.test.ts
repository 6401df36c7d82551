import { describe, expect, it } from "vitest";
import { Prng } from "../../src/random/prng.js";

describe("Prng state hand-over", () => {
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
