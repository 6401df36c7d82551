/**
 * Finite-size effects: paper 000 §5.1-5.2, Remark 7 (periodic boundaries), and the Lean
 * FiniteSizeScaling theorem of 002 §9.
 *
 * Exponents of the 2D Ising model: γ = 7/4, ν = 1, d = 2, so γ/ν = 7/4 in L and γ/(dν) = 7/8 in
 * N = L². Curie–Weiss (mean field): χ(T_c) ∝ N^{1/2}, window ∝ N^{−1/2}.
 */
import fc from "fast-check";
import { conditional, holds, once, part, vacuous } from "../src/claims/property.js";
import { expectClose, expectThat } from "../src/claims/violation.js";
import {
  kaufmanThermo,
  ONSAGER_KC,
  ONSAGER_TC,
  onsagerCorrelationLength,
  rowTransferJets,
  stripCorrelationLength,
} from "../src/ising/index.js";
import { curieWeissThermo } from "../src/meanfield/index.js";

/** χ = β⟨M²⟩/N of the L×L torus at T_c, exactly (row transfer matrix with jets in h). */
function chiAtTc(L: number): number {
  const j = rowTransferJets(L, L, ONSAGER_KC, { wrt: "h" });
  return j.d2 / ONSAGER_KC / (L * L);
}

/** Per-spin specific heat c = β² ∂²_β ln Z / N of the L×L lattice, periodic or open (exact). */
function specificHeat(L: number, T: number, periodic: boolean): number {
  const j = rowTransferJets(L, L, 1 / T, { wrt: "beta", periodicX: periodic, periodicY: periodic });
  return j.d2 / (T * T) / (L * L);
}

/** The maximum of a unimodal function on [a, b] by golden-section search. */
function goldenMax(f: (x: number) => number, a: number, b: number, tol = 1e-7): { x: number; f: number } {
  const g = (Math.sqrt(5) - 1) / 2;
  let lo = a,
    hi = b;
  let x1 = hi - g * (hi - lo),
    x2 = lo + g * (hi - lo);
  let f1 = f(x1),
    f2 = f(x2);
  while (hi - lo > tol) {
    if (f1 > f2) {
      hi = x2;
      x2 = x1;
      f2 = f1;
      x1 = hi - g * (hi - lo);
      f1 = f(x1);
    } else {
      lo = x1;
      x1 = x2;
      f1 = f2;
      x2 = lo + g * (hi - lo);
      f2 = f(x2);
    }
  }
  const x = (lo + hi) / 2;
  return { x, f: f(x) };
}

const cache = new Map<string, number>();
function memo(key: string, f: () => number): number {
  let v = cache.get(key);
  if (v === undefined) cache.set(key, (v = f()));
  return v;
}

/** Local log-log slope of χ(T_c) between two sizes, in L and in N (2D Ising) or N (Curie–Weiss). */
function fittedExponent(model: "ising-2d" | "curie-weiss", a: number, b: number): { inN: number; inL: number } {
  if (model === "ising-2d") {
    const ca = memo(`chi${a}`, () => chiAtTc(a));
    const cb = memo(`chi${b}`, () => chiAtTc(b));
    const inL = Math.log(cb / ca) / Math.log(b / a);
    return { inL, inN: inL / 2 };
  }
  const ca = curieWeissThermo(a, 1).chi;
  const cb = curieWeissThermo(b, 1).chi;
  const inN = Math.log(cb / ca) / Math.log(b / a);
  return { inN, inL: NaN };
}

/** Size pairs: 2D Ising L ∈ [4, maxL] (consecutive), Curie–Weiss N ∈ {500·4^k}. */
const sizePair = (thorough: boolean) =>
  fc.oneof(
    fc.integer({ min: 4, max: thorough ? 9 : 7 }).map((L) => ["ising-2d", L, L + 1] as const),
    fc
      .integer({ min: 0, max: thorough ? 4 : 3 })
      .map((k) => ["curie-weiss", 500 * 4 ** k, 500 * 4 ** (k + 1)] as const),
  );

/** Curie–Weiss χ scaled by N^{−a} at β = 1 + x N^{−b}. */
function scaledChi(N: number, x: number, a: number, b: number): number {
  return curieWeissThermo(N, 1 + x * N ** -b).chi * N ** -a;
}

