/**
 * Figure: the Trotter error against the number of steps n, log-log, for the Lie (order 1) and
 * Strang (order 2) products, with the first-order bound and the fitted slopes in the legend.
 * Computed by `trotterError` at 30 digits; the slopes by least squares over the asymptotic range.
 *
 * @module
 */
import type { FigureDefinition } from "./figure.js";
import { trotterError } from "../precision/trotter.js";
import { firstOrderBound, fitOrder } from "../precision/trotter-bounds.js";
import { randomSymmetric } from "../linalg/random.js";
import { Prng } from "../random/prng.js";

/** The figure definition (see `figure.ts`). */
export const figure: FigureDefinition = {
  id: "trotter-error",
  title: "Trotter error vs number of steps",
  caption:
    "Spectral-norm error of the n-step product against e^{−βΣH} (β = 1), log-log. The Lie product falls with slope −1 and stays below the bound (β²/2n)Σ‖[H_l,H_l']‖e^{βΣ‖H_l‖}; the symmetric product falls with slope −2. Fitted slopes in the legend.",
  claims: ["trotter.eq10-rate", "trotter.strang-order2", "trotter.eq12-split-bound", "trotter.eq12-literal"],
  build({ seed, thorough }) {
    const prng = new Prng(seed);
    const cases: Array<{ name: string; Hs: number[][][] }> = [
      {
        name: "Pauli X, Z",
        Hs: [
          [
            [0, 1],
            [1, 0],
          ],
          [
            [1, 0],
            [0, -1],
          ],
        ],
      },
      { name: "random 3×3 pair", Hs: [randomSymmetric(prng.split(1), 3, 0.5), randomSymmetric(prng.split(2), 3, 0.5)] },
    ];
    const kMax = thorough ? 16 : 10;
    const ns = Array.from({ length: kMax + 1 }, (_, k) => 2 ** k);
    const values: Array<{ n: number; error: number; series: string }> = [];
    for (const { name, Hs } of cases) {
      for (const order of [1, 2] as const) {
        const errs = ns.map((n) => trotterError(Hs, 1, n, { order, digits: 30 }));
        const tail = ns.map((n, i) => [n, errs[i]] as const).filter(([n]) => n >= 2 ** (kMax - 4));
        const slope = fitOrder(
          tail.map(([n]) => n),
          tail.map(([, e]) => e),
        );
        const series = `${name}, ${order === 1 ? "Lie" : "Strang"} (slope −${slope.toFixed(3)})`;
        ns.forEach((n, i) => values.push({ n, error: Number(errs[i]), series }));
      }
      ns.forEach((n) =>
        values.push({ n, error: Number(firstOrderBound(Hs, 1, n, 20)), series: `${name}, first-order bound` }),
      );
    }
    return {
      $schema: "https://vega.github.io/schema/vega-lite/v6.json",
      title: "Trotter error vs n (β = 1)",
      width: 480,
      height: 320,
      data: { values },
      mark: { type: "line", point: true },
      encoding: {
        x: { field: "n", type: "quantitative", scale: { type: "log", base: 2 }, title: "steps n" },
        y: { field: "error", type: "quantitative", scale: { type: "log" }, title: "‖P_n − e^{−βΣH}‖₂" },
        color: { field: "series", type: "nominal", title: null },
        strokeDash: {
          condition: { test: "indexof(datum.series, 'bound') >= 0", value: [4, 3] },
          value: [1, 0],
        },
      },
    };
  },
};
