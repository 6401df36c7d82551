/**
 * Thermodynamics of exactly solvable Ising systems: paper 000 §2.1, §4.4, §7 eq 18-19; thesis 003
 * eq 2.3-2.5; the Lean listing of 002 §9 (PartitionFunction, FreeEnergy); Onsager and Yang.
 *
 * Each property is built by a part factory taking its reference, so its control is the same check
 * on a broken reference (or on a reference / input class where a refuted statement is true).
 */
import fc from "fast-check";
import { control, holds, illPosed, once, part } from "../src/claims/property.js";
import { mapResult, scaled } from "../src/claims/mutate.js";
import { expectClose, expectGe, expectGt, expectLe } from "../src/claims/violation.js";
import {
  chainLogZOpen,
  chainLogZPeriodic,
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
  thermoFromEnumeration,
} from "../src/ising/index.js";
import { meanFieldSolutions } from "../src/meanfield/index.js";
import { curieWeissMacrostatePeak, curieWeissMicrostateMode } from "../src/meanfield/curie-weiss-peaks.js";
import { logZFromHistogram, torus4x4Histogram } from "../src/ising/histogram-logz.js";
import { fittedExponent, meanFieldAtReducedT, yangAtReducedT } from "../src/ising/critical-exponents.js";
import { type FieldConvention, meanMagnetization } from "../src/ising/field-convention.js";
import { relativeDifference } from "../src/precision/relative-difference.js";

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

/** A β drawn as a short decimal string, so both roads see exactly the same number. */
const decimalBeta = fc.integer({ min: 50, max: 3000 }).map((k) => (k / 1000).toFixed(3));

type Kaufman = typeof kaufmanLogZ;

const gibbs = (thermo = thermoFromEnumeration) =>
  part({
    description: "on enumerated systems, S = βU + ln Z, F = −ln Z/β = U − TS, and C = β²Var E equals −β² dU/dβ",
    arbitraries: ({ thorough }) => [smallModel(thorough ? 14 : 10), betaArb],
    predicate: (ctx, model, beta) => {
      const en = enumerateIsing(model);
      const t = thermo(en, beta);
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
      // Second road for C: a central difference of U (step 1e-5, truncation ~1e-10·|U‴|).
      const d = 1e-5;
      const cFd = (-beta * beta * (thermo(en, beta + d).U - thermo(en, beta - d).U)) / (2 * d);
      expectClose("C = β² Var E vs −β² dU/dβ", t.C, cFd, { abs: 1e-5 * (1 + t.C) }, { n: model.n, beta });
      ctx.observeRatio(Math.abs(t.S - beta * t.U - t.logZ) / (1e-11 * scale));
    },
    numRuns: 60,
  });

const chainTransfer = (periodicLogZ = chainLogZPeriodic, openLogZ = chainLogZOpen) =>
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
      const lz = thermoFromEnumeration(enumerateIsing(isingChain(N, { J, h, periodic })), beta).logZ;
      const tm = periodic ? periodicLogZ(N, beta, J, h) : openLogZ(N, beta, J, h);
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
  });

const kaufmanEnumeration = (kaufman: Kaufman = kaufmanLogZ) =>
  part({
    description:
      "Kaufman's ln Z of the 4×4 torus equals the Gray-code enumeration (density of states summed in 45-digit decimals) to 30 digits",
    arbitraries: () => [decimalBeta],
    predicate: (ctx, beta) => {
      const exact = logZFromHistogram(torus4x4Histogram(), beta, 45);
      const rel = relativeDifference(kaufman(4, 4, beta, 45), exact);
      ctx.record("last relative difference (4×4)", rel);
      expectLe("|Kaufman − enumeration| / |enumeration|", rel, 0, { abs: 1e-30 }, { beta });
    },
    numRuns: 25,
  });

