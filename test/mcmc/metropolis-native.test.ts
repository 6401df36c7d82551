import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { nodeInclude } from "../../scripts/build-native.js";
import { currentBuildConfig } from "../../src/native/build-identity.js";
import {
  ISING_KERNEL_BINARY,
  ISING_KERNEL_SOURCE,
  isingKernelStatus,
  isingNativeModule,
  loadIsingAddon,
} from "../../src/mcmc/metropolis-native.js";
import { metropolisRun } from "../../src/mcmc/metropolis-run.js";
import { metropolisAcceptance, metropolisSweep, torusState } from "../../src/mcmc/metropolis.js";
import { Prng } from "../../src/random/prng.js";

// Everything is called inside the tests, never at import: a loader that throws must fail a test, not
// the collection of the file.
const buildable = nodeInclude() !== null && currentBuildConfig() !== null;

describe("loadIsingAddon", () => {
  it("refuses a binary that is not there, saying so", () => {
    const r = loadIsingAddon(`${ISING_KERNEL_BINARY}.missing`, readFileSync(ISING_KERNEL_SOURCE, "utf8"));
    expect(r.module).toBeNull();
    expect(r.reason).toMatch(/^not built .*run npm run build:native$/);
  });
  it.runIf(buildable)("loads the committed source's build, and refuses it for another source (stale)", () => {
    const source = readFileSync(ISING_KERNEL_SOURCE, "utf8");
    const fresh = loadIsingAddon(ISING_KERNEL_BINARY, source);
    expect(fresh.reason).toBe("built and fresh");
    expect(typeof fresh.module?.run).toBe("function");
    const stale = loadIsingAddon(ISING_KERNEL_BINARY, `${source}\n/* edited */\n`);
    expect(stale.module).toBeNull();
    expect(stale.reason).toMatch(/run npm run build:native$/);
  });
});

describe.runIf(buildable)("isingNativeModule and isingKernelStatus where the kernel is built", () => {
  it("the module is the fresh build and runs a flip count the TypeScript sweep agrees with", () => {
    const mod = isingNativeModule();
    expect(mod).not.toBeNull();
    expect(isingKernelStatus()).toEqual({ available: true, reason: "built and fresh" });
    // Second road: 3 sweeps of the reference on a 4×4 torus from the same start and seed.
    const a = torusState(4, new Prng(3));
    const b = torusState(4, new Prng(3));
    const ra = new Prng(11);
    let flips = 0;
    for (let s = 0; s < 3; s++) flips += metropolisSweep(a, 0.3, ra);
    const words = new Prng(11).getState();
    expect(mod?.run(b.spins, b.nb, metropolisAcceptance(0.3, 0), words, 3 * 16)).toBe(flips);
    expect([...b.spins]).toEqual([...a.spins]);
  });
  it("a run that flips nothing is still the native kernel's (0 flips is a result, −1 the refusal)", () => {
    // All spins up at β = 50, h = 0: every move costs ΔE = 8, accepted with e^-400 = 0 in doubles.
    const st = torusState(4);
    const r = metropolisRun(st, 50, new Prng(1), 5, { kernel: "native" });
    expect(r).toEqual({ accepted: 0, kernel: "native" });
    expect(st.spins.every((s) => s === 1)).toBe(true);
  });
});
