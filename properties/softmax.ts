/**
 * Softmax as a Boltzmann distribution: paper 000 §3.1, §4.4, §4.6 eq 15, §5.1, §8 eq 20; thesis
 * 003 §2.1 eq 2.4-2.5; the 1/√d_k "critical temperature" and the random-energy-model picture.
 *
 * Sign convention (src/attention/boltzmann.ts): weights e^{β a_i}, energy E_i = −a_i.
 */
import fc from "fast-check";
import { conditional, holds, illPosed, part, vacuous } from "../src/claims/property.js";
import { expectClose, expectThat, finite } from "../src/claims/violation.js";
import { logSumExp, softmax } from "../src/attention/softmax.js";
import { freeEnergyFunctional, klToSoftmax, rowThermo } from "../src/attention/boltzmann.js";
import {
  centralDifference,
  D50,
  entropyDecimal,
  logSumExpDecimal,
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
import { criticalBetaReadings } from "../src/attention/critical-beta.js";
import { medianParticipation } from "../src/attention/standard-attention.js";
import { gaussianScaledDotMoment, rademacherDotVariance } from "../src/attention/logit-variance.js";
import { maxAbs, range } from "../src/numeric/vectors.js";
import { Prng } from "../src/random/prng.js";
import { grid } from "../src/attention/arbitraries.js";
import { seedArb } from "../src/spinglass/arbitraries.js";

const EPS = Number.EPSILON;

const logit = fc.double({ min: -50, max: 50, noNaN: true, noDefaultInfinity: true });
const logits = (maxLen: number) => fc.array(logit, { minLength: 1, maxLength: maxLen });
/**
 * Logits in [−3, 3]: with β ≤ 10 the rows stay away from the frozen regime, where every derivative
 * is ≈ 0 and a derivative check would pass vacuously.
 */
const moderateLogits = (maxLen: number) => fc.array(grid(-3, 3), { minLength: 1, maxLength: maxLen });
/** Rows drawn from a few integers: ties (equal logits) are common, as the limit claims need. */
const tiedLogits = (maxLen: number) => fc.array(fc.integer({ min: -4, max: 4 }), { minLength: 1, maxLength: maxLen });
const beta = (max: number) => fc.double({ min: 0, max, noNaN: true, noDefaultInfinity: true });
const positiveBeta = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });

