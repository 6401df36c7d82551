import { afterAll, describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { compileKernel, nodeInclude } from "../../scripts/build-native.js";
import {
  compilerCommand,
  compilerVersion,
  currentBuildConfig,
  expectedConfig,
  type NativeBuildConfig,
  nativeBuildHash,
  nativeFlags,
  staleness,
} from "../../src/native/build-identity.js";
import { ISING_KERNEL_BINARY, ISING_KERNEL_SOURCE, loadIsingAddon } from "../../src/mcmc/metropolis-native.js";
import { loadNativeAddon, NATIVE_KERNEL_BINARY, NATIVE_KERNEL_SOURCE } from "../../src/spinglass/kernel-native.js";

const config: NativeBuildConfig = { compiler: "cc", version: "cc (Test) 1.0", flags: ["-O3", "-ffp-contract=off"] };
const current = currentBuildConfig();
const buildable = nodeInclude() !== null && current !== null;

describe("a native build's hash", () => {
  it("covers the source, the compiler, its version and every flag", () => {
    const h = nativeBuildHash("int x;", config);
    expect(h).toMatch(/^[0-9a-f]{64}$/);
    expect(nativeBuildHash("int x;", { ...config })).toBe(h);
    for (const other of [
      nativeBuildHash("int y;", config),
      nativeBuildHash("int x;", { ...config, compiler: "clang" }),
      nativeBuildHash("int x;", { ...config, version: "cc (Test) 1.1" }),
      nativeBuildHash("int x;", { ...config, flags: [...config.flags, "-ffast-math"] }),
      nativeBuildHash("int x;", { ...config, flags: ["-O2", "-ffp-contract=off"] }),
      nativeBuildHash("int x;", { ...config, flags: ["-O3"] }),
    ])
      expect(other).not.toBe(h);
  });
  it("is checked against the current configuration: any change is stale, no compiler cannot be checked", () => {
    const h = nativeBuildHash("src", config);
    expect(staleness(h, "src", config)).toBeNull();
    expect(staleness(h, "src", { ...config, flags: [...config.flags, "-march=native"] })).toMatch(/^stale/);
    expect(staleness(h, "src", { ...config, version: "cc (Test) 2.0" })).toMatch(/^stale/);
    expect(staleness(h, "src2", config)).toMatch(/^stale/);
    expect(staleness(undefined, "src", config)).toMatch(/^stale/);
    expect(staleness(h, "src", null)).toMatch(/^cannot check/);
  });
  it("keeps the flags the chains' bit-identity needs, and no fast-math", () => {
    const flags = nativeFlags();
    expect(flags).toContain("-ffp-contract=off");
    expect(flags.some((f) => /fast-math|Ofast|ffp-contract=fast/.test(f))).toBe(false);
  });
  it("names a compiler that does not run as absent", () => {
    expect(compilerVersion("/nonexistent/spinspec-cc")).toBeNull();
    expect(currentBuildConfig("/nonexistent/spinspec-cc")).toBeNull();
  });
  it("is checked with the compiler that made the build (CC at build time), unless a configuration is given", () => {
    expect(expectedConfig({ buildCompiler: "/nonexistent/spinspec-cc" })).toBeNull();
    expect(expectedConfig({ buildCompiler: "/nonexistent/spinspec-cc" }, config)).toBe(config);
    expect(expectedConfig({})?.compiler ?? null).toBe(current ? compilerCommand() : null);
  });
});

describe.runIf(buildable)("the installed builds", () => {
  const cfg = current as NativeBuildConfig;
  const kernels = [
    { name: "thesis", load: loadNativeAddon, binary: NATIVE_KERNEL_BINARY, source: NATIVE_KERNEL_SOURCE },
    { name: "ising", load: loadIsingAddon, binary: ISING_KERNEL_BINARY, source: ISING_KERNEL_SOURCE },
  ];
  it("are fresh for this compiler and these flags, and stale for a changed flag set or compiler version", () => {
    for (const k of kernels) {
      const text = readFileSync(k.source, "utf8");
      expect(k.load(k.binary, text, cfg).reason, k.name).toBe("built and fresh");
      expect(k.load(k.binary, text).reason, k.name).toBe("built and fresh");
      const flagged = k.load(k.binary, text, { ...cfg, flags: [...cfg.flags, "-ffast-math"] });
      expect(flagged.module, k.name).toBeNull();
      expect(flagged.reason).toMatch(/^stale.*npm run build:native$/);
      expect(k.load(k.binary, text, { ...cfg, flags: cfg.flags.filter((f) => f !== "-O3") }).module).toBeNull();
      expect(k.load(k.binary, text, { ...cfg, version: `${cfg.version} (patched)` }).module).toBeNull();
      expect(k.load(k.binary, text, null).reason).toMatch(/^cannot check/);
    }
  });
  describe("a build made with another flag set", () => {
    const dir = mkdtempSync(join(tmpdir(), "spinspec-flags-"));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    it("is refused under the current flags and accepted only under its own", () => {
      const other: NativeBuildConfig = { ...cfg, flags: cfg.flags.map((f) => (f === "-O3" ? "-O1" : f)) };
      const out = join(dir, "ising-O1.node");
      compileKernel(ISING_KERNEL_SOURCE, out, nodeInclude() as string, other);
      const text = readFileSync(ISING_KERNEL_SOURCE, "utf8");
      expect(loadIsingAddon(out, text, cfg).reason).toMatch(/^stale/);
      expect(loadIsingAddon(out, text, other).reason).toBe("built and fresh");
    });
    it("made with another compiler command is checked against that compiler, not CC", () => {
      const gcc = currentBuildConfig("gcc");
      if (gcc === null || gcc.compiler === cfg.compiler) return;
      const out = join(dir, "ising-gcc.node");
      compileKernel(ISING_KERNEL_SOURCE, out, nodeInclude() as string, gcc);
      const text = readFileSync(ISING_KERNEL_SOURCE, "utf8");
      expect(loadIsingAddon(out, text).reason).toBe("built and fresh");
      expect(loadIsingAddon(out, text, cfg).reason).toMatch(/^stale/);
    });
    it("cannot be made without a compiler that runs", () => {
      expect(() => compileKernel(ISING_KERNEL_SOURCE, join(dir, "x.node"), nodeInclude() as string, null)).toThrow(
        /does not run/,
      );
    });
  });
});