export const properties = [
  vacuous(
    "finite-size.lean-fss-vacuous",
    part({
      description:
        "the Lean FiniteSizeScaling statement, ∃ f, χ = N^{γ/ν} f((T − T_c) N^{1/ν}), holds for arbitrary numbers χ (witness f := x ↦ χ / N^{γ/ν})",
      arbitraries: () => [
        // χ: any real number (not a susceptibility of anything), kept away from under/overflow.
        fc.oneof(
          fc.constant(0),
          fc.double({ min: 1e-6, max: 1e6, noNaN: true }),
          fc.double({ min: -1e6, max: -1e-6, noNaN: true }),
        ),
        fc.integer({ min: 1, max: 1000 }), // N
        fc.double({ min: 0.1, max: 5, noNaN: true }), // γ
        fc.double({ min: 0.1, max: 5, noNaN: true }), // ν
        fc.double({ min: -10, max: 10, noNaN: true }), // T
        fc.double({ min: -10, max: 10, noNaN: true }), // T_c
      ],
      predicate: (ctx, chi, N, gamma, nu, T, Tc) => {
        // The proof's witness ignores its argument: `use fun x => χ / (N^(γ/ν))`.
        const f = (_x: number) => chi / N ** (gamma / nu);
        const rhs = N ** (gamma / nu) * f((T - Tc) * N ** (1 / nu));
        expectClose(
          "χ vs N^{γ/ν} f(…) with the proof's witness",
          rhs,
          chi,
          { rel: 1e-12 },
          { chi, N, gamma, nu, T, Tc },
        );
        ctx.record("witness", "f := x ↦ χ / N^(γ/ν) (constant in x)");
      },
    }),
  ),
  holds(
    "finite-size.fss-form-in-n",
    part({
      description:
        "literal §5.1: χ(T_c) ∝ N^{γ/ν} with N the number of spins (γ/ν = 7/4 for 2D Ising, 2 for mean field): the fitted exponent in N is within 0.15",
      arbitraries: ({ thorough }) => [sizePair(thorough)],
      predicate: (ctx, [model, a, b]) => {
        const { inN } = fittedExponent(model, a, b);
        const claimed = model === "ising-2d" ? 7 / 4 : 1 / 0.5; // γ/ν with γ = 1, ν = 1/2 in mean field
        ctx.record(`fitted exponent in N (${model}, ${a}→${b})`, inN);
        expectThat(Math.abs(inN - claimed) <= 0.15, `χ(T_c) grows as N^${inN.toFixed(3)}, not N^${claimed}`, {
          model,
          sizes: [a, b],
          fitted: inN,
          claimed,
        });
      },
      numRuns: 10,
    }),
  ),
  holds(
    "finite-size.chi-scaling",
    part({
      description:
        "χ(T_c) ∝ L^{γ/ν} = N^{γ/(dν)}: 2D Ising exponent 7/4 in L (7/8 in N) within 0.05; Curie–Weiss N^{1/2} within 0.01",
      arbitraries: ({ thorough }) => [sizePair(thorough)],
      predicate: (ctx, [model, a, b]) => {
        const { inN, inL } = fittedExponent(model, a, b);
        if (model === "ising-2d") {
          ctx.record(`2D Ising exponent in L (${a}→${b})`, inL);
          ctx.record(`2D Ising exponent in N (${a}→${b})`, inN);
          expectClose("2D Ising χ(T_c) exponent in L", inL, 7 / 4, { abs: 0.05 }, { L: [a, b] });
          expectClose("2D Ising χ(T_c) exponent in N", inN, 7 / 8, { abs: 0.025 }, { L: [a, b] });
          ctx.observeRatio(Math.abs(inL - 7 / 4) / 0.05);
        } else {
          ctx.record(`Curie–Weiss exponent in N (${a}→${b})`, inN);
          expectClose("Curie–Weiss χ(β=1) exponent in N", inN, 1 / 2, { abs: 0.01 }, { N: [a, b] });
          ctx.observeRatio(Math.abs(inN - 0.5) / 0.01);
        }
      },
      numRuns: 10,
    }),
  ),
  conditional("finite-size.data-collapse", {
    inside: part({
      description:
        "Curie–Weiss: χN^{−1/2} at β = 1 + xN^{−1/2} is the same function of x for N = 4000 and 64000 (within 4%)",
      arbitraries: () => [fc.double({ min: -3, max: 3, noNaN: true })],
      predicate: (ctx, x) => {
        const a = scaledChi(4000, x, 0.5, 0.5);
        const b = scaledChi(64000, x, 0.5, 0.5);
        ctx.observeRatio(Math.abs(a - b) / (0.04 * b));
        expectClose("scaled χ, N = 4000 vs 64000", a, b, { rel: 0.04 }, { x });
      },
      numRuns: 40,
    }),
    boundary: part({
      description:
        "with §5.1's exponents written in N (χN^{−γ/ν}, (T − T_c)N^{1/ν}; mean field γ = 1, ν = 1/2) the curves do not collapse",
      arbitraries: () => [fc.double({ min: -3, max: 3, noNaN: true })],
      predicate: (_ctx, x) => {
        const a = scaledChi(4000, x, 2, 2);
        const b = scaledChi(64000, x, 2, 2);
        expectClose("scaled χ (paper's exponents), N = 4000 vs 64000", a, b, { rel: 0.04 }, { x });
      },
      numRuns: 40,
    }),
  }),
  holds(
    "finite-size.rounding-window",
    once(
      "§5.2 ΔT ~ N^{−1/(dν)}: the shift of the 2D torus specific-heat peak, T_peak(L) − T_c, scales as L^{−1} = N^{−1/2} (fitted exponent in L within 0.15 of −1)",
      (ctx) => {
        const sizes = ctx.thorough ? [6, 8, 10] : [5, 6, 7, 8];
        const shifts = sizes.map((L) => goldenMax((T) => specificHeat(L, T, true), 2, 3, 1e-6).x - ONSAGER_TC);
        const n = sizes.length;
        const slope = Math.log(shifts[n - 1] / shifts[n - 2]) / Math.log(sizes[n - 1] / sizes[n - 2]);
        ctx.record("peak shifts T_peak − T_c", shifts);
        ctx.record("fitted shift exponent in L", slope);
        ctx.record("fitted shift exponent in N", slope / 2);
        expectClose("shift exponent in L", slope, -1, { abs: 0.15 }, { sizes, shifts });
      },
      { budgetMs: 10000 },
    ),
  ),
  holds(
    "finite-size.periodic-reduces-shift",
    part({
      description:
        "Remark 7: on the L×L lattice the specific-heat peak of the torus is closer to T_c and higher than with open boundaries",
      arbitraries: ({ thorough }) => [fc.integer({ min: 3, max: thorough ? 10 : 8 })],
      predicate: (ctx, L) => {
        const per = goldenMax((T) => specificHeat(L, T, true), 1.5, 3.5, 1e-5);
        const open = goldenMax((T) => specificHeat(L, T, false), 1.2, 3.5, 1e-5);
        ctx.record(`L=${L}: T_peak − T_c (periodic, open)`, [per.x - ONSAGER_TC, open.x - ONSAGER_TC]);
        ctx.record(`L=${L}: c_max (periodic, open)`, [per.f, open.f]);
        expectThat(
          Math.abs(per.x - ONSAGER_TC) < Math.abs(open.x - ONSAGER_TC),
          "the periodic peak is not closer to T_c",
          { L, periodic: per, open },
        );
        expectThat(per.f > open.f, "the periodic peak is not higher", { L, periodic: per, open });
      },
      numRuns: 6,
    }),
  ),
  conditional("finite-size.correlation-length-bound", {
    inside: part({
      description:
        "at T ≥ T_c the correlation length of the width-L strip (transfer-matrix gap) is at most 1.3 L (→ 4L/π at T_c), and tends to Onsager's ξ_∞ = 1/(2(K* − K)) above T_c",
      arbitraries: ({ thorough }) => [
        fc.integer({ min: 4, max: thorough ? 12 : 10 }),
        fc.double({ min: 0.1, max: ONSAGER_KC, noNaN: true }),
      ],
      predicate: (ctx, L, beta) => {
        const xi = stripCorrelationLength(L, beta);
        ctx.observeRatio(xi / (1.3 * L));
        if (beta === ONSAGER_KC) ctx.record(`ξ_L/L at T_c (L=${L}); Cardy 4/π = 1.2732`, xi / L);
        expectThat(xi <= 1.3 * L, `ξ_L = ${xi} > 1.3 L`, { L, beta, xi });
        const xiInf = onsagerCorrelationLength(beta);
        // Off criticality the strip converges to the infinite lattice exponentially in L/ξ_∞.
        if (L >= 8 && xiInf <= L / 6) expectClose("strip ξ_L vs Onsager ξ_∞", xi, xiInf, { rel: 0.01 }, { L, beta });
      },
      examples: [
        [8, ONSAGER_KC],
        [10, 0.3],
      ],
      numRuns: 30,
      thoroughRuns: 60,
      budgetMs: 10000,
    }),
    boundary: part({
      description:
        "below T_c the same bound fails: the two ordered states tunnel with a gap exponentially small in L, so ξ_L ≫ L",
      arbitraries: () => [fc.integer({ min: 4, max: 10 }), fc.double({ min: 0.5, max: 0.8, noNaN: true })],
      predicate: (_ctx, L, beta) => {
        const xi = stripCorrelationLength(L, beta);
        expectThat(xi <= 1.3 * L, `ξ_L = ${xi} > 1.3 L`, { L, beta, xi });
      },
      numRuns: 10,
    }),
  }),
  holds(
    "finite-size.fn-analytic",
    part({
      description:
        "at finite N the specific heat is finite and bounded by β²(E_max − E_min)²/4, and the two exact roads (Kaufman, row transfer) agree: no singularity",
      arbitraries: () => [fc.integer({ min: 2, max: 6 }), fc.double({ min: 0.05, max: 2, noNaN: true })],
      predicate: (ctx, L, beta) => {
        const k = kaufmanThermo(L, L, beta);
        const j = rowTransferJets(L, L, beta, { wrt: "beta" });
        const cT = beta * beta * j.d2;
        expectClose("C: Kaufman vs row transfer", k.C, cT, { rel: 1e-8, abs: 1e-10 }, { L, beta });
        const span = 4 * L * L; // E ∈ [−2N, 2N]
        const bound = (beta * beta * span * span) / 4;
        ctx.observeRatio(cT / bound);
        expectThat(Number.isFinite(cT) && cT <= bound, "C exceeds the Popoviciu bound", { L, beta, C: cT, bound });
      },
      numRuns: 15,
      budgetMs: 15000,
    }),
  ),
];
