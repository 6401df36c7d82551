import { describe, expect, it } from "vitest";
import {
  densityOfStates,
  energyHistogram,
  enumerateIsing,
  grayConfiguration,
  isingChain,
  isingEnergy,
  isingModel,
  neighbours,
  squareLattice,
} from "../../src/ising/index.js";

/** A deterministic ±1 configuration (LCG bits), so the tests need no seeded generator. */
function spins(n: number, seed: number): Int8Array {
  const s = new Int8Array(n);
  let x = seed >>> 0;
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    s[i] = x & 0x10000 ? 1 : -1;
  }
  return s;
}

/** H of an L×M lattice configuration from grid coordinates (the second road to the edge list). */
function gridEnergy(L: number, M: number, J: number, h: number, px: boolean, py: boolean, s: Int8Array): number {
  const at = (x: number, y: number) => s[y * L + x];
  let e = 0;
  for (let y = 0; y < M; y++)
    for (let x = 0; x < L; x++) {
      if (x + 1 < L) e -= J * at(x, y) * at(x + 1, y);
      else if (px && L > 1) e -= J * at(x, y) * at(0, y);
      if (y + 1 < M) e -= J * at(x, y) * at(x, y + 1);
      else if (py && M > 1) e -= J * at(x, y) * at(x, 0);
      e -= h * at(x, y);
    }
  return e;
}

