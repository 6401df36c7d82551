/**
 * Build the sampler's native kernel (src/spinglass/kernel-native.c) into build/thesis-kernel.node
 * with the system C compiler and Node's own headers, no node-gyp and no download.
 *
 * Run by `npm ci` / `npm install` (the package's install script) and by `npm run build:native`.
 * The kernel is optional: when there is no compiler or no headers, or the build fails, this says
 * so on one line and exits 0, and the sampler runs its WebAssembly kernel (the same chain). With
 * `--require` (used by `npm run build:native`) a failed build exits 1 instead.
 *
 * Flags that matter for the chain being bit-identical to the TypeScript reference: -ffp-contract=off
 * (no fused multiply-add) and no -ffast-math. The build embeds the source's hash, and the loader
 * refuses a build whose hash is not the current source's.
 *
 * Environment: CC (compiler, default cc), SPINSPEC_NODE_INCLUDE (directory with node_api.h),
 * SPINSPEC_SKIP_NATIVE=1 (do not build).
 *
 * @module
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import {
  loadNativeAddon,
  NATIVE_KERNEL_BINARY,
  NATIVE_KERNEL_SOURCE,
  nativeKernelStatus,
  nativeSourceHash,
} from "../src/spinglass/kernel-native.js";

/** Directories that may hold Node's node_api.h, most specific first. */
export function nodeIncludeCandidates(): string[] {
  const fromEnv = process.env.SPINSPEC_NODE_INCLUDE;
  return [
    ...(fromEnv ? [fromEnv] : []),
    join(dirname(process.execPath), "..", "include", "node"),
    "/usr/include/node",
    "/usr/local/include/node",
  ];
}

/** The first directory holding node_api.h, or null. */
export function nodeInclude(): string | null {
  return nodeIncludeCandidates().find((d) => existsSync(join(d, "node_api.h"))) ?? null;
}

/** The C compiler to use (CC, default cc). */
export function compiler(): string {
  return process.env.CC ?? "cc";
}

/**
 * Whether to compile for AVX2: on x86-64 Linux when the CPU reports it. The kernel is built where it
 * runs, and a build carried to a CPU without AVX2 refuses to load (the sampler then runs WebAssembly).
 */
export function useAvx2(): boolean {
  if (process.arch !== "x64" || process.platform !== "linux") return false;
  try {
    return /^flags\s*:.*\bavx2\b/m.test(readFileSync("/proc/cpuinfo", "utf8"));
  } catch {
    return false;
  }
}

/**
 * Compile the kernel source at `source` into the addon `out`, embedding the hash of its text.
 * Throws (with the compiler's messages) when the compiler fails. Also used by the tests to build
 * deliberately broken variants.
 */
export function compileKernel(source: string, out: string, include: string): void {
  const hash = nativeSourceHash(readFileSync(source, "utf8"));
  const args = [
    "-O3",
    ...(useAvx2() ? ["-mavx2"] : []),
    "-std=gnu11",
    "-fPIC",
    "-shared",
    "-ffp-contract=off",
    "-fno-math-errno",
    "-Wall",
    "-Wno-psabi",
    `-I${include}`,
    `-DKERNEL_SOURCE_HASH="${hash}"`,
    ...(process.platform === "darwin" ? ["-undefined", "dynamic_lookup"] : []),
    source,
    "-o",
    out,
    "-lm",
  ];
  execFileSync(compiler(), args, { stdio: ["ignore", "pipe", "pipe"] });
}

/** Build the kernel; returns a one-line account of what happened and whether a fresh build exists. */
export function buildNative(): { ok: boolean; message: string } {
  if (process.env.SPINSPEC_SKIP_NATIVE === "1") return { ok: false, message: "skipped (SPINSPEC_SKIP_NATIVE=1)" };
  const include = nodeInclude();
  if (!include)
    return { ok: false, message: `no node_api.h in ${nodeIncludeCandidates().join(", ")} (set SPINSPEC_NODE_INCLUDE)` };
  const cc = compiler();
  // require() loads a file as an addon only by its .node extension.
  const tmp = NATIVE_KERNEL_BINARY.replace(/\.node$/, `.${process.pid}.tmp.node`);
  mkdirSync(dirname(NATIVE_KERNEL_BINARY), { recursive: true });
  try {
    compileKernel(NATIVE_KERNEL_SOURCE, tmp, include);
    // Load it before putting it in place: a build that cannot load must not replace a good one.
    const { module, reason } = loadNativeAddon(tmp, readFileSync(NATIVE_KERNEL_SOURCE, "utf8"));
    if (!module) throw new Error(reason);
    renameSync(tmp, NATIVE_KERNEL_BINARY);
  } catch (err) {
    rmSync(tmp, { force: true });
    const e = err as { stderr?: Buffer; message: string };
    const detail = (e.stderr?.toString() || e.message).trim().split("\n").slice(0, 3).join(" | ");
    return { ok: false, message: `${cc} failed: ${detail}` };
  }
  return { ok: true, message: `built ${NATIVE_KERNEL_BINARY} with ${cc} (headers ${include})` };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { ok, message } = buildNative();
  // A failed or skipped build leaves an earlier one in place; it still runs if it is fresh.
  const kept = !ok && nativeKernelStatus().available;
  const after = ok
    ? ""
    : kept
      ? "; the existing, fresh build stays in use"
      : "; the WebAssembly kernel will be used (the same chain, slower)";
  console.log(`spinspec native sampler kernel: ${message}${after}`);
  if (!ok && process.argv.includes("--require")) process.exit(1);
}
