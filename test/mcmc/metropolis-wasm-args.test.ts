import { afterEach, describe, expect, it, vi } from "vitest";
import {
  metropolisThresholds,
  metropolisWasmAvailable,
  metropolisWasmRun,
  symmetricNeighbours,
} from "../../src/mcmc/metropolis-wasm.js";
import { metropolisAcceptance, metropolisSweep, torusState } from "../../src/mcmc/metropolis.js";
import { metropolisRun } from "../../src/mcmc/metropolis-run.js";
import { Prng } from "../../src/random/prng.js";

// The valid keys 8s + Σ + 12 (s = ±1, Σ ∈ {−4, −2, …, 4}): 0, 2, …, 8 and 16, 18, …, 24.
const KEYS = [0, 2, 4, 6, 8, 16, 18, 20, 22, 24];

describe("metropolisThresholds outside the valid keys and at p ≤ 0", () => {
  it("sets no bit and no threshold at a key no (s, Σ) produces", () => {
    for (const table of [metropolisAcceptance(0.3, 0.1), new Float64Array(10).fill(0.5)]) {
      const { needMask, TH, TL } = metropolisThresholds(table);
      for (let key = 0; key < 32; key++) if (!KEYS.includes(key)) expect((needMask >>> key) & 1, `key ${key}`).toBe(0);
      for (let key = 0; key < 25; key++) if (!KEYS.includes(key)) expect(TH[key] + TL[key], `key ${key}`).toBe(0);
    }
    // All ten entries 1/2: every valid key needs a uniform, with T = 2^52 = 2^26·2^26 + 0.
    const { needMask, TH, TL } = metropolisThresholds(new Float64Array(10).fill(0.5));
    expect(needMask).toBe(KEYS.reduce((m, k) => m + 2 ** k, 0));
    for (const k of KEYS) expect([TH[k], TL[k]]).toEqual([2 ** 26, 0]);
  });
  it("a negative entry is never accepted: threshold 0 (p ≤ 0), not a wrapped negative", () => {
    const table = new Float64Array([-0.25, 1, 1, 1, 1, 1, 1, 1, 1, 1]);
    const { needMask, TH, TL } = metropolisThresholds(table);
    expect(needMask).toBe(1); // key 0 = entry 0 (s = −1, Σ = −4)
    expect([TH[0], TL[0]]).toEqual([0, 0]);
  });
  it("names the wrong length", () => {
    expect(() => metropolisThresholds(new Float64Array(9))).toThrow("metropolisThresholds: need 10 entries, got 9");
  });
});

describe("symmetricNeighbours, each condition alone", () => {
  it("refuses a table longer than 4N even when its first 4N entries are a torus's", () => {
    const nb = torusState(3).nb;
    const longer = new Int32Array(nb.length + 4);
    longer.set(nb);
    longer.set(nb.subarray(0, 4), nb.length);
    expect(symmetricNeighbours(nb, 9)).toBe(true);
    expect(symmetricNeighbours(longer, 9)).toBe(false);
  });
  it("refuses a symmetric table with self-loops (site 0 and its first neighbour each list themselves)", () => {
    const nb = torusState(4).nb.slice();
    const a = nb[0];
    const back = [0, 1, 2, 3].find((l) => nb[4 * a + l] === 0) as number;
    nb[0] = 0;
    nb[4 * a + back] = a;
    // Every pair (i, j ≠ i) is still listed as often both ways; only the self-loops are wrong.
    for (let i = 0; i < 16; i++)
      for (let j = 0; j < 16; j++)
        if (i !== j) {
          const ij = [0, 1, 2, 3].filter((l) => nb[4 * i + l] === j).length;
          const ji = [0, 1, 2, 3].filter((l) => nb[4 * j + l] === i).length;
          expect(ij).toBe(ji);
        }
    expect(symmetricNeighbours(nb, 16)).toBe(false);
  });
});

