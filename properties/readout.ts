/**
 * Readouts of vector spins (thesis eq 2.21-2.23, 4.1): the Bessel ratio by two methods and against
 * mpmath, the vMF mean by sampling, the large-D approximation's error in D, the β → 0 limit, and
 * eq 4.1's series.
 */
import fc from "fast-check";
import { grid } from "../src/attention/arbitraries.js";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { control, holds, once, part } from "../src/claims/property.js";
import { mapResult } from "../src/claims/mutate.js";
import { expectClose, expectGe, expectInInterval, expectLe } from "../src/claims/violation.js";
import { PROJECT_ROOT } from "../src/claims/registry.js";
import { besselRatio, besselRatioCfF64, besselRatioSeriesF64 } from "../src/special/bessel-ratio.js";
import { exactReadout, langevin, largeDCoefficientSeries, largeDReadout } from "../src/spinglass/readout.js";
import { largeDCoefficient } from "../src/spinglass/large-d-coefficient.js";
import { vmfMeanEstimate } from "../src/spinglass/vmf-mean.js";
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

type Ratio = (nu: number, x: number) => number;

const besselFixtures = (ratio30: typeof besselRatio = besselRatio) =>
  once(
    "besselRatio (series and continued fraction, 30 digits) and both float64 methods agree with mpmath's 30-digit fixtures for D = 3, 8, 32, κ ∈ [0.01, 100]",
    (ctx) => {
      let worst = 0;
      let worst64 = 0;
      for (const r of fixtures()) {
        const v = ratio30(r.nu, r.x, { digits: 30, method: "both" });
        const rel = Math.abs(Number(v.sub(r.ratio).div(r.ratio)));
        worst = Math.max(worst, rel);
        expectLe(`relative error of besselRatio(${r.nu}, ${r.x}) against mpmath`, rel, 1e-28, {}, { row: r });
        const exact = Number(r.ratio);
        for (const f of [
          besselRatioCfF64(Number(r.nu), Number(r.x)),
          besselRatioSeriesF64(Number(r.nu), Number(r.x)),
        ]) {
          const e = Math.abs(f / exact - 1);
          worst64 = Math.max(worst64, e);
          expectLe(`relative error of the float64 ratio against mpmath`, e, 1e-14, {}, { row: r, f });
        }
      }
      ctx.record("worst relative difference, 30 digits", worst);
      ctx.record("worst relative difference, float64", worst64);
      ctx.observeRatio(worst64 / 1e-14);
    },
    { budgetMs: 20_000 },
  );

const twoMethods = (cf: Ratio = besselRatioCfF64) =>
  part({
    description: "float64 series and continued fraction agree within 1e-13 relative for ν ∈ [0, 60], x ∈ [0, 500]",
    arbitraries: () => [
      fc.integer({ min: 0, max: 120 }).map((k) => k / 2),
      fc.oneof(grid(0, 500), fc.double({ min: 0, max: 500, noNaN: true })),
    ],
    predicate: (ctx, nu, x) => {
      const a = besselRatioSeriesF64(nu, x);
      const b = cf(nu, x);
      expectClose("series vs continued fraction", a, b, { abs: 1e-300, rel: 1e-13 }, { nu, x });
      // The ratio against the same allowance the comparison used (1e-300 + 1e-13·b): never 0/0,
      // even where both values underflow to 0 (x ≈ 1e-323).
      ctx.observeRatio(Math.abs(a - b) / (1e-300 + 1e-13 * Math.abs(b)));
    },
  });

const langevinD3 = (cf: Ratio = besselRatioCfF64) =>
  part({
    description:
      "for D = 3 (ν = ½) the ratio is the Langevin function coth κ − 1/κ, within 1e-13 relative, κ ∈ [1e-3, 700]",
    arbitraries: () => [fc.oneof(grid(1e-3, 700), fc.double({ min: 1e-3, max: 700, noNaN: true }))],
    predicate: (_ctx, kappa) =>
      expectClose("I_{3/2}/I_{1/2} vs Langevin", cf(0.5, kappa), langevin(kappa), { rel: 1e-13 }, { kappa }),
  });

const vmfMean = (exactRatio: Ratio = besselRatioCfF64) =>
  part({
    description:
      "Wood's vMF sampler: the sample mean of u·μ over 4000 draws is within 5 standard errors of I_{D/2}(κ)/I_{D/2−1}(κ), and the orthogonal part of the mean within 5 SE of 0",
    arbitraries: () => [
      fc.constantFrom(3, 8, 32),
      fc.oneof(grid(0.01, 100), fc.double({ min: 0.01, max: 100, noNaN: true })),
      seedArb,
    ],
    predicate: (ctx, D, kappa, seed) => {
      const rng = new Prng(seed);
      const mu = gaussianArray(seed + 1, D);
      const n = Math.hypot(...mu);
      for (let a = 0; a < D; a++) mu[a] /= n;
      const M = 4000;
      const est = vmfMeanEstimate(rng, mu, kappa, M);
      const exact = exactRatio(D / 2 - 1, kappa);
      const z = Math.abs(est.mean - exact) / (est.sd / Math.sqrt(M));
      ctx.observeRatio(z / 5);
      expectLe(
        "|sample mean of u·μ − Bessel ratio| in standard errors",
        z,
        5,
        {},
        { D, kappa, seed, mean: est.mean, exact },
      );
      // The orthogonal part: each component has variance ≤ (1 − E w²)/(D − 1) ≤ 1/(D−1).
      const perpSe = Math.sqrt(Math.max(1 - est.meanSquare, 1e-12) / M);
      expectLe(
        "norm of the mean's orthogonal part",
        est.perpNorm,
        5 * perpSe * Math.sqrt(1 + 4 / Math.sqrt(D)),
        {},
        { D, kappa, seed },
      );
    },
    numRuns: 15,
    thoroughRuns: 200,
    budgetMs: 20_000,
  });

