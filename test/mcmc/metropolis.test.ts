import { describe, expect, it } from "vitest";
import {
  checkerboardDeterministicImage,
  checkerboardSweep,
  metropolisAcceptance,
  metropolisSweep,
  torusEnergy,
  torusState,
  wolffStep,
} from "../../src/mcmc/index.js";
import { Prng } from "../../src/random/prng.js";

describe("Ising Monte Carlo updates", () => {
  it("keep the ground state at very low temperature and randomize at β → 0", () => {
    const rng = new Prng(1);
    const st = torusState(8);
    for (let s = 0; s < 20; s++) metropolisSweep(st, 10, rng);
    expect(torusEnergy(st).E).toBe(-128);
    for (let s = 0; s < 20; s++) metropolisSweep(st, 1e-9, rng);
    expect(Math.abs(torusEnergy(st).M)).toBeLessThan(40);
  });
  it("flips every spin in each checkerboard sweep at β → 0 (the sublattice update is then periodic)", () => {
    const rng = new Prng(1);
    const st = torusState(8);
    checkerboardSweep(st, 1e-12, rng);
    expect(torusEnergy(st).M).toBe(-64);
  });
  it("flips the whole lattice as one Wolff cluster at very low temperature", () => {
    const st = torusState(6);
    expect(wolffStep(st, 20, new Prng(2))).toBe(36);
    expect(torusEnergy(st).M).toBe(-36);
  });
  it("rejects odd lattices for the checkerboard", () => {
    expect(() => checkerboardSweep(torusState(5), 0.4, new Prng(1))).toThrow(RangeError);
  });
});

describe("checkerboard traps", () => {
  it("maps alternating row stripes to their flip deterministically with Metropolis acceptance, not with heat bath", () => {
    const stripes = 0b0000111100001111;
    expect(checkerboardDeterministicImage(stripes, 4, 0.3, "metropolis")).toBe(stripes ^ 0xffff);
    expect(checkerboardDeterministicImage(stripes, 4, 0.3, "heat-bath")).toBeNull();
  });
  it("heat-bath sweeps leave the stripe state", () => {
    const st = torusState(4);
    for (let i = 0; i < 16; i++) st.spins[i] = (0b0000111100001111 >>> i) & 1 ? -1 : 1;
    const rng = new Prng(4);
    let left = false;
    for (let s = 0; s < 20; s++) {
      checkerboardSweep(st, 0.3, rng, 0, "heat-bath");
      if (torusEnergy(st).E !== 0) left = true;
    }
    expect(left).toBe(true);
  });
});

import { metropolisRun } from "../../src/mcmc/index.js";

describe("reused lattices and acceptance tables", () => {
  it("give each configuration the same image whatever was computed before", () => {
    // The image function reuses one lattice per L and tables per (rule, β, h): scanning in two
    // orders, alternating rules and β, must give the same images.
    const configs = [
      ...Array.from({ length: 1 << 16 }, (_, c) => c).filter((c) => c % 97 === 0),
      0b0000111100001111, // row stripes: deterministic under Metropolis acceptance
      0b1111000011110000,
    ];
    const scan = (order: number[]) =>
      order.map((c) => [
        checkerboardDeterministicImage(c, 4, 2.5, "metropolis"),
        checkerboardDeterministicImage(c, 4, 2.5, "heat-bath"),
        checkerboardDeterministicImage(c, 4, 2.5, "metropolis", 0.5),
      ]);
    const forward = scan(configs);
    const backward = scan([...configs].reverse()).reverse();
    expect(backward).toEqual(forward);
    // Same β, other rule: heat-bath acceptances lie strictly in (0, 1), so no image is deterministic,
    // while Metropolis maps the stripes to their flip (a table shared across rules would break both).
    expect(forward.every(([, hb]) => hb === null)).toBe(true);
    expect(forward.at(-2)?.[0]).toBe(0b1111000011110000);
  });
  it("sweep at the β and h of each call: alternating β matches a kernel that builds its table per call", () => {
    const a = torusState(6, new Prng(1));
    const b = torusState(6, new Prng(1));
    const ra = new Prng(2);
    const rb = new Prng(2);
    for (let s = 0; s < 40; s++) {
      const beta = s % 2 ? 0.3 : 0.7;
      const h = s % 3 ? 0 : 0.2;
      metropolisSweep(a, beta, ra, h);
      metropolisRun(b, beta, rb, 1, { h, kernel: "wasm" });
    }
    expect(Array.from(a.spins)).toEqual(Array.from(b.spins));
    expect(ra.nextUint32()).toBe(rb.nextUint32());
  });
});

describe("torus updates: domain (issue 15)", () => {
  it("torusState takes L in [2, 2^11] and names L or rng", () => {
    expect(() => torusState(1)).toThrow(/torusState: L must be an integer in \[2, 2048\], got 1/);
    expect(() => torusState(2049)).toThrow(RangeError);
    expect(torusState(2048).spins.length).toBe(2 ** 22);
    expect(() => torusState(4, {} as Prng)).toThrow(/torusState: rng must be a Prng/);
  });
  it("the sweeps name st, beta, h, rng and acceptance, and refuse spins not ±1 or neighbours off the lattice", () => {
    const st = torusState(4);
    const rng = new Prng(1);
    expect(() => metropolisSweep(st, Number.NaN, rng)).toThrow(/metropolisSweep: beta must be finite, got NaN/);
    expect(() => metropolisSweep({ ...st, spins: new Int8Array(16) }, 0.4, rng)).toThrow(
      /st\.spins\[0\] must be \+1 or -1, got 0/,
    );
    expect(() => wolffStep({ ...st, nb: new Int32Array(64).fill(16) }, 0.4, rng)).toThrow(
      /st\.nb\[0\] must be a site in \[0, 16\)/,
    );
    expect(() => checkerboardSweep(torusState(3), 0.4, rng)).toThrow(/checkerboardSweep: st\.L must be even/);
    expect(() => checkerboardSweep(st, 0.4, rng, 0, "x" as "metropolis")).toThrow(/acceptance must be one of/);
    expect(() => torusEnergy(st, Number.POSITIVE_INFINITY)).toThrow(/torusEnergy: h must be finite/);
    expect(() => wolffStep(st, 0.4, rng, new Int32Array(3))).toThrow(/stack must be an Int32Array of at least L² = 16/);
    expect(() => metropolisAcceptance(0.4, Number.NaN)).toThrow(/metropolisAcceptance: h must be finite/);
    expect(Array.from(metropolisAcceptance(1e300, 1e300)).every(Number.isFinite)).toBe(true);
  });
  it("checkerboardDeterministicImage takes L = 2 or 4 and config in [0, 2^{L²})", () => {
    expect(() => checkerboardDeterministicImage(0, 6, 0.4)).toThrow(/L must be an integer in \[2, 4\], got 6/);
    expect(() => checkerboardDeterministicImage(2 ** 16, 4, 0.4)).toThrow(/config must be an integer in \[0, 65535\]/);
    expect(checkerboardDeterministicImage(2 ** 16 - 1, 4, 0.4)).not.toBeUndefined();
  });
});
