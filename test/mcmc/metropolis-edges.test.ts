import { describe, expect, it } from "vitest";
import {
  checkerboardSweep,
  metropolisAcceptance,
  metropolisSweep,
  torusEnergy,
  torusState,
  wolffStep,
} from "../../src/mcmc/metropolis.js";
import { Prng } from "../../src/random/prng.js";

/** A generator whose uniforms next() are all 0, the smallest value x < p can see. */
class ZeroUniform extends Prng {
  override next(): number {
    return 0;
  }
}

describe("acceptance is x < p, strictly: an update of probability 0 never happens, even at x = 0", () => {
  // All spins up at β = 1000, h = 0: each flip has ΔE = 8 and p = e^-16000, which is 0 in doubles.
  it("metropolisSweep", () => {
    const st = torusState(4);
    expect(metropolisAcceptance(1000, 0)[9]).toBe(0);
    expect(metropolisSweep(st, 1000, new ZeroUniform(1))).toBe(0);
    expect(st.spins.every((s) => s === 1)).toBe(true);
  });
  it("checkerboardSweep, both rules (heat-bath: 1/(1 + e^16000) = 0)", () => {
    for (const rule of ["metropolis", "heat-bath"] as const) {
      const st = torusState(4);
      expect(checkerboardSweep(st, 1000, new ZeroUniform(1), 0, rule), rule).toBe(0);
      expect(st.spins.every((s) => s === 1)).toBe(true);
    }
  });
  it("wolffStep at β = 0 (p_add = 1 − e^0 = 0): the cluster is the seed alone", () => {
    const st = torusState(4);
    expect(wolffStep(st, 0, new ZeroUniform(1))).toBe(1);
    // The seed is ⌊0·N⌋ = site 0; only it flipped.
    expect([...st.spins]).toEqual([-1, ...new Array(15).fill(1)]);
  });
});

describe("wolffStep's scratch stack", () => {
  it("takes an Int32Array of exactly L² entries and refuses a shorter one or another type", () => {
    const a = torusState(4, new Prng(3));
    const b = torusState(4, new Prng(3));
    // With or without the caller's stack: the same cluster from the same seed.
    expect(wolffStep(a, 0.5, new Prng(7), new Int32Array(16))).toBe(wolffStep(b, 0.5, new Prng(7)));
    expect([...a.spins]).toEqual([...b.spins]);
    expect(() => wolffStep(a, 0.5, new Prng(7), new Int32Array(15))).toThrow(
      /wolffStep: stack must be an Int32Array of at least L² = 16 entries/,
    );
    expect(() => wolffStep(a, 0.5, new Prng(7), new Float64Array(16) as unknown as Int32Array)).toThrow(TypeError);
  });
});

describe("torusState draws one uniform word per site", () => {
  it("a random L×L start consumes exactly L² words of the generator", () => {
    for (const L of [2, 5]) {
      const r = new Prng(9);
      const twin = new Prng(9);
      const st = torusState(L, r);
      for (let i = 0; i < L * L; i++) expect(st.spins[i]).toBe(twin.nextUint32() & 1 ? 1 : -1);
      expect([...r.getState()]).toEqual([...twin.getState()]);
    }
  });
});

describe("the state check refuses each bad neighbour table alone", () => {
  it("an nb that is not an Int32Array, one of the wrong length, a negative or too large last entry", () => {
    const st = torusState(3);
    const asFloat = { L: 3, spins: st.spins.slice(), nb: Float64Array.from(st.nb) };
    expect(() => torusEnergy(asFloat as unknown as typeof st)).toThrow(
      /torusEnergy: st\.nb must be an Int32Array of 4L² = 36 indices/,
    );
    const longer = new Int32Array(40);
    longer.set(st.nb);
    expect(() => torusEnergy({ L: 3, spins: st.spins.slice(), nb: longer })).toThrow(TypeError);
    const negative = st.nb.slice();
    negative[35] = -1;
    expect(() => torusEnergy({ L: 3, spins: st.spins.slice(), nb: negative })).toThrow(
      "torusEnergy: st.nb[35] must be a site in [0, 9), got -1",
    );
    const large = st.nb.slice();
    large[35] = 9;
    expect(() => torusEnergy({ L: 3, spins: st.spins.slice(), nb: large })).toThrow(/st\.nb\[35\] must be a site/);
  });
});

describe("error messages name the function and the argument", () => {
  it("each entry point", () => {
    const st = torusState(4);
    const r = new Prng(1);
    expect(() => torusEnergy({ ...st, L: 1.5 })).toThrow(/^torusEnergy: st\.L must be an integer/);
    expect(() => torusEnergy(st, Number.NaN)).toThrow(/^torusEnergy: h must be finite/);
    expect(() => metropolisAcceptance(Number.NaN, 0)).toThrow(/^metropolisAcceptance: beta must be finite/);
    expect(() => metropolisAcceptance(0, Number.NaN)).toThrow(/^metropolisAcceptance: h must be finite/);
    expect(() => metropolisSweep(st, 0.4, {} as Prng)).toThrow(/^metropolisSweep: rng must be a Prng/);
    expect(() => metropolisSweep(st, 0.4, r, Number.NaN)).toThrow(/^metropolisSweep: h must be finite/);
    expect(() => checkerboardSweep(st, Number.NaN, r)).toThrow(/^checkerboardSweep: beta must be finite/);
    expect(() => checkerboardSweep(st, 0.4, r, 0, "glauber" as "heat-bath")).toThrow(
      /^checkerboardSweep: acceptance must be/,
    );
    expect(() => wolffStep(st, Number.NaN, r)).toThrow(/^wolffStep: beta must be finite/);
  });
});
