/**
 * Fig 4.2 of the thesis regenerated: 5-replica overlap matrices q_ab = (1/N) Σ_i m̄_a,i·m̄_b,i of the thesis'
 * sampler on the (h, T) grid of the published simulation, replicas starting from the same state and
 * differing only in their random stream.
 *
 * @module
 */
import { availableParallelism } from "node:os";
import type { FigureDefinition, FigureOptions } from "./figure.js";
import { seedFor } from "../random/prng.js";
import { overlap } from "../spinglass/system.js";
import { runChains, type ChainTask } from "../spinglass/chain-tasks.js";

/** Sizes and budgets of a build. */
export interface Fig42Plan {
  N: number;
  D: number;
  fields: number[];
  betas: number[];
  replicas: number;
  steps: (beta: number) => number;
  measure: number;
}

/** The quick (docs) and thorough plans. */
export function fig42Plan(thorough: boolean): Fig42Plan {
  const fields = [2.5, 2.0, 1.5, 1.0, 0.5, 0];
  const betas = [1000, 5, 2.5, 1.67, 1.25, 1];
  if (thorough) return { N: 64, D: 32, fields, betas, replicas: 5, steps: () => 200_000, measure: 20_000 };
  const N = 16;
  const scale = (N / 64) ** 3 / 8;
  return {
    N,
    D: 8,
    fields,
    betas,
    replicas: 5,
    steps: (b) => Math.round((b <= 10 ? 2e7 : 1e7) * scale),
    measure: Math.round(1e6 * scale),
  };
}

/** One cell of one overlap matrix. */
interface Cell {
  h: number;
  T: number;
  a: number;
  b: number;
  q: number;
  replicas: number;
}

/**
 * Compute the overlap matrices (exported for tests). The replicas run on up to `jobs` worker
 * threads (1: all in this thread); the data do not depend on it.
 */
export async function fig42Data(plan: Fig42Plan, seed: number, jobs = 1): Promise<Cell[]> {
  const { N, D } = plan;
  const systemSeed = seedFor(seed, "fig42-system");
  const tasks: ChainTask[] = [];
  // The published grid rescales every field vector to norm h (the base fields have norm R).
  for (const h of plan.fields)
    for (const beta of plan.betas)
      for (let r = 0; r < plan.replicas; r++)
        tasks.push({
          kind: "thesis",
          N,
          D,
          systemSeed,
          fieldNorm: h,
          beta,
          seed: seedFor(seed, `fig42-${h}-${beta}-${r}`),
          burn: plan.steps(beta),
          measure: plan.measure,
        });
  const avgsAll = await runChains(tasks, jobs);
  const cells: Cell[] = [];
  let t = 0;
  for (const h of plan.fields) {
    for (const beta of plan.betas) {
      const avgs = avgsAll.slice(t, (t += plan.replicas));
      for (let a = 0; a < avgs.length; a++)
        for (let b = 0; b < avgs.length; b++)
          cells.push({
            h,
            T: Math.round((1 / beta) * 1000) / 1000,
            a,
            b,
            q: overlap(avgs[a], avgs[b], N, D),
            replicas: avgs.length,
          });
    }
  }
  return cells;
}

/** Fig 4.2, regenerated. */
export const figure: FigureDefinition = {
  id: "thesis-fig42",
  title: "Thesis Fig 4.2 regenerated: replica overlap matrices on the (h, T) grid",
  caption:
    "Overlap matrices q_ab of 5 replicas of the thesis' sampler (same couplings and fields, same start, different " +
    "random streams; time averages over the measured steps) for field strengths h (rows) and temperatures T = 1/β " +
    "(columns), with the published grid. Quick build: N = 16, D = 8, budgets at equal per-site diffusion ÷ 8. " +
    "Thorough: N = 64, D = 32, 2·10⁵ + 2·10⁴ steps per replica (the published runs are 10⁷–2·10⁷). A non-uniform " +
    "matrix here does not by itself signal RSB: the same sampler gives non-uniform matrices for J = 0, where there is " +
    "a single state (thesis-experiments.replicas-literal). The vector model's zero-field instability is at " +
    "T ≈ √2·R²/D·J ≈ 0.66 J for D = 32, not the SK value T = J.",
  claims: [
    "thesis-experiments.replicas-literal",
    "thesis-experiments.replicas-equilibrated",
    "thesis-experiments.sk-line-literal",
    "thesis-experiments.sk-line-vector",
  ],
  async build(options: FigureOptions) {
    const plan = fig42Plan(options.thorough);
    const values = await fig42Data(plan, options.seed, options.thorough ? availableParallelism() : 1);
    return {
      $schema: "https://vega.github.io/schema/vega-lite/v6.json",
      title: {
        text: "Replica overlap matrices q_ab over (h, T)",
        subtitle: `N = ${plan.N}, D = ${plan.D}, ${plan.replicas} replicas per cell, seed ${options.seed}`,
      },
      data: { values },
      facet: {
        row: { field: "h", type: "ordinal", sort: "descending", title: "field strength h" },
        column: { field: "T", type: "ordinal", title: "T = 1/β" },
      },
      spec: {
        width: 60,
        height: 60,
        mark: "rect",
        encoding: {
          x: { field: "a", type: "ordinal", axis: null },
          y: { field: "b", type: "ordinal", axis: null },
          color: { field: "q", type: "quantitative", title: "q_ab", scale: { scheme: "viridis" } },
          tooltip: [
            { field: "h" },
            { field: "T" },
            { field: "a" },
            { field: "b" },
            { field: "q", format: ".3f" },
            { field: "replicas" },
          ],
        },
      },
    };
  },
};