/** Eq 2.22's scalar ratio z/(1 + √(1 + z²)), the large-D readout per unit R: c(β = z, a = 1). */
const largeDRatio = (z: number) => largeDCoefficient(z, 1);

const largeDError = (approx: (z: number) => number = largeDRatio) =>
  part({
    description:
      "the large-D ratio z/(1+√(1+z²)) differs from the exact I_{ν+1}(νz)/I_ν(νz) (ν = D/2 − 1, 25 digits) by a relative error whose fitted order in D is in [−1.15, −0.85] over D = 16 … 512",
    arbitraries: () => [fc.oneof(grid(0.05, 20), fc.double({ min: 0.05, max: 20, noNaN: true }))],
    predicate: (ctx, z) => {
      const Ds = [16, 32, 64, 128, 256, 512];
      const errs = Ds.map((D) => {
        const nu = D / 2 - 1;
        const exact = besselRatio(nu, nu * z, { digits: 25 });
        return Math.abs(approx(z) / exact.toNumber() - 1);
      });
      const p = logLogSlope(Ds, errs);
      ctx.record("fitted order in D", p);
      ctx.record("relative error at D = 32", errs[1]);
      expectInInterval("fitted order of the large-D error in D", p, -1.15, -0.85, {}, { z, errs });
    },
    numRuns: 15,
    thoroughRuns: 100,
    budgetMs: 20_000,
  });

const betaToZero = (largeD: typeof largeDReadout = largeDReadout) =>
  part({
    description:
      "‖φ_{D→∞}(θ)‖ ≤ β‖θ‖/2 and ‖φ_exact(θ)‖ ≤ βR²‖θ‖/D, so both readouts vanish as β → 0 (β ∈ [1e-6, 10], D ∈ [3, 64])",
    arbitraries: () => [
      fc.integer({ min: 3, max: 64 }),
      seedArb,
      fc.oneof(grid(1e-4, 10), fc.double({ min: 1e-6, max: 10, noNaN: true })),
      fc.oneof(grid(0.01, 30), fc.double({ min: 0.01, max: 30, noNaN: true })),
    ],
    predicate: (_ctx, D, seed, beta, scale) => {
      const R = thesisRadius(D);
      const theta = gaussianArray(seed, D, scale);
      const t = Math.hypot(...theta);
      const ld = Math.hypot(...largeD(theta, beta, R));
      const ex = Math.hypot(...exactReadout(theta, beta, R));
      expectLe("‖φ_{D→∞}(θ)‖ against β‖θ‖/2", ld, (beta * t) / 2, { rel: 1e-12 }, { D, beta, t });
      expectLe("‖φ_exact(θ)‖ against βR²‖θ‖/D", ex, (beta * R * R * t) / D, { rel: 1e-12 }, { D, beta, t });
    },
  });

/** Eq 4.1 as printed: the error of ½β − ⅛β² has fitted order ≥ 2.5 as β → 0. */
const eq41Literal = (
  coef: (beta: number, a: number) => number = largeDCoefficient,
  as = fc.oneof(grid(0.1, 3), fc.double({ min: 0.1, max: 3, noNaN: true })),
) =>
  part({
    description:
      "eq 4.1 as printed: β/(1 + √(1 + β²‖θ‖²/R²)) = ½β − ⅛β² + O(β³) (fitted error order ≥ 2.5 as β → 0), for a = ‖θ‖/R ∈ [0.1, 3]",
    arbitraries: () => [as],
    predicate: (ctx, a) => {
      const p = orderOnHalvings((b) => Math.abs(coef(b, a) - (0.5 * b - 0.125 * b * b)), 1e-2);
      ctx.record("fitted order of the printed series' error", p);
      expectGe("fitted order of the printed series' error (no β² term: it is 2)", p, 2.5, {}, { a });
    },
  });

