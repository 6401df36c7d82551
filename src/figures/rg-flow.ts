/**
 * Figure: the RG flow J ↦ ½(J + J²) of the Lean listing, eigenvalue by eigenvalue. A symmetric J
 * with eigenvalues on both sides of the basin (−2, 1) is iterated as a matrix; the eigenvalues of
 * each iterate (checked against the scalar map f(λ) = λ(1+λ)/2) are plotted against the step,
 * clipped to [−3, 3].
 *
 * @module
 */
import type { FigureDefinition } from "./figure.js";
import { rgFlow } from "../linalg/rg.js";
import { randomOrthogonal, withSpectrum } from "../linalg/random.js";
import { fromRows, symmetricEigenvalues } from "../linalg/matrix.js";
import { Prng } from "../random/prng.js";

/** The figure definition (see `figure.ts`). */
export const figure: FigureDefinition = {
  id: "rg-flow",
  title: "RG flow of the eigenvalues of J under J ↦ ½(J + J²)",
  caption:
    "Eigenvalues of the k-th iterate of a symmetric coupling matrix. Eigenvalues in (−2, 1) flow to the stable fixed point 0; those just above 1 or just below −2 run away; 1 is the unstable fixed point (dashed).",
  claims: ["rg.basin-of-zero", "rg.fixed-point-stability", "rg.fixed-points-idempotent"],
  build({ seed, thorough }) {
    const start = [-2.05, -1.9, -1, -0.3, 0.5, 0.95, 0.999, 1.02];
    const Q = randomOrthogonal(new Prng(seed), start.length);
    let J = withSpectrum(Q, start);
    const steps = thorough ? 40 : 24;
    const values: Array<{ k: number; lambda: number; start: string }> = [];
    const labels = start.map((l) => `λ₀ = ${l}`);
    let bounded = true;
    for (let k = 0; k <= steps; k++) {
      // The plotted values come from the scalar map f(λ) = λ(1+λ)/2 applied to each start value;
      // the matrix iteration is the second road, compared while the iterates stay bounded (once an
      // eigenvalue runs away, float64 can no longer resolve the small ones next to it).
      const tracked = start.map((l) => {
        let x = l;
        for (let i = 0; i < k; i++) x = 0.5 * x * (1 + x);
        return x;
      });
      if (bounded) {
        const ev = Array.from(symmetricEigenvalues(fromRows(J)));
        const want = [...tracked].sort((x, y) => x - y);
        const worst = Math.max(...ev.map((y, i) => Math.abs(y - want[i]) / (1 + Math.abs(want[i]))));
        if (worst > 1e-6)
          throw new Error(`rg-flow figure: matrix and eigenvalue iterations disagree at step ${k} (${worst})`);
        J = rgFlow(J);
        bounded = J.every((r) => r.every((x) => Math.abs(x) < 1e6));
      }
      tracked.forEach((x, i) => {
        if (Number.isFinite(x)) values.push({ k, lambda: Math.max(-3, Math.min(3, x)), start: labels[i] });
      });
    }
    return {
      $schema: "https://vega.github.io/schema/vega-lite/v6.json",
      title: "RG flow of eigenvalues",
      width: 480,
      height: 320,
      layer: [
        {
          data: { values },
          mark: { type: "line", point: true },
          encoding: {
            x: { field: "k", type: "quantitative", title: "RG step k" },
            y: {
              field: "lambda",
              type: "quantitative",
              title: "eigenvalue λ_k (clipped to [−3, 3])",
              scale: { domain: [-3, 3] },
            },
            color: { field: "start", type: "nominal", title: "start" },
          },
        },
        {
          data: { values: [{ y: 1 }, { y: -2 }, { y: 0 }] },
          mark: { type: "rule", strokeDash: [4, 3], color: "gray" },
          encoding: { y: { field: "y", type: "quantitative" } },
        },
      ],
    };
  },
};
