import { afterEach, describe, expect, it, vi } from "vitest";
import { readFile } from "node:fs/promises";
import {
  compileWat,
  METROPOLIS_KERNEL_TEXT,
  METROPOLIS_MODULE,
  METROPOLIS_WAT,
  renderKernelModule,
} from "../../scripts/build-wasm.js";
import { METROPOLIS_WASM_BASE64 } from "../../src/mcmc/metropolis-wasm-bytes.js";
import { metropolisThresholds, metropolisWasmAvailable, symmetricNeighbours } from "../../src/mcmc/metropolis-wasm.js";
import { metropolisAcceptance, metropolisSweep, torusState } from "../../src/mcmc/metropolis.js";
import { Prng } from "../../src/random/prng.js";

describe("the committed WebAssembly Ising kernel", () => {
  it("is fresh: recompiling metropolis.wat with the pinned wabt gives the committed bytes (else npm run build:wasm)", async () => {
    const bytes = await compileWat(await readFile(METROPOLIS_WAT, "utf8"));
    expect(Buffer.from(METROPOLIS_WASM_BASE64, "base64").equals(Buffer.from(bytes))).toBe(true);
    expect(await readFile(METROPOLIS_MODULE, "utf8")).toBe(renderKernelModule(bytes, METROPOLIS_KERNEL_TEXT));
  });
  it("imports its memory and never grows it (a grown memory detaches the views JS holds)", async () => {
    const wat = await readFile(METROPOLIS_WAT, "utf8");
    expect(wat.replace(/;;.*$/gm, "")).not.toMatch(/memory\.grow/);
    expect(wat).toMatch(/\(import "js" "memory" \(memory/);
  });
});

describe("metropolisThresholds", () => {
  it("decides k/2^53 < p exactly as k < TH·2^26 + TL, at the edges of every entry", () => {
    for (const [beta, h] of [
      [0.44068679350977147, 0],
      [0.1, 0.37],
      [3, -1],
      [1e-12, 0],
    ]) {
      const table = metropolisAcceptance(beta, h);
      const { needMask, TH, TL } = metropolisThresholds(table);
      for (let a = 0; a < 2; a++)
        for (let j = 0; j < 5; j++) {
          const p = table[a * 5 + j];
          const key = 8 * (2 * a - 1) + (2 * j - 4) + 12;
          expect(((needMask >>> key) & 1) === 1).toBe(!(p >= 1));
          if (p >= 1) continue;
          const T = TH[key] * 2 ** 26 + TL[key];
          expect(TL[key]).toBeLessThan(2 ** 26);
          // k integers next to p·2^53: x = k/2^53 < p must hold exactly for k < T.
          const c = Math.floor(p * 2 ** 53);
          for (const k of [c - 1, c, c + 1, T - 1, T].filter((v) => v >= 0 && v < 2 ** 53))
            expect(k < T, `β=${beta} h=${h} p=${p} k=${k}`).toBe(k / 2 ** 53 < p);
        }
    }
  });
  it("never accepts at p = NaN or 0, and needs a uniform there (as x < p in JS)", () => {
    const table = new Float64Array([Number.NaN, 0, 1, 1, 1, 1, 1, 1, 1, 1]);
    const { needMask, TH, TL } = metropolisThresholds(table);
    for (const key of [8 * -1 - 4 + 12, 8 * -1 - 2 + 12]) {
      expect((needMask >>> key) & 1).toBe(1);
      expect(TH[key] + TL[key]).toBe(0);
    }
    expect(() => metropolisThresholds(new Float64Array(9))).toThrow(RangeError);
  });
});

describe("symmetricNeighbours", () => {
  it("accepts every torus, the 2×2 one's doubled neighbours included", () => {
    for (const L of [2, 3, 4, 7]) expect(symmetricNeighbours(torusState(L).nb, L * L)).toBe(true);
  });
  it("refuses a one-way neighbour, a self-neighbour, an index out of range and a wrong length", () => {
    const nb = torusState(4).nb;
    const oneWay = nb.slice();
    oneWay[0] = 2;
    const self = nb.slice();
    self[0] = 0;
    const out = nb.slice();
    out[7] = 16;
    expect(symmetricNeighbours(oneWay, 16)).toBe(false);
    expect(symmetricNeighbours(self, 16)).toBe(false);
    expect(symmetricNeighbours(out, 16)).toBe(false);
    expect(symmetricNeighbours(nb.subarray(4), 16)).toBe(false);
  });
});

// A broken module must make the chain comparison fail; the unpatched one must pass it.
describe.runIf(metropolisWasmAvailable())("the comparison catches a broken WebAssembly Ising kernel", () => {
  afterEach(() => {
    vi.doUnmock("../../src/mcmc/metropolis-wasm-bytes.js");
    vi.resetModules();
  });
  async function agrees(patch: (wat: string) => string): Promise<boolean> {
    const wat = await readFile(METROPOLIS_WAT, "utf8");
    const text = patch(wat);
    const base64 = Buffer.from(await compileWat(text)).toString("base64");
    vi.resetModules();
    vi.doMock("../../src/mcmc/metropolis-wasm-bytes.js", () => ({ METROPOLIS_WASM_BASE64: base64 }));
    const { metropolisRun } = await import("../../src/mcmc/metropolis-run.js");
    for (const [L, beta, sweeps] of [
      [3, 0.5, 50],
      [8, 0.44, 50],
      [64, 0.44068679350977147, 20],
    ]) {
      const a = torusState(L, new Prng(L));
      const b = torusState(L, new Prng(L));
      const ra = new Prng(9);
      const rb = new Prng(9);
      let f = 0;
      for (let s = 0; s < sweeps; s++) f += metropolisSweep(a, beta, ra);
      const r = metropolisRun(b, beta, rb, sweeps, { kernel: "wasm" });
      expect(r.kernel).toBe("wasm");
      const same =
        r.accepted === f &&
        a.spins.every((s, i) => s === b.spins[i]) &&
        ra.getState().every((w, i) => w === rb.getState()[i]);
      if (!same) return false;
    }
    return true;
  }
  const once = (from: string, to: string) => (wat: string) => {
    expect(wat.split(from).length - 1).toBe(1);
    return wat.replace(from, to);
  };
  it("the unpatched module agrees", async () => {
    expect(await agrees((w) => `${w}\n;; unchanged\n`)).toBe(true);
  });
  it("a neighbour's key updated with the wrong sign", async () => {
    expect(
      await agrees(
        once(
          "(local.set $d (i32.mul (local.get $s) (i32.const -2)))",
          "(local.set $d (i32.mul (local.get $s) (i32.const 2)))",
        ),
      ),
    ).toBe(false);
  });
  it("the site chosen as ⌊u·N/2^33⌋ (half the lattice only)", async () => {
    expect(await agrees(once("(i64.const 32))))", "(i64.const 33))))"))).toBe(false);
  });
});