const kaufmanRowTransfer = (kaufman: Kaufman = kaufmanLogZ) =>
  part({
    description:
      "Kaufman's ln Z of the m×n torus equals the decimal row transfer matrix to 30 digits (m, n ≤ 6; ≤ 8 under --thorough)",
    arbitraries: ({ thorough }) => [
      fc.integer({ min: 2, max: thorough ? 8 : 6 }),
      fc.integer({ min: 2, max: thorough ? 8 : 6 }),
      decimalBeta,
    ],
    predicate: (ctx, m, n, beta) => {
      const rel = relativeDifference(kaufman(m, n, beta, 45), rowTransferLogZ(m, n, beta, { digits: 45 }));
      ctx.record("last relative difference (row transfer)", rel);
      expectLe("|Kaufman − row transfer| / |row transfer|", rel, 0, { abs: 1e-30 }, { m, n, beta });
    },
    examples: [[6, 6, "0.441"]],
    numRuns: 25,
    thoroughRuns: 40,
    budgetMs: 15000,
  });

const onsagerLimit = (onsager = onsagerMinusBetaF) =>
  part({
    description:
      "ln Z/N of the 32×32 torus (Kaufman) equals Onsager's −βf (one- and two-dimensional integrals agree) off criticality, up to the ln 2 / N of the two ordered states below T_c",
    arbitraries: () => [
      fc.oneof(fc.double({ min: 0.15, max: 0.3, noNaN: true }), fc.double({ min: 0.6, max: 1.2, noNaN: true })),
    ],
    predicate: (ctx, beta) => {
      const one = onsager(beta);
      expectClose("Onsager −βf: 1D vs 2D integral", one, onsagerMinusBetaFDouble(beta), { abs: 1e-11 }, { beta });
      const L = 32;
      const perSpin = kaufmanLogZ(L, L, beta, 25).toNumber() / (L * L);
      const degeneracy = beta > ONSAGER_KC ? Math.log(2) / (L * L) : 0;
      expectClose("ln Z_L / L² vs Onsager", perSpin - degeneracy, one, { abs: 1e-8 }, { beta, L });
      ctx.observeRatio(Math.abs(perSpin - degeneracy - one) / 1e-8);
    },
    numRuns: 8,
    thoroughRuns: 30,
    budgetMs: 10000,
  });

const exponents = (yang: (t: number) => number = yangAtReducedT) =>
  once(
    "M ~ (T_c − T)^β′ in the infinite systems: the log-log slope of Yang's M is 1/8 (2D Ising), of the mean-field solution 1/2 (Curie–Weiss)",
    (ctx) => {
      const s2d = fittedExponent(yang, 1e-7, 1e-6);
      const smf = fittedExponent(meanFieldAtReducedT, 1e-5, 1e-4);
      ctx.record("fitted β′ (2D Ising, Yang)", s2d);
      ctx.record("fitted β′ (mean field)", smf);
      expectClose("2D Ising β′", s2d, 1 / 8, { abs: 1e-3 });
      expectClose("mean-field β′", smf, 1 / 2, { abs: 1e-3 });
    },
  );

/** A ferromagnet with the field h drawn from `hArb`. */
const fieldSign = (hArb: fc.Arbitrary<number>) =>
  part({
    description:
      "000 eq 1 (−hΣS) and eq 6 (+hΣS) give the same ⟨m⟩ (in particular the same sign) on a ferromagnet in a field h",
    arbitraries: () => [ferromagnet(8), hArb, betaArb],
    predicate: (_ctx, { n, edges }, h, beta) => {
      const eq1 = meanMagnetization(n, edges, h, "eq1", beta);
      const eq6 = meanMagnetization(n, edges, h, "eq6", beta);
      expectClose("⟨m⟩ under eq 6 vs under eq 1", eq6, eq1, { abs: 1e-12 }, { n, h, beta });
    },
  });

const fieldAligns = (convention: FieldConvention) =>
  part({
    description:
      "with eq 1's convention H = −Σ J_ij s_i s_j − hΣ s_i and J_ij ≥ 0, ⟨m⟩ has the sign of h (GKS), checked by enumeration",
    // |h| ∈ [1e-3, 1] with either sign, drawn directly (fc.pre on |h| > 1e-3 rejected 9 in 10: fast-check favours small doubles).
    arbitraries: () => [
      ferromagnet(10),
      fc.oneof(fc.double({ min: -1, max: -1e-3, noNaN: true }), fc.double({ min: 1e-3, max: 1, noNaN: true })),
      betaArb,
    ],
    predicate: (_ctx, { n, edges }, h, beta) => {
      const m = meanMagnetization(n, edges, h, convention, beta);
      expectGt("sign(h)·⟨m⟩", Math.sign(h) * m, 0, 0, { n, edges, h, beta });
    },
  });