// Issue 11 §6: the lattice builders, the energy and the neighbour lists against hand counts and grid sums.
describe("square lattices and chains", () => {
  it("has 2LM bonds on the torus, (L−1)M + L(M−1) open, and the mixed counts", () => {
    expect(squareLattice(4, 3).edgeI.length).toBe(24);
    expect(squareLattice(4, 3, { periodicX: false, periodicY: false }).edgeI.length).toBe(3 * 3 + 4 * 2);
    expect(squareLattice(4, 3, { periodicY: false }).edgeI.length).toBe(4 * 3 + 4 * 2);
    expect(squareLattice(4, 3, { periodicX: false }).edgeI.length).toBe(3 * 3 + 4 * 3);
    // A side of 1 has no bonds along it even when "periodic" (no self-bond).
    expect(squareLattice(1, 3).edgeI.length).toBe(3);
    expect(squareLattice(3, 1).edgeI.length).toBe(3);
    expect(squareLattice(1, 1).edgeI.length).toBe(0);
    // A side of 2 closes into a doubled bond.
    expect(squareLattice(2, 2).edgeI.length).toBe(8);
  });

  it("gives the energy of random configurations as the sum over grid neighbours, with J and h", () => {
    for (const [L, M, J, h, px, py] of [
      [4, 3, 1, 0, true, true],
      [5, 4, -0.7, 0.3, true, false],
      [3, 5, 1.3, -0.2, false, true],
      [4, 4, 0.5, 0.9, false, false],
      [2, 3, 1, 0.1, true, true],
    ] as const) {
      const model = squareLattice(L, M, { J, h, periodicX: px, periodicY: py });
      for (const seed of [1, 7, 99]) {
        const s = spins(L * M, seed);
        expect(isingEnergy(model, s)).toBeCloseTo(gridEnergy(L, M, J, h, px, py, s), 12);
      }
      // Ground state of the ferromagnet: all up, −J·bonds − h·N.
      if (J > 0 && h >= 0)
        expect(isingEnergy(model, new Int8Array(L * M).fill(1))).toBeCloseTo(-J * model.edgeI.length - h * L * M, 12);
    }
  });

  it("builds chains: ring of N bonds, open chain of N − 1, the 2-ring doubled, one spin bond-free", () => {
    expect(isingChain(5).edgeI.length).toBe(5);
    expect(isingChain(5, { periodic: false }).edgeI.length).toBe(4);
    expect(isingChain(2).edgeI.length).toBe(2);
    expect(isingChain(2, { periodic: false }).edgeI.length).toBe(1);
    expect(isingChain(1).edgeI.length).toBe(0);
    // Energies by hand: ring of 4 with J = 2, h = 0.5, state + + − +: bonds (+1, −1, −1, +1), field 2.
    const ring = isingChain(4, { J: 2, h: 0.5 });
    expect(isingEnergy(ring, [1, 1, -1, 1])).toBeCloseTo(-2 * (1 - 1 - 1 + 1) - 0.5 * 2, 14);
    expect(isingEnergy(isingChain(2, { J: 1.5 }), [1, 1])).toBe(-3);
    expect(isingEnergy(isingChain(3, { J: 1, h: 0.25, periodic: false }), [1, -1, -1])).toBeCloseTo(
      -(-1 + 1) - 0.25 * -1,
      14,
    );
  });

  it("lists each spin's neighbours (CSR), each bond from both ends with its coupling", () => {
    const model = isingModel(
      4,
      [
        [0, 1, 1.5],
        [1, 2, -2],
        [3, 1, 0.5],
        [0, 1, 3],
      ],
      [0.1, 0, 0, 0.2],
    );
    const nb = neighbours(model);
    const row = (i: number) =>
      Array.from({ length: nb.start[i + 1] - nb.start[i] }, (_, p) => [
        nb.index[nb.start[i] + p],
        nb.coupling[nb.start[i] + p],
      ]).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    expect(Array.from(nb.start)).toEqual([0, 2, 6, 7, 8]);
    expect(row(0)).toEqual([
      [1, 1.5],
      [1, 3],
    ]);
    expect(row(1)).toEqual([
      [0, 1.5],
      [0, 3],
      [2, -2],
      [3, 0.5],
    ]);
    expect(row(2)).toEqual([[1, -2]]);
    expect(row(3)).toEqual([[1, 0.5]]);
  });

  it("refuses malformed models, naming the edge or field", () => {
    expect(() => isingModel(3, "x" as never)).toThrow(/isingModel: edges must be an array/);
    expect(() => isingModel(3, [[0, 1] as never])).toThrow(/isingModel: edges\[0\] must be \[i, j, J\]/);
    expect(() => isingModel(3, [[0, 1, 1], "ab" as never])).toThrow(/edges\[1\] must be/);
    for (const [i, j] of [
      [0, 0],
      [-1, 1],
      [0, 3],
      [3, 0],
      [1, -1],
      [0.5, 1],
      [1, 1.5],
    ])
      expect(() => isingModel(3, [[i, j, 1]])).toThrow(/must join two distinct spins in 0\.\.2/);
    expect(() => isingModel(3, [[0, 2, Number.NaN]])).toThrow(/coupling of edge \(0, 2\) is NaN/);
    expect(() => isingModel(3, [], [1, 2])).toThrow(/isingModel: field must have length 3/);
    expect(() => isingModel(3, [], Number.POSITIVE_INFINITY)).toThrow(/isingModel: field must be finite/);
    expect(() => isingModel(2, [], [0, Number.NaN])).toThrow(/isingModel: field\[1\] must be finite/);
    expect(Array.from(isingModel(2, [], [0.5, -1]).field)).toEqual([0.5, -1]);
    expect(Array.from(isingModel(2, [], 0.25).field)).toEqual([0.25, 0.25]);
    expect(() => squareLattice(4096, 4097)).toThrow(/squareLattice: L·M must be at most 2\^24, got 4096×4097/);
    expect(() => squareLattice(2, 2, { periodicX: 1 as never })).toThrow(/squareLattice: periodicX must be a boolean/);
    expect(() => squareLattice(2, 2, { periodicY: "no" as never })).toThrow(/periodicY must be a boolean/);
    expect(() => squareLattice(2, 2, { J: Number.NaN })).toThrow(/squareLattice: J must be finite/);
    expect(() => squareLattice(2, 2, { h: Number.NaN })).toThrow(/squareLattice: h must be finite/);
    expect(() => isingChain(3, { periodic: 0 as never })).toThrow(/isingChain: periodic must be a boolean/);
    expect(() => isingChain(3, { J: Number.NaN })).toThrow(/isingChain: J must be finite/);
    expect(() => isingChain(3, { h: Number.NaN })).toThrow(/isingChain: h must be finite/);
    expect(() => isingEnergy(isingChain(3), [1, 1])).toThrow(/isingEnergy: s must have length 3/);
  });
});

