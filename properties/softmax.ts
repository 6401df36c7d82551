/**
 * Softmax as a Boltzmann distribution: paper 000 §3.1, §4.4, §4.6 eq 15, §5.1, §8 eq 20; thesis
 * 003 §2.1 eq 2.4-2.5; the 1/√d_k "critical temperature" and the random-energy-model picture.
 *
 * Sign convention (src/attention/boltzmann.ts): weights e^{β a_i}, energy E_i = −a_i.
 */
import fc from "fast-check";
import { conditional, control, holds, illPosed, part, vacuous } from "../src/claims/property.js";
import { mapResult, scaledEntries } from "../src/claims/mutate.js";
import { expectClose, expectGe, expectGt, expectLe, finite, PropertyViolation } from "../src/claims/violation.js";
import { logSumExp, softmax } from "../src/attention/softmax.js";
import { freeEnergyFunctional, klToSoftmax, rowThermo } from "../src/attention/boltzmann.js";
import {
  centralDifference,
  entropyDecimal,
  logSumExpDecimal,
  meanEnergyDecimal,
  secondDifference,
  softmaxDecimal,
  type Dec,
} from "../src/attention/decimal.js";
import {
  gaussianMaxLocation,
  inverseParticipation,
  remCriticalBeta,
  remFrozenIpr,
  remLogits,
  remParticipationExponent,
  remParticipationSlope,
} from "../src/attention/rem.js";
import { criticalBetaReadings, rowVarianceJump, varianceStepBound } from "../src/attention/critical-beta.js";
import { medianParticipation } from "../src/attention/standard-attention.js";
import { gaussianScaledDotMoment, rademacherDotVariance } from "../src/attention/logit-variance.js";
import { argmax, maxAbs, range } from "../src/numeric/vectors.js";
import { Prng } from "../src/random/prng.js";
import { grid } from "../src/attention/arbitraries.js";
import { seedArb } from "../src/spinglass/arbitraries.js";

const EPS = Number.EPSILON;

/**
 * Logits and temperatures on 1e-4 grids (src/attention/arbitraries.ts): fc.double favours tiny and
 * subnormal magnitudes, which made most generated β ≈ 1e-300 and most rows uniform.
 */
const logit = grid(-50, 50);
const logits = (maxLen: number) => fc.array(logit, { minLength: 1, maxLength: maxLen });
/**
 * Logits in [−3, 3]: with β ≤ 10 the rows stay away from the frozen regime, where every derivative
 * is ≈ 0 and a derivative check would pass vacuously.
 */
const moderateLogits = (maxLen: number) => fc.array(grid(-3, 3), { minLength: 1, maxLength: maxLen });
/** Rows drawn from a few integers: ties (equal logits) are common, as the limit claims need. */
const tiedLogits = (maxLen: number) => fc.array(fc.integer({ min: -4, max: 4 }), { minLength: 1, maxLength: maxLen });
const beta = (max: number) => grid(0, max);
const positiveBeta = (min: number, max: number) => grid(min, max);

/** A softmax reference: logits and β to weights (the real one, or a control's broken one). */
type Softmax = (a: ArrayLike<number>, beta: number) => Float64Array | number[];
/** A row-thermodynamics reference (the real {@link rowThermo}, or a control's broken one). */
type Thermo = (a: ArrayLike<number>, beta: number) => { meanEnergy: number; varEnergy: number };

// Part factories: each takes the reference it checks, so a control runs the same part on a broken one.

const normalization = (sm: Softmax = softmax) =>
  part({
    description:
      "every softmax weight is ≥ 0, > 0 unless β(max a − a_i) > 700 (float64 underflow), and the row sums to 1 (within 1e-12)",
    arbitraries: ({ thorough }) => [logits(thorough ? 512 : 64), grid(0, 100)],
    predicate: (_ctx, a, beta) => {
      const p = sm(a, beta);
      let s = 0;
      const m = Math.max(...a);
      p.forEach((x, i) => {
        // e^{−700} ≈ 1e-304 is still a normal double; beyond ≈ 745 the weight underflows to 0.
        if (beta * (m - a[i]) <= 700) expectGt(`softmax weight ${i}`, x, 0, 0, { a, beta });
        else expectGe(`softmax weight ${i}`, x, 0, {}, { a, beta });
        s += x;
      });
      expectClose("row sum of softmax", s, 1, { abs: 1e-12 }, { a, beta });
    },
  });

