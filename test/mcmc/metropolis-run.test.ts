import { afterAll, describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { compileKernel, nodeInclude } from "../../scripts/build-native.js";
import { currentBuildConfig } from "../../src/native/build-identity.js";
import { metropolisAcceptance, metropolisSweep, torusState, type TorusState } from "../../src/mcmc/metropolis.js";
import {
  ISING_KERNEL_BINARY,
  ISING_KERNEL_SOURCE,
  type IsingNativeExports,
  isingKernelStatus,
  loadIsingAddon,
} from "../../src/mcmc/metropolis-native.js";
import { metropolisRun } from "../../src/mcmc/metropolis-run.js";
import { metropolisWasmAvailable, metropolisWasmRun } from "../../src/mcmc/metropolis-wasm.js";
import { Prng } from "../../src/random/prng.js";

const SOURCE = readFileSync(ISING_KERNEL_SOURCE, "utf8");
const buildable = nodeInclude() !== null && currentBuildConfig() !== null;
const available = isingKernelStatus().available;

/** A chain run two ways from the same start and seed: the TypeScript reference sweep by sweep, and `run`. */
function bothWays(
  L: number,
  beta: number,
  h: number,
  sweeps: number,
  run: (st: TorusState, rng: Prng) => number,
): { ref: TorusState; other: TorusState; same: boolean; flips: [number, number] } {
  const ref = torusState(L, new Prng(L * 7 + 1));
  const other = torusState(L, new Prng(L * 7 + 1));
  const r1 = new Prng(4242 + L);
  const r2 = new Prng(4242 + L);
  let f1 = 0;
  for (let s = 0; s < sweeps; s++) f1 += metropolisSweep(ref, beta, r1, h);
  const f2 = run(other, r2);
  const same =
    ref.spins.every((s, i) => s === other.spins[i]) &&
    r1.getState().every((w, i) => w === r2.getState()[i]) &&
    f1 === f2;
  return { ref, other, same, flips: [f1, f2] };
}

// Sizes (odd, even, the 2×2 torus whose sites list one neighbour twice), temperatures (infinite,
// critical, cold, negative, extreme) and fields (ΔE = 0 entries exist only at h = 0 or |h| = 2, 4).
const cases: [number, number, number, number][] = [
  [2, 0.3, 0, 200],
  [3, 0.5, 0.2, 100],
  [4, 0.44068679350977147, 0, 300],
  [5, 2, 2, 50],
  [8, 0, 0, 50],
  [8, 1e-9, -0.3, 50],
  [16, -0.5, 0, 20],
  [17, 0.44068679350977147, 0.05, 40],
  // β = ±1e300: the extreme finite temperatures (NaN and ±∞ are outside the domain, refused below).
  [8, 1e300, 0, 5],
  [8, -1e300, 0.5, 5],
  [64, 0.44068679350977147, 0, 60],
];

describe("metropolisRun", () => {
  it("with the TypeScript kernel is metropolisSweep repeated (state, RNG state, flips)", () => {
    for (const [L, beta, h, sweeps] of cases.slice(0, 6)) {
      const c = bothWays(L, beta, h, sweeps, (st, rng) => {
        const r = metropolisRun(st, beta, rng, sweeps, { h, kernel: "js" });
        expect(r.kernel).toBe("js");
        return r.accepted;
      });
      expect(c.same, `L=${L} β=${beta} h=${h}`).toBe(true);
    }
  });
  it("rejects a bad kernel name or sweep count", () => {
    const st = torusState(4);
    expect(() => metropolisRun(st, 0.4, new Prng(1), 1.5)).toThrow(RangeError);
    expect(() => metropolisRun(st, 0.4, new Prng(1), -1)).toThrow(RangeError);
    expect(() => metropolisRun(st, 0.4, new Prng(1), 1, { kernel: "gpu" as "js" })).toThrow(/kernel must be/);
  });
  it("refuses non-finite β or h, a bad state, and more than 2^40 attempts, on every kernel (issue 15)", () => {
    for (const kernel of ["native", "wasm", "js"] as const) {
      const st = torusState(4);
      expect(() => metropolisRun(st, Number.NaN, new Prng(1), 1, { kernel })).toThrow(
        /metropolisRun: beta must be finite/,
      );
      expect(() => metropolisRun(st, Number.POSITIVE_INFINITY, new Prng(1), 1, { kernel })).toThrow(RangeError);
      expect(() => metropolisRun(st, 0.4, new Prng(1), 1, { kernel, h: Number.NaN })).toThrow(
        /options\.h must be finite/,
      );
      expect(() => metropolisRun(st, 0.4, new Prng(1), 2 ** 36 + 1, { kernel })).toThrow(
        /sweeps must be an integer in \[0, 68719476736\]/,
      );
      expect(() => metropolisRun({ ...st, L: 5 }, 0.4, new Prng(1), 1, { kernel })).toThrow(
        /st\.spins must be an Int8Array of L² = 25/,
      );
      expect(st.spins.every((s) => s === 1)).toBe(true);
    }
  });
});

describe.runIf(buildable)("the native Ising kernel's build", () => {
  it("exists and is fresh wherever it can be built (else: npm run build:native)", () => {
    expect(isingKernelStatus()).toEqual({ available: true, reason: "built and fresh" });
  });
});

type RawRun = (spins: Int8Array, nb: Int32Array, table: Float64Array, rng: Uint32Array, n: number) => number;
const COMPILED: { kernel: "native" | "wasm"; title: string; available: boolean; raw: () => RawRun }[] = [
  {
    kernel: "native",
    title: "the native Ising kernel",
    available,
    raw: () => (loadIsingAddon(ISING_KERNEL_BINARY, SOURCE).module as IsingNativeExports).run,
  },
  {
    kernel: "wasm",
    title: "the WebAssembly Ising kernel",
    available: metropolisWasmAvailable(),
    raw: () => metropolisWasmRun,
  },
];

for (const { kernel, title, available: can, raw } of COMPILED)
  describe.runIf(can)(title, () => {
    it("runs the reference's chain bit for bit: same states, same flips, same RNG state after", () => {
      for (const [L, beta, h, sweeps] of cases) {
        const c = bothWays(L, beta, h, sweeps, (st, rng) => {
          const r = metropolisRun(st, beta, rng, sweeps, { h, kernel });
          expect(r.kernel).toBe(kernel);
          return r.accepted;
        });
        expect(c.same, `L=${L} β=${beta} h=${h}: flips ${c.flips}`).toBe(true);
      }
    });
    it("continues a chain across calls and kernels: compiled, JS, compiled is the reference throughout", () => {
      const c = bothWays(12, 0.4, 0, 30, (st, rng) => {
        let f = metropolisRun(st, 0.4, rng, 10, { kernel }).accepted;
        f += metropolisRun(st, 0.4, rng, 7, { kernel: "js" }).accepted;
        f += metropolisRun(st, 0.4, rng, 13, { kernel }).accepted;
        return f;
      });
      expect(c.same).toBe(true);
    });
    it("decides the rare ties of the high word by the second output, as x < p does", () => {
      // The next three outputs of a stream: site, then hi and lo of the uniform. With p equal to that
      // uniform the move is rejected (x < p is false); 2^-53 more and it is accepted. Both thresholds
      // have the same high word as the draw, so only the tie path decides.
      const rng = new Prng(77);
      const peek = new Prng(0);
      peek.setState(rng.getState());
      peek.nextUint32();
      const k = (peek.nextUint32() >>> 5) * 2 ** 26 + (peek.nextUint32() >>> 6);
      expect(k % 2 ** 26).not.toBe(2 ** 26 - 1); // k + 1 keeps the high word
      for (const [p, flips] of [
        [k / 2 ** 53, 0],
        [(k + 1) / 2 ** 53, 1],
      ] as const) {
        const st = torusState(4); // all up: every site has ΔE = 8 > 0, table entry (s = +1, Σ = 4)
        const table = new Float64Array(10).fill(1);
        table[9] = p;
        const words = rng.getState();
        expect(raw()(st.spins, st.nb, table, words, 1)).toBe(flips);
        const ref = new Prng(0);
        ref.setState(rng.getState());
        ref.nextUint32();
        expect(ref.next() < p ? 1 : 0).toBe(flips);
        expect([...words]).toEqual([...ref.getState()]);
      }
    });
    it("leaves a neighbour table that is not symmetric to the TypeScript (the same chain)", () => {
      const nb = torusState(6).nb.slice();
      nb[0] = 2; // site 0 lists 2 as its right neighbour; 2 does not list 0
      const ref: TorusState = { ...torusState(6, new Prng(3)), nb };
      const own: TorusState = { ...torusState(6, new Prng(3)), nb };
      const r1 = new Prng(5);
      const r2 = new Prng(5);
      let f = 0;
      for (let s = 0; s < 5; s++) f += metropolisSweep(ref, 0.4, r1);
      expect(metropolisRun(own, 0.4, r2, 5, { kernel })).toEqual({ accepted: f, kernel: "js" });
      expect([...own.spins]).toEqual([...ref.spins]);
      const st = torusState(6);
      const words = new Prng(1).getState();
      const before = [...words];
      expect(raw()(st.spins, nb, metropolisAcceptance(0.4, 0), words, 100)).toBe(-1);
      expect([...words]).toEqual(before);
      expect(st.spins.every((s) => s === 1)).toBe(true);
      const outOfRange = torusState(4).nb.slice();
      outOfRange[5] = 99;
      expect(raw()(torusState(4).spins, outOfRange, metropolisAcceptance(0.4, 0), words, 1)).toBe(-1);
    });
    it("refuses a spin that is not ±1 with a RangeError, changing nothing", () => {
      const bad = torusState(4);
      bad.spins[3] = 0;
      const words = new Uint32Array([1, 2, 3, 4]);
      expect(() => raw()(bad.spins, bad.nb, metropolisAcceptance(0.4, 0), words, 1)).toThrow(/\+1 or -1/);
      expect([...words]).toEqual([1, 2, 3, 4]);
    });
  });

describe.runIf(available)("the native Ising kernel's arguments", () => {
  it("bad arguments get a RangeError saying what is wrong, never a crash", () => {
    const m = loadIsingAddon(ISING_KERNEL_BINARY, SOURCE).module as IsingNativeExports;
    const st = torusState(4);
    const table = metropolisAcceptance(0.4, 0);
    const rng = new Uint32Array([1, 2, 3, 4]);
    expect(() => m.run(st.spins, st.nb.subarray(4), table, rng, 1)).toThrow(/4N neighbour entries/);
    expect(() => m.run(st.spins, st.nb, new Float64Array(9), rng, 1)).toThrow(/Float64Array\(10\)/);
    expect(() => m.run(st.spins, st.nb, table, rng, -1)).toThrow(/integer in \[0, 2\^53\)/);
    expect(() => m.run(st.spins, st.nb, table, rng, 0.5)).toThrow(RangeError);
    expect(() => m.run(st.spins, st.nb, table, new Uint32Array(4), 1)).toThrow(/all-zero/);
  });
});

describe("the default kernel", () => {
  it("is the fastest that runs here: native when built, else WebAssembly, else TypeScript", () => {
    const r = metropolisRun(torusState(8), 0.4, new Prng(1), 2);
    expect(r.kernel).toBe(available ? "native" : metropolisWasmAvailable() ? "wasm" : "js");
  });
});

// Deliberately broken builds must make the comparison fail; the unpatched source built the same way
// must pass it (so the differences come from the patches, not from the build).
describe.runIf(buildable)("the comparison catches a broken native Ising kernel", () => {
  const dir = mkdtempSync(join(tmpdir(), "spinspec-ising-kernel-"));
  let n = 0;
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function patched(from: string, to: string): IsingNativeExports {
    expect(SOURCE.split(from).length - 1).toBe(1);
    const text = SOURCE.replace(from, to);
    const src = join(dir, `k${n}.c`);
    const out = join(dir, `k${n++}.node`);
    writeFileSync(src, text);
    compileKernel(src, out, nodeInclude() as string);
    const { module, reason } = loadIsingAddon(out, text);
    if (!module) throw new Error(reason);
    return module;
  }
  const agrees = (m: IsingNativeExports) =>
    cases.every(
      ([L, beta, h, sweeps]) =>
        bothWays(L, beta, h, sweeps, (st, rng) => {
          const words = rng.getState();
          const f = m.run(st.spins, st.nb, metropolisAcceptance(beta, h), words, sweeps * L * L);
          rng.setState(words);
          return f;
        }).same,
    );

  it("the unpatched source agrees", () => {
    expect(agrees(patched("flips++;", "flips++; /* unchanged */"))).toBe(true);
  });
  it("a neighbour's key updated with the wrong sign", () => {
    expect(agrees(patched("const uint8_t d = (uint8_t)(-2 * s);", "const uint8_t d = (uint8_t)(2 * s);"))).toBe(false);
  });
  it("the second output of a uniform not drawn (the stream shifts)", () => {
    expect(
      agrees(
        patched(
          "const uint32_t b = s1; /* the second output comes from this word */\n      XO_ADVANCE(s0, s1, s2, s3);",
          "const uint32_t b = s1;",
        ),
      ),
    ).toBe(false);
  });
  it("the site chosen as u mod N instead of ⌊u·N/2^32⌋", () => {
    expect(
      agrees(patched("const uint32_t i = (uint32_t)(((uint64_t)u * N) >> 32);", "const uint32_t i = u % N;")),
    ).toBe(false);
  });
});
