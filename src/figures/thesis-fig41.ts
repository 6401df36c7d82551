/**
 * Fig 4.1 of the thesis regenerated: alignment 𝒜(m, x) of the stationary magnetization with the field
 * against β, for nMF (eq 2.24 as intended), TAP (as far as the published solver defines it), the thesis'
 * sampler (its σ, start and budget shape) and an equilibrating sampler (tuned σ, Stein estimator of the
 * mean), with error bars from independent chains.
 *
 * @module
 */
import { availableParallelism } from "node:os";
import type { FigureDefinition, FigureOptions } from "./figure.js";
import { Prng, seedFor } from "../random/prng.js";
import { alignment, thesisRadius, thesisSystem, type SpinSystem } from "../spinglass/system.js";
import { nmfSolve, tapSolve } from "../spinglass/meanfield.js";
import { runChains, type ChainTask } from "../spinglass/chain-tasks.js";

/** One plotted point. */
interface Point {
  method: string;
  beta: number;
  A: number;
  lo: number;
  hi: number;
  chains: number;
}

/** Sizes and budgets of a build. */
export interface Fig41Plan {
  N: number;
  D: number;
  betas: number[];
  /** Thesis-sampler steps before measuring at β (shape of the published budgets, scaled). */
  thesisSteps: (beta: number) => number;
  /** Thesis-sampler measured steps. */
  thesisMeasure: number;
  replicas: number;
  /** Equilibrating sampler: steps for tuning+burn-in and for measuring, per chain. */
  eqSteps: number;
  eqChains: number;
}

/** The thesis' published budget before measuring at β: 5·10⁷ steps for β ≤ 1, 2·10⁷ for β ≤ 10, 10⁷ above. */
export function publishedThesisSteps(beta: number): number {
  return beta <= 1 ? 5e7 : beta <= 10 ? 2e7 : 1e7;
}

/**
 * The quick (docs), thorough and published plans. Published: the thorough plan with the thesis'
 * sampler run for the published budgets (then 10⁶ measured steps), 3 replicas: 1.3·10⁹ steps in all.
 */
export function fig41Plan(thorough: boolean, published = false): Fig41Plan {
  const logGrid = (lo: number, hi: number, perDecade: number) => {
    const out: number[] = [];
    for (let k = lo * perDecade; k <= hi * perDecade; k++) out.push(10 ** (k / perDecade));
    return out;
  };
  if (thorough || published) {
    const N = 64;
    return {
      N,
      D: 32,
      betas: logGrid(-3, 3, 2),
      thesisSteps: published ? publishedThesisSteps : () => 1_000_000,
      thesisMeasure: published ? 1_000_000 : 100_000,
      replicas: 3,
      eqSteps: 400_000,
      eqChains: 2,
    };
  }
  const N = 16;
  const scale = (N / 64) ** 3 / 8; // the published budgets at equal per-site diffusion, then ÷ 8
  return {
    N,
    D: 8,
    betas: logGrid(-2, 3, 2),
    thesisSteps: (beta) => Math.round(publishedThesisSteps(beta) * scale),
    thesisMeasure: Math.round(1e6 * scale),
    replicas: 3,
    eqSteps: 40_000,
    eqChains: 2,
  };
}

function meanSe(xs: number[]): { mean: number; se: number } {
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  if (xs.length < 2) return { mean, se: 0 };
  const v = xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (xs.length - 1);
  return { mean, se: Math.sqrt(v / xs.length) };
}

function push(points: Point[], method: string, beta: number, values: number[]): void {
  const { mean, se } = meanSe(values);
  points.push({ method, beta, A: mean, lo: mean - se, hi: mean + se, chains: values.length });
}

/**
 * Compute the data of Fig 4.1 (exported for tests and for the report). The chains run on up to
 * `jobs` worker threads (1: all in this thread); the data do not depend on it.
 */
