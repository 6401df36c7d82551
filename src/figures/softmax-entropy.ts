/**
 * Figure: entropy and participation ratio of a softmax row of N random logits against β, for
 * growing N, on the REM scale u = β/β_c(N) with β_c = √(2 ln N)/σ. At every finite N both curves
 * are smooth in β (no critical β); as N grows, S/ln N and ln PR/ln N approach the REM limits
 * 1 − u² and κ(u), which are non-analytic at u = 1 (S) and u = ½, 1 (PR). The position of standard
 * attention (β = 1, σ = 1 after the 1/√d_k scale) is marked for each N.
 *
 * @module
 */
import type { FigureDefinition } from "./figure.js";
import { remCriticalBeta, remLogits, remParticipationExponent } from "../attention/rem.js";
import { rowThermo } from "../attention/boltzmann.js";
import { Prng } from "../random/prng.js";

const ENTROPY = "entropy S / ln N";
const PARTICIPATION = "ln PR / ln N";

/** Limit of S/ln N for REM rows: S ≈ ln Z − β⟨a⟩ = ln N (1 + u²) − 2u² ln N below u = 1, 0 above. */
function entropyLimit(u: number): number {
  return u <= 1 ? 1 - u * u : 0;
}

/** The softmax-entropy figure. */
export const figure: FigureDefinition = {
  id: "softmax-entropy",
  title: "Softmax entropy and participation ratio vs β for growing N (random logits)",
  caption:
    "Rows of N i.i.d. N(0,1) logits, averaged over a few rows, against u = β/β_c(N), β_c = √(2 ln N). Every finite-N curve is smooth; the dashed REM limits bend at u = ½ and u = 1. Diamonds: standard attention (β = 1 on unit-spread logits), at u = 1/√(2 ln N), always on the delocalised side.",
  claims: [
    "softmax.rem-threshold",
    "softmax.rem-frozen-ipr",
    "softmax.finite-n-analytic",
    "softmax.critical-beta-transition",
    "softmax.standard-attention-phase",
  ],
  build({ seed, thorough }) {
    const sizes = thorough ? [16, 256, 4096, 65536, 1048576] : [16, 256, 4096, 65536];
    const reps = thorough ? 16 : 4;
    const steps = thorough ? 120 : 40;
    const values: Array<{ u: number; value: number; series: string; quantity: string; kind: string }> = [];
    const rng = new Prng(seed);
    for (const n of sizes) {
      const rows = Array.from({ length: reps }, (_, r) => remLogits(rng.split(n + r), n, 1));
      const bc = remCriticalBeta(n, 1);
      const point = (u: number) => {
        let s = 0;
        let lpr = 0;
        for (const a of rows) {
          const t = rowThermo(a, u * bc);
          s += t.entropy;
          lpr += Math.log(t.participation);
        }
        return { s: s / reps / Math.log(n), pr: lpr / reps / Math.log(n) };
      };
      for (let k = 0; k <= steps; k++) {
        const u = (3 * k) / steps;
        const { s, pr } = point(u);
        values.push({ u, value: s, series: `N = ${n}`, quantity: ENTROPY, kind: "measured" });
        values.push({ u, value: pr, series: `N = ${n}`, quantity: PARTICIPATION, kind: "measured" });
      }
      const uStd = 1 / bc;
      const std = point(uStd);
      values.push({ u: uStd, value: std.s, series: "standard attention", quantity: ENTROPY, kind: "standard" });
      values.push({ u: uStd, value: std.pr, series: "standard attention", quantity: PARTICIPATION, kind: "standard" });
    }
    for (let k = 0; k <= 300; k++) {
      const u = (3 * k) / 300;
      values.push({ u, value: entropyLimit(u), series: "REM limit N → ∞", quantity: ENTROPY, kind: "limit" });
      values.push({
        u,
        value: remParticipationExponent(u),
        series: "REM limit N → ∞",
        quantity: PARTICIPATION,
        kind: "limit",
      });
    }
    return {
      $schema: "https://vega.github.io/schema/vega-lite/v6.json",
      data: { values },
      facet: { column: { field: "quantity", type: "nominal", title: null } },
      spec: {
        width: 300,
        height: 220,
        layer: [
          {
            transform: [{ filter: "datum.kind === 'measured'" }],
            mark: { type: "line" },
            encoding: {
              x: { field: "u", type: "quantitative", title: "u = β / β_c(N)" },
              y: { field: "value", type: "quantitative", title: null },
              color: { field: "series", type: "nominal", title: null },
            },
          },
          {
            transform: [{ filter: "datum.kind === 'limit'" }],
            mark: { type: "line", strokeDash: [4, 3], color: "black" },
            encoding: { x: { field: "u", type: "quantitative" }, y: { field: "value", type: "quantitative" } },
          },
          {
            transform: [{ filter: "datum.kind === 'standard'" }],
            mark: { type: "point", shape: "diamond", filled: true, size: 60, color: "black" },
            encoding: { x: { field: "u", type: "quantitative" }, y: { field: "value", type: "quantitative" } },
          },
        ],
      },
    };
  },
};
