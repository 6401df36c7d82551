/**
 * The Sherrington–Kirkpatrick spin glass: thesis 003 §2.1.2-2.1.4 eq 2.2, 2.6-2.10, and its
 * description of one-step replica symmetry breaking against the standard Parisi matrix.
 *
 * Parts are factories taking the reference (or the restriction) as a parameter, so each entry's
 * control is the same check on a broken reference or on inputs where the claim is true.
 */
import fc from "fast-check";
import { conditional, control, holds, part } from "../src/claims/property.js";
import { mapResult, scaled, shifted } from "../src/claims/mutate.js";
import { expectClose, expectEqualCounts, expectGt, expectLe, expectLt, finite } from "../src/claims/violation.js";
import { enumerateIsing, isingModel, thermoFromEnumeration } from "../src/ising/index.js";
import { atLineTemperature, atStabilityMargin } from "../src/meanfield/index.js";
import { distinctOffDiagonal, oneRsbMatrix, stateCount } from "../src/meanfield/parisi-1rsb.js";
import { replicaEstimate } from "../src/spinglass/replica-estimate.js";
import { skSample } from "../src/meanfield/sk-sample.js";
import { curieWeissPureStates, overlapValues } from "../src/meanfield/pure-states.js";
import { boltzmannLaw, closestBoltzmannDistance, microcanonicalLaw } from "../src/spinglass/microcanonical.js";
import { expectThat } from "../src/claims/violation.js";

/** Frustration of a ring; `sign` multiplies every coupling before solving (−1 flips the convention: the control). */
const frustration = (sign = 1) =>
  part({
    description:
      "a loop of couplings can satisfy every bond (ground energy −Σ|J|) iff the product of the coupling signs is positive; frustrated, E₀ = −Σ|J| + 2 min|J|",
    // Couplings of magnitude ≥ 1e-3 with a random sign (near-zero ones make "frustrated" a matter of rounding).
    arbitraries: () => [
      fc.array(
        fc
          .tuple(fc.boolean(), fc.double({ min: 1e-3, max: 2, noNaN: true }))
          .map(([negative, v]) => (negative ? -v : v)),
        { minLength: 3, maxLength: 10 },
      ),
    ],
    predicate: (_ctx, J) => {
      const n = J.length;
      const model = isingModel(
        n,
        J.map((c, i) => [i, (i + 1) % n, sign * c] as [number, number, number]),
      );
      const en = enumerateIsing(model);
      let e0 = Number.POSITIVE_INFINITY;
      for (const e of en.energy) e0 = Math.min(e0, e);
      const sumAbs = J.reduce((a, c) => a + Math.abs(c), 0);
      const frustrated = J.reduce((p, c) => p * Math.sign(c), 1) < 0;
      // The cheapest violation is the weakest bond: E₀ = −Σ|J| + 2 min|J| when frustrated.
      const expected = frustrated ? -sumAbs + 2 * Math.min(...J.map(Math.abs)) : -sumAbs;
      expectClose(
        frustrated ? "frustrated ground energy" : "unfrustrated ground energy",
        e0,
        expected,
        {
          abs: 1e-12 * sumAbs,
        },
        { J },
      );
    },
    numRuns: 100,
  });

type Margin = typeof atStabilityMargin;

const atInside = (margin: Margin = atStabilityMargin) =>
  part({
    description: "eq 2.7 at h = 0: the replica-symmetric solution is stable, (T/J)² > E sech⁴(β(J√q z + h)), for T > J",
    arbitraries: () => [fc.double({ min: 1.05, max: 3, noNaN: true })],
    predicate: (ctx, T) => {
      const mg = margin(T, 0);
      ctx.record(`AT margin at T=${T.toFixed(3)}`, mg);
      expectGt("AT stability margin", mg, 0, 0, { T });
    },
    numRuns: 15,
  });

const atBoundary = part({
  description: "below T = J (h = 0) the same condition must fail: the spin-glass phase",
  arbitraries: () => [fc.double({ min: 0.5, max: 0.95, noNaN: true })],
  predicate: (_ctx, T) => expectGt("AT stability margin", atStabilityMargin(T, 0), 0, 0, { T }),
  numRuns: 15,
});