const shiftInvariance = (sm: Softmax = softmax) =>
  part({
    description: "softmax(a + c·1, β) = softmax(a, β) up to the rounding of a + c",
    arbitraries: ({ thorough }) => [logits(thorough ? 256 : 32), grid(-1000, 1000), beta(20)],
    predicate: (ctx, a, c, b) => {
      const p = sm(a, b);
      const shifted = sm(
        a.map((x) => x + c),
        b,
      );
      // Rounding a_i + c moves the exponent by ≤ β·ulp(|a_i| + |c|): a relative change of p_i of
      // about 2β·ε·(max|a| + |c|), doubled for the normaliser.
      const rel = 8 * EPS * (1 + b * (maxAbs(a) + Math.abs(c)));
      for (let i = 0; i < a.length; i++) {
        const tol = rel * p[i] + 1e-300;
        ctx.observeRatio(Math.abs(shifted[i] - p[i]) / tol);
        expectClose(`softmax weight ${i} after a shift`, shifted[i], p[i], { abs: 1e-300, rel }, { a, c, beta: b });
      }
    },
  });

const boltzmannForm = (sm: Softmax = softmax) =>
  part({
    description: "e^{−βJ_ij}/Σ_k e^{−βJ_ik} (50 digits) equals the float64 softmax of −J_i· (energy J, logit −J)",
    arbitraries: ({ thorough }) => [logits(thorough ? 64 : 8), beta(20)],
    numRuns: 60,
    predicate: (ctx, j, b) => {
      const p = sm(
        j.map((x) => -x),
        b,
      );
      const exact = softmaxDecimal(
        j.map((x) => -x),
        b,
      );
      // Float64 exponents β·a_i − max carry a relative error of a few ε·β·max|a|.
      const rel = 8 * EPS * (2 + b * maxAbs(j));
      for (let i = 0; i < j.length; i++) {
        const e = exact[i].toNumber();
        ctx.observeRatio(Math.abs(p[i] - e) / (rel * e + 1e-300));
        expectClose(`Boltzmann weight ${i}`, p[i], e, { abs: 1e-300, rel }, { J: j, beta: b });
      }
      const lz = logSumExp(
        j.map((x) => -x),
        b,
      );
      expectClose(
        "ln Z",
        lz,
        logSumExpDecimal(
          j.map((x) => -x),
          b,
        ).toNumber(),
        { abs: 1e-13, rel: 1e-14 },
        { J: j, beta: b },
      );
    },
  });

const betaZeroLimit = (sm: Softmax = softmax) =>
  part({
    description: "max_i |N p_i − 1| ≤ e^{β·range(a)} − 1, so softmax → uniform as β → 0",
    arbitraries: ({ thorough }) => [logits(thorough ? 256 : 32), grid(0, 0.1)],
    predicate: (ctx, a, b) => {
      const p = sm(a, b);
      const n = a.length;
      const bound = Math.expm1(b * range(a)) + 16 * n * EPS;
      for (let i = 0; i < n; i++) {
        const dev = Math.abs(n * p[i] - 1);
        ctx.observeRatio(dev / bound);
        expectLe(`|N p_${i} − 1|`, dev, bound, {}, { a, beta: b });
      }
    },
  });

const betaInfinityLimit = (sm: Softmax = softmax) =>
  part({
    description:
      "as β → ∞ the k tied maxima share the weight equally: |p_i − 1/k| ≤ (N−k)e^{−βΔ}/k² for each maximiser",
    arbitraries: ({ thorough }) => [tiedLogits(thorough ? 64 : 16), grid(0, 200)],
    predicate: (ctx, a, b) => {
      const p = sm(a, b);
      const m = Math.max(...a);
      const k = a.filter((x) => x === m).length;
      const rest = a.filter((x) => x !== m);
      const gap = rest.length > 0 ? m - Math.max(...rest) : Infinity;
      const tail = rest.length > 0 ? ((a.length - k) * Math.exp(-b * gap)) / (k * k) : 0;
      const bound = tail + 8 * a.length * EPS;
      a.forEach((x, i) => {
        if (x !== m) return;
        const dev = Math.abs(p[i] - 1 / k);
        ctx.observeRatio(dev / bound);
        expectLe(`|p_${i} − 1/k| of a maximiser`, dev, bound, {}, { a, beta: b, k });
      });
    },
    examples: [
      [[0, 0], 200],
      [[1, 1, 1, 0], 150],
      [[3], 0],
    ],
  });

