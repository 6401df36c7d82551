/**
 * Readouts of vector spins (thesis eq 2.21-2.23, 4.1): the Bessel ratio by two methods and against
 * mpmath, the vMF mean by sampling, the large-D approximation's error in D, the β → 0 limit, and
 * eq 4.1's series.
 */
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { holds, once, part } from "../src/claims/property.js";
import { expectClose, expectThat } from "../src/claims/violation.js";
import { PROJECT_ROOT } from "../src/claims/registry.js";
import { besselRatio, besselRatioCfF64, besselRatioSeriesF64 } from "../src/special/bessel-ratio.js";
import {
  exactReadout,
  gammaLargeD,
  langevin,
  largeDCoefficientSeries,
  largeDReadout,
} from "../src/spinglass/readout.js";
import { sampleVmf } from "../src/spinglass/vmf.js";
import { gaussianArray, seedArb } from "../src/spinglass/arbitraries.js";
import { thesisRadius } from "../src/spinglass/system.js";
import { Prng } from "../src/random/prng.js";
import { logLogSlope, orderOnHalvings } from "../src/fit/least-squares.js";

interface FixtureRow {
  D: number;
  nu: string;
  x: string;
  ratio: string;
}
const fixtures = (): FixtureRow[] =>
  JSON.parse(readFileSync(join(PROJECT_ROOT, "fixtures", "bessel-ratio.json"), "utf8")).rows as FixtureRow[];

/**
 * The large-D readout's coefficient c(β) = β/(1 + γ), γ = √(1 + β²a²) with a = ‖θ‖/R: the reference's
 * γ at R = 1 (written without cancellation, unlike the equivalent (γ − 1)/(βa²)).
 */
const coefficient = (beta: number, a: number) => beta / (1 + gammaLargeD(a, beta, 1));

