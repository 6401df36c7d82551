import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { compileKernel, compiler, nodeInclude } from "../../scripts/build-native.js";
import { Prng } from "../../src/random/prng.js";
import { firstBitDifference } from "./chain-equality.js";
import { thesisSystem } from "../../src/spinglass/system.js";
import {
  bindNativeKernel,
  loadNativeAddon,
  NATIVE_KERNEL_BINARY,
  NATIVE_KERNEL_SOURCE,
  nativeKernelStatus,
  type NativeExports,
} from "../../src/spinglass/kernel-native.js";

const SOURCE = readFileSync(NATIVE_KERNEL_SOURCE, "utf8");

/** Whether this machine has what the install-time build needs (a C compiler and Node's headers). */
function canBuild(): boolean {
  if (nodeInclude() === null) return false;
  try {
    execFileSync(compiler(), ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}
const buildable = canBuild();
const available = nativeKernelStatus().available;

describe("the native kernel's build", () => {
  // Without this, a failed install-time build would silently leave the slower WebAssembly kernel in
  // place and skip every native test below.
  it.runIf(buildable)("exists and is fresh wherever it can be built (else: npm run build:native)", () => {
    expect(nativeKernelStatus()).toEqual({ available: true, reason: "built and fresh" });
  });
  it.runIf(available)("is refused when the source has changed since (a stale build is never run)", () => {
    const { module, reason } = loadNativeAddon(NATIVE_KERNEL_BINARY, SOURCE + "\n/* edited */\n");
    expect(module).toBeNull();
    expect(reason).toMatch(/^stale/);
  });
  it("is reported missing, with the way to build it, when there is no build", () => {
    const { module, reason } = loadNativeAddon(join(tmpdir(), "no-such-kernel.node"), SOURCE);
    expect(module).toBeNull();
    expect(reason).toMatch(/^not built .*npm run build:native/);
  });
  it("when it cannot run, the sampler runs the WebAssembly kernel (the same chain)", async () => {
    vi.resetModules();
    vi.doMock("../../src/spinglass/kernel-native.js", async (importOriginal) => ({
      ...(await importOriginal<typeof import("../../src/spinglass/kernel-native.js")>()),
      createNativeKernel: () => null,
    }));
    const { ThesisSampler } = await import("../../src/spinglass/sampler.js");
    const s = new ThesisSampler(thesisSystem(new Prng(1), { N: 8, D: 8 }), new Prng(2), { beta: 1 });
    expect(s.kernel).toBe("wasm");
    expect(s.run(100)).toBeGreaterThan(0);
    vi.doUnmock("../../src/spinglass/kernel-native.js");
    vi.resetModules();
  });
});

describe.runIf(available)("the native kernel's arena and arguments", () => {
  const mod = () => loadNativeAddon(NATIVE_KERNEL_BINARY, SOURCE).module as NativeExports;
  it("lays out disjoint, 64-byte-aligned regions, θ 2048 bytes (mod 4096) past m", () => {
    const L = mod().layout(7, 12);
    const sizes: Record<string, number> = {
      m: 84 * 8,
      theta: 84 * 8,
      sum: 84 * 8,
      jt: 49 * 8,
      mm: 56,
      a: 56,
      b: 56,
      e: 56,
      lc: 56,
      rng: 16,
      acc: 8,
      kn: 512,
      wn: 1024,
      fn: 1024,
    };
    const spans = Object.entries(sizes)
      .map(([k, n]) => [L[k as keyof typeof L], L[k as keyof typeof L] + n] as const)
      .sort((x, y) => x[0] - y[0]);
    for (let j = 1; j < spans.length; j++) expect(spans[j][0]).toBeGreaterThanOrEqual(spans[j - 1][1]);
    for (const [start] of spans) expect(start % 64).toBe(0);
    expect(spans[spans.length - 1][1]).toBeLessThanOrEqual(L.bytes);
    expect((L.theta - L.m) % 4096).toBe(2048);
  });
  it("a sampler's arrays are views of one kernel-owned arena", () => {
    const k = bindNativeKernel(mod(), 5, 8);
    for (const v of [k.m, k.theta, k.sum, k.Jt, k.mm, k.a, k.b, k.e, k.lastChange]) expect(v.buffer).toBe(k.m.buffer);
    expect(k.m.length).toBe(40);
    expect(k.Jt.length).toBe(25);
  });
  it("bad arguments get a RangeError saying what is wrong, never a crash", () => {
    const m = mod();
    expect(() => m.layout(64, 30)).toThrow(/multiple of 4/);
    expect(() => m.layout(0, 32)).toThrow(RangeError);
    expect(() => m.layout(Number.NaN, 32)).toThrow(RangeError);
    expect(() => m.alloc(-1)).toThrow(RangeError);
    const small = m.alloc(m.layout(4, 4).bytes);
    const params = Float64Array.from([64, 32, 10, 1, 0.01, 3, 3.44, 0, Infinity, 100]);
    expect(() => m.run(small, params, Math.exp, Math.log)).toThrow(
      /arena is not an alloc\(\) of layout\(N, D\)\.bytes/,
    );
    expect(() => m.stein(small, params)).toThrow(/arena is not an alloc\(\) of layout\(N, D\)\.bytes/);
    expect(() => m.stein(small, new Float64Array(3))).toThrow(/Float64Array\(10\)/);
    expect(() => m.run(new ArrayBuffer(1 << 20), params, Math.exp, Math.log)).toThrow(/arena/); // made by JS: not the kernel's alignment guarantee, or too small
    const arena = m.alloc(m.layout(64, 32).bytes);
    expect(() => m.run(arena, new Float64Array(9), Math.exp, Math.log)).toThrow(/Float64Array\(10\)/);
    expect(() =>
      m.run(arena, Float64Array.from([64, 32, -1, 1, 0.01, 3, 3.44, 0, Infinity, 100]), Math.exp, Math.log),
    ).toThrow(/n and acceptLeft/);
    expect(() => m.run(arena, params, 1 as unknown as (x: number) => number, Math.log)).toThrow(/functions/);
  });
});

// Deliberately broken builds must make the chain-equality check fail; the unpatched source built
// the same way must pass it (so the differences come from the patches, not from the build).
describe.runIf(buildable)("the chain-equality check catches a broken native kernel", () => {
  const dir = mkdtempSync(join(tmpdir(), "spinspec-kernel-"));
  let n = 0;
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  afterEach(() => {
    vi.doUnmock("../../src/spinglass/kernel-native.js");
    vi.resetModules();
  });

  /** compareChains from a fresh module graph whose native kernel is kernel-native.c after `patch`. */
  async function withPatchedKernel(
    patch: (c: string) => string,
  ): Promise<typeof import("./chain-equality.js").compareChains> {
    const text = patch(SOURCE);
    const src = join(dir, `kernel-${n}.c`);
    const out = join(dir, `kernel-${n++}.node`);
    writeFileSync(src, text);
    compileKernel(src, out, nodeInclude() as string);
    const { module, reason } = loadNativeAddon(out, text);
    if (!module) throw new Error(reason);
    vi.resetModules();
    vi.doMock("../../src/spinglass/kernel-native.js", async (importOriginal) => {
      const real = await importOriginal<typeof import("../../src/spinglass/kernel-native.js")>();
      return { ...real, createNativeKernel: (N: number, D: number) => real.bindNativeKernel(module, N, D) };
    });
    return (await import("./chain-equality.js")).compareChains;
  }
  /** Replace every occurrence of `from` (there must be `count`). */
  function replaceAll(c: string, from: string, to: string, count: number): string {
    expect(c.split(from).length - 1).toBe(count);
    return c.replaceAll(from, to);
  }

  const sys = thesisSystem(new Prng(11), { N: 64, D: 32 });
  const run = (compare: Awaited<ReturnType<typeof withPatchedKernel>>) =>
    compare(sys, 21, { beta: 1 }, { stepwise: 2000, bulk: 20_000 }, "native");

  it("θ_k −= J_ki δ instead of += on acceptance (wrong sign of the J update)", async () => {
    // Both places that apply the update: fused into the next dot-product pass, and the flush.
    const compare = await withPatchedKernel((c) =>
      replaceAll(
        replaceAll(c, "ld4(tk[r] + c) + jk[r] * dp", "ld4(tk[r] + c) - jk[r] * dp", 1),
        "ld4(tk + c) + jk * ld4(delta + c)",
        "ld4(tk + c) - jk * ld4(delta + c)",
        1,
      ),
    );
    const c = run(compare);
    expect(c.thetaDifference).not.toBe(-1);
    expect(c.firstAcceptDifference).not.toBe(-1);
  });
  it("a rounding-only change, R·(a/√b) for (R·a)/√b in the proposed energies: some e_k differ in their last bits", async () => {
    const compare = await withPatchedKernel((c) => replaceAll(c, "(R4 * ak) / sqrt4(bk)", "R4 * (ak / sqrt4(bk))", 1));
    const c = run(compare);
    expect(c.scalarDifference).toMatch(/^e\[/);
    expect(Math.abs(c.energy[0] - c.energy[1])).toBeLessThan(1e-12 * Math.abs(c.energy[0]));
  });
  it("the four lanes summed in another order, (p0 + p2) + (p1 + p3): some p_k, hence some a_k, differ", async () => {
    const compare = await withPatchedKernel((c) =>
      replaceAll(
        c,
        "(v4di){0, 4, 2, 6}) + __builtin_shuffle(r0, r1, (v4di){1, 5, 3, 7})",
        "(v4di){0, 4, 1, 5}) + __builtin_shuffle(r0, r1, (v4di){2, 6, 3, 7})",
        1,
      ),
    );
    const c = run(compare);
    expect(c.scalarDifference).not.toBeNull();
  });
  it("the Stein mean summed over k in descending order: the chain is the same, the Stein means differ in their last bits", async () => {
    const compare = await withPatchedKernel((c) =>
      replaceAll(
        c,
        "      for (int k = 0; k < N; k++) {\n        if (col[k] == 0) continue;",
        "      for (int k = N - 1; k >= 0; k--) {\n        if (col[k] == 0) continue;",
        1,
      ),
    );
    const c = run(compare);
    expect(c.thetaDifference).toBe(-1);
    const a = c.js.steinMean();
    const b = c.compiled.steinMean();
    expect(firstBitDifference(a, b)).not.toBe(-1);
    for (let k = 0; k < a.length; k++) expect(Math.abs(a[k] - b[k])).toBeLessThan(1e-12 * (1 + Math.abs(a[k])));
  });
  it("the unpatched source, and one that decides every exp comparison by calling Math.exp, give the reference's chain and Stein mean", async () => {
    for (const patch of [
      (c: string) => c + "\n/* unchanged */\n",
      (c: string) =>
        replaceAll(
          c,
          "  double y = exp(t);",
          "  return u < callJs(r, r->jsExp, t); /* always Math.exp */\n  double y = exp(t);",
          1,
        ),
    ]) {
      const c = run(await withPatchedKernel(patch));
      expect(c.firstAcceptDifference).toBe(-1);
      expect(c.thetaDifference).toBe(-1);
      expect(c.scalarDifference).toBeNull();
      expect(c.rngDiffers).toBe(false);
      expect(Object.is(c.energy[0], c.energy[1])).toBe(true);
      expect(firstBitDifference(c.js.steinMean(), c.compiled.steinMean())).toBe(-1);
    }
  });
});

describe.runIf(available)("a native kernel that cannot be set up", () => {
  afterEach(() => vi.resetModules());
  it("is reported, and samplers run WebAssembly instead of throwing", async () => {
    vi.resetModules();
    const native = await import("../../src/spinglass/kernel-native.js");
    const { ThesisSampler } = await import("../../src/spinglass/sampler.js");
    const real = loadNativeAddon(NATIVE_KERNEL_BINARY, SOURCE).module as NativeExports;
    const refusing: NativeExports = {
      ...real,
      alloc: () => {
        throw new Error("alloc: this runtime refuses external ArrayBuffers");
      },
    };
    expect(native.tryBindNativeKernel(refusing, 8, 8)).toBeNull();
    expect(native.nativeKernelStatus()).toEqual({
      available: false,
      reason: "cannot run here: alloc: this runtime refuses external ArrayBuffers",
    });
    expect(new ThesisSampler(thesisSystem(new Prng(1), { N: 8, D: 8 }), new Prng(2), { beta: 1 }).kernel).toBe("wasm");
  });
});