const eq41Corrected = (series: typeof largeDCoefficientSeries = largeDCoefficientSeries) =>
  part({
    description:
      "β/(1 + √(1 + β²a²)) = Σ_k C(½,k) a^{2k−2} β^{2k−1} = ½β − ⅛a²β³ + (1/16)a⁴β⁵ − …: truncations after β, β³, β⁵ have fitted error orders ≥ 2.5, 4.5, 6.5, and (c − ½β)/β³ → −a²/8",
    arbitraries: () => [fc.oneof(grid(0.1, 3), fc.double({ min: 0.1, max: 3, noNaN: true }))],
    predicate: (ctx, a) => {
      const coeffs = series(a, 7);
      expectClose("β² coefficient", coeffs[1], 0, { abs: 0 });
      expectClose("β³ coefficient", coeffs[2], -(a * a) / 8, { rel: 1e-14 });
      const orders: number[] = [];
      for (const upto of [1, 3, 5]) {
        const trunc = (b: number) => coeffs.slice(0, upto).reduce((s, c, k) => s + c * b ** (k + 1), 0);
        const p = orderOnHalvings((b) => Math.abs(largeDCoefficient(b, a) - trunc(b)), 0.2 / a);
        orders.push(p);
        expectGe(`error order of the truncation after β^${upto}`, p, upto + 1.5, {}, { a });
      }
      ctx.record("fitted orders after β, β³, β⁵", orders);
      const b = 1e-3;
      expectClose("(c − ½β)/β³", (largeDCoefficient(b, a) - 0.5 * b) / b ** 3, -(a * a) / 8, { rel: 1e-4, abs: 1e-9 });
    },
  });

const exactSmallBetaSlope = (exact: typeof exactReadout = exactReadout) =>
  part({
    description:
      "the exact readout's slope at β → 0 is R²/D = ½ − 1/D (for R² = D/2 − 1), not eq 4.1's ½: |φ_exact(θ)/β − (½ − 1/D)θ| ≤ 1e-6‖θ‖ at β = 1e-5",
    arbitraries: () => [fc.integer({ min: 3, max: 128 }), seedArb],
    predicate: (_ctx, D, seed) => {
      const R = thesisRadius(D);
      const theta = gaussianArray(seed, D);
      const beta = 1e-5;
      const m = exact(theta, beta, R);
      for (let a = 0; a < D; a++)
        expectClose("φ_exact/β", m[a] / beta, (0.5 - 1 / D) * theta[a], { abs: 1e-6 * Math.hypot(...theta) }, { D });
    },
  });

/** The truncated continued fraction of the old liveness test: one level, x/(2(ν+1) + x²/(2(ν+2))). */
const truncatedCf: Ratio = (nu, x) => x / (2 * (nu + 1) + x * (x / (2 * (nu + 2))));

export const properties = [
  holds(
    "readout.bessel-fixtures",
    besselFixtures(),
    control(
      "the 30-digit ratio off by a relative 1e-20",
      holds("c", besselFixtures(mapResult(besselRatio, (v) => v.mul("1.00000000000000000001")))),
    ),
  ),
  holds(
    "readout.bessel-two-methods",
    twoMethods(),
    control("the continued fraction stopped after one level", holds("c", twoMethods(truncatedCf))),
  ),
  holds(
    "readout.langevin-d3",
    langevinD3(),
    control(
      "the ratio taken at ν + ½ (an index shift)",
      holds(
        "c",
        langevinD3((nu, x) => besselRatioCfF64(nu + 0.5, x)),
      ),
    ),
  ),
  holds(
    "readout.eq221-vmf-mean",
    vmfMean(),
    control(
      "the Bessel ratio taken at ν = D/2 instead of D/2 − 1",
      holds(
        "c",
        vmfMean((nu, x) => besselRatioCfF64(nu + 1, x)),
      ),
    ),
  ),
  holds(
    "readout.eq222-large-d-error",
    largeDError(),
    control(
      "the large-D ratio's argument off by 1 % (z → 1.01z)",
      holds(
        "c",
        largeDError((z) => largeDRatio(1.01 * z)),
      ),
    ),
  ),
  holds(
    "readout.beta-to-zero",
    betaToZero(),
    control(
      "the large-D readout doubled",
      holds("c", betaToZero(mapResult(largeDReadout, (r) => r.map((x) => 2 * x)))),
    ),
  ),
  holds(
    "readout.eq41-literal",
    eq41Literal(),
    control(
      "a readout whose square root is linear in β, β/(1 + √(1 + βa²)), at a = 1: its series does have the −⅛β² term, and the same statement then holds",
      holds(
        "c",
        eq41Literal((b, a) => b / (1 + Math.sqrt(1 + b * a * a)), fc.constant(1)),
      ),
    ),
  ),
  holds(
    "readout.eq41-corrected",
    eq41Corrected(),
    control(
      "the β³ coefficient's sign flipped",
      holds("c", eq41Corrected(mapResult(largeDCoefficientSeries, (c) => c.map((x, k) => (k === 2 ? -x : x))))),
    ),
  ),
  holds(
    "readout.exact-small-beta-slope",
    exactSmallBetaSlope(),
    control(
      "the exact readout scaled by 1.01",
      holds("c", exactSmallBetaSlope(mapResult(exactReadout, (r) => r.map((x) => 1.01 * x)))),
    ),
  ),
];
