/**
 * The Sherrington–Kirkpatrick spin glass: thesis 003 §2.1.2-2.1.4 eq 2.2, 2.6-2.10.
 */
import fc from "fast-check";
import { conditional, holds, part } from "../src/claims/property.js";
import { expectClose, expectThat } from "../src/claims/violation.js";
import { enumerateIsing, isingModel, thermoFromEnumeration } from "../src/ising/index.js";
import { atLineTemperature, atStabilityMargin } from "../src/meanfield/index.js";
import { Prng } from "../src/random/prng.js";

/** An SK sample: J_ij ~ N(0, J²/N) for i < j (J = 1), from a seeded stream. */
function skSample(N: number, seed: number, h = 0) {
  const rng = new Prng(seed);
  const edges: Array<[number, number, number]> = [];
  for (let i = 0; i < N; i++) for (let j = i + 1; j < N; j++) edges.push([i, j, rng.normal() / Math.sqrt(N)]);
  return isingModel(N, edges, h);
}

export const properties = [
  holds(
    "spin-glass.frustration",
    part({
      description:
        "a loop of couplings can satisfy every bond (ground energy −Σ|J|) iff the product of the coupling signs is positive",
      arbitraries: () => [
        fc.array(
          fc.double({ min: -2, max: 2, noNaN: true }).filter((x) => Math.abs(x) > 1e-3),
          { minLength: 3, maxLength: 10 },
        ),
      ],
      predicate: (_ctx, J) => {
        const n = J.length;
        const model = isingModel(
          n,
          J.map((c, i) => [i, (i + 1) % n, c] as [number, number, number]),
        );
        const en = enumerateIsing(model);
        let e0 = Infinity;
        for (const e of en.energy) e0 = Math.min(e0, e);
        const sumAbs = J.reduce((a, c) => a + Math.abs(c), 0);
        const frustrated = J.reduce((p, c) => p * Math.sign(c), 1) < 0;
        const satisfiable = Math.abs(e0 + sumAbs) <= 1e-12 * sumAbs;
        expectThat(
          frustrated !== satisfiable,
          frustrated ? "a frustrated loop satisfies all bonds" : "an unfrustrated loop cannot satisfy all bonds",
          { J, e0, sumAbs },
        );
        if (frustrated) {
          // The cheapest violation is the weakest bond: E₀ = −Σ|J| + 2 min|J|.
          const minAbs = Math.min(...J.map(Math.abs));
          expectClose("frustrated ground energy", e0, -sumAbs + 2 * minAbs, { abs: 1e-12 * sumAbs }, { J });
        }
      },
      numRuns: 100,
    }),
  ),
  conditional("spin-glass.at-stability-h0", {
    inside: part({
      description:
        "eq 2.7 at h = 0: the replica-symmetric solution is stable, (T/J)² > E sech⁴(β(J√q z + h)), for T > J",
      arbitraries: () => [fc.double({ min: 1.05, max: 3, noNaN: true })],
      predicate: (ctx, T) => {
        const margin = atStabilityMargin(T, 0);
        ctx.record(`AT margin at T=${T.toFixed(3)}`, margin);
        expectThat(margin > 0, `RS unstable at T = ${T}`, { T, margin });
      },
      numRuns: 15,
    }),
    boundary: part({
      description: "below T = J (h = 0) the same condition must fail: the spin-glass phase",
      arbitraries: () => [fc.double({ min: 0.5, max: 0.95, noNaN: true })],
      predicate: (_ctx, T) => {
        const margin = atStabilityMargin(T, 0);
        expectThat(margin > 0, `RS unstable at T = ${T} (margin ${margin})`, { T, margin });
      },
      numRuns: 15,
    }),
  }),
  holds(
    "spin-glass.at-line",
    part({
      description: "the AT line T_AT(h) decreases with h and follows h² = (4/3)(1 − T)³ for small h (within 10%)",
      arbitraries: () => [fc.double({ min: 0.005, max: 0.05, noNaN: true })],
      predicate: (ctx, h) => {
        const t1 = atLineTemperature(h);
        const t2 = atLineTemperature(1.5 * h);
        expectThat(t2 < t1 && t1 < 1, "T_AT(h) not decreasing", { h, t1, t2 });
        const asym = 1 - Math.cbrt((3 * h * h) / 4);
        ctx.observeRatio(Math.abs(1 - t1 - (1 - asym)) / (0.1 * (1 - asym)));
        expectClose("1 − T_AT(h) vs (3h²/4)^{1/3}", 1 - t1, 1 - asym, { rel: 0.1 }, { h });
      },
      numRuns: 5,
      budgetMs: 10000,
    }),
  ),
  holds(
    "spin-glass.zero-magnetization-h0",
    part({
      description:
        "on exact SK samples at h = 0, the Gibbs average ⟨M⟩ is 0 at every temperature (spin-flip symmetry), while ⟨|M|⟩ > 0",
      arbitraries: () => [fc.integer({ min: 2, max: 14 }), fc.integer(), fc.double({ min: 0.1, max: 5, noNaN: true })],
      predicate: (_ctx, N, seed, beta) => {
        const t = thermoFromEnumeration(enumerateIsing(skSample(N, seed)), beta);
        expectClose("⟨m⟩ at h = 0", t.m, 0, { abs: 1e-12 }, { N, seed, beta });
        expectThat(t.absM > 0, "⟨|m|⟩ = 0", { N, seed, beta });
      },
      numRuns: 60,
    }),
  ),
  holds(
    "spin-glass.replica-trick",
    part({
      description:
        "eq 2.9 on exact SK samples: the disorder average (mean of Z^n − 1)/n → mean ln Z as n → 0, with error ≤ n·mean[(ln Z)² e^{n|ln Z|}]/2",
      arbitraries: () => [
        fc.integer({ min: 2, max: 10 }),
        fc.integer(),
        fc.double({ min: 0.2, max: 3, noNaN: true }),
        fc.double({ min: 1e-6, max: 1e-2, noNaN: true }),
      ],
      predicate: (ctx, N, seed, beta, n) => {
        const K = 8;
        const logZ = Array.from(
          { length: K },
          (_, k) => thermoFromEnumeration(enumerateIsing(skSample(N, seed + k * 7919)), beta).logZ,
        );
        const mean = logZ.reduce((a, b) => a + b, 0) / K;
        // (Z^n − 1)/n = expm1(n ln Z)/n, averaged over the K samples.
        const replica = logZ.reduce((a, l) => a + Math.expm1(n * l) / n, 0) / K;
        const bound = (n * logZ.reduce((a, l) => a + l * l * Math.exp(n * Math.abs(l)), 0)) / K / 2;
        ctx.observeRatio(Math.abs(replica - mean) / bound);
        expectThat(Math.abs(replica - mean) <= bound * (1 + 1e-9) + 1e-12, "replica estimate off", {
          N,
          seed,
          beta,
          n,
          replica,
          mean,
          bound,
        });
      },
      numRuns: 40,
    }),
  ),
];
