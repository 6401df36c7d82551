import { afterEach, describe, expect, it, vi } from "vitest";
import { Prng } from "../../src/random/prng.js";
import { kernelEvidence, type KernelName, type SamplerKernel } from "../../src/spinglass/sampler-kernel.js";
import { thesisSystem } from "../../src/spinglass/system.js";
import { wasmKernelAvailable } from "../../src/spinglass/kernel.js";

describe("kernelEvidence", () => {
  it("names the distinct kernels in the order native, wasm, js", () => {
    expect(kernelEvidence(["native", "native"])).toBe("native");
    expect(kernelEvidence(["js", "native", "wasm", "native"])).toBe("native+wasm+js");
    expect(kernelEvidence(new Set<KernelName>(["js"]))).toBe("js");
  });
  it("refuses an unknown kernel and an empty list", () => {
    expect(() => kernelEvidence(["gpu" as KernelName])).toThrow(RangeError);
    expect(() => kernelEvidence([])).toThrow(/used is empty \(no kernel ran\)/);
    expect(() => kernelEvidence(null as unknown as KernelName[])).toThrow(/kernelEvidence: used must be an iterable/);
    expect(() => kernelEvidence("js" as unknown as KernelName[])).toThrow(TypeError);
  });
});

describe.runIf(wasmKernelAvailable())("a sampler's kernel is the one that ran its steps", () => {
  afterEach(() => {
    vi.doUnmock("../../src/spinglass/kernel.js");
    vi.doUnmock("../../src/spinglass/kernel-native.js");
    vi.resetModules();
  });
  it("native unavailable: the sampler says wasm, and the WebAssembly kernel took every step; js takes none there", async () => {
    vi.resetModules();
    let calls = 0;
    vi.doMock("../../src/spinglass/kernel-native.js", async (importOriginal) => ({
      ...(await importOriginal<typeof import("../../src/spinglass/kernel-native.js")>()),
      createNativeKernel: () => null,
    }));
    vi.doMock("../../src/spinglass/kernel.js", async (importOriginal) => {
      const real = await importOriginal<typeof import("../../src/spinglass/kernel.js")>();
      return {
        ...real,
        createWasmKernel: (N: number, D: number): SamplerKernel | null => {
          const k = real.createWasmKernel(N, D);
          if (!k) return null;
          return {
            ...k,
            run: (...args: Parameters<SamplerKernel["run"]>) => {
              calls += args[0];
              return k.run(...args);
            },
            lastAccepted: () => k.lastAccepted(),
          };
        },
      };
    });
    const { ThesisSampler } = await import("../../src/spinglass/sampler.js");
    const sys = thesisSystem(new Prng(1), { N: 8, D: 8 });
    const s = new ThesisSampler(sys, new Prng(2), { beta: 1 });
    expect(s.kernel).toBe("wasm");
    s.run(500);
    expect(calls).toBe(500);
    expect(kernelEvidence([s.kernel])).toBe("wasm");
    const js = new ThesisSampler(sys, new Prng(2), { beta: 1, kernel: "js" });
    expect(js.kernel).toBe("js");
    js.run(500);
    expect(calls).toBe(500);
  });
});
