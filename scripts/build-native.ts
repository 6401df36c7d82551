/**
 * Build the native kernels with the system C compiler and Node's own headers, no node-gyp and no
 * download: the thesis sampler's (src/spinglass/kernel-native.c → build/thesis-kernel.node) and the
 * Ising Metropolis one (src/mcmc/metropolis-native.c → build/ising-kernel.node).
 *
 * Run by `npm ci` / `npm install` (the package's install script) and by `npm run build:native`.
 * The kernels are optional: when there is no compiler or no headers, or a build fails, this says
 * so on one line each and exits 0, and the samplers run their WebAssembly kernels (the same chains). With `--require` (used by `npm run build:native`) a
 * failed build exits 1 instead.
 *
 * Flags that matter for the chains being bit-identical to the TypeScript references:
 * -ffp-contract=off (no fused multiply-add) and no -ffast-math (the list is nativeFlags() in
 * src/native/build-identity.ts). Each build embeds the hash of its source, the compiler, the
 * compiler's version and the flags, and the loaders refuse a build whose hash is not the current
 * one's.
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
  compilerCommand,
  currentBuildConfig,
  type NativeBuildConfig,
  nativeBuildHash,
} from "../src/native/build-identity.js";
import {
  loadNativeAddon,
  NATIVE_KERNEL_BINARY,
  NATIVE_KERNEL_SOURCE,
  nativeKernelStatus,
} from "../src/spinglass/kernel-native.js";
import {
  ISING_KERNEL_BINARY,
  ISING_KERNEL_SOURCE,
  isingKernelStatus,
  loadIsingAddon,
} from "../src/mcmc/metropolis-native.js";

export { useAvx2 } from "../src/native/build-identity.js";

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
  return compilerCommand();
}

/**
 * Compile the kernel source at `source` into the addon `out` with `config` (default: this machine's
 * compiler and flags), embedding the hash of the source and the configuration. Throws (with the
 * compiler's messages) when the compiler fails or does not run. Also used by the tests to build
 * deliberately broken variants, and builds with other flags.
 */
export function compileKernel(
  source: string,
  out: string,
  include: string,
  config: NativeBuildConfig | null = currentBuildConfig(),
): void {
  if (config === null) throw new Error(`the compiler ${compilerCommand()} does not run`);
  const hash = nativeBuildHash(readFileSync(source, "utf8"), config);
  const [libs, flags] = [
    config.flags.filter((f) => f.startsWith("-l")),
    config.flags.filter((f) => !f.startsWith("-l")),
  ];
  const args = [
    ...flags,
    `-I${include}`,
    `-DKERNEL_BUILD_HASH="${hash}"`,
    `-DKERNEL_BUILD_COMPILER=${JSON.stringify(config.compiler)}`,
    source,
    "-o",
    out,
    ...libs,
  ];
  execFileSync(config.compiler, args, { stdio: ["ignore", "pipe", "pipe"] });
}

/** A kernel the install builds: its source, its addon, and how to load and check one. */
interface KernelBuild {
  name: string;
  source: string;
  binary: string;
  load(binary: string, source: string): { module: unknown; reason: string };
  status(): { available: boolean; reason: string };
  fallback: string;
}

/** The kernels built at install. */
const KERNELS: KernelBuild[] = [
  {
    name: "native sampler kernel",
    source: NATIVE_KERNEL_SOURCE,
    binary: NATIVE_KERNEL_BINARY,
    load: (b, s) => loadNativeAddon(b, s),
    status: nativeKernelStatus,
    fallback: "the WebAssembly kernel will be used (the same chain, slower)",
  },
  {
    name: "native Ising Metropolis kernel",
    source: ISING_KERNEL_SOURCE,
    binary: ISING_KERNEL_BINARY,
    load: (b, s) => loadIsingAddon(b, s),
    status: isingKernelStatus,
    fallback: "the WebAssembly kernel will be used (the same chain, slower)",
  },
];

/** Build one kernel; returns a one-line account of what happened and whether a fresh build exists. */
function buildKernel(k: KernelBuild): { ok: boolean; message: string } {
  if (process.env.SPINSPEC_SKIP_NATIVE === "1") return { ok: false, message: "skipped (SPINSPEC_SKIP_NATIVE=1)" };
  const include = nodeInclude();
  if (!include)
    return { ok: false, message: `no node_api.h in ${nodeIncludeCandidates().join(", ")} (set SPINSPEC_NODE_INCLUDE)` };
  const cc = compiler();
  // require() loads a file as an addon only by its .node extension.
  const tmp = k.binary.replace(/\.node$/, `.${process.pid}.tmp.node`);
  mkdirSync(dirname(k.binary), { recursive: true });
  try {
    compileKernel(k.source, tmp, include);
    // Load it before putting it in place: a build that cannot load must not replace a good one.
    const { module, reason } = k.load(tmp, readFileSync(k.source, "utf8"));
    if (!module) throw new Error(reason);
    renameSync(tmp, k.binary);
  } catch (err) {
    rmSync(tmp, { force: true });
    const e = err as { stderr?: Buffer; message: string };
    const detail = (e.stderr?.toString() || e.message).trim().split("\n").slice(0, 3).join(" | ");
    return { ok: false, message: `${cc} failed: ${detail}` };
  }
  return { ok: true, message: `built ${k.binary} with ${cc} (headers ${include})` };
}

/** Build every kernel; one account each, as {@link buildKernel}'s, with the kernel's name. */
export function buildNative(): { name: string; ok: boolean; message: string; kept: boolean; fallback: string }[] {
  return KERNELS.map((k) => {
    const { ok, message } = buildKernel(k);
    // A failed or skipped build leaves an earlier one in place; it still runs if it is fresh.
    return { name: k.name, ok, message, kept: !ok && k.status().available, fallback: k.fallback };
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  let failed = false;
  for (const { name, ok, message, kept, fallback } of buildNative()) {
    const after = ok ? "" : kept ? "; the existing, fresh build stays in use" : `; ${fallback}`;
    console.log(`spinspec ${name}: ${message}${after}`);
    failed ||= !ok;
  }
  if (failed && process.argv.includes("--require")) process.exit(1);
}
