/**
 * Thermodynamics of exactly solvable Ising systems: paper 000 §2.1, §4.4, §7 eq 18-19; thesis 003
 * eq 2.3-2.5; the Lean listing of 002 §9 (PartitionFunction, FreeEnergy); Onsager and Yang.
 */
import fc from "fast-check";
import { Decimal } from "decimal.js";
import { holds, illPosed, once, part } from "../src/claims/property.js";
import { expectClose, expectThat } from "../src/claims/violation.js";
import {
  chainLogZOpen,
  chainLogZPeriodic,
  densityOfStates,
  energyHistogram,
  enumerateIsing,
  isingChain,
  isingModel,
  kaufmanLogZ,
  leanFreeEnergy,
  leanPartitionFunction,
  ONSAGER_KC,
  onsagerMinusBetaF,
  onsagerMinusBetaFDouble,
  repairedPartitionFunction,
  rowTransferLogZ,
  squareLattice,
  thermoFromEnumeration,
  yangMagnetization,
  decimalContext,
} from "../src/ising/index.js";
import { curieWeissMagnetizationDistribution, meanFieldSolutions } from "../src/meanfield/index.js";

/** A random Ising model on a small graph: n spins, each pair an edge with probability ~½. */
const smallModel = (maxN: number) =>
  fc
    .integer({ min: 1, max: maxN })
    .chain((n) =>
      fc.tuple(
        fc.constant(n),
        fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1), fc.double({ min: -2, max: 2, noNaN: true })), {
          maxLength: 2 * n,
        }),
        fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: n, maxLength: n }),
      ),
    )
    .map(([n, edges, h]) =>
      isingModel(
        n,
        edges.filter(([i, j]) => i !== j),
        h,
      ),
    );

const betaArb = fc.double({ min: 0.05, max: 3, noNaN: true });

/** A random ferromagnetic model (J ∈ [0.1, 2]) on a small graph, without a field. */
const ferromagnet = (maxN: number) =>
  fc
    .integer({ min: 2, max: maxN })
    .chain((n) =>
      fc.tuple(
        fc.constant(n),
        fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1), fc.double({ min: 0.1, max: 2, noNaN: true })), {
          minLength: 1,
          maxLength: 2 * n,
        }),
      ),
    )
    .map(([_n, edges]) => edges.filter(([i, j]) => i !== j).map(([i, j, J]) => [i, j, J] as [number, number, number]))
    .map((edges) => ({ n: Math.max(2, ...edges.flatMap(([i, j]) => [i + 1, j + 1])), edges }));

/** ⟨m⟩ of a ferromagnet in a uniform field with H = −Σ J s s + sign·h Σ s (sign −1: eq 1, +1: eq 6). */
function meanM(n: number, edges: Array<[number, number, number]>, h: number, sign: 1 | -1, beta: number): number {
  return thermoFromEnumeration(enumerateIsing(isingModel(n, edges, -sign * h)), beta).m;
}

/** The most probable |m| of the N-spin Curie–Weiss model (the peak of the macrostate distribution). */
function cwPeak(N: number, beta: number): number {
  const p = curieWeissMagnetizationDistribution(N, beta);
  let best = 0;
  for (let k = 1; k <= N; k++) if (p[k] > p[best]) best = k;
  return Math.abs(N - 2 * best) / N;
}

/** Agreement in significant digits between two decimals: −log10(|a − b| / |b|). */
function agreementDigits(a: Decimal, b: Decimal): number {
  const diff = a.minus(b).abs();
  if (diff.isZero()) return Infinity;
  return -Decimal.log10(diff.div(b.abs())).toNumber();
}

let dos4: Array<[number, number]> | undefined;
/** The exact energy histogram of the 4×4 torus (65 536 states, enumerated once). */
function histogram4x4(): Array<[number, number]> {
  dos4 ??= energyHistogram(densityOfStates(squareLattice(4, 4)));
  return dos4;
}

/** A β drawn as a short decimal string, so both roads see exactly the same number. */
const decimalBeta = fc.integer({ min: 50, max: 3000 }).map((k) => (k / 1000).toFixed(3));