const freeEnergyMinimum = (sm: Softmax = softmax) =>
  part({
    description:
      "F[q] = Σq E − T S(q) ≥ −T ln Z for every distribution q, F[q] + T ln Z = T·KL(q‖p), F[p] = −T ln Z (50 digits)",
    arbitraries: ({ thorough }) => [
      fc.integer({ min: 1, max: thorough ? 32 : 12 }).chain((n) =>
        fc.tuple(
          fc.array(logit, { minLength: n, maxLength: n }),
          fc.array(fc.oneof(fc.constant(0), grid(1e-6, 1)), {
            minLength: n,
            maxLength: n,
          }),
        ),
      ),
      positiveBeta(0.01, 20),
    ],
    predicate: (ctx, [a, w], b) => {
      const total = w.reduce((s, x) => s + x, 0);
      fc.pre(total > 0); // all-zero weights are no distribution: a rejected input, counted
      const q = w.map((x) => x / total);
      const t = 1 / b;
      const p = sm(a, b);
      const fMin = -t * logSumExpDecimal(a, b).toNumber();
      const fq = freeEnergyFunctional(q, a, b);
      const fp = freeEnergyFunctional(p, a, b);
      const scaleF = 1 + maxAbs(a) + t * Math.log(a.length + 1);
      const tol = 64 * a.length * EPS * scaleF * (1 + b);
      expectClose("F at the softmax", fp, fMin, { abs: tol }, { a, beta: b });
      expectGe("F[q]", fq, fMin, { abs: tol }, { a, q, beta: b });
      const kl = klToSoftmax(q, a, b);
      finite(kl, "KL(q‖p)");
      expectClose("F[q] + T ln Z vs T·KL(q‖p)", fq - fMin, t * kl, { abs: 2 * tol, rel: 1e-9 }, { a, q, beta: b });
      ctx.observeRatio(Math.abs(fp - fMin) / tol);
    },
  });

const dlnzDbeta = (thermo: Thermo = rowThermo) =>
  part({
    description: "d ln Z/dβ (50-digit central difference) = Σ p_i a_i = −⟨E⟩ (float64)",
    arbitraries: ({ thorough }) => [moderateLogits(thorough ? 24 : 10), grid(0, 10)],
    predicate: (ctx, a, b) => {
      const th = thermo(a, b);
      const fd = centralDifference((x: Dec) => logSumExpDecimal(a, x), b).toNumber();
      const tol = 32 * a.length * EPS * (1 + maxAbs(a));
      ctx.observeRatio(Math.abs(-th.meanEnergy - fd) / tol);
      expectClose("d ln Z/dβ vs −⟨E⟩", -th.meanEnergy, fd, { abs: tol }, { a, beta: b });
    },
  });

const entropyIdentity = (sm: Softmax = softmax) =>
  part({
    description: "−Σ p ln p (float64, from Math.log p) = βU + ln Z = U/T + ln Z (50 digits)",
    arbitraries: ({ thorough }) => [logits(thorough ? 64 : 16), positiveBeta(1e-3, 10)],
    predicate: (ctx, a, b) => {
      const p = sm(a, b);
      let s = 0;
      // `x > 0` is false for NaN, so an unchecked NaN weight would silently drop out of the sum.
      for (const x of p) if (finite(x, "softmax weight") > 0) s -= x * Math.log(x);
      const rhs = meanEnergyDecimal(a, b).mul(b).add(logSumExpDecimal(a, b)).toNumber();
      // ln p_i for p_i near underflow carries |ln p_i|·ε relative error, weighted by p_i ≤ e^{-700}.
      const tol = 64 * a.length * EPS * (1 + b * maxAbs(a)) + 1e-290;
      ctx.observeRatio(Math.abs(s - rhs) / tol);
      expectClose("S vs U/T + ln Z", s, rhs, { abs: tol }, { a, beta: b });
    },
  });

