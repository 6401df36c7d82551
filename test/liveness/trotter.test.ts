/**
 * Liveness of the trotter family: with deliberately broken references the properties reach a
 * different verdict than with the real ones.
 */
import { describe, expect, it, vi } from "vitest";

const state = vi.hoisted(() => ({ mode: "ok" as "ok" | "drop-n" | "no-strang" | "bound-n2" | "nan" }));

vi.mock("../../src/precision/trotter.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../src/precision/trotter.js")>();
  return {
    ...real,
    trotterError: (
      Hs: Parameters<typeof real.trotterError>[0],
      beta: Parameters<typeof real.trotterError>[1],
      n: number,
      options: Parameters<typeof real.trotterError>[3] = {},
    ) => {
      // "drop-n": the Trotter steps are forgotten (always one step); "no-strang": order 2 ignored;
      // "nan": a broken reference that returns NaN (must be an ERROR, never a counterexample).
      if (state.mode === "nan") return real.trotterError(Hs, beta, n, options).times(Number.NaN);
      if (state.mode === "drop-n") return real.trotterError(Hs, beta, 1, options);
      if (state.mode === "no-strang") return real.trotterError(Hs, beta, n, { ...options, order: 1 });
      return real.trotterError(Hs, beta, n, options);
    },
  };
});

vi.mock("../../src/precision/trotter-bounds.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../src/precision/trotter-bounds.js")>();
  return {
    ...real,
    // "bound-n2": the sharp bound decays like 1/n² instead of 1/n.
    firstOrderBounds: (
      Hs: Parameters<typeof real.firstOrderBounds>[0],
      beta: Parameters<typeof real.firstOrderBounds>[1],
      n: number,
      digits?: number,
    ) => {
      const b = real.firstOrderBounds(Hs, beta, n, digits);
      return state.mode === "bound-n2" ? { ...b, sharp: b.sharp.div(n) } : b;
    },
  };
});

const { properties } = await import("../../properties/trotter.js");
const { runProperty } = await import("../../src/claims/runner.js");
const prop = (id: string) => {
  const p = properties.find((x) => x.id === id);
  if (!p) throw new Error(`no property ${id}`);
  return p;
};

describe("trotter family against broken references", () => {
  it("a Trotter error that ignores n refutes the order-1 rate and the limit", () => {
    state.mode = "ok";
    expect(runProperty(prop("trotter.eq10-rate"), { seed: 7 }).observed).toBe("HOLDS");
    state.mode = "drop-n";
    expect(runProperty(prop("trotter.eq10-rate"), { seed: 7 }).observed).toBe("REFUTED");
    expect(runProperty(prop("trotter.lie-product-limit"), { seed: 7 }).observed).toBe("REFUTED");
  });

  it("a Trotter error that ignores order 2 refutes the Strang order", () => {
    state.mode = "no-strang";
    expect(runProperty(prop("trotter.strang-order2"), { seed: 7 }).observed).toBe("REFUTED");
  });

  it("a bound decaying like 1/n² is refuted by the split-product errors", () => {
    state.mode = "ok";
    expect(runProperty(prop("trotter.eq12-split-bound"), { seed: 7 }).observed).toBe("HOLDS");
    state.mode = "bound-n2";
    expect(runProperty(prop("trotter.eq12-split-bound"), { seed: 7 }).observed).toBe("REFUTED");
    state.mode = "ok";
  });

  it("a Trotter error that is NaN is an ERROR, for holding and for refuted claims alike", () => {
    state.mode = "nan";
    for (const id of ["trotter.eq12-split-bound", "trotter.eq13-literal", "trotter.eq12-literal"])
      expect(runProperty(prop(id), { seed: 7 }).observed, id).toBe("ERROR");
    state.mode = "ok";
  });
});
