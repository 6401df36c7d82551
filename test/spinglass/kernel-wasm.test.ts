import { describe, expect, it } from "vitest";
import { readFile } from "node:fs/promises";
import { compileWat, KERNEL_MODULE, KERNEL_WAT, renderKernelModule } from "../../scripts/build-wasm.js";
import { KERNEL_WASM_BASE64 } from "../../src/spinglass/kernel-wasm.js";

describe("the committed WebAssembly kernel", () => {
  it("is fresh: recompiling kernel.wat with the pinned wabt gives the committed bytes (else run npm run build:wasm)", async () => {
    const bytes = await compileWat(await readFile(KERNEL_WAT, "utf8"));
    expect(Buffer.from(KERNEL_WASM_BASE64, "base64").equals(Buffer.from(bytes))).toBe(true);
    expect(await readFile(KERNEL_MODULE, "utf8")).toBe(renderKernelModule(bytes));
  });
  it("never grows its memory (JS makes it at its final size): growing would detach the views, and one detached ArrayBuffer makes V8 slow down typed-array JS process-wide", async () => {
    const wat = await readFile(KERNEL_WAT, "utf8");
    expect(wat.replace(/;;.*$/gm, "")).not.toMatch(/memory\.grow/);
    expect(wat).toMatch(/\(import "js" "memory" \(memory/);
  });
  it("is a valid module for this engine (SIMD)", () => {
    // The project's TypeScript libs do not declare WebAssembly (see src/spinglass/kernel.ts).
    const wasm = (globalThis as unknown as { WebAssembly: { validate(bytes: Uint8Array): boolean } }).WebAssembly;
    expect(wasm.validate(Buffer.from(KERNEL_WASM_BASE64, "base64"))).toBe(true);
  });
});