const entropyDerivative = (thermo: Thermo = rowThermo) =>
  part({
    description: "dS/dβ (50-digit central difference) = −β Var(E) (float64)",
    arbitraries: ({ thorough }) => [moderateLogits(thorough ? 48 : 8), grid(0, 10)],
    numRuns: 40,
    predicate: (ctx, a, b) => {
      const th = thermo(a, b);
      const fd = centralDifference((x: Dec) => entropyDecimal(a, x), b).toNumber();
      const r = range(a);
      const tol = 4 * a.length * EPS * (1 + b) * (1 + r * r);
      ctx.observeRatio(Math.abs(-b * th.varEnergy - fd) / tol);
      expectClose("dS/dβ vs −β Var(E)", -b * th.varEnergy, fd, { abs: tol }, { a, beta: b });
    },
  });

/**
 * The literal "phase transition" of one row: a jump of Var(E) between grid points (step 0.01 on
 * (0, 50]) larger than |dVar/dβ| = |κ₃| ≤ R³/(6√3) allows (src/attention/critical-beta.ts). Rows
 * with spread R ≥ 1 only: a constant row does not depend on β at all, a weaker counterexample.
 */
const criticalBetaTransition = (
  thermo: Thermo = rowThermo,
  rows: (thorough: boolean) => fc.Arbitrary<number[]> = (thorough) =>
    fc.array(logit, { minLength: 2, maxLength: thorough ? 64 : 16 }),
) =>
  part({
    description:
      "literal: each attention row has a β* in (0, 50] where it changes non-smoothly (Var(E) = d²ln Z/dβ² jumps by more than its Lipschitz bound between grid points)",
    arbitraries: ({ thorough }) => [rows(thorough)],
    predicate: (_ctx, a) => {
      // Checked before the fc.pre: a NaN spread would otherwise be a silent rejection, not an ERROR.
      const r = finite(range(a), "range of the logits");
      fc.pre(r >= 1);
      const h = 0.01;
      const lip = varianceStepBound(r, h) + 1e-9 * (1 + r * r);
      expectGt("largest jump of Var(E) between β grid points", rowVarianceJump(a, h, 5000, thermo), lip, 0, { a, h });
    },
    numRuns: 20,
  });

const finiteNAnalytic = (thermo: Thermo = rowThermo) =>
  part({
    description: "d²ln Z/dβ² (50-digit second difference) = Var(E) ≤ range²/4: bounded and continuous at every β",
    arbitraries: ({ thorough }) => [moderateLogits(thorough ? 24 : 10), grid(0, 10)],
    predicate: (ctx, a, b) => {
      const th = thermo(a, b);
      const r = range(a);
      const second = secondDifference((x: Dec) => logSumExpDecimal(a, x), b).toNumber();
      const tol = 64 * a.length * EPS * (1 + r * r);
      expectClose("d²ln Z/dβ² vs Var(E)", th.varEnergy, second, { abs: tol }, { a, beta: b });
      const cap = (r * r) / 4 + tol;
      ctx.observeRatio(th.varEnergy / cap);
      expectLe("Var(E) against Popoviciu's R²/4", th.varEnergy, cap, {}, { a, beta: b });
    },
  });

/**
 * The literal majority claim: some β on a geometric grid up to 1e4 gives one token weight > 1/2.
 * When float64 leaves it within 1e-9 of 1/2 the largest weight is recomputed in 50 digits: a tie
 * gives exactly 1/k, so "not above 1/2" then holds in exact arithmetic (tolerance 0, margin ∞).
 */
const symmetryBreaking = (rows: fc.Arbitrary<number[]> = tiedLogits(16)) =>
  part({
    description:
      "literal: for every row, above some critical β ≤ 1e4 a single token receives the majority (> 1/2) of attention",
    arbitraries: () => [rows],
    predicate: (_ctx, a) => {
      let best = 0;
      let bestBeta = 0;
      for (let t = 0; t <= 80; t++) {
        const b = 10 ** (t / 20 - 2);
        const m = finite(Math.max(...softmax(a, b)), "largest softmax weight");
        if (m > best) {
          best = m;
          bestBeta = b;
        }
      }
      if (Math.abs(best - 0.5) <= 1e-9) {
        // Every 50-digit weight checked: `gt` is false against NaN, so a NaN would be read as "not above 1/2".
        const weights = softmaxDecimal(a, bestBeta);
        weights.forEach((w, i) => finite(w.toNumber(), `50-digit softmax weight ${i}`));
        const exact = weights.reduce((x, y) => (y.gt(x) ? y : x));
        if (exact.gt(0.5)) return;
        throw new PropertyViolation(
          `the largest weight over β ≤ 1e4 is ${exact.toString()} in 50 digits: not above 1/2`,
          { input: a, beta: bestBeta, value: exact.toString(), bound: 0.5, tolerance: 0 },
          Number.POSITIVE_INFINITY,
        );
      }
      expectGt("largest weight over β ≤ 1e4", best, 0.5, 0, { a, beta: bestBeta });
    },
  });

