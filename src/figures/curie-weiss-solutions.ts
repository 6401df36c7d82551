/**
 * Figure: the solutions of the mean-field self-consistency m = tanh(β(m + h)) against β, for h = 0
 * and a small field, beside the exact finite-N Curie–Weiss ⟨|m|⟩. At h = 0 one solution below β = 1
 * and three above (paper 000 §6.1, blog 004); the exact finite-N curve is smooth and rounds the
 * bifurcation.
 *
 * @module
 */
import type { FigureDefinition } from "./figure.js";
import { curieWeissThermo, meanFieldSolutions } from "../meanfield/index.js";

/** The self-consistency figure. */
export const figure: FigureDefinition = {
  id: "curie-weiss-solutions",
  title: "Mean-field self-consistency solutions vs β",
  caption:
    "All solutions m of m = tanh(β(m + h)) for h = 0 (three branches above β = 1) and h = 0.02 (the metastable branches end at the spinodal), with the exact Curie–Weiss ⟨|m|⟩ at finite N, smooth at every N.",
  claims: [
    "meanfield.solution-count-h0",
    "meanfield.critical-beta-multiple-solutions",
    "meanfield.finite-n-m-continuous",
  ],
  build({ thorough }) {
    const values: Array<{ beta: number; m: number; series: string }> = [];
    const steps = thorough ? 600 : 200;
    for (let k = 1; k <= steps; k++) {
      const beta = (2.5 * k) / steps;
      for (const [h, name] of [
        [0, "mean field, h = 0"],
        [0.02, "mean field, h = 0.02"],
      ] as const) {
        for (const m of meanFieldSolutions(beta, 1, h)) values.push({ beta, m, series: name });
      }
      for (const N of thorough ? [50, 500, 5000] : [50, 500])
        values.push({ beta, m: curieWeissThermo(N, beta).absM, series: `exact ⟨|m|⟩, N = ${N}` });
    }
    return {
      $schema: "https://vega.github.io/schema/vega-lite/v6.json",
      width: 480,
      height: 300,
      data: { values },
      mark: { type: "point", size: 6, filled: true },
      encoding: {
        x: { field: "beta", type: "quantitative", title: "β J" },
        y: { field: "m", type: "quantitative", title: "m" },
        color: { field: "series", type: "nominal", title: null },
      },
    };
  },
};