/** β₁ and β₂ drawn from the two ranges. */
const locationWidth = (b1: [number, number], b2: [number, number]) =>
  part({
    description: `blog: 'β controlling location and width' read for microstates (the most probable configuration, Curie–Weiss N = 20) and for the magnetization (the most probable |m|, N = 2000): both readings agree on whether the peak moves (by more than 0.05 in |m|) between β₁ ∈ [${b1.join(", ")}] and β₂ ∈ [${b2.join(", ")}]`,
    arbitraries: () => [
      fc.double({ min: b1[0], max: b1[1], noNaN: true }),
      fc.double({ min: b2[0], max: b2[1], noNaN: true }),
    ],
    predicate: (ctx, beta1, beta2) => {
      const microShift = Math.abs(curieWeissMicrostateMode(20, beta1) - curieWeissMicrostateMode(20, beta2));
      const macroShift = Math.abs(curieWeissMacrostatePeak(2000, beta1) - curieWeissMacrostatePeak(2000, beta2));
      ctx.record("peak shift [microstates, magnetization]", [microShift, macroShift]);
      // "Moves" = shifts by more than 0.05 in |m|: capped at 0.05, the two shifts are equal exactly
      // when both readings say the same (both move, or neither does).
      expectClose(
        "peak shift, capped at 0.05: magnetization vs microstates",
        Math.min(macroShift, 0.05),
        Math.min(microShift, 0.05),
        { abs: 1e-3 },
        { beta1, beta2 },
      );
    },
    numRuns: 20,
  });

const macrostateLocation = (mstar: (beta: number) => number = (b) => Math.max(...meanFieldSolutions(b))) =>
  part({
    description:
      "the most probable |m| of Curie–Weiss (N = 2000) is 0 for β ≤ 0.9 and within 0.02 of the mean-field m*(β) for β ≥ 1.2: β moves the macrostate peak; the most probable microstate (N = 20) stays a ground state",
    arbitraries: () => [fc.double({ min: 0.2, max: 3, noNaN: true })],
    predicate: (ctx, beta) => {
      fc.pre(beta <= 0.9 || beta >= 1.2);
      const peak = curieWeissMacrostatePeak(2000, beta);
      const m = mstar(beta);
      ctx.observeRatio(Math.abs(peak - m) / 0.02);
      expectClose("most probable |m| vs m*(β)", peak, m, { abs: 0.02 }, { beta });
      expectGe("|m| of the most probable microstate", curieWeissMicrostateMode(20, beta), 1, {}, { beta });
    },
  });

const leanPartition = (lean: typeof leanPartitionFunction = leanPartitionFunction) =>
  part({
    description:
      "the Lean PartitionFunction (a fold over allStates := []) equals Σ_s e^{−βH(s)} (the fold over all 2^N states)",
    arbitraries: () => [smallModel(6), betaArb],
    predicate: (ctx, model, beta) => {
      const real = repairedPartitionFunction(model, beta);
      const en = thermoFromEnumeration(enumerateIsing(model), beta).logZ;
      expectClose("repaired fold vs Gray-code enumeration (ln Z)", Math.log(real), en, {
        abs: 1e-12 * (1 + Math.abs(en)),
      });
      const value = lean(model, beta);
      ctx.record("Lean PartitionFunction value", value);
      expectClose("Lean PartitionFunction vs Σ e^{−βH}", value, real, { rel: 1e-12 }, { n: model.n, beta });
    },
  });

const leanFree = (lean: typeof leanFreeEnergy = leanFreeEnergy) =>
  part({
    description: "the Lean FreeEnergy −(1/β)·log(PartitionFunction) equals −ln Z/β of the real partition function",
    arbitraries: () => [smallModel(6), betaArb],
    predicate: (ctx, model, beta) => {
      const value = lean(model, beta);
      const real = -thermoFromEnumeration(enumerateIsing(model), beta).logZ / beta;
      ctx.record("Lean FreeEnergy value", value);
      expectClose("Lean FreeEnergy vs −ln Z/β", value, real, { abs: 1e-12, rel: 1e-12 }, { n: model.n, beta });
    },
  });