export const properties = [
  holds(
    "softmax.normalization",
    part({
      description:
        "every softmax weight is ≥ 0, > 0 unless β(max a − a_i) > 700 (float64 underflow), and the row sums to 1 (within 1e-12)",
      arbitraries: ({ thorough }) => [logits(thorough ? 512 : 64), fc.double({ min: 0, max: 100, noNaN: true })],
      predicate: (_ctx, a, beta) => {
        const p = softmax(a, beta);
        let s = 0;
        const m = Math.max(...a);
        p.forEach((x, i) => {
          // e^{−700} ≈ 1e-304 is still a normal double; beyond ≈ 745 the weight underflows to 0.
          const representable = beta * (m - a[i]) <= 700;
          expectThat(representable ? x > 0 : x >= 0, "a softmax weight is not positive", { a, beta, i, x });
          s += x;
        });
        expectClose("row sum of softmax", s, 1, { abs: 1e-12 }, { a, beta });
      },
    }),
  ),

  holds(
    "softmax.shift-invariance",
    part({
      description: "softmax(a + c·1, β) = softmax(a, β) up to the rounding of a + c",
      arbitraries: ({ thorough }) => [
        logits(thorough ? 256 : 32),
        fc.double({ min: -1000, max: 1000, noNaN: true }),
        beta(20),
      ],
      predicate: (ctx, a, c, b) => {
        const p = softmax(a, b);
        const shifted = softmax(
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
    }),
  ),

  holds(
    "softmax.boltzmann-form",
    part({
      description: "e^{−βJ_ij}/Σ_k e^{−βJ_ik} (50 digits) equals the float64 softmax of −J_i· (energy J, logit −J)",
      arbitraries: ({ thorough }) => [logits(thorough ? 64 : 8), beta(20)],
      numRuns: 60,
      predicate: (ctx, j, b) => {
        const p = softmax(
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
    }),
  ),

  holds(
    "softmax.beta-zero-limit",
    part({
      description: "max_i |N p_i − 1| ≤ e^{β·range(a)} − 1, so softmax → uniform as β → 0",
      arbitraries: ({ thorough }) => [logits(thorough ? 256 : 32), fc.double({ min: 0, max: 0.1, noNaN: true })],
      predicate: (ctx, a, b) => {
        const p = softmax(a, b);
        const n = a.length;
        const bound = Math.expm1(b * range(a)) + 16 * n * EPS;
        for (let i = 0; i < n; i++) {
          const dev = Math.abs(n * p[i] - 1);
          ctx.observeRatio(dev / bound);
          expectThat(dev <= bound, "softmax is further from uniform than e^{βR} − 1 allows", {
            a,
            beta: b,
            i,
            dev,
            bound,
          });
        }
      },
    }),
  ),

  holds(
    "softmax.beta-infinity-limit",
    part({
      description:
        "as β → ∞ the k tied maxima share the weight equally: |p_i − 1/k| ≤ (N−k)e^{−βΔ}/k² for each maximiser",
      arbitraries: ({ thorough }) => [tiedLogits(thorough ? 64 : 16), fc.double({ min: 0, max: 200, noNaN: true })],
      predicate: (ctx, a, b) => {
        const p = softmax(a, b);
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
          expectThat(dev <= bound, "a maximiser's weight is not within the bound of 1/k", {
            a,
            beta: b,
            i,
            dev,
            bound,
            k,
          });
        });
      },
      examples: [
        [[0, 0], 200],
        [[1, 1, 1, 0], 150],
        [[3], 0],
      ],
    }),
  ),

  holds(
    "softmax.free-energy-minimum",
    part({
      description:
        "F[q] = Σq E − T S(q) ≥ −T ln Z for every distribution q, F[q] + T ln Z = T·KL(q‖p), F[p] = −T ln Z (50 digits)",
      arbitraries: ({ thorough }) => [
        fc.integer({ min: 1, max: thorough ? 32 : 12 }).chain((n) =>
          fc.tuple(
            fc.array(logit, { minLength: n, maxLength: n }),
            fc.array(fc.oneof(fc.constant(0), fc.double({ min: 1e-6, max: 1, noNaN: true })), {
              minLength: n,
              maxLength: n,
            }),
          ),
        ),
        positiveBeta(0.01, 20),
      ],
      predicate: (ctx, [a, w], b) => {
        const total = w.reduce((s, x) => s + x, 0);
        if (total === 0) return true; // no distribution: nothing to check
        const q = w.map((x) => x / total);
        const t = 1 / b;
        const p = softmax(a, b);
        const fMin = -t * logSumExpDecimal(a, b).toNumber();
        const fq = freeEnergyFunctional(q, a, b);
        const fp = freeEnergyFunctional(p, a, b);
        const scaleF = 1 + maxAbs(a) + t * Math.log(a.length + 1);
        const tol = 64 * a.length * EPS * scaleF * (1 + b);
        expectClose("F at the softmax", fp, fMin, { abs: tol }, { a, beta: b });
        expectThat(fq >= fMin - tol, "a distribution has free energy below −T ln Z", { a, q, beta: b, fq, fMin });
        const kl = klToSoftmax(q, a, b);
        finite(kl, "KL(q‖p)");
        expectClose("F[q] + T ln Z vs T·KL(q‖p)", fq - fMin, t * kl, { abs: 2 * tol, rel: 1e-9 }, { a, q, beta: b });
        ctx.observeRatio(Math.abs(fp - fMin) / tol);
      },
    }),
  ),

  holds(
    "softmax.dlnz-dbeta",
    part({
      description: "d ln Z/dβ (50-digit central difference) = Σ p_i a_i = −⟨E⟩ (float64)",
      arbitraries: ({ thorough }) => [moderateLogits(thorough ? 24 : 10), grid(0, 10)],
      predicate: (ctx, a, b) => {
        const th = rowThermo(a, b);
        const fd = centralDifference((x: Dec) => logSumExpDecimal(a, x), b).toNumber();
        const tol = 32 * a.length * EPS * (1 + maxAbs(a));
        ctx.observeRatio(Math.abs(-th.meanEnergy - fd) / tol);
        expectClose("d ln Z/dβ vs −⟨E⟩", -th.meanEnergy, fd, { abs: tol }, { a, beta: b });
      },
    }),
  ),

  holds(
    "softmax.entropy-identity",
    part({
      description: "−Σ p ln p (float64, from Math.log p) = βU + ln Z = U/T + ln Z (50 digits)",
      arbitraries: ({ thorough }) => [logits(thorough ? 64 : 16), positiveBeta(1e-3, 10)],
      predicate: (ctx, a, b) => {
        const p = softmax(a, b);
        let s = 0;
        for (const x of p) if (x > 0) s -= x * Math.log(x);
        const pd = softmaxDecimal(a, b);
        let u = new D50(0);
        a.forEach((x, i) => (u = u.sub(pd[i].mul(x))));
        const rhs = u.mul(b).add(logSumExpDecimal(a, b)).toNumber();
        // ln p_i for p_i near underflow carries |ln p_i|·ε relative error, weighted by p_i ≤ e^{-700}.
        const tol = 64 * a.length * EPS * (1 + b * maxAbs(a)) + 1e-290;
        ctx.observeRatio(Math.abs(s - rhs) / tol);
        expectClose("S vs U/T + ln Z", s, rhs, { abs: tol }, { a, beta: b });
      },
    }),
  ),

  holds(
    "softmax.entropy-derivative",
    part({
      description: "dS/dβ (50-digit central difference) = −β Var(E) (float64)",
      arbitraries: ({ thorough }) => [moderateLogits(thorough ? 48 : 8), grid(0, 10)],
      numRuns: 40,
      predicate: (ctx, a, b) => {
        const th = rowThermo(a, b);
        const fd = centralDifference((x: Dec) => entropyDecimal(a, x), b).toNumber();
        const r = range(a);
        const tol = 4 * a.length * EPS * (1 + b) * (1 + r * r);
        ctx.observeRatio(Math.abs(-b * th.varEnergy - fd) / tol);
        expectClose("dS/dβ vs −β Var(E)", -b * th.varEnergy, fd, { abs: tol }, { a, beta: b });
      },
    }),
  ),

  holds(
    "softmax.critical-beta-transition",
    part({
      description:
        "literal: each attention row has a β* in (0, 50] where it changes non-smoothly (Var(E) = d²ln Z/dβ² jumps by more than its Lipschitz bound between grid points)",
      arbitraries: ({ thorough }) => [fc.array(logit, { minLength: 2, maxLength: thorough ? 64 : 16 })],
      predicate: (_ctx, a) => {
        // |d Var/dβ| = |third cumulant| ≤ R³/(6√3) for states in an interval of length R, so on a
        // grid of step h any jump larger than h·R³/(6√3) would be a genuine non-smooth point.
        const r = range(a);
        const h = 0.01;
        const lip = (h * r ** 3) / (6 * Math.sqrt(3)) + 1e-9 * (1 + r * r);
        let prev = rowThermo(a, 0).varEnergy;
        for (let t = 1; t <= 5000; t++) {
          const v = rowThermo(a, t * h).varEnergy;
          if (Math.abs(v - prev) > lip) return true; // found the claimed transition
          prev = v;
        }
        return false; // no β* exists: the row is smooth for every β on the grid
      },
      numRuns: 20,
    }),
  ),

  holds(
    "softmax.finite-n-analytic",
    part({
      description: "d²ln Z/dβ² (50-digit second difference) = Var(E) ≤ range²/4: bounded and continuous at every β",
      arbitraries: ({ thorough }) => [moderateLogits(thorough ? 24 : 10), grid(0, 10)],
      predicate: (ctx, a, b) => {
        const th = rowThermo(a, b);
        const r = range(a);
        const h = new D50("1e-12");
        const B = new D50(b);
        const f = (x: Dec) => logSumExpDecimal(a, x);
        const second = f(B.add(h))
          .sub(f(B).mul(2))
          .add(f(B.sub(h)))
          .div(h.mul(h))
          .toNumber();
        const tol = 64 * a.length * EPS * (1 + r * r);
        expectClose("d²ln Z/dβ² vs Var(E)", th.varEnergy, second, { abs: tol }, { a, beta: b });
        const cap = (r * r) / 4 + tol;
        ctx.observeRatio(th.varEnergy / cap);
        expectThat(th.varEnergy <= cap, "Var(E) exceeds Popoviciu's bound R²/4", { a, beta: b, v: th.varEnergy, cap });
      },
    }),
  ),

  holds(
    "softmax.symmetry-breaking-ties",
    part({
      description:
        "literal: for every row, above some critical β ≤ 1e4 a single token receives the majority (> 1/2) of attention",
      arbitraries: ({ thorough }) => [tiedLogits(thorough ? 64 : 16)],
      predicate: (_ctx, a) => {
        for (let t = 0; t <= 80; t++) {
          const b = Math.pow(10, t / 20 - 2);
          if (Math.max(...softmax(a, b)) > 0.5) return true;
        }
        return false;
      },
    }),
  ),

  holds(
    "softmax.ties-never-broken",
    part({
      description: "equal logits get bit-identical weights at every β (float64) and equal 50-digit weights",
      arbitraries: ({ thorough }) => [
        logits(thorough ? 128 : 16).chain((a) => fc.tuple(fc.constant(a), fc.nat(a.length - 1), fc.nat(a.length - 1))),
        fc.double({ min: 0, max: 1e4, noNaN: true }),
      ],
      predicate: (_ctx, [a0, i, j], b) => {
        const a = [...a0];
        a[j] = a[i];
        const p = softmax(a, b);
        expectThat(p[i] === p[j], "tied logits got different weights", { a, beta: b, i, j, pi: p[i], pj: p[j] });
        if (a.length <= 16 && b <= 100) {
          const d = softmaxDecimal(a, b);
          expectThat(d[i].eq(d[j]), "tied logits got different 50-digit weights", { a, beta: b, i, j });
        }
      },
    }),
  ),

  vacuous(
    "softmax.equilibrium-state",
    part({
      description:
        "any full-support probability vector (random, from no lattice or attention) is exactly the Boltzmann distribution at β = 1 of E = −ln q",
      arbitraries: ({ thorough }) => [
        fc.array(fc.double({ min: 1e-12, max: 1, noNaN: true }), { minLength: 1, maxLength: thorough ? 512 : 64 }),
      ],
      predicate: (ctx, w) => {
        const total = w.reduce((s, x) => s + x, 0);
        const q = w.map((x) => x / total);
        const e = q.map((x) => -Math.log(x));
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
    }),
  ),

  conditional("softmax.rem-threshold", {
    inside: part({
      description:
        "well below the REM threshold (u = β/β_c ≤ 0.5) the participation ratio of N(0,1) logit rows grows as N^κ with fitted κ ≥ 0.25, and |κ − κ(u)| ≤ 0.1 where the finite-size bias is small (u ≤ 0.35)",
      arbitraries: ({ thorough }) => [seedArb, fc.double({ min: 0.1, max: 0.5, noNaN: true }), fc.constant(thorough)],
      predicate: (ctx, s, u, thorough) => {
        const k = remParticipationSlope(s, u, thorough ? [8, 10, 12, 14, 16] : [8, 10, 12, 14], 32);
        ctx.record(`fitted exponent at u=${u.toFixed(2)}`, k);
        expectThat(k >= 0.25, "the participation ratio does not grow as a power of N", { u, fitted: k });
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
      arbitraries: () => [seedArb, fc.double({ min: 1.5, max: 3, noNaN: true })],
      predicate: (ctx, s, u) => {
        const k = remParticipationSlope(s, u, [8, 10, 12, 14], 32);
        ctx.record(`fitted exponent at u=${u.toFixed(2)}`, k);
        expectThat(k >= 0.25, "the participation ratio does not grow as a power of N", { u, fitted: k });
      },
      numRuns: 4,
    }),
  }),

  holds(
    "softmax.rem-frozen-ipr",
    part({
      description:
        "above the threshold the mean Σp² over 256 rows of N = 4096 N(0,1) logits is within 0.1 of 1 − 1/u_eff (u_eff = β·a_N, a_N the Gaussian-maximum location)",
      arbitraries: () => [seedArb, fc.double({ min: 1.5, max: 4, noNaN: true })],
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
        // Finite-N freezing point: the tail slope at the typical maximum a_N = √(2 ln N) −
        // (ln ln N + ln 4π)/(2√(2 ln N)) of N standard normals, instead of its limit √(2 ln N).
        const aN = gaussianMaxLocation(n);
        const expected = remFrozenIpr(b / aN);
        ctx.record("standard error", se);
        ctx.observeRatio(Math.abs(mean - expected) / 0.1);
        expectClose("mean Σp² vs 1 − 1/u_eff", mean, expected, { abs: 0.1 }, { u, se });
      },
      numRuns: 4,
    }),
  ),

  holds(
    "softmax.dk-logit-variance",
    part({
      description:
        "Var(q·k/√d_k) = 1 and Var(q·k) = d_k: exactly (50 digits) for Rademacher entries, and within 5 standard errors for N(0,1) entries",
      arbitraries: ({ thorough }) => [fc.integer({ min: 1, max: thorough ? 4096 : 512 }), seedArb],
      predicate: (ctx, dk, s) => {
        // Rademacher: q·k = 2B − d_k with B ~ Binomial(d_k, ½), summed exactly in 50 digits.
        const varU = rademacherDotVariance(dk);
        expectThat(varU.sub(dk).abs().lt("1e-40"), "Var(q·k) ≠ d_k for Rademacher entries", {
          dk,
          var: varU.toString(),
        });
        const varScaled = varU.div(dk);
        expectThat(varScaled.sub(1).abs().lt("1e-40"), "Var(q·k/√d_k) ≠ 1", { dk, var: varScaled.toString() });
        // Gaussian entries: E X⁴ = 3 + 6/d_k, so the sample variance of n draws has SE √((2 + 6/d_k)/n).
        // Gaussian entries (d ≤ 64): E X⁴ = 3 + 6/d, so the sample mean of X² has SE √((2 + 6/d)/n).
        const { estimate: est, se } = gaussianScaledDotMoment(new Prng(s), Math.min(dk, 64), 1000);
        ctx.observeRatio(Math.abs(est - 1) / (5 * se));
        expectClose("Monte-Carlo Var(q·k/√d_k)", est, 1, { abs: 5 * se }, { dk: Math.min(dk, 64) });
      },
      numRuns: 20,
    }),
  ),

  illPosed(
    "softmax.dk-critical-temperature",
    part({
      description:
        "three readings of 'the critical temperature' of an attention row (REM freezing √(2 ln N)/σ, heat-capacity peak, first β with a majority token) agree within 25 %",
      arbitraries: ({ thorough }) => [seedArb, fc.integer({ min: 2, max: thorough ? 256 : 32 })],
      predicate: (ctx, s, n) => {
        const rng = new Prng(s);
        const a = Array.from({ length: n }, () => rng.normal());
        const r = criticalBetaReadings(a);
        ctx.record("readings (rem, heat peak, majority)", [r.rem, r.heatPeak, r.majority]);
        const vals = [r.rem, r.heatPeak, r.majority];
        const ratio = Math.max(...vals) / Math.min(...vals);
        expectThat(ratio <= 1.25, "the readings of the critical β disagree", { n, a, ...r, ratio });
      },
      numRuns: 10,
    }),
  ),

  conditional("softmax.standard-attention-phase", {
    inside: part({
      description:
        "q, k entries of variance 1, scores q·k/√d_k at β = 1 (u = 1/√(2 ln N) ≤ 0.5 for N ≥ 8): median participation ratio ≥ N^0.4 (delocalised side)",
      arbitraries: ({ thorough }) => [
        seedArb,
        fc.integer({ min: 64, max: thorough ? 4096 : 1024 }),
        fc.integer({ min: 1, max: 128 }),
      ],
      predicate: (ctx, s, n, dk) => {
        const pr = medianParticipation(new Prng(s), n, dk, 1, true);
        ctx.record(`median PR at N=${n}, d_k=${dk}`, pr);
        ctx.observeRatio(Math.pow(n, 0.4) / pr);
        expectThat(pr >= Math.pow(n, 0.4), "standard attention rows are localised", {
          n,
          dk,
          pr,
          threshold: Math.pow(n, 0.4),
        });
      },
      numRuns: 20,
    }),
    boundary: part({
      description:
        "the same with logit spread just past the REM threshold (entry variance s² = u·√(2 ln N), u ∈ [1, 1.5]): median PR ≥ N^0.4",
      arbitraries: () => [
        seedArb,
        fc.integer({ min: 64, max: 1024 }),
        fc.integer({ min: 16, max: 128 }),
        fc.double({ min: 1, max: 1.5, noNaN: true }),
      ],
      predicate: (_ctx, s, n, dk, u) => {
        const s2 = u * Math.sqrt(2 * Math.log(n));
        const pr = medianParticipation(new Prng(s), n, dk, s2, true);
        expectThat(pr >= Math.pow(n, 0.4), "standard attention rows are localised", {
          n,
          dk,
          u,
          pr,
          threshold: Math.pow(n, 0.4),
        });
      },
      numRuns: 20,
    }),
  }),
];