describe("enumeration", () => {
  it("Gray code by hand: g(1) = 1, g(2) = 3, g(3) = 2 (bit k set ⇔ s_k = −1)", () => {
    expect(Array.from(grayConfiguration(0, 3))).toEqual([1, 1, 1]);
    expect(Array.from(grayConfiguration(1, 3))).toEqual([-1, 1, 1]);
    expect(Array.from(grayConfiguration(2, 3))).toEqual([-1, -1, 1]);
    expect(Array.from(grayConfiguration(3, 3))).toEqual([1, -1, 1]);
    expect(Array.from(grayConfiguration(7, 3))).toEqual([1, 1, -1]);
    expect(() => grayConfiguration(8, 3)).toThrow(/grayConfiguration: i must be an integer in \[0, 7\]/);
    expect(() => grayConfiguration(0, 33)).toThrow(/grayConfiguration: n must be an integer in \[1, 32\]/);
  });

  it("gives every state's energy and magnetization on a graph with mixed couplings, fields and a double bond", () => {
    const model = isingModel(
      6,
      [
        [0, 1, 1],
        [1, 2, -0.5],
        [2, 3, 2],
        [3, 4, 0.25],
        [4, 5, -1],
        [5, 0, 0.75],
        [1, 4, 1.5],
        [0, 1, -0.3],
      ],
      [0.2, -0.4, 0, 0.6, -0.1, 0.3],
    );
    const en = enumerateIsing(model);
    expect(en.n).toBe(6);
    expect(en.energy.length).toBe(64);
    const seen = new Set<string>();
    for (let i = 0; i < 64; i++) {
      const s = grayConfiguration(i, 6);
      seen.add(s.join(","));
      expect(en.energy[i]).toBeCloseTo(isingEnergy(model, s), 12);
      expect(en.magnetization[i]).toBe(s.reduce((a, b) => a + b, 0));
    }
    expect(seen.size).toBe(64);
  });

  it("gives the joint density of states of the 2×2 torus (doubled bonds: E ∈ {−8, 0, 8}) by hand", () => {
    const g = densityOfStates(squareLattice(2, 2));
    // Every bond is doubled, so E = −2·Σ_{4 bonds} s_i s_j. E = −8: the two ground states (M = ±4);
    // E = +8: the two checkerboards (M = 0); E = 0: one spin flipped (4 states, M = 2), three flipped
    // (4, M = −2) and the 4 half-up stripes (M = 0).
    expect(g.get(-8)).toEqual(
      new Map([
        [4, 1],
        [-4, 1],
      ]),
    );
    expect(g.get(8)).toEqual(new Map([[0, 2]]));
    const zero = g.get(0);
    expect(zero?.get(2)).toBe(4);
    expect(zero?.get(-2)).toBe(4);
    expect(zero?.get(0)).toBe(4);
    expect(energyHistogram(g)).toEqual([
      [-8, 2],
      [0, 12],
      [8, 2],
    ]);
  });

  it("refuses non-integer fields for the density of states and malformed histograms", () => {
    expect(() => densityOfStates(isingChain(3, { h: 0.5 }))).toThrow(/densityOfStates needs integer fields/);
    expect(() => densityOfStates(isingChain(3, { J: 0.5 }))).toThrow(/densityOfStates needs integer couplings/);
    // Sorted by energy whatever the Map's insertion order.
    expect(
      energyHistogram(
        new Map([
          [3, new Map([[1, 2]])],
          [-1, new Map([[0, 1]])],
          [
            0.5,
            new Map([
              [2, 4],
              [0, 3],
            ]),
          ],
        ]),
      ),
    ).toEqual([
      [-1, 1],
      [0.5, 7],
      [3, 2],
    ]);
    expect(() => energyHistogram([] as never)).toThrow(/energyHistogram: g must be a density of states/);
    expect(() => energyHistogram(new Map([[Number.NaN, new Map()]]))).toThrow(/finite energies to Maps, got key NaN/);
    expect(() => energyHistogram(new Map([[1, 3 as never]]))).toThrow(/finite energies to Maps/);
  });
});
