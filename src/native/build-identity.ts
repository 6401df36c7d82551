/**
 * What makes a native kernel build fresh: the hash every build embeds and every loader checks.
 *
 * A build is the product of its source, the compiler, the compiler's version and the flags: change
 * any of them and the binary may differ (a new optimizer, `-ffast-math`, `-march` …), and a chain
 * that must be the TypeScript reference's bit for bit may no longer be. So the hash covers all four:
 * SHA-256 over the source's SHA-256, the compiler command, the first line of its `--version`, and the
 * flags. The build embeds it (`-DKERNEL_BUILD_HASH=…`) and the compiler command it used
 * (`-DKERNEL_BUILD_COMPILER=…`, so that a build made with `CC=clang` is checked against clang even
 * where CC is not set); the loader recomputes the hash from the current source, that compiler's
 * current version and the current flags, and refuses a build whose hash differs (it is stale: `npm
 * run build:native`). Paths (Node's include directory, the output file) are not part of it.
 *
 * The flags are decided here, not in the build script, so that the loader computes the same list.
 *
 * @module
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

/** The inputs of a native build besides its source: compiler command, its version line, flags. */
export interface NativeBuildConfig {
  /** The compiler command (CC, default cc). */
  readonly compiler: string;
  /** The first line of `compiler --version`. */
  readonly version: string;
  /** Every compiler argument but the include directory, the embedded hash, the input and the output. */
  readonly flags: readonly string[];
}

/** The C compiler to use (CC, default cc). */
export function compilerCommand(): string {
  return process.env.CC ?? "cc";
}

const versions = new Map<string, string | null>();

/** The first line of `cc --version`, or null when it does not run (cached per command and process). */
export function compilerVersion(cc: string = compilerCommand()): string | null {
  if (!versions.has(cc)) {
    let v: string | null = null;
    try {
      v = execFileSync(cc, ["--version"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).split("\n")[0];
    } catch {
      v = null;
    }
    versions.set(cc, v);
  }
  return versions.get(cc) ?? null;
}

/**
 * Whether to compile for AVX2: on x86-64 Linux when the CPU reports it. The kernels are built where
 * they run; a build carried to a CPU without AVX2 has flags that are not this CPU's, so its hash is
 * not the current one and it is refused before any of its code runs.
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
 * The compiler flags of a kernel build on this machine. -ffp-contract=off (no fused multiply-add)
 * and no -ffast-math keep the floating-point operations the JS ones.
 */
export function nativeFlags(): string[] {
  return [
    "-O3",
    ...(useAvx2() ? ["-mavx2"] : []),
    "-std=gnu11",
    "-fPIC",
    "-shared",
    "-ffp-contract=off",
    "-fno-math-errno",
    "-Wall",
    "-Wno-psabi",
    ...(process.platform === "darwin" ? ["-undefined", "dynamic_lookup"] : []),
    "-lm",
  ];
}

/**
 * This machine's build configuration with compiler `compiler` (default CC, else cc), or null when
 * that compiler does not run (no build can be checked).
 */
export function currentBuildConfig(compiler: string = compilerCommand()): NativeBuildConfig | null {
  const version = compilerVersion(compiler);
  return version === null ? null : { compiler, version, flags: nativeFlags() };
}

/** The hash a build of `source` with `config` embeds and its loader expects (hex SHA-256). */
export function nativeBuildHash(source: string, config: NativeBuildConfig): string {
  const sourceHash = createHash("sha256").update(source).digest("hex");
  return createHash("sha256")
    .update(JSON.stringify([sourceHash, config.compiler, config.version, config.flags]))
    .digest("hex");
}

/** What a kernel addon says about its build (both embedded at compile time). */
export interface BuiltAddon {
  /** {@link nativeBuildHash} of its source and configuration. */
  buildHash?: unknown;
  /** The compiler command that built it. */
  buildCompiler?: unknown;
}

/**
 * The configuration to check `addon` against: `config` when given (tests), else the current one
 * with the compiler that built the addon (or CC/cc when it does not say).
 */
export function expectedConfig(addon: BuiltAddon, config?: NativeBuildConfig | null): NativeBuildConfig | null {
  if (config !== undefined) return config;
  return currentBuildConfig(typeof addon.buildCompiler === "string" ? addon.buildCompiler : compilerCommand());
}

/**
 * Whether an addon's embedded `buildHash` is that of `source` built with `config`: null if so, else
 * why not (a sentence starting "stale" or "cannot check").
 */
export function staleness(buildHash: unknown, source: string, config: NativeBuildConfig | null): string | null {
  if (config === null) return "cannot check: the compiler that built it does not run here";
  if (buildHash === nativeBuildHash(source, config)) return null;
  return `stale: built from another version of the source, another compiler or other flags than ${config.compiler} (${config.version}) ${config.flags.join(" ")}`;
}

/**
 * Load the addon at `binary` and check that it was built from `source` with `config` (by default:
 * the compiler that built it, as it is now, and the current flags; its embedded hash); returns the
 * module, or null and why not. One loader for every compiled kernel.
 */
export function loadBuiltAddon<T extends BuiltAddon>(
  binary: string,
  source: string,
  config?: NativeBuildConfig | null,
): { module: T | null; reason: string } {
  let mod: T;
  try {
    mod = createRequire(import.meta.url)(binary) as T;
  } catch (err) {
    return {
      module: null,
      reason: `not built (${binary}: ${(err as Error).message.split("\n")[0]}); run npm run build:native`,
    };
  }
  const stale = staleness(mod.buildHash, source, expectedConfig(mod, config));
  if (stale !== null) return { module: null, reason: `${stale}; run npm run build:native` };
  return { module: mod, reason: "built and fresh" };
}