const tiesNeverBroken = (sm: Softmax = softmax) =>
  part({
    description: "equal logits get bit-identical weights at every β (float64) and equal 50-digit weights",
    arbitraries: ({ thorough }) => [
      logits(thorough ? 128 : 16).chain((a) => fc.tuple(fc.constant(a), fc.nat(a.length - 1), fc.nat(a.length - 1))),
      grid(0, 1e4),
    ],
    predicate: (_ctx, [a0, i, j], b) => {
      const a = [...a0];
      a[j] = a[i];
      const p = sm(a, b);
      expectClose(`weights of tied logits ${i} and ${j}`, p[i], p[j], { abs: 0 }, { a, beta: b });
      if (a.length <= 16 && b <= 100) {
        const d = softmaxDecimal(a, b);
        expectLe("50-digit |p_i − p_j| of tied logits", d[i].sub(d[j]).abs().toNumber(), 0, {}, { a, beta: b, i, j });
      }
    },
  });

/** Full-support probability vectors from no lattice and no attention layer. */
const randomDistributions = (maxLen: number) =>
  fc.array(grid(1e-4, 1), { minLength: 1, maxLength: maxLen }).map((w) => {
    const total = w.reduce((s, x) => s + x, 0);
    return w.map((x) => x / total);
  });

/**
 * q against the Boltzmann distribution at β = 1 of an energy: the vacuous reading takes E = −ln q
 * (read off the weights), the meaningful one an energy fixed in advance (here E_i = i, a chain's
 * levels), which random q contradict.
 */
const boltzmannOf = (energy: (q: number[]) => number[], description: string) =>
  part({
    description,
    arbitraries: ({ thorough }) => [randomDistributions(thorough ? 512 : 64)],
    predicate: (ctx, q) => {
      const e = energy(q);
      const p = softmax(
        e.map((x) => -x),
        1,
      );
      q.forEach((x, i) => {
        const rel = 16 * EPS * (1 + Math.abs(Math.log(x)));
        ctx.observeRatio(Math.abs(p[i] - x) / (rel * x));
        expectClose(`Boltzmann weight of state ${i}`, p[i], x, { rel }, { q });
      });
    },
  });

const remThreshold = (slope: typeof remParticipationSlope = remParticipationSlope) => ({
  inside: part({
    description:
      "well below the REM threshold (u = β/β_c ≤ 0.5) the participation ratio of N(0,1) logit rows grows as N^κ with fitted κ ≥ 0.25, and |κ − κ(u)| ≤ 0.1 where the finite-size bias is small (u ≤ 0.35)",
    arbitraries: ({ thorough }) => [seedArb, grid(0.1, 0.5), fc.constant(thorough)],
    predicate: (ctx, s, u, thorough) => {
      const k = slope(s, u, thorough ? [8, 10, 12, 14, 16] : [8, 10, 12, 14], 32);
      ctx.record(`fitted exponent at u=${u.toFixed(2)}`, k);
      expectGe("fitted PR exponent", k, 0.25, {}, { u });
      if (u <= 0.35) {
        ctx.observeRatio(Math.abs(k - remParticipationExponent(u)) / 0.1);
        expectClose("fitted PR exponent vs κ(u)", k, remParticipationExponent(u), { abs: 0.1 }, { u });
      }
    },
    numRuns: 4,
    budgetMs: 8000,
  }),
  boundary: part({
    description: "past the threshold (u ∈ [1.5, 3]) the same growth statement: PR grows as N^κ with κ ≥ 0.25",
    arbitraries: () => [seedArb, grid(1.5, 3)],
    predicate: (ctx, s, u) => {
      const k = slope(s, u, [8, 10, 12, 14], 32);
      ctx.record(`fitted exponent at u=${u.toFixed(2)}`, k);
      expectGe("fitted PR exponent", k, 0.25, {}, { u });
    },
    numRuns: 4,
  }),
});

