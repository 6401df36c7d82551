/**
 * Chains of the thesis' sampler described by value (for the thesis figures, Fig 4.1 and 4.2), so that
 * they can run anywhere: in this thread, or spread over worker threads ({@link runChains}) for the
 * full-size builds. A chain's result depends only on its task (every random number comes from its
 * seeds), so the figures are the same whichever way, and however many workers, they run.
 *
 * @module
 */
import { availableParallelism } from "node:os";
import type { Worker } from "node:worker_threads";
import { tsWorker } from "../worker/ts-worker.js";
import { Prng } from "../random/prng.js";
import { ThesisSampler } from "./sampler.js";
import { steinAndPlainMeans } from "./stein-average.js";
import { thesisRadius, thesisSystem, type SpinSystem } from "./system.js";

/** One chain of the thesis' target. */
export interface ChainTask {
  /** "thesis": the thesis' σ and start, `burn` steps, then the time average of m over `measure` steps.
   * "equilibrated": σ tuned to 25 % acceptance over `burn`/5 steps, `burn` more steps, then the Stein
   * mean over `measure` steps. */
  kind: "thesis" | "equilibrated";
  N: number;
  D: number;
  /** The system is thesisSystem(new Prng(systemSeed), { N, D }). */
  systemSeed: number;
  /** When given, every field vector is rescaled from norm R to this norm (Fig 4.2's h grid). */
  fieldNorm?: number;
  beta: number;
  /** Seed of the chain's random stream. */
  seed: number;
  burn: number;
  measure: number;
}

/** The system of a task (fields rescaled as Fig 4.2 does: x·h/R, entry by entry). */
export function taskSystem(task: ChainTask): SpinSystem {
  const sys = thesisSystem(new Prng(task.systemSeed), { N: task.N, D: task.D });
  if (task.fieldNorm === undefined) return sys;
  const R = thesisRadius(task.D);
  const h = task.fieldNorm;
  return { ...sys, x: sys.x.map((v) => (v * h) / R) };
}

/** Run one chain here; returns its estimate of the mean state (N×D). */
export function runChain(task: ChainTask): Float64Array {
  const s = new ThesisSampler(taskSystem(task), new Prng(task.seed), { beta: task.beta });
  if (task.kind === "thesis") {
    s.run(task.burn);
    s.startMeasuring();
    s.run(task.measure);
    return s.timeAverage();
  }
  s.tune(task.burn / 5, 0.25);
  s.run(task.burn);
  return steinAndPlainMeans(s, task.measure).stein;
}

/**
 * Run every task, on up to `jobs` worker threads (default: the machine's cores); returns the
 * results in the order of the tasks. With one job, or one task, they run in this thread.
 */
export async function runChains(tasks: ChainTask[], jobs = availableParallelism()): Promise<Float64Array[]> {
  const workers = Math.min(jobs, tasks.length);
  if (workers <= 1) return tasks.map(runChain);
  const results: Float64Array[] = new Array(tasks.length);
  let next = 0;
  const entry = new URL("./chain-worker.ts", import.meta.url);
  const pool: Worker[] = [];
  // On the first error every worker stops: no chain keeps running for a result nobody will read.
  const fail = (reject: (e: Error) => void, e: Error) => {
    next = tasks.length;
    for (const w of pool) void w.terminate();
    reject(e);
  };
  const one = () =>
    new Promise<void>((resolve, reject) => {
      const worker = tsWorker(entry);
      pool.push(worker);
      const send = () => {
        if (next >= tasks.length) {
          void worker.terminate().then(() => resolve());
          return;
        }
        const k = next++;
        worker.postMessage({ k, task: tasks[k] });
      };
      worker.on(
        "message",
        (
          m: { type: "ready" } | { type: "done"; k: number; result: Float64Array } | { type: "error"; error: string },
        ) => {
          if (m.type === "error") return fail(reject, new Error(`chain worker: ${m.error}`));
          if (m.type === "done") results[m.k] = m.result;
          send();
        },
      );
      worker.on("error", (e) => fail(reject, e));
    });
  await Promise.all(Array.from({ length: workers }, one));
  return results;
}
