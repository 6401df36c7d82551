import { describe, expect, it } from "vitest";
import {
  checkerboardDeterministicImage,
  checkerboardSweep,
  metropolisAcceptance,
  metropolisSweep,
  torusEnergy,
  torusState,
  wolffStep,
} from "../../src/mcmc/metropolis.js";
import { isingSeries } from "../../src/mcmc/ising-series.js";
import { Prng } from "../../src/random/prng.js";

// A second road for the torus updates: the same chains written from the definitions, on (x, y)
// coordinates with periodic wrap instead of the neighbour table and the acceptance lookup tables.
// Both consume the same Prng in the same order, so they must agree spin for spin.

type Grid = number[]; // s(x, y) at y·L + x
const at = (g: Grid, L: number, x: number, y: number) => g[(((y % L) + L) % L) * L + (((x % L) + L) % L)];
const nbSum = (g: Grid, L: number, x: number, y: number) =>
  at(g, L, x + 1, y) + at(g, L, x - 1, y) + at(g, L, x, y + 1) + at(g, L, x, y - 1);
/** ΔE of flipping (x, y) for H = −Σ s_i s_j − hΣ s_i. */
const deltaE = (g: Grid, L: number, x: number, y: number, h: number) => 2 * at(g, L, x, y) * (nbSum(g, L, x, y) + h);

function metropolisByHand(g: Grid, L: number, beta: number, h: number, rng: Prng): number {
  let flips = 0;
  for (let t = 0; t < L * L; t++) {
    const i = Math.floor((rng.nextUint32() * L * L) / 2 ** 32);
    const [x, y] = [i % L, Math.floor(i / L)];
    const p = Math.min(1, Math.exp(-beta * deltaE(g, L, x, y, h)));
    if (p >= 1 || rng.next() < p) {
      g[i] = -g[i];
      flips++;
    }
  }
  return flips;
}

function checkerboardByHand(g: Grid, L: number, beta: number, h: number, rule: string, rng: Prng): number {
  let flips = 0;
  for (const parity of [0, 1])
    for (let y = 0; y < L; y++)
      for (let x = 0; x < L; x++) {
        if ((x + y) % 2 !== parity) continue;
        const dE = deltaE(g, L, x, y, h);
        const p = rule === "metropolis" ? Math.min(1, Math.exp(-beta * dE)) : 1 / (1 + Math.exp(beta * dE));
        if (p >= 1 || rng.next() < p) {
          g[y * L + x] = -g[y * L + x];
          flips++;
        }
      }
  return flips;
}

function wolffByHand(g: Grid, L: number, beta: number, rng: Prng): number {
  const padd = 1 - Math.exp(-2 * beta);
  const seed = rng.int(L * L);
  const s0 = g[seed];
  g[seed] = -s0;
  const stack = [seed];
  let size = 1;
  while (stack.length > 0) {
    const i = stack.pop() as number;
    const [x, y] = [i % L, Math.floor(i / L)];
    // The neighbour order of torusState: right, left, down, up.
    for (const [dx, dy] of [
      [1, 0],
      [-1, 0],
      [0, 1],
      [0, -1],
    ]) {
      const j = ((((y + dy) % L) + L) % L) * L + ((((x + dx) % L) + L) % L);
      if (g[j] === s0 && rng.next() < padd) {
        g[j] = -s0;
        stack.push(j);
        size++;
      }
    }
  }
  return size;
}

function energyByHand(g: Grid, L: number, h: number): { E: number; M: number } {
  let E = 0;
  let M = 0;
  for (let y = 0; y < L; y++)
    for (let x = 0; x < L; x++) {
      E -= at(g, L, x, y) * (at(g, L, x + 1, y) + at(g, L, x, y + 1));
      M += at(g, L, x, y);
    }
  return { E: E - h * M, M };
}