export const properties = [
  holds(
    "thermo.gibbs-identities",
    gibbs(),
    control(
      "the entropy multiplied by 1.001",
      holds("thermo.gibbs-identities", gibbs(mapResult(thermoFromEnumeration, (t) => ({ ...t, S: t.S * 1.001 })))),
    ),
  ),
  holds(
    "thermo.chain-transfer-matrix",
    chainTransfer(),
    control(
      "both transfer-matrix ln Z multiplied by 1 + 1e-9",
      holds(
        "thermo.chain-transfer-matrix",
        chainTransfer(scaled(chainLogZPeriodic, 1 + 1e-9), scaled(chainLogZOpen, 1 + 1e-9)),
      ),
    ),
  ),
  holds(
    "thermo.kaufman-vs-enumeration",
    kaufmanEnumeration(),
    control(
      "Kaufman's ½ prefactor dropped (ln Z off by ln 2)",
      holds("thermo.kaufman-vs-enumeration", kaufmanEnumeration(mapResult(kaufmanLogZ, (z) => z.plus(Math.LN2)))),
    ),
  ),
  holds(
    "thermo.kaufman-vs-row-transfer",
    kaufmanRowTransfer(),
    control(
      "Kaufman's ln Z off by 1e-25",
      holds("thermo.kaufman-vs-row-transfer", kaufmanRowTransfer(mapResult(kaufmanLogZ, (z) => z.plus("1e-25")))),
    ),
  ),
  holds(
    "thermo.onsager-limit",
    onsagerLimit(),
    control(
      "Onsager's one-dimensional integral multiplied by 1 + 1e-6",
      holds("thermo.onsager-limit", onsagerLimit(scaled(onsagerMinusBetaF, 1 + 1e-6))),
    ),
  ),
  holds(
    "thermo.magnetization-exponent",
    exponents(),
    control(
      "Yang's M squared (β′ = 1/4)",
      holds(
        "thermo.magnetization-exponent",
        exponents((t) => yangAtReducedT(t) ** 2),
      ),
    ),
  ),
  illPosed(
    "thermo.field-sign-convention",
    fieldSign(fc.double({ min: 0.01, max: 1, noNaN: true })),
    control("zero field (h = 0)", illPosed("thermo.field-sign-convention", fieldSign(fc.constant(0)))),
  ),
  holds(
    "thermo.field-aligns-magnetization",
    fieldAligns("eq1"),
    control("eq 6's field sign in place of eq 1's", holds("thermo.field-aligns-magnetization", fieldAligns("eq6"))),
  ),
  illPosed(
    "thermo.beta-location-width",
    locationWidth([0.3, 0.9], [1.2, 3]),
    control(
      "both β in the disordered phase (β₁, β₂ ∈ [0.3, 0.9])",
      illPosed("thermo.beta-location-width", locationWidth([0.3, 0.9], [0.3, 0.9])),
    ),
  ),
  holds(
    "thermo.beta-macrostate-location",
    macrostateLocation(),
    control(
      "m*(β) multiplied by 0.9",
      holds(
        "thermo.beta-macrostate-location",
        macrostateLocation((b) => 0.9 * Math.max(...meanFieldSolutions(b))),
      ),
    ),
  ),
  holds(
    "thermo.lean-partition-function",
    leanPartition(),
    control(
      "the repaired fold (allStates = all 2^N states) in place of the Lean one",
      holds("thermo.lean-partition-function", leanPartition(repairedPartitionFunction)),
    ),
  ),
  holds(
    "thermo.lean-free-energy",
    leanFree(),
    control(
      "−(1/β)·log of the repaired fold in place of the Lean FreeEnergy",
      holds(
        "thermo.lean-free-energy",
        leanFree((model, beta) => -Math.log(repairedPartitionFunction(model, beta)) / beta),
      ),
    ),
  ),
];