const atLine = (line = atLineTemperature) =>
  part({
    description: "the AT line T_AT(h) decreases with h and follows h² = (4/3)(1 − T)³ for small h (within 10%)",
    arbitraries: () => [fc.double({ min: 0.005, max: 0.05, noNaN: true })],
    predicate: (ctx, h) => {
      const t1 = line(h);
      const t2 = line(1.5 * h);
      expectLt("T_AT(1.5h) against T_AT(h)", t2, t1, 0, { h });
      expectLt("T_AT(h) against J = 1", t1, 1, 0, { h });
      const asym = 1 - Math.cbrt((3 * h * h) / 4);
      ctx.observeRatio(Math.abs(1 - t1 - (1 - asym)) / (0.1 * (1 - asym)));
      expectClose("1 − T_AT(h) vs (3h²/4)^{1/3}", 1 - t1, 1 - asym, { rel: 0.1 }, { h });
    },
    numRuns: 5,
    budgetMs: 10000,
  });

/** ⟨M⟩ = 0 at h = 0; `field` is the field the samples are built with (a broken "h = 0" is the control). */
const zeroMagnetization = (field = 0) =>
  part({
    description:
      "on exact SK samples at h = 0, the Gibbs average ⟨M⟩ is 0 at every temperature (spin-flip symmetry), while ⟨|M|⟩ > 0",
    arbitraries: () => [fc.integer({ min: 2, max: 14 }), fc.integer(), fc.double({ min: 0.1, max: 5, noNaN: true })],
    predicate: (_ctx, N, seed, beta) => {
      const t = thermoFromEnumeration(enumerateIsing(skSample(N, seed, field)), beta);
      expectClose("⟨m⟩ at h = 0", t.m, 0, { abs: 1e-12 }, { N, seed, beta });
      expectGt("⟨|m|⟩", t.absM, 0, 0, { N, seed, beta });
    },
    numRuns: 60,
  });

/** `estimate` is (Z^n − 1)/n for one sample; a wrong continuation is the control. */
const replicaTrick = (estimate = replicaEstimate) =>
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
      const replica = logZ.reduce((a, l) => a + estimate(n, l), 0) / K;
      const bound = (n * logZ.reduce((a, l) => a + l * l * Math.exp(n * Math.abs(l)), 0)) / K / 2;
      ctx.observeRatio(Math.abs(replica - mean) / bound);
      expectLe(
        "|replica estimate − mean ln Z|",
        Math.abs(replica - mean),
        bound,
        { rel: 1e-9, abs: 1e-12 },
        {
          N,
          seed,
          beta,
          n,
        },
      );
    },
    numRuns: 40,
  });

/**
 * The thesis' 1-RSB ("two quenched disorder ground states") against the standard Parisi matrix: for
 * n replicas with block size m (m | n) and overlaps q₀ < q₁, the matrix has two off-diagonal values
 * (the standard definition) and the replicas fall into exactly two states (the thesis'). `twoBlocks`
 * restricts to m = n/2, where the two agree (the control).
 */
const oneRsbTwoStates = (twoBlocks = false) =>
  part({
    description: `the standard 1-RSB Parisi matrix (n replicas, blocks of size m | n${twoBlocks ? ", m = n/2" : ""}, overlaps q₀ < q₁) has two off-diagonal values and its replicas fall into exactly two states, as "1-RSB refers to having two quenched disorder ground states" says`,
    arbitraries: () => [
      fc.integer({ min: 2, max: 12 }),
      fc.integer({ min: 1, max: 6 }),
      fc.double({ min: 0, max: 0.45, noNaN: true }),
      fc.double({ min: 0.55, max: 1, noNaN: true }),
    ],
    predicate: (ctx, blocks, size, q0, q1) => {
      const k = twoBlocks ? 2 : blocks;
      const m = twoBlocks ? blocks * size : size;
      const n = k * m;
      fc.pre(m >= 2); // a block of one replica carries no q₁
      const Q = oneRsbMatrix(n, m, q0, q1);
      ctx.record("n, m, states", [n, m, stateCount(Q, n)]);
      expectEqualCounts(
        "distinct off-diagonal overlaps (standard 1-RSB: q₀ < q₁)",
        distinctOffDiagonal(Q, n).map((q) => finite(q, "an off-diagonal overlap")).length,
        2,
        {
          n,
          m,
        },
      );
      expectEqualCounts("states the replicas fall into (the thesis: two ground states)", stateCount(Q, n), 2, { n, m });
    },
  });

/**
 * §2.1.1: "If the energy is conserved, the resulting distribution can be described using the Boltzmann
 * Distribution". An energy-conserving dynamics keeps the start's shell {H = H(s₀)}; its stationary law is
 * the microcanonical law on that shell. Claim: some Boltzmann law (β ∈ [0, 1000]) is within TV 0.01.
 * `law` "canonical" replaces it by the law of the system in contact with a bath at β₀ = 1 (the control).
 */