describe("torus updates against the definitions on coordinates", () => {
  it("torusState's neighbours are right, left, down, up with periodic wrap (odd and even L)", () => {
    for (const L of [2, 3, 4]) {
      const st = torusState(L);
      for (let y = 0; y < L; y++)
        for (let x = 0; x < L; x++) {
          const i = y * L + x;
          expect(Array.from(st.nb.slice(4 * i, 4 * i + 4)), `L=${L} (${x},${y})`).toEqual([
            y * L + ((x + 1) % L),
            y * L + ((x + L - 1) % L),
            ((y + 1) % L) * L + x,
            ((y + L - 1) % L) * L + x,
          ]);
        }
      expect(Array.from(st.spins).every((s) => s === 1)).toBe(true);
    }
    // A random start draws one uint32 per spin, its low bit the sign.
    const r = new Prng(5);
    const st = torusState(3, new Prng(5));
    expect(Array.from(st.spins)).toEqual(Array.from({ length: 9 }, () => (r.nextUint32() & 1 ? 1 : -1)));
  });
  it("the Metropolis table is min(1, e^{−βΔE}) with ΔE = 2s(Σ_nb + h), indexed by (s+1)/2·5 + (Σ_nb+4)/2", () => {
    for (const [beta, h] of [
      [0.7, 0],
      [0.3, -0.4],
      [-0.2, 1.5],
    ]) {
      const t = metropolisAcceptance(beta, h);
      expect(t.length).toBe(10);
      for (const s of [-1, 1])
        for (const sum of [-4, -2, 0, 2, 4]) {
          const want = Math.min(1, Math.exp(-beta * 2 * s * (sum + h)));
          expect(t[((s + 1) / 2) * 5 + (sum + 4) / 2], `β=${beta} h=${h} s=${s} Σ=${sum}`).toBe(want);
        }
    }
  });
  it("torusEnergy is −Σ_⟨ij⟩ s_i s_j − hM over each bond once", () => {
    for (const [L, seed, h] of [
      [2, 1, 0],
      [3, 2, 0.3],
      [5, 3, -1.25],
    ]) {
      const st = torusState(L, new Prng(seed));
      expect(torusEnergy(st, h)).toEqual(energyByHand(Array.from(st.spins), L, h));
    }
    expect(torusEnergy(torusState(4)).E).toBe(-32);
    expect(torusEnergy(torusState(4)).M).toBe(16);
  });
  it("metropolisSweep is N random-site attempts with the Metropolis rule", () => {
    for (const [L, beta, h] of [
      [3, 0.4, 0],
      [4, 0.9, 0.3],
      [5, 0.2, -1],
    ]) {
      const st = torusState(L, new Prng(L));
      const g = Array.from(st.spins);
      const r1 = new Prng(100 + L);
      const r2 = new Prng(100 + L);
      for (let s = 0; s < 20; s++) {
        const f = metropolisSweep(st, beta, r1, h);
        expect(f, `L=${L} sweep ${s}`).toBe(metropolisByHand(g, L, beta, h, r2));
      }
      expect(Array.from(st.spins)).toEqual(g);
      expect(r1.nextUint32()).toBe(r2.nextUint32());
    }
  });
  it("checkerboardSweep is the even, then the odd sublattice in row order, Metropolis or heat bath", () => {
    for (const rule of ["metropolis", "heat-bath"] as const)
      for (const [L, beta, h] of [
        [2, 0.5, 0],
        [4, 0.35, 0.2],
        [6, 1.1, -0.5],
      ]) {
        const st = torusState(L, new Prng(L + 1));
        const g = Array.from(st.spins);
        const r1 = new Prng(7 * L);
        const r2 = new Prng(7 * L);
        for (let s = 0; s < 10; s++) {
          const f = checkerboardSweep(st, beta, r1, h, rule);
          expect(f, `${rule} L=${L} sweep ${s}`).toBe(checkerboardByHand(g, L, beta, h, rule, r2));
        }
        expect(Array.from(st.spins), `${rule} L=${L}`).toEqual(g);
        expect(r1.nextUint32()).toBe(r2.nextUint32());
      }
  });
  it("wolffStep grows one cluster with bond probability 1 − e^{−2β}, depth first", () => {
    for (const [L, beta] of [
      [4, 0.3],
      [5, 0.44],
      [6, 0.8],
    ]) {
      const st = torusState(L, new Prng(L + 2));
      const g = Array.from(st.spins);
      const r1 = new Prng(31 * L);
      const r2 = new Prng(31 * L);
      for (let s = 0; s < 15; s++)
        expect(wolffStep(st, beta, r1), `L=${L} step ${s}`).toBe(wolffByHand(g, L, beta, r2));
      expect(Array.from(st.spins)).toEqual(g);
    }
    // β = 0 adds no bond: the cluster is the seed.
    expect(wolffStep(torusState(4), 0, new Prng(1))).toBe(1);
  });
  it("checkerboardDeterministicImage is the zero-temperature sweep, null where some ΔE = 0 meets heat bath", () => {
    // At β = 1000 every Metropolis acceptance is 0 or 1 (flip iff ΔE ≤ 0); heat bath is ½ at ΔE = 0.
    const L = 4;
    const bits = (c: number): Grid => Array.from({ length: 16 }, (_, i) => ((c >>> i) & 1 ? -1 : 1));
    const toConfig = (g: Grid) => g.reduce((c, s, i) => (s < 0 ? c | (1 << i) : c), 0);
    for (let c = 0; c < 1 << 16; c += 257) {
      for (const rule of ["metropolis", "heat-bath"] as const) {
        const g = bits(c);
        let tie = false;
        for (const parity of [0, 1])
          for (let y = 0; y < L; y++)
            for (let x = 0; x < L; x++) {
              if ((x + y) % 2 !== parity) continue;
              const dE = deltaE(g, L, x, y, 0);
              if (dE === 0 && rule === "heat-bath") tie = true;
              if (dE < 0 || (dE === 0 && rule === "metropolis")) g[y * L + x] = -g[y * L + x];
            }
        const want = tie ? null : toConfig(g);
        expect(checkerboardDeterministicImage(c, L, 1000, rule), `${rule} ${c}`).toBe(want);
      }
    }
    // At a finite β some acceptance lies in (0, 1) for a generic state: not deterministic.
    expect(checkerboardDeterministicImage(0b1, 4, 0.3)).toBeNull();
    // The 2×2 torus (every neighbour listed twice) at β = 1000 from all up: nothing lowers the energy.
    expect(checkerboardDeterministicImage(0, 2, 1000)).toBe(0);
    expect(() => checkerboardDeterministicImage(0, 3, 1)).toThrow(/^checkerboardDeterministicImage: L must be even/);
    expect(() => checkerboardDeterministicImage(0, 4, 1, "x" as never)).toThrow(/acceptance must be one of/);
    expect(() => checkerboardDeterministicImage(0, 4, Number.NaN)).toThrow(/beta must be finite/);
    expect(() => checkerboardDeterministicImage(0, 4, 1, "metropolis", Number.NaN)).toThrow(/h must be finite/);
  });
  it("isingSeries records E/N, |M|/N and (M/N)² after each sweep, following the sweeps it names", () => {
    // Metropolis: the same chain by hand (state from split(1), sweeps from the parent stream).
    const L = 4;
    const rng = new Prng(77);
    const g = Array.from(torusState(L, rng.split(1)).spins);
    for (let t = 0; t < 3; t++) metropolisByHand(g, L, 0.4, 0, rng);
    const want = { e: [] as number[], am: [] as number[], m2: [] as number[] };
    for (let t = 0; t < 5; t++) {
      metropolisByHand(g, L, 0.4, 0, rng);
      const { E, M } = energyByHand(g, L, 0);
      want.e.push(E / 16);
      want.am.push(Math.abs(M) / 16);
      want.m2.push((M / 16) ** 2);
    }
    const got = isingSeries("metropolis", L, 0.4, 77, 5, 3);
    expect({ e: Array.from(got.e), am: Array.from(got.am), m2: Array.from(got.m2) }).toEqual(want);
    // Checkerboard uses heat bath; Wolff does N/4 clusters a sweep.
    const r2 = new Prng(78);
    const g2 = Array.from(torusState(L, r2.split(1)).spins);
    for (let t = 0; t < 2; t++) checkerboardByHand(g2, L, 0.4, 0, "heat-bath", r2);
    expect(isingSeries("checkerboard", L, 0.4, 78, 1, 1).e[0]).toBe(energyByHand(g2, L, 0).E / 16);
    const r3 = new Prng(79);
    const g3 = Array.from(torusState(L, r3.split(1)).spins);
    for (let c = 0; c < 8; c++) wolffByHand(g3, L, 0.4, r3);
    expect(isingSeries("wolff", L, 0.4, 79, 1, 1).e[0]).toBe(energyByHand(g3, L, 0).E / 16);
    expect(() => isingSeries("checkerboard", 3, 0.4, 1, 1, 0)).toThrow(
      "isingSeries: L must be even for checkerboard, got 3",
    );
    expect(() => isingSeries("gibbs" as never, 4, 0.4, 1, 1, 0)).toThrow(/^isingSeries: alg must be one of/);
    expect(() => isingSeries("wolff", 4, Number.NaN, 1, 1, 0)).toThrow(/^isingSeries: beta must be finite/);
    expect(() => isingSeries("wolff", 4, 0.4, 1, -1, 0)).toThrow(/^isingSeries: samples must be an integer/);
    expect(() => isingSeries("wolff", 4, 0.4, 1, 1, -1)).toThrow(/^isingSeries: burnIn must be an integer/);
  });
});