const remFrozen = (predict: (u: number) => number = remFrozenIpr) =>
  part({
    description:
      "above the threshold the mean Σp² over 256 rows of N = 4096 N(0,1) logits is within 0.1 of 1 − 1/u_eff (u_eff = β·a_N, a_N the Gaussian-maximum location)",
    arbitraries: () => [seedArb, grid(1.5, 4)],
    predicate: (ctx, s, u) => {
      const n = 4096;
      const reps = 256;
      const rng = new Prng(s);
      const b = u * remCriticalBeta(n, 1);
      let acc = 0;
      let acc2 = 0;
      for (let r = 0; r < reps; r++) {
        const y = inverseParticipation(remLogits(rng.split(r), n, 1), b);
        acc += y;
        acc2 += y * y;
      }
      const mean = acc / reps;
      const se = Math.sqrt((acc2 / reps - mean * mean) / (reps - 1));
      // Finite-N freezing point: the tail slope at the typical maximum a_N of N standard normals.
      const expected = predict(b / gaussianMaxLocation(n));
      ctx.record("standard error", se);
      ctx.observeRatio(Math.abs(mean - expected) / 0.1);
      expectClose("mean Σp² vs 1 − 1/u_eff", mean, expected, { abs: 0.1 }, { u, se });
    },
    numRuns: 4,
  });

const dkLogitVariance = (moment: typeof gaussianScaledDotMoment = gaussianScaledDotMoment) =>
  part({
    description:
      "Var(q·k/√d_k) = 1 and Var(q·k) = d_k: exactly (50 digits) for Rademacher entries, and within 5 standard errors for N(0,1) entries",
    arbitraries: ({ thorough }) => [fc.integer({ min: 1, max: thorough ? 4096 : 512 }), seedArb],
    predicate: (ctx, dk, s) => {
      // Rademacher: q·k = 2B − d_k with B ~ Binomial(d_k, ½), summed exactly in 50 digits.
      const varU = rademacherDotVariance(dk);
      expectLe("|Var(q·k) − d_k| for Rademacher entries (50 digits)", varU.sub(dk).abs().toNumber(), 1e-40, {}, { dk });
      const varScaled = varU.div(dk);
      expectLe("|Var(q·k/√d_k) − 1| (50 digits)", varScaled.sub(1).abs().toNumber(), 1e-40, {}, { dk });
      // Gaussian entries (d ≤ 64): E X⁴ = 3 + 6/d, so the sample mean of X² has SE √((2 + 6/d)/n).
      const { estimate: est, se } = moment(new Prng(s), Math.min(dk, 64), 1000);
      ctx.observeRatio(Math.abs(est - 1) / (5 * se));
      expectClose("Monte-Carlo Var(q·k/√d_k)", est, 1, { abs: 5 * se }, { dk: Math.min(dk, 64) });
    },
    numRuns: 20,
  });

const criticalReadingsAgree = (rows: (thorough: boolean) => fc.Arbitrary<number[]>, what: string) =>
  part({
    description: `three readings of 'the critical temperature' of an attention row (REM freezing √(2 ln N)/σ, heat-capacity peak, first β with a majority token) agree within 25 % (${what})`,
    arbitraries: ({ thorough }) => [rows(thorough)],
    predicate: (ctx, a) => {
      const r = criticalBetaReadings(a);
      ctx.record("readings (rem, heat peak, majority)", [r.rem, r.heatPeak, r.majority]);
      const vals = [r.rem, r.heatPeak, r.majority];
      expectLe(
        "largest / smallest reading of the critical β",
        Math.max(...vals) / Math.min(...vals),
        1.25,
        {},
        {
          n: a.length,
          a,
          ...r,
        },
      );
    },
    numRuns: 10,
  });

/** Rows of N ∈ [2, 32] (256 thorough) i.i.d. N(0, 1) logits, from a generated seed. */
const gaussianRows = (thorough: boolean) =>
  fc.tuple(seedArb, fc.integer({ min: 2, max: thorough ? 256 : 32 })).map(([s, n]) => {
    const rng = new Prng(s);
    return Array.from({ length: n }, () => rng.normal());
  });