describe.runIf(metropolisWasmAvailable())("metropolisWasmRun's attempt count", () => {
  it("refuses n outside the integers of [0, 2^53), changing nothing, and runs n = 0 as nothing", () => {
    const st = torusState(4, new Prng(2));
    const table = metropolisAcceptance(0.4, 0);
    const rng = new Prng(5).getState();
    const before = [...st.spins];
    for (const n of [-1, 1.5, Number.NaN, 2 ** 53, Number.POSITIVE_INFINITY])
      expect(() => metropolisWasmRun(st.spins, st.nb, table, rng, n), `n = ${n}`).toThrow(
        /metropolisWasmRun: n must be an integer in \[0, 2\^53\)/,
      );
    expect(metropolisWasmRun(st.spins, st.nb, table, rng, 0)).toBe(0);
    expect([...st.spins]).toEqual(before);
    expect([...rng]).toEqual([...new Prng(5).getState()]);
  });
  it("runs every attempt of a run longer than one chunk (2^18): the reference's chain", () => {
    // 8×8 torus, 4100 sweeps = 262 400 attempts > 2^18 = 262 144.
    const a = torusState(8, new Prng(8));
    const b = torusState(8, new Prng(8));
    const ra = new Prng(21);
    let flips = 0;
    for (let s = 0; s < 4100; s++) flips += metropolisSweep(a, 0.44, ra);
    const words = new Prng(21).getState();
    expect(metropolisWasmRun(b.spins, b.nb, metropolisAcceptance(0.44, 0), words, 4100 * 64)).toBe(flips);
    expect([...b.spins]).toEqual([...a.spins]);
    expect([...words]).toEqual([...ra.getState()]);
  });
  it("a WebAssembly run that flips nothing is still the WebAssembly kernel's", () => {
    const st = torusState(4);
    expect(metropolisRun(st, 50, new Prng(1), 5, { kernel: "wasm" })).toEqual({ accepted: 0, kernel: "wasm" });
  });
});

// Not under describe.runIf(metropolisWasmAvailable()): a broken availability check must fail here,
// not skip the tests. The engine's own WebAssembly global is the second road.
describe.runIf(typeof (globalThis as { WebAssembly?: unknown }).WebAssembly === "object")(
  "where the engine has WebAssembly",
  () => {
    it("the kernel is available, on the first call and the next", () => {
      expect(metropolisWasmAvailable()).toBe(true);
      expect(metropolisWasmAvailable()).toBe(true);
    });
  },
);

describe("without a working WebAssembly kernel", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.doUnmock("../../src/mcmc/metropolis-wasm-bytes.js");
    vi.resetModules();
  });
  it("the kernel is unavailable and a run refuses (−1) having changed nothing", async () => {
    vi.stubGlobal("WebAssembly", undefined);
    vi.resetModules();
    const m = await import("../../src/mcmc/metropolis-wasm.js");
    expect(m.metropolisWasmAvailable()).toBe(false);
    const st = torusState(4, new Prng(2));
    const before = [...st.spins];
    const rng = new Prng(5).getState();
    expect(m.metropolisWasmRun(st.spins, st.nb, metropolisAcceptance(0.4, 0), rng, 10)).toBe(-1);
    expect([...st.spins]).toEqual(before);
  });
  it("a module that does not compile makes the kernel unavailable, not an exception", async () => {
    vi.doMock("../../src/mcmc/metropolis-wasm-bytes.js", () => ({ METROPOLIS_WASM_BASE64: "AAAAAA==" }));
    vi.resetModules();
    const m = await import("../../src/mcmc/metropolis-wasm.js");
    expect(m.metropolisWasmAvailable()).toBe(false);
    expect(m.metropolisWasmAvailable()).toBe(false);
  });
});

describe("metropolisRun's argument messages name the argument", () => {
  it("a bad rng and bad options", () => {
    const st = torusState(4);
    expect(() => metropolisRun(st, 0.4, {} as Prng, 1)).toThrow(/^metropolisRun: rng must be a Prng/);
    expect(() => metropolisRun(st, 0.4, new Prng(1), 1, null as unknown as { h?: number })).toThrow(
      /^metropolisRun: options must be an object/,
    );
  });
});