const boltzmannFromConservation = (law: "microcanonical" | "canonical" = "microcanonical") =>
  part({
    description: `the stationary law of ${law === "microcanonical" ? "an energy-conserving dynamics (uniform on the start's energy shell)" : "the system in contact with a bath at β₀ = 1 (canonical)"} on an SK sample is within total variation 0.01 of some Boltzmann law e^{−βH}/Z, β ∈ [0, 1000]`,
    arbitraries: () => [fc.integer({ min: 3, max: 10 }), fc.integer(), fc.nat()],
    predicate: (ctx, N, seed, start) => {
      const energy = enumerateIsing(skSample(N, seed)).energy;
      const E = energy[start % energy.length];
      const p = law === "microcanonical" ? microcanonicalLaw(energy, E, 1e-9) : boltzmannLaw(energy, 1);
      const best = closestBoltzmannDistance(energy, p, 1000);
      ctx.observeRatio(best.distance / 0.01);
      ctx.record("closest β and TV distance (last input)", [best.beta, best.distance]);
      expectLe("min over β of TV(law, Boltzmann_β)", best.distance, 0.01, {}, { N, seed, start, E });
    },
    numRuns: 60,
  });

/**
 * §2.1.4: ergodicity breaking ⇔ replica symmetry breaking, on the Curie–Weiss ferromagnet (h = 0).
 * Standard definitions: more than one pure state; more than one overlap value modulo the s → −s symmetry.
 * `moduloFlip` false counts q and −q as two values (the thesis' "non-uniform overlap matrix"): the control.
 */
const ergodicityIsRsb = (moduloFlip = true) =>
  part({
    description: `on the Curie–Weiss ferromagnet (h = 0), ergodicity is broken (more than one pure state) exactly when the overlaps between pure states take more than one value${moduloFlip ? " modulo the spin-flip symmetry of H (the standard definition of replica symmetry breaking)" : " (q and −q counted apart: a non-uniform overlap matrix)"}`,
    // |βJ − 1| ≥ 1e-3: at T_c the two states ±m* merge within the root scan's resolution.
    arbitraries: () => [
      fc.oneof(fc.double({ min: 0.2, max: 0.999, noNaN: true }), fc.double({ min: 1.001, max: 3, noNaN: true })),
    ],
    predicate: (ctx, beta) => {
      const states = curieWeissPureStates(beta);
      const values = overlapValues(states, moduloFlip);
      ctx.record("last input: βJ", beta);
      ctx.record("last input: pure states", states);
      ctx.record("last input: overlap values", values);
      expectThat(
        states.length > 1 === values.length > 1,
        `${states.length} pure state(s) but ${values.length} overlap value(s)`,
        { beta, states, values },
      );
    },
    numRuns: 40,
  });

export const properties = [
  holds(
    "spin-glass.frustration",
    frustration(),
    control("every coupling's sign flipped before solving", holds("c", frustration(-1))),
  ),
  conditional(
    "spin-glass.at-stability-h0",
    { inside: atInside(), boundary: atBoundary },
    control(
      "the AT margin shifted by −1",
      conditional("c", { inside: atInside(shifted(atStabilityMargin, -1)), boundary: atBoundary }),
    ),
  ),
  holds(
    "spin-glass.at-line",
    atLine(),
    control("T_AT scaled by 0.9", holds("c", atLine(scaled(atLineTemperature, 0.9)))),
  ),
  holds(
    "spin-glass.zero-magnetization-h0",
    zeroMagnetization(),
    control("samples built with a field h = 0.1 instead of 0", holds("c", zeroMagnetization(0.1))),
  ),
  holds(
    "spin-glass.replica-trick",
    replicaTrick(),
    control(
      "(Z^{2n} − 1)/n in place of (Z^n − 1)/n",
      holds("c", replicaTrick(mapResult(replicaEstimate, (_r, n, l) => Math.expm1(2 * n * l) / n))),
    ),
  ),
  holds(
    "spin-glass.one-rsb",
    oneRsbTwoStates(),
    control(
      "block size m = n/2 (two blocks, where the thesis' gloss and the standard matrix agree)",
      holds("c", oneRsbTwoStates(true)),
    ),
  ),
  holds(
    "spin-glass.boltzmann-from-energy-conservation",
    boltzmannFromConservation(),
    control(
      "the system in contact with a bath at β₀ = 1 (canonical law, energy not conserved)",
      holds("c", boltzmannFromConservation("canonical")),
    ),
  ),
  holds(
    "spin-glass.ergodicity-breaking-is-rsb",
    ergodicityIsRsb(),
    control(
      "q and −q counted as two overlap values (the thesis' non-uniform overlap matrix)",
      holds("c", ergodicityIsRsb(false)),
    ),
  ),
];
