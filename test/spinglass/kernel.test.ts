import { afterEach, describe, expect, it, vi } from "vitest";
import { readFileSync } from "node:fs";
import { compileWat, KERNEL_WAT } from "../../scripts/build-wasm.js";
import { Prng } from "../../src/random/prng.js";
import { thesisSystem } from "../../src/spinglass/system.js";
import { createWasmKernel, wasmKernelAvailable } from "../../src/spinglass/kernel.js";

type Compare = typeof import("./chain-equality.js").compareChains;

/** compareChains from a fresh module graph whose kernel is kernel.wat after `patch`. */
async function withPatchedKernel(patch: (wat: string) => string): Promise<Compare> {
  const wat = readFileSync(KERNEL_WAT, "utf8");
  const patched = patch(wat);
  expect(patched).not.toBe(wat);
  const b64 = Buffer.from(await compileWat(patched)).toString("base64");
  vi.resetModules();
  vi.doMock("../../src/spinglass/kernel-wasm.js", () => ({ KERNEL_WASM_BASE64: b64 }));
  return (await import("./chain-equality.js")).compareChains;
}

/** Apply `edit` to the part of the WAT between two comment markers (they must be present). */
function inRegion(wat: string, from: string, to: string, edit: (part: string) => string): string {
  const a = wat.indexOf(from);
  const b = wat.indexOf(to, a);
  if (a < 0 || b < 0) throw new Error(`markers not found: ${from} / ${to}`);
  return wat.slice(0, a) + edit(wat.slice(a, b)) + wat.slice(b);
}

afterEach(() => {
  vi.doUnmock("../../src/spinglass/kernel-wasm.js");
  vi.unstubAllGlobals();
  vi.resetModules();
});

describe("the WebAssembly kernel's instances", () => {
  it("exist for D a multiple of 4, not otherwise", () => {
    expect(wasmKernelAvailable()).toBe(true);
    expect(createWasmKernel(64, 32)).not.toBeNull();
    expect(createWasmKernel(5, 4)).not.toBeNull();
    expect(createWasmKernel(64, 30)).toBeNull();
    expect(createWasmKernel(8, 2)).toBeNull();
    expect(createWasmKernel(20_000, 4)).toBeNull(); // 3.2 GB of couplings: the layout would overflow 32 bits
  });
  it("lay out disjoint views of one memory", () => {
    const k = createWasmKernel(7, 12)!;
    const views = [k.m, k.theta, k.sum, k.Jt, k.mm, k.a, k.b, k.e, k.lastChange];
    const spans = views.map((v) => [v.byteOffset, v.byteOffset + v.byteLength] as const).sort((x, y) => x[0] - y[0]);
    for (let j = 1; j < spans.length; j++) expect(spans[j][0]).toBeGreaterThanOrEqual(spans[j - 1][1]);
    for (const v of views) expect(v.buffer).toBe(k.m.buffer);
    expect(k.m.byteOffset % 16).toBe(0);
  });
});

describe("without WebAssembly SIMD the sampler uses the TypeScript reference", () => {
  it("when WebAssembly is missing", async () => {
    vi.stubGlobal("WebAssembly", undefined);
    vi.resetModules();
    const { ThesisSampler } = await import("../../src/spinglass/sampler.js");
    const s = new ThesisSampler(thesisSystem(new Prng(1), { N: 8, D: 8 }), new Prng(2), { beta: 1, kernel: "wasm" });
    expect(s.kernel).toBe("js");
    expect(s.run(100)).toBeGreaterThan(0);
  });
  it("when the engine refuses the module (no SIMD: validate() is false)", async () => {
    const real = (globalThis as unknown as { WebAssembly: { Module: unknown; Instance: unknown } }).WebAssembly;
    vi.stubGlobal("WebAssembly", { validate: () => false, Module: real.Module, Instance: real.Instance });
    vi.resetModules();
    const { ThesisSampler } = await import("../../src/spinglass/sampler.js");
    expect(
      new ThesisSampler(thesisSystem(new Prng(1), { N: 8, D: 8 }), new Prng(2), { beta: 1, kernel: "wasm" }).kernel,
    ).toBe("js");
  });
});

describe("the chain-equality check catches a broken kernel", () => {
  const sys = thesisSystem(new Prng(11), { N: 64, D: 32 });
  it("θ_k −= J_ki δ instead of += on acceptance (wrong sign of the J update)", async () => {
    // Both places that apply the update: fused into the next dot-product loop, and the flush at the end of a run.
    const compare = await withPatchedKernel((wat) =>
      inRegion(
        wat
          .replace("(local.set $t01 (f64x2.add", "(local.set $t01 (f64x2.sub")
          .replace("(local.set $t23 (f64x2.add", "(local.set $t23 (f64x2.sub"),
        ";; Flush a pending θ update",
        "(i32.store offset=0",
        (part) => part.replaceAll("f64x2.add", "f64x2.sub"),
      ),
    );
    const c = compare(sys, 21, { beta: 1 }, { stepwise: 2000, bulk: 2000 });
    expect(c.thetaDifference).not.toBe(-1);
    expect(c.firstAcceptDifference).not.toBe(-1);
  });
  it("a rounding-only change, R·(a/√b) for (R·a)/√b in the proposed energies: some e_k differ in their last bits", async () => {
    const compare = await withPatchedKernel((wat) =>
      wat.replace(
        "(f64x2.div (f64x2.mul (local.get $Rv) (local.get $av)) (f64x2.sqrt (local.get $bv)))",
        "(f64x2.mul (local.get $Rv) (f64x2.div (local.get $av) (f64x2.sqrt (local.get $bv))))",
      ),
    );
    const c = compare(sys, 21, { beta: 1 }, { stepwise: 2000, bulk: 2000 });
    expect(c.scalarDifference).toMatch(/^e\[/);
    expect(Math.abs(c.energy[0] - c.energy[1])).toBeLessThan(1e-12 * Math.abs(c.energy[0]));
  });
  it("and the unpatched kernel passes the same checks", async () => {
    const compare = await withPatchedKernel((wat) => wat + "\n;; unchanged\n");
    const c = compare(sys, 21, { beta: 1 }, { stepwise: 2000, bulk: 2000 });
    expect(c.thetaDifference).toBe(-1);
    expect(c.firstAcceptDifference).toBe(-1);
    expect(c.scalarDifference).toBeNull();
    expect(Object.is(c.energy[0], c.energy[1])).toBe(true);
  });
});