export async function fig41Data(plan: Fig41Plan, seed: number, jobs = 1): Promise<Point[]> {
  const { N, D } = plan;
  const R = thesisRadius(D);
  const systemSeed = seedFor(seed, "fig41-system");
  const sys: SpinSystem = thesisSystem(new Prng(systemSeed), { N, D });
  const tasks: ChainTask[] = [];
  for (const beta of plan.betas) {
    for (let r = 0; r < plan.replicas; r++)
      tasks.push({
        kind: "thesis",
        N,
        D,
        systemSeed,
        beta,
        seed: seedFor(seed, `fig41-thesis-${beta}-${r}`),
        burn: plan.thesisSteps(beta),
        measure: plan.thesisMeasure,
      });
    for (let c = 0; c < plan.eqChains; c++)
      tasks.push({
        kind: "equilibrated",
        N,
        D,
        systemSeed,
        beta,
        seed: seedFor(seed, `fig41-eq-${beta}-${c}`),
        burn: plan.eqSteps,
        measure: plan.eqSteps,
      });
  }
  const means = await runChains(tasks, jobs);
  const points: Point[] = [];
  let m0: Float64Array | undefined;
  let t = 0;
  for (const beta of plan.betas) {
    let nmf = nmfSolve(sys, beta, R, { tol: 1e-10, maxIter: 5000, m0 });
    // At low temperature the plain iteration can cycle; damping keeps the same fixed points.
    if (!nmf.converged) nmf = nmfSolve(sys, beta, R, { tol: 1e-10, maxIter: 20000, m0, damping: 0.3 });
    if (nmf.converged) {
      push(points, "nMF", beta, [alignment(nmf.m, sys.x, N, D)]);
      m0 = nmf.m;
    }
    const tap = tapSolve(sys, beta, R);
    if (tap.defined && tap.settled) {
      const a = alignment(tap.m, sys.x, N, D);
      push(points, "TAP", beta, [a]);
      push(points, "|TAP|", beta, [Math.abs(a)]);
    }
    const thesis = means.slice(t, (t += plan.replicas)).map((m) => alignment(m, sys.x, N, D));
    push(points, "MCMC, thesis' sampler", beta, thesis);
    const eq = means.slice(t, (t += plan.eqChains)).map((m) => alignment(m, sys.x, N, D));
    push(points, "MCMC, equilibrated (Stein)", beta, eq);
  }
  return points;
}

/** Fig 4.1, regenerated. */
export const figure: FigureDefinition = {
  id: "thesis-fig41",
  title: "Thesis Fig 4.1 regenerated: alignment with the field against β",
  caption:
    "𝒜(m, x) against β for nMF, TAP (only where the published solver stays defined), the thesis' sampler " +
    "(σ = 1/(N√D), start (1,…,1)/√D) and an equilibrating sampler (σ tuned in burn-in, Stein estimator of the " +
    "mean); error bars are ±1 SE over independent chains. Quick build: N = 16, D = 8, β from 10⁻² to 10³, " +
    "thesis budgets at equal per-site diffusion ÷ 8, 3 chains; equilibrated: 2 chains × 40 000 steps. " +
    "Thorough: N = 64, D = 32, β from 10⁻³, thesis sampler 10⁶ + 10⁵ steps, equilibrated 2 × 400 000 steps; " +
    "published (spinspec figures --published): the same with the thesis' own budgets, 5·10⁷ (β ≤ 1), 2·10⁷ (β ≤ 10) " +
    "or 10⁷ steps, then 10⁶ measured. At small β the thesis' chains are frozen near their start, which is why they " +
    "look paramagnetic; equilibrated chains stay aligned.",
  claims: [
    "thesis-experiments.high-t-random-j",
    "thesis-experiments.high-t-paramagnetic-j0",
    "thesis-mcmc.thesis-budget-crossing",
    "thesis-meanfield.tap-breakdown",
    "thesis-meanfield.low-t-zero-energy",
    "thesis-meanfield.high-t-exact-aligned",
  ],
  async build(options: FigureOptions) {
    const plan = fig41Plan(options.thorough, options.published);
    const values = await fig41Data(
      plan,
      options.seed,
      options.thorough || options.published ? availableParallelism() : 1,
    );
    const budget = options.published
      ? "published budgets"
      : `${plan.thesisSteps(1).toExponential(0)} + ${plan.thesisMeasure.toExponential(0)} steps at β = 1`;
    return {
      $schema: "https://vega.github.io/schema/vega-lite/v6.json",
      title: {
        text: "Alignment 𝒜(m, x) against β",
        subtitle: `N = ${plan.N}, D = ${plan.D}, thesis' sampler: ${budget}, seed ${options.seed}`,
      },
      width: 560,
      height: 340,
      data: { values },
      encoding: {
        x: { field: "beta", type: "quantitative", scale: { type: "log" }, title: "β" },
        color: { field: "method", type: "nominal", title: "method", legend: { labelLimit: 360 } },
      },
      layer: [
        {
          mark: { type: "line", point: true },
          encoding: {
            y: { field: "A", type: "quantitative", title: "𝒜(m, x)", scale: { domain: [-0.2, 1.05] } },
            tooltip: [{ field: "method" }, { field: "beta" }, { field: "A" }, { field: "chains" }],
          },
        },
        {
          mark: { type: "errorbar", ticks: true },
          encoding: { y: { field: "lo", type: "quantitative", title: "𝒜(m, x)" }, y2: { field: "hi" } },
        },
      ],
    };
  },
};