export const properties = [
  holds(
    "readout.bessel-fixtures",
    once(
      "besselRatio (series and continued fraction, 30 digits) and both float64 methods agree with mpmath's 30-digit fixtures for D = 3, 8, 32, κ ∈ [0.01, 100]",
      (ctx) => {
        let worst = 0;
        let worst64 = 0;
        for (const r of fixtures()) {
          const v = besselRatio(r.nu, r.x, { digits: 30, method: "both" });
          const rel = Math.abs(Number(v.sub(r.ratio).div(r.ratio)));
          worst = Math.max(worst, rel);
          expectThat(rel <= 1e-28, `besselRatio(${r.nu}, ${r.x}) = ${String(v)} vs mpmath ${r.ratio}`, { row: r, rel });
          const exact = Number(r.ratio);
          for (const f of [
            besselRatioCfF64(Number(r.nu), Number(r.x)),
            besselRatioSeriesF64(Number(r.nu), Number(r.x)),
          ]) {
            const e = Math.abs(f / exact - 1);
            worst64 = Math.max(worst64, e);
            expectThat(e <= 1e-14, `float64 ratio ${f} vs mpmath ${r.ratio}`, { row: r, e });
          }
        }
        ctx.record("worst relative difference, 30 digits", worst);
        ctx.record("worst relative difference, float64", worst64);
        ctx.observeRatio(worst64 / 1e-14);
      },
      { budgetMs: 20_000 },
    ),
  ),
  holds(
    "readout.bessel-two-methods",
    part({
      description: "float64 series and continued fraction agree within 1e-13 relative for ν ∈ [0, 60], x ∈ [0, 500]",
      arbitraries: () => [
        fc.integer({ min: 0, max: 120 }).map((k) => k / 2),
        fc.double({ min: 0, max: 500, noNaN: true }),
      ],
      predicate: (ctx, nu, x) => {
        const a = besselRatioSeriesF64(nu, x);
        const b = besselRatioCfF64(nu, x);
        expectClose("series vs continued fraction", a, b, { abs: 1e-300, rel: 1e-13 }, { nu, x });
        if (b > 0) ctx.observeRatio(Math.abs(a - b) / (1e-13 * b));
      },
    }),
  ),
  holds(
    "readout.langevin-d3",
    part({
      description:
        "for D = 3 (ν = ½) the ratio is the Langevin function coth κ − 1/κ, within 1e-13 relative, κ ∈ [1e-3, 700]",
      arbitraries: () => [fc.double({ min: 1e-3, max: 700, noNaN: true })],
      predicate: (_ctx, kappa) =>
        expectClose(
          "I_{3/2}/I_{1/2} vs Langevin",
          besselRatioCfF64(0.5, kappa),
          langevin(kappa),
          { rel: 1e-13 },
          { kappa },
        ),
    }),
  ),
  holds(
    "readout.eq221-vmf-mean",
    part({
      description:
        "Wood's vMF sampler: the sample mean of u·μ over 4000 draws is within 5 standard errors of I_{D/2}(κ)/I_{D/2−1}(κ), and the orthogonal part of the mean within 5 SE of 0",
      arbitraries: () => [fc.constantFrom(3, 8, 32), fc.double({ min: 0.01, max: 100, noNaN: true }), seedArb],
      predicate: (ctx, D, kappa, seed) => {
        const rng = new Prng(seed);
        const mu = gaussianArray(seed + 1, D);
        const n = Math.hypot(...mu);
        for (let a = 0; a < D; a++) mu[a] /= n;
        const M = 4000;
        let s = 0;
        let s2 = 0;
        const perp = new Float64Array(D);
        for (let t = 0; t < M; t++) {
          const u = sampleVmf(rng, mu, kappa);
          let w = 0;
          for (let a = 0; a < D; a++) w += u[a] * mu[a];
          s += w;
          s2 += w * w;
          for (let a = 0; a < D; a++) perp[a] += u[a] - w * mu[a];
        }
        const mean = s / M;
        const sd = Math.sqrt(Math.max(s2 / M - mean * mean, 1e-300));
        const exact = besselRatioCfF64(D / 2 - 1, kappa);
        const z = Math.abs(mean - exact) / (sd / Math.sqrt(M));
        ctx.observeRatio(z / 5);
        expectThat(z <= 5, `vMF sample mean ${mean} vs exact ${exact}: ${z.toFixed(2)} standard errors`, {
          D,
          kappa,
          seed,
        });
        // The orthogonal part: each component has variance ≤ (1 − E w²)/(D − 1) ≤ 1/(D−1).
        const perpNorm = Math.hypot(...perp) / M;
        const perpSe = Math.sqrt(Math.max(1 - s2 / M, 1e-12) / M);
        expectThat(
          perpNorm <= 5 * perpSe * Math.sqrt(1 + 4 / Math.sqrt(D)),
          `orthogonal part of the mean ${perpNorm} (SE ${perpSe})`,
          { D, kappa, seed },
        );
      },
      numRuns: 15,
      thoroughRuns: 200,
      budgetMs: 20_000,
    }),
  ),
  holds(
    "readout.eq222-large-d-error",
    part({
      description:
        "the large-D ratio z/(1+√(1+z²)) differs from the exact I_{ν+1}(νz)/I_ν(νz) (ν = D/2 − 1, 25 digits) by a relative error whose fitted order in D is in [−1.15, −0.85] over D = 16 … 512",
      arbitraries: () => [fc.double({ min: 0.05, max: 20, noNaN: true })],
      predicate: (ctx, z) => {
        const Ds = [16, 32, 64, 128, 256, 512];
        const errs = Ds.map((D) => {
          const nu = D / 2 - 1;
          const exact = besselRatio(nu, nu * z, { digits: 25 });
          const approx = z / (1 + Math.sqrt(1 + z * z));
          return Math.abs(approx / exact.toNumber() - 1);
        });
        const p = logLogSlope(Ds, errs);
        ctx.record("fitted order in D", p);
        ctx.record("relative error at D = 32", errs[1]);
        expectThat(p >= -1.15 && p <= -0.85, `large-D error has fitted order ${p} in D`, { z, errs });
      },
      numRuns: 15,
      thoroughRuns: 100,
      budgetMs: 20_000,
    }),
  ),
  holds(
    "readout.beta-to-zero",
    part({
      description:
        "‖φ_{D→∞}(θ)‖ ≤ β‖θ‖/2 and ‖φ_exact(θ)‖ ≤ βR²‖θ‖/D, so both readouts vanish as β → 0 (β ∈ [1e-6, 10], D ∈ [3, 64])",
      arbitraries: () => [
        fc.integer({ min: 3, max: 64 }),
        seedArb,
        fc.double({ min: 1e-6, max: 10, noNaN: true }),
        fc.double({ min: 0.01, max: 30, noNaN: true }),
      ],
      predicate: (_ctx, D, seed, beta, scale) => {
        const R = thesisRadius(D);
        const theta = gaussianArray(seed, D, scale);
        const t = Math.hypot(...theta);
        const ld = Math.hypot(...largeDReadout(theta, beta, R));
        const ex = Math.hypot(...exactReadout(theta, beta, R));
        expectThat(ld <= ((beta * t) / 2) * (1 + 1e-12), "large-D readout above β‖θ‖/2", { D, beta, t, ld });
        expectThat(ex <= ((beta * R * R * t) / D) * (1 + 1e-12), "exact readout above βR²‖θ‖/D", { D, beta, t, ex });
      },
    }),
  ),
  holds(
    "readout.eq41-literal",
    part({
      description:
        "eq 4.1 as printed: β/(1 + √(1 + β²‖θ‖²/R²)) = ½β − ⅛β² + O(β³) (fitted error order ≥ 2.5 as β → 0), for a = ‖θ‖/R ∈ [0.1, 3]",
      arbitraries: () => [fc.double({ min: 0.1, max: 3, noNaN: true })],
      predicate: (ctx, a) => {
        const p = orderOnHalvings((b) => Math.abs(coefficient(b, a) - (0.5 * b - 0.125 * b * b)), 1e-2);
        ctx.record("fitted order of the printed series' error", p);
        expectThat(p >= 2.5, `the printed series is only accurate to order ${p.toFixed(2)}: there is no β² term`, {
          a,
        });
      },
    }),
  ),
  holds(
    "readout.eq41-corrected",
    part({
      description:
        "β/(1 + √(1 + β²a²)) = Σ_k C(½,k) a^{2k−2} β^{2k−1} = ½β − ⅛a²β³ + (1/16)a⁴β⁵ − …: truncations after β, β³, β⁵ have fitted error orders ≥ 2.5, 4.5, 6.5, and (c − ½β)/β³ → −a²/8",
      arbitraries: () => [fc.double({ min: 0.1, max: 3, noNaN: true })],
      predicate: (ctx, a) => {
        const coeffs = largeDCoefficientSeries(a, 7);
        expectClose("β² coefficient", coeffs[1], 0, { abs: 0 });
        expectClose("β³ coefficient", coeffs[2], -(a * a) / 8, { rel: 1e-14 });
        const orders: number[] = [];
        for (const upto of [1, 3, 5]) {
          const trunc = (b: number) => coeffs.slice(0, upto).reduce((s, c, k) => s + c * b ** (k + 1), 0);
          const p = orderOnHalvings((b) => Math.abs(coefficient(b, a) - trunc(b)), 0.2 / a);
          orders.push(p);
          expectThat(p >= upto + 1.5, `truncation after β^${upto} has error order ${p}`, { a });
        }
        ctx.record("fitted orders after β, β³, β⁵", orders);
        const b = 1e-3;
        expectClose("(c − ½β)/β³", (coefficient(b, a) - 0.5 * b) / b ** 3, -(a * a) / 8, { rel: 1e-4, abs: 1e-9 });
      },
    }),
  ),
  holds(
    "readout.exact-small-beta-slope",
    part({
      description:
        "the exact readout's slope at β → 0 is R²/D = ½ − 1/D (for R² = D/2 − 1), not eq 4.1's ½: |φ_exact(θ)/β − (½ − 1/D)θ| ≤ 1e-6‖θ‖ at β = 1e-5",
      arbitraries: () => [fc.integer({ min: 3, max: 128 }), seedArb],
      predicate: (_ctx, D, seed) => {
        const R = thesisRadius(D);
        const theta = gaussianArray(seed, D);
        const beta = 1e-5;
        const m = exactReadout(theta, beta, R);
        for (let a = 0; a < D; a++)
          expectClose("φ_exact/β", m[a] / beta, (0.5 - 1 / D) * theta[a], { abs: 1e-6 * Math.hypot(...theta) }, { D });
      },
    }),
  ),
];