/** Evenly spaced rows a_i = c + s·i, N ∈ [10, 13]: the class on which the three readings agree (all scale as 1/s). */
const evenRows = () =>
  fc
    .tuple(fc.integer({ min: 10, max: 13 }), grid(0.1, 10), grid(-3, 3))
    .map(([n, s, c]) => Array.from({ length: n }, (_, i) => c + s * i));

const standardAttentionPhase = (pr: typeof medianParticipation = medianParticipation) => ({
  inside: part({
    description:
      "q, k entries of variance 1, scores q·k/√d_k at β = 1 (u = 1/√(2 ln N) ≤ 0.5 for N ≥ 8): median participation ratio ≥ N^0.4 (delocalised side)",
    arbitraries: ({ thorough }) => [
      seedArb,
      fc.integer({ min: 64, max: thorough ? 4096 : 1024 }),
      fc.integer({ min: 1, max: 128 }),
    ],
    predicate: (ctx, s, n, dk) => {
      const x = pr(new Prng(s), n, dk, 1, true);
      ctx.record(`median PR at N=${n}, d_k=${dk}`, x);
      ctx.observeRatio(n ** 0.4 / x);
      expectGe("median participation ratio", x, n ** 0.4, {}, { n, dk });
    },
    numRuns: 20,
  }),
  boundary: part({
    description:
      "the same with logit spread just past the REM threshold (entry variance s² = u·√(2 ln N), u ∈ [1, 1.5]): median PR ≥ N^0.4",
    arbitraries: () => [seedArb, fc.integer({ min: 64, max: 1024 }), fc.integer({ min: 16, max: 128 }), grid(1, 1.5)],
    predicate: (_ctx, s, n, dk, u) => {
      const s2 = u * Math.sqrt(2 * Math.log(n));
      const x = pr(new Prng(s), n, dk, s2, true);
      expectGe("median participation ratio", x, n ** 0.4, {}, { n, dk, u });
    },
    numRuns: 20,
  }),
});

/** softmax of the logits distorted by 1e-6·x² first: a reference that is not shift-invariant. */
const distortedSoftmax: Softmax = (a, b) =>
  softmax(
    Array.from(a, (x) => x + 1e-6 * x * x),
    b,
  );

