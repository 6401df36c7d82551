import { describe, expect, it } from "vitest";
import { runChain, runChains, taskSystem, type ChainTask } from "../../src/spinglass/chain-tasks.js";
import { Prng } from "../../src/random/prng.js";
import { ThesisSampler } from "../../src/spinglass/sampler.js";
import { thesisRadius, thesisSystem } from "../../src/spinglass/system.js";

const base = { N: 8, D: 8, systemSeed: 5, beta: 2, burn: 3000, measure: 2000 } as const;
const tasks: ChainTask[] = [
  { ...base, kind: "thesis", seed: 1 },
  { ...base, kind: "equilibrated", seed: 2 },
  { ...base, kind: "thesis", seed: 3, fieldNorm: 0.5 },
  { ...base, kind: "equilibrated", seed: 4, beta: 0.3 },
  { ...base, kind: "thesis", seed: 6, fieldNorm: 0 },
];

describe("figure chains", () => {
  it("a thesis chain is the sampler's time average after the burn-in, from the task's seeds", () => {
    const s = new ThesisSampler(thesisSystem(new Prng(5), { N: 8, D: 8 }), new Prng(1), { beta: 2 });
    s.run(3000);
    s.startMeasuring();
    s.run(2000);
    expect(runChain(tasks[0])).toEqual(s.timeAverage());
  });
  it("fieldNorm rescales every field from norm R to h, entry by entry (x·h/R); without it the fields are untouched", () => {
    const sys = thesisSystem(new Prng(5), { N: 8, D: 8 });
    expect(taskSystem(tasks[0]).x).toEqual(sys.x);
    const scaled = taskSystem(tasks[2]).x;
    for (let k = 0; k < scaled.length; k++) expect(scaled[k]).toBe((sys.x[k] * 0.5) / thesisRadius(8));
  });
  it("on worker threads, the same results in the same order as in this thread", async () => {
    const here = await runChains(tasks, 1);
    const there = await runChains(tasks, 2);
    expect(there).toHaveLength(tasks.length);
    for (let k = 0; k < tasks.length; k++) expect(there[k]).toEqual(here[k]);
  }, 60_000);
  it("a chain that throws in a worker rejects with its error", async () => {
    const bad: ChainTask = { ...base, kind: "thesis", seed: 1, beta: -1 };
    await expect(runChains([tasks[0], bad], 2)).rejects.toThrow(/chain worker: .*β must be finite and > 0/);
  }, 60_000);
});
