import { describe, expect, it } from "vitest";
import { checkerboardSweep, metropolisSweep, torusEnergy, torusState, wolffStep } from "../../src/mcmc/index.js";
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

import { checkerboardDeterministicImage } from "../../src/mcmc/index.js";

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