export const properties = [
  holds(
    "softmax.normalization",
    normalization(),
    control("every weight multiplied by 0.99", holds("c", normalization(scaledEntries(softmax, 0.99)))),
  ),

  holds(
    "softmax.shift-invariance",
    shiftInvariance(),
    control("every logit distorted by 1e-6·x² inside the reference", holds("c", shiftInvariance(distortedSoftmax))),
  ),

  holds(
    "softmax.boltzmann-form",
    boltzmannForm(),
    control(
      "the energy's sign flipped (weights e^{+βJ})",
      holds(
        "c",
        boltzmannForm((a, b) =>
          softmax(
            Array.from(a, (x) => -x),
            b,
          ),
        ),
      ),
    ),
  ),

  holds(
    "softmax.beta-zero-limit",
    betaZeroLimit(),
    control(
      "β read as 10β",
      holds(
        "c",
        betaZeroLimit((a, b) => softmax(a, 10 * b)),
      ),
    ),
  ),

  holds(
    "softmax.beta-infinity-limit",
    betaInfinityLimit(),
    control("every weight multiplied by 0.999", holds("c", betaInfinityLimit(scaledEntries(softmax, 0.999)))),
  ),

  holds(
    "softmax.free-energy-minimum",
    freeEnergyMinimum(),
    control(
      "the weights taken at 0.9β",
      holds(
        "c",
        freeEnergyMinimum((a, b) => softmax(a, 0.9 * b)),
      ),
    ),
  ),

  holds(
    "softmax.dlnz-dbeta",
    dlnzDbeta(),
    control(
      "the energy's sign flipped (⟨E⟩ reported as +Σ p a)",
      holds("c", dlnzDbeta(mapResult(rowThermo, (t) => ({ ...t, meanEnergy: -t.meanEnergy })))),
    ),
  ),

  holds(
    "softmax.entropy-identity",
    entropyIdentity(),
    control("every weight multiplied by 0.999", holds("c", entropyIdentity(scaledEntries(softmax, 0.999)))),
  ),

  holds(
    "softmax.entropy-derivative",
    entropyDerivative(),
    control(
      "Var(E) reported 1 % too large",
      holds("c", entropyDerivative(mapResult(rowThermo, (t) => ({ ...t, varEnergy: 1.01 * t.varEnergy })))),
    ),
  ),

  holds(
    "softmax.critical-beta-transition",
    criticalBetaTransition(),
    control(
      "a reference with a genuine discontinuity (the β = 0 row below β = 1, the frozen β = 10⁴ row above; an N → ∞-style freezing) on rows with logits in [−3, 3]: the literal statement then holds",
      holds(
        "c",
        criticalBetaTransition(
          (a, b) => rowThermo(a, b < 1 ? 0 : 1e4),
          () => fc.array(grid(-3, 3), { minLength: 2, maxLength: 16 }),
        ),
      ),
    ),
  ),

  holds(
    "softmax.finite-n-analytic",
    finiteNAnalytic(),
    control(
      "Var(E) reported 1 % too large",
      holds("c", finiteNAnalytic(mapResult(rowThermo, (t) => ({ ...t, varEnergy: 1.01 * t.varEnergy })))),
    ),
  ),

  holds(
    "softmax.symmetry-breaking-ties",
    symmetryBreaking(),
    control(
      "rows restricted to a unique maximum (the largest logit raised by 1): the literal statement then holds",
      holds(
        "c",
        symmetryBreaking(
          tiedLogits(16).map((a) => {
            const b = [...a];
            b[argmax(a)] = Math.max(...a) + 1;
            return b;
          }),
        ),
      ),
    ),
  ),

  holds(
    "softmax.ties-never-broken",
    tiesNeverBroken(),
    control(
      "a position-dependent logit offset 1e-9·i inside the reference (breaks permutation equivariance)",
      holds(
        "c",
        tiesNeverBroken((a, b) =>
          softmax(
            Array.from(a, (x, i) => x + 1e-9 * i),
            b,
          ),
        ),
      ),
    ),
  ),

  vacuous(
    "softmax.equilibrium-state",
    boltzmannOf(
      (q) => q.map((x) => -Math.log(x)),
      "any full-support probability vector (random, from no lattice or attention) is exactly the Boltzmann distribution at β = 1 of E = −ln q",
    ),
    control(
      "the meaningful reading: the energy fixed in advance (E_i = i, a chain's levels), not read off the weights",
      holds(
        "c",
        boltzmannOf(
          (q) => q.map((_, i) => i),
          "a random full-support probability vector is the Boltzmann distribution at β = 1 of the fixed energy E_i = i",
        ),
      ),
    ),
  ),

  conditional(
    "softmax.rem-threshold",
    remThreshold(),
    control(
      "β_c taken 3× too small (u read as 3u)",
      conditional(
        "c",
        remThreshold((s, u, logNs, reps) => remParticipationSlope(s, 3 * u, logNs, reps)),
      ),
    ),
  ),

  holds(
    "softmax.rem-frozen-ipr",
    remFrozen(),
    control(
      "the Poisson-Dirichlet prediction taken at u/2",
      holds(
        "c",
        remFrozen((u) => remFrozenIpr(u / 2)),
      ),
    ),
  ),

  holds(
    "softmax.dk-logit-variance",
    dkLogitVariance(),
    control(
      "the 1/√d scale dropped in the Monte-Carlo road (Var(q·k) compared to 1)",
      holds(
        "c",
        dkLogitVariance(mapResult(gaussianScaledDotMoment, (r, _rng, d) => ({ ...r, estimate: r.estimate * d }))),
      ),
    ),
  ),

  illPosed(
    "softmax.dk-critical-temperature",
    criticalReadingsAgree(gaussianRows, "rows of N(0, 1) logits"),
    control(
      "rows restricted to evenly spaced logits with N ∈ [10, 13], where the three readings agree",
      illPosed("c", criticalReadingsAgree(evenRows, "evenly spaced rows, N ∈ [10, 13]")),
    ),
  ),

  conditional(
    "softmax.standard-attention-phase",
    standardAttentionPhase(),
    control(
      "the 1/√d_k factor dropped inside the reference (scores q·k)",
      conditional(
        "c",
        standardAttentionPhase((rng, n, dk, s2) => medianParticipation(rng, n, dk, s2, false)),
      ),
    ),
  ),
];