export const properties = [
  holds(
    "thermo.gibbs-identities",
    part({
      description: "on enumerated systems, S = βU + ln Z, F = −ln Z/β = U − TS, and C = β²Var E equals −β² dU/dβ",
      arbitraries: ({ thorough }) => [smallModel(thorough ? 14 : 10), betaArb],
      predicate: (ctx, model, beta) => {
        const en = enumerateIsing(model);
        const t = thermoFromEnumeration(en, beta);
        const scale = 1 + Math.abs(t.logZ) + beta * Math.abs(t.U);
        expectClose(
          "Gibbs entropy −Σp ln p vs βU + ln Z (eq 2.5)",
          t.S,
          beta * t.U + t.logZ,
          { abs: 1e-11 * scale },
          { n: model.n, beta },
        );
        expectClose(
          "F = −ln Z / β vs U − TS",
          t.F,
          t.U - t.S / beta,
          { abs: (1e-11 * scale) / beta },
          { n: model.n, beta },
        );
        // Second road for C: a central difference of U (step 1e-5, truncation ~1e-10·|U'''|).
        const d = 1e-5;
        const up = thermoFromEnumeration(en, beta + d).U;
        const um = thermoFromEnumeration(en, beta - d).U;
        const cFd = (-beta * beta * (up - um)) / (2 * d);
        expectClose("C = β² Var E vs −β² dU/dβ", t.C, cFd, { abs: 1e-5 * (1 + t.C) }, { n: model.n, beta });
        ctx.observeRatio(Math.abs(t.S - beta * t.U - t.logZ) / (1e-11 * scale));
      },
      numRuns: 60,
    }),
  ),
  holds(
    "thermo.chain-transfer-matrix",
    part({
      description:
        "Gray-code enumeration of a 1D chain equals its 2×2 transfer matrix (periodic: λ₊^N + λ₋^N; open: uᵀT^{N−1}u)",
      arbitraries: () => [
        fc.integer({ min: 3, max: 16 }),
        fc.boolean(),
        betaArb,
        fc.double({ min: -2, max: 2, noNaN: true }),
        fc.double({ min: -1, max: 1, noNaN: true }),
      ],
      predicate: (ctx, N, periodic, beta, J, h) => {
        const en = enumerateIsing(isingChain(N, { J, h, periodic }));
        const lz = thermoFromEnumeration(en, beta).logZ;
        const tm = periodic ? chainLogZPeriodic(N, beta, J, h) : chainLogZOpen(N, beta, J, h);
        expectClose(
          "ln Z enumeration vs transfer matrix",
          lz,
          tm,
          { rel: 1e-12, abs: 1e-12 },
          { N, periodic, beta, J, h },
        );
        ctx.observeRatio(Math.abs(lz - tm) / (1e-12 * (1 + Math.abs(tm))));
      },
      numRuns: 80,
    }),
  ),
  holds(
    "thermo.kaufman-vs-enumeration",
    part({
      description:
        "Kaufman's ln Z of the 4×4 torus equals the Gray-code enumeration (density of states summed in 60-digit decimals) to 30 digits",
      arbitraries: () => [decimalBeta],
      predicate: (ctx, beta) => {
        const D = decimalContext(45);
        const b = new D(beta);
        let z = new D(0);
        for (const [E, g] of histogram4x4()) z = z.plus(D.exp(b.times(-E)).times(g));
        const exact = D.ln(z);
        const k = kaufmanLogZ(4, 4, beta, 45);
        const digits = agreementDigits(k, exact);
        expectThat(digits >= 30, `Kaufman and enumeration agree to only ${digits.toFixed(1)} digits`, {
          beta,
          kaufman: String(k),
          enumeration: String(exact),
        });
        ctx.record("min agreement digits (4×4)", Math.min(digits, 45));
      },
      numRuns: 25,
    }),
  ),
  holds(
    "thermo.kaufman-vs-row-transfer",
    part({
      description:
        "Kaufman's ln Z of the m×n torus equals the decimal row transfer matrix to 30 digits (m, n ≤ 6; ≤ 8 under --thorough)",
      arbitraries: ({ thorough }) => [
        fc.integer({ min: 2, max: thorough ? 8 : 6 }),
        fc.integer({ min: 2, max: thorough ? 8 : 6 }),
        decimalBeta,
      ],
      predicate: (ctx, m, n, beta) => {
        const k = kaufmanLogZ(m, n, beta, 45);
        const r = rowTransferLogZ(m, n, beta, { digits: 45 });
        const digits = agreementDigits(k, r);
        expectThat(digits >= 30, `Kaufman and the row transfer matrix agree to only ${digits.toFixed(1)} digits`, {
          m,
          n,
          beta,
          kaufman: String(k),
          transfer: String(r),
        });
        ctx.record("min agreement digits (row transfer)", Math.min(digits, 45));
      },
      examples: [[6, 6, "0.441"]],
      numRuns: 25,
      thoroughRuns: 40,
      budgetMs: 15000,
    }),
  ),
  holds(
    "thermo.onsager-limit",
    part({
      description:
        "ln Z/N of the 32×32 torus (Kaufman) equals Onsager's −βf (one- and two-dimensional integrals agree) off criticality, up to the ln 2 / N of the two ordered states below T_c",
      arbitraries: () => [
        fc.oneof(fc.double({ min: 0.15, max: 0.3, noNaN: true }), fc.double({ min: 0.6, max: 1.2, noNaN: true })),
      ],
      predicate: (ctx, beta) => {
        const one = onsagerMinusBetaF(beta);
        const two = onsagerMinusBetaFDouble(beta);
        expectClose("Onsager −βf: 1D vs 2D integral", one, two, { abs: 1e-11 }, { beta });
        const L = 32;
        const perSpin = kaufmanLogZ(L, L, beta, 25).toNumber() / (L * L);
        const degeneracy = beta > ONSAGER_KC ? Math.log(2) / (L * L) : 0;
        expectClose("ln Z_L / L² vs Onsager", perSpin - degeneracy, one, { abs: 1e-8 }, { beta, L });
        ctx.observeRatio(Math.abs(perSpin - degeneracy - one) / 1e-8);
      },
      numRuns: 8,
      thoroughRuns: 30,
      budgetMs: 10000,
    }),
  ),
  holds(
    "thermo.magnetization-exponent",
    once(
      "M ~ (T_c − T)^β′ in the infinite systems: the log-log slope of Yang's M is 1/8 (2D Ising), of the mean-field solution 1/2 (Curie–Weiss)",
      (ctx) => {
        const tc = 1 / ONSAGER_KC;
        const slope = (f: (t: number) => number, t1: number, t2: number) => Math.log(f(t2) / f(t1)) / Math.log(t2 / t1);
        const yang = (t: number) => yangMagnetization(1 / (tc * (1 - t)));
        const mf = (t: number) => Math.max(...meanFieldSolutions(1 / (1 - t)));
        const s2d = slope(yang, 1e-7, 1e-6);
        const smf = slope(mf, 1e-5, 1e-4);
        ctx.record("fitted β′ (2D Ising, Yang)", s2d);
        ctx.record("fitted β′ (mean field)", smf);
        expectClose("2D Ising β′", s2d, 1 / 8, { abs: 1e-3 });
        expectClose("mean-field β′", smf, 1 / 2, { abs: 1e-3 });
      },
    ),
  ),
  illPosed(
    "thermo.field-sign-convention",
    part({
      description: "000 eq 1 (−hΣS) and eq 6 (+hΣS) agree on the sign of ⟨m⟩ in a field h > 0 on a ferromagnet",
      arbitraries: () => [ferromagnet(8), fc.double({ min: 0.01, max: 1, noNaN: true }), betaArb],
      predicate: (_ctx, { n, edges }, h, beta) => {
        const eq1 = meanM(n, edges, h, -1, beta);
        const eq6 = meanM(n, edges, h, 1, beta);
        expectThat(Math.sign(eq1) === Math.sign(eq6), `eq 1 gives ⟨m⟩ = ${eq1}, eq 6 gives ${eq6}`, { n, h, beta });
      },
    }),
  ),
  holds(
    "thermo.field-aligns-magnetization",
    part({
      description:
        "with eq 1's convention H = −Σ J_ij s_i s_j − hΣ s_i and J_ij ≥ 0, ⟨m⟩ has the sign of h (GKS), checked by enumeration",
      arbitraries: () => [
        ferromagnet(10),
        fc.double({ min: -1, max: 1, noNaN: true }).filter((h) => Math.abs(h) > 1e-3),
        betaArb,
      ],
      predicate: (_ctx, { n, edges }, h, beta) => {
        const m = meanM(n, edges, h, -1, beta);
        expectThat(Math.sign(m) === Math.sign(h), `⟨m⟩ = ${m} for h = ${h}`, { n, edges, h, beta });
      },
    }),
  ),
  illPosed(
    "thermo.beta-location-width",
    part({
      description:
        "blog: 'β controlling location and width' read for microstates (mode = ground state) and for the magnetization of a Curie–Weiss system (N = 2000): both readings agree on whether the peak moves between β₁ < 1 < β₂",
      arbitraries: () => [fc.double({ min: 0.3, max: 0.9, noNaN: true }), fc.double({ min: 1.2, max: 3, noNaN: true })],
      predicate: (_ctx, b1, b2) => {
        // Microstates: argmax e^{−βE} is the set of ground states for every β > 0, so the mode never moves.
        const microMoves = false;
        const macroMoves = Math.abs(cwPeak(2000, b1) - cwPeak(2000, b2)) > 0.05;
        expectThat(microMoves === macroMoves, "the readings disagree on whether β moves the peak", {
          b1,
          b2,
          peak1: cwPeak(2000, b1),
          peak2: cwPeak(2000, b2),
        });
      },
      numRuns: 20,
    }),
  ),
  holds(
    "thermo.beta-macrostate-location",
    part({
      description:
        "the most probable |m| of Curie–Weiss (N = 2000) is 0 for β ≤ 0.9 and within 0.02 of the mean-field m*(β) for β ≥ 1.2: β moves the macrostate peak; the microstate mode (the ground states) does not move",
      arbitraries: () => [fc.double({ min: 0.2, max: 3, noNaN: true }).filter((b) => b <= 0.9 || b >= 1.2)],
      predicate: (ctx, beta) => {
        const peak = cwPeak(2000, beta);
        const mstar = Math.max(...meanFieldSolutions(beta));
        ctx.observeRatio(Math.abs(peak - mstar) / 0.02);
        expectClose("most probable |m| vs m*(β)", peak, mstar, { abs: 0.02 }, { beta });
        // Microstates: for every β the two ground states (all up / all down) are the most probable.
        const p = curieWeissMagnetizationDistribution(20, beta);
        expectThat(p[0] / 1 >= p[1] / 20, "a ground state is not the most probable microstate", { beta });
      },
    }),
  ),
  holds(
    "thermo.lean-partition-function",
    part({
      description:
        "the Lean PartitionFunction (a fold over allStates := []) equals Σ_s e^{−βH(s)} (the fold over all 2^N states)",
      arbitraries: () => [smallModel(6), betaArb],
      predicate: (ctx, model, beta) => {
        const lean = leanPartitionFunction(model, beta);
        const real = repairedPartitionFunction(model, beta);
        const en = thermoFromEnumeration(enumerateIsing(model), beta).logZ;
        expectClose("repaired fold vs Gray-code enumeration (ln Z)", Math.log(real), en, {
          abs: 1e-12 * (1 + Math.abs(en)),
        });
        ctx.record("Lean PartitionFunction value", lean);
        expectClose("Lean PartitionFunction vs Σ e^{−βH}", lean, real, { rel: 1e-12 }, { n: model.n, beta });
      },
    }),
  ),
  holds(
    "thermo.lean-free-energy",
    part({
      description: "the Lean FreeEnergy −(1/β)·log(PartitionFunction) equals −ln Z/β of the real partition function",
      arbitraries: () => [smallModel(6), betaArb],
      predicate: (ctx, model, beta) => {
        const lean = leanFreeEnergy(model, beta);
        const real = -thermoFromEnumeration(enumerateIsing(model), beta).logZ / beta;
        ctx.record("Lean FreeEnergy value", lean);
        expectClose("Lean FreeEnergy vs −ln Z/β", lean, real, { abs: 1e-12, rel: 1e-12 }, { n: model.n, beta });
      },
    }),
  ),
];
