/**
 * The blog "Energy Landscapes and Attention" (004): the Boltzmann factor, Maxwell-Boltzmann and
 * equipartition, why exponentials (P(E1)P(E2) = P(E1+E2)), temperature on contact, attention as a
 * thermal average z_i = W_V⟨x⟩_i, and the critical β of the attention self-consistency.
 * (The tanh mean-field version of the last claim is the statmech family's `meanfield.*`.)
 */
import fc from "fast-check";
import { conditional, holds, illPosed, part } from "../src/claims/property.js";
import { expectClose, expectThat } from "../src/claims/violation.js";
import { logSumExp, softmax } from "../src/attention/softmax.js";
import { rowThermo, spectrumMeanEnergy } from "../src/attention/boltzmann.js";
import { logSumExpDecimal, softmaxDecimal } from "../src/attention/decimal.js";
import { meanKineticChecked } from "../src/attention/maxwell.js";
import { singleThenMultiple, solutionCountsOverBeta } from "../src/attention/self-consistency.js";
import { rowSoftmax } from "../src/attention/attention.js";
import { matmul, maxAbs as maxAbsMat, transpose } from "../src/attention/matrix.js";
import { argmax, maxAbs } from "../src/numeric/vectors.js";
import { grid, matrix } from "../src/attention/arbitraries.js";

const EPS = Number.EPSILON;

const spectrum = (maxLen: number) => fc.array(grid(-10, 10), { minLength: 1, maxLength: maxLen });

/** Tokens on a 0.01 grid in [−3, 3] (ties and zeros allowed), 2 to 8 of them. */
const tokens = fc.array(
  fc.integer({ min: -300, max: 300 }).map((k) => k / 100),
  { minLength: 2, maxLength: 8 },
);

/** Spectra of 2 to 8 levels with at least two energies 0.1 apart. */
const twoLevelSpectrum = spectrumWithSpread(8);

export const properties = [
  holds(
    "blog.boltzmann-factor",
    part({
      description:
        "Prob(E) = e^{−βE}/Z is normalised, and a state ΔE above the ground state has Prob ratio e^{−βΔE} (float64 vs 50 digits): suppressed by e^{−k} once ΔE ≥ k/β",
      arbitraries: ({ thorough }) => [spectrum(thorough ? 64 : 8), grid(0.01, 10)],
      numRuns: 40,
      predicate: (ctx, e, beta) => {
        const p = softmax(
          e.map((x) => -x),
          beta,
        );
        const pd = softmaxDecimal(
          e.map((x) => -x),
          beta,
        );
        expectClose(
          "Σ Prob",
          p.reduce((a, b) => a + b, 0),
          1,
          { abs: 1e-12 },
          { e, beta },
        );
        const e0 = Math.min(...e);
        const i0 = e.indexOf(e0);
        e.forEach((x, i) => {
          const ratio = pd[i].div(pd[i0]).toNumber();
          const expected = Math.exp(-beta * (x - e0));
          expectClose(`Prob ratio of state ${i}`, ratio, expected, { rel: 1e-13, abs: 1e-300 }, { e, beta });
          const rel = 16 * EPS * (1 + beta * maxAbs(e));
          ctx.observeRatio(Math.abs(p[i] - pd[i].toNumber()) / (rel * pd[i].toNumber() + 1e-300));
          expectClose(
            `Prob of state ${i}, float64 vs 50 digits`,
            p[i],
            pd[i].toNumber(),
            { rel, abs: 1e-300 },
            { e, beta },
          );
        });
      },
    }),
  ),

  holds(
    "blog.maxwell-boltzmann-printed",
    part({
      description:
        "literal: P(v) ∝ e^{−½mv²/2T} as printed gives equipartition ⟨½mv²⟩ = ½T per dimension (relative 1e-6)",
      arbitraries: () => [grid(0.1, 10), grid(0.1, 10)],
      predicate: (_ctx, m, t) => {
        const k = meanKineticChecked(0.25, m, t);
        expectClose("⟨½mv²⟩ under the printed P(v)", k, 0.5 * t, { rel: 1e-6 }, { m, T: t });
      },
    }),
  ),

  holds(
    "blog.maxwell-boltzmann-corrected",
    part({
      description:
        "P(v) ∝ e^{−½mv²/T} gives ⟨½mv²⟩ = ½T per dimension (Simpson quadrature vs closed form, relative 1e-9)",
      arbitraries: () => [grid(0.1, 10), grid(0.1, 10)],
      predicate: (ctx, m, t) => {
        const k = meanKineticChecked(0.5, m, t);
        ctx.observeRatio(Math.abs(k - 0.5 * t) / (1e-9 * 0.5 * t));
        expectClose("⟨½mv²⟩ under e^{−E/T}", k, 0.5 * t, { rel: 1e-9 }, { m, T: t });
      },
    }),
  ),

  holds(
    "blog.exp-product-normalized",
    part({
      description:
        "literal: with normalised P(E) = e^{−βE}/Z, P(E1)P(E2) = P(E1+E2) for energies E1, E2 of the spectrum",
      arbitraries: () => [
        spectrum(8).chain((e) => fc.tuple(fc.constant(e), fc.nat(e.length - 1), fc.nat(e.length - 1))),
        grid(0.01, 5),
      ],
      predicate: (_ctx, [e, i, j], beta) => {
        const lnZ = logSumExp(
          e.map((x) => -x),
          beta,
        );
        const lp = (x: number) => -beta * x - lnZ;
        // Compared in logs: ln P(E1) + ln P(E2) vs ln P(E1 + E2); they differ by exactly ln Z.
        expectClose(
          "ln P(E1) + ln P(E2) vs ln P(E1+E2)",
          lp(e[i]) + lp(e[j]),
          lp(e[i] + e[j]),
          { abs: 1e-9 },
          { e, i, j, beta, lnZ },
        );
      },
    }),
  ),

  holds(
    "blog.exp-product-combined",
    part({
      description:
        "unnormalised weights multiply, w(E1)w(E2) = w(E1+E2); two non-interacting systems: the Boltzmann distribution of the product system (enumerated) is P_A(a)P_B(b) and ln Z = ln Z_A + ln Z_B (50 digits)",
      arbitraries: ({ thorough }) => [spectrum(thorough ? 12 : 6), spectrum(thorough ? 12 : 6), grid(0.01, 5)],
      numRuns: 30,
      predicate: (ctx, ea, eb, beta) => {
        const pa = softmax(
          ea.map((x) => -x),
          beta,
        );
        const pb = softmax(
          eb.map((x) => -x),
          beta,
        );
        const joint = ea.flatMap((x) => eb.map((y) => -(x + y)));
        const pj = softmax(joint, beta);
        ea.forEach((x, a) =>
          eb.forEach((y, b) => {
            const w = Math.exp(-beta * x) * Math.exp(-beta * y);
            expectClose(
              "w(E1)w(E2) vs w(E1+E2)",
              w,
              Math.exp(-beta * (x + y)),
              { rel: 8 * EPS * (1 + beta * 20) },
              { x, y, beta },
            );
            const got = pj[a * eb.length + b];
            const rel = 32 * EPS * (1 + beta * 20);
            ctx.observeRatio(Math.abs(got - pa[a] * pb[b]) / (rel * got + 1e-300));
            expectClose(`P(a=${a}, b=${b}) vs P_A P_B`, got, pa[a] * pb[b], { rel, abs: 1e-300 }, { ea, eb, beta });
          }),
        );
        const lzJ = logSumExpDecimal(joint, beta);
        const lzSum = logSumExpDecimal(
          ea.map((x) => -x),
          beta,
        ).add(
          logSumExpDecimal(
            eb.map((x) => -x),
            beta,
          ),
        );
        // The joint energies x + y were rounded in float64 (relative ε each), hence 1e-13, not 1e-40.
        expectThat(lzJ.sub(lzSum).abs().lt("1e-13"), "ln Z of the combined system ≠ ln Z_A + ln Z_B", { ea, eb, beta });
      },
    }),
  ),

  holds(
    "blog.temperature-on-contact",
    part({
      description:
        "two systems at T1, T2 brought into contact, total energy conserved: the common temperature lies between T1 and T2 (energies add, temperature does not)",
      arbitraries: ({ thorough }) => [
        spectrum(thorough ? 32 : 8),
        spectrum(thorough ? 32 : 8),
        grid(0.05, 5),
        grid(0.05, 5),
      ],
      predicate: (ctx, ea, eb, b1, b2) => {
        const u = spectrumMeanEnergy(ea, b1) + spectrumMeanEnergy(eb, b2);
        const total = (beta: number) => spectrumMeanEnergy(ea, beta) + spectrumMeanEnergy(eb, beta);
        // U_A + U_B is non-increasing in β (dU/dβ = −Var ≤ 0): bisection between the two initial β.
        let lo = Math.min(b1, b2);
        let hi = Math.max(b1, b2);
        for (let k = 0; k < 200 && hi - lo > 1e-15 * hi; k++) {
          const mid = (lo + hi) / 2;
          if (total(mid) > u) lo = mid;
          else hi = mid;
        }
        const bf = (lo + hi) / 2;
        const tol = 1e-9 * (1 + maxAbs(ea) + maxAbs(eb));
        expectClose(
          "energy after contact",
          total(bf),
          u,
          { abs: tol + Math.abs(total(lo) - total(hi)) },
          { ea, eb, b1, b2 },
        );
        const [tmin, tmax] = [1 / Math.max(b1, b2), 1 / Math.min(b1, b2)];
        ctx.record("last common T vs (T1, T2)", [1 / bf, 1 / b1, 1 / b2]);
        expectThat(
          1 / bf >= tmin * (1 - 1e-12) && 1 / bf <= tmax * (1 + 1e-12),
          "the common temperature is not between T1 and T2",
          {
            T: 1 / bf,
            T1: 1 / b1,
            T2: 1 / b2,
          },
        );
      },
    }),
  ),

  holds(
    "blog.z-thermal-average",
    part({
      description:
        "z_i^a = Σ_b W_V^{ab} Σ_j α_ij x_j^b (sums in the printed order) equals (W_V⟨x⟩_i)^a with ⟨x⟩_i = Σ_j α_ij x_j, α row-stochastic",
      arbitraries: ({ thorough }) => [
        fc
          .tuple(fc.integer({ min: 1, max: thorough ? 16 : 6 }), fc.integer({ min: 1, max: 4 }))
          .chain(([n, d]) => fc.record({ x: matrix(n, d), wq: matrix(d, d), wk: matrix(d, d), wv: matrix(d, d) })),
      ],
      predicate: (ctx, { x, wq, wk, wv }) => {
        const n = x.length;
        const d = x[0].length;
        const q = matmul(x, transpose(wq));
        const k = matmul(x, transpose(wk));
        const alpha = rowSoftmax(matmul(q, transpose(k)).map((r) => r.map((s) => s / Math.sqrt(d))));
        for (let i = 0; i < n; i++) {
          const mean = new Array<number>(d).fill(0);
          for (let j = 0; j < n; j++) for (let b = 0; b < d; b++) mean[b] += alpha[i][j] * x[j][b];
          for (let a = 0; a < d; a++) {
            let printed = 0;
            for (let b = 0; b < d; b++) {
              let inner = 0;
              for (let j = 0; j < n; j++) inner += alpha[i][j] * x[j][b];
              printed += wv[a][b] * inner;
            }
            let swapped = 0;
            for (let b = 0; b < d; b++) swapped += wv[a][b] * mean[b];
            // The other order of summation: Σ_j α_ij (W_V x_j)^a.
            let perToken = 0;
            for (let j = 0; j < n; j++) {
              let vx = 0;
              for (let b = 0; b < d; b++) vx += wv[a][b] * x[j][b];
              perToken += alpha[i][j] * vx;
            }
            const tol = 16 * n * d * EPS * (1 + maxAbsMat(wv)) * (1 + maxAbsMat(x));
            ctx.observeRatio(Math.abs(printed - perToken) / tol);
            expectClose(`z_${i}^${a}: printed order vs W_V⟨x⟩_i`, printed, swapped, { abs: tol }, {});
            expectClose(`z_${i}^${a}: printed order vs Σ_j α_ij W_V x_j`, printed, perToken, { abs: tol }, {});
          }
        }
      },
    }),
  ),

  conditional("blog.attention-critical-beta", {
    inside: part({
      description:
        "scalar tokens with 0 inside their range (min x ≤ −R/10, max x ≥ R/10): the self-consistency ⟨x⟩ = Σ_j x_j softmax(β⟨x⟩x)_j has one solution up to some β_c and several above it (β grid 1e-2..1e4 × 4/R²)",
      arbitraries: () => [
        tokens.filter((x) => {
          const r = Math.max(...x) - Math.min(...x);
          return r > 0 && Math.min(...x) <= -r / 10 && Math.max(...x) >= r / 10;
        }),
      ],
      predicate: (ctx, x) => {
        const counts = solutionCountsOverBeta(x);
        ctx.record("solution counts over the β grid (last run)", counts.join(""));
        expectThat(singleThenMultiple(counts), "not 'single below β_c, multiple above'", {
          x,
          counts: counts.join(""),
        });
      },
      numRuns: 6,
    }),
    boundary: part({
      description: "the same statement for tokens all on one side of 0 (here all positive)",
      arbitraries: () => [tokens.map((x) => x.map((v) => Math.abs(v) + 0.01))],
      predicate: (_ctx, x) => {
        const counts = solutionCountsOverBeta(x);
        expectThat(singleThenMultiple(counts), "not 'single below β_c, multiple above'", {
          x,
          counts: counts.join(""),
        });
      },
      numRuns: 10,
    }),
  }),
  illPosed(
    "blog.beta-controls-location",
    part({
      description:
        "'β controls location and width': the reading 'location = most probable state' and the reading 'location = mean energy' agree on whether changing β moves the location",
      arbitraries: () => [twoLevelSpectrum, grid(0.05, 2), grid(0.05, 2)],
      predicate: (_ctx, e, b1, d) => {
        const b2 = b1 + d;
        const p1 = softmax(
          e.map((x) => -x),
          b1,
        );
        const p2 = softmax(
          e.map((x) => -x),
          b2,
        );
        const modeMoves = argmax(p1) !== argmax(p2);
        const meanMoves = Math.abs(spectrumMeanEnergy(e, b1) - spectrumMeanEnergy(e, b2)) > 1e-12;
        expectThat(modeMoves === meanMoves, "the two readings of 'location' disagree", {
          e,
          b1,
          b2,
          modeMoves,
          meanMoves,
        });
      },
    }),
  ),

  holds(
    "blog.mode-fixed-mean-moves",
    part({
      description:
        "for 0 < β1 < β2 and ≥ 2 distinct energies: the most probable states are the ground states at both β, while ⟨E⟩ and the entropy strictly decrease",
      arbitraries: ({ thorough }) => [
        thorough ? spectrumWithSpread(32) : twoLevelSpectrum,
        grid(0.05, 5),
        grid(0.01, 5),
      ],
      predicate: (ctx, e, b1, d) => {
        const b2 = b1 + d;
        const e0 = Math.min(...e);
        // Float64 resolves the decrease only while the first excited level still carries weight
        // e^{−β₂Δ} ≫ ε; beyond that both sides round to the ground-state values.
        const gap = Math.min(...e.filter((x) => x > e0)) - e0;
        fc.pre(b2 * gap <= 25);
        for (const b of [b1, b2]) {
          const p = softmax(
            e.map((x) => -x),
            b,
          );
          const pmax = Math.max(...p);
          e.forEach((x, i) => {
            if (x === e0) expectThat(p[i] === pmax, "a ground state is not most probable", { e, beta: b, i });
            else expectThat(p[i] < pmax, "an excited state is as probable as the ground state", { e, beta: b, i });
          });
        }
        const t1 = rowThermo(
          e.map((x) => -x),
          b1,
        );
        const t2 = rowThermo(
          e.map((x) => -x),
          b2,
        );
        ctx.record("last (ΔU, ΔS)", [t2.meanEnergy - t1.meanEnergy, t2.entropy - t1.entropy]);
        expectThat(t2.meanEnergy < t1.meanEnergy, "⟨E⟩ did not decrease with β", {
          e,
          b1,
          b2,
          u1: t1.meanEnergy,
          u2: t2.meanEnergy,
        });
        expectThat(t2.entropy < t1.entropy, "the entropy did not decrease with β", {
          e,
          b1,
          b2,
          s1: t1.entropy,
          s2: t2.entropy,
        });
      },
    }),
  ),
  holds(
    "blog.wv-susceptibility",
    part({
      description:
        "literal: W_V can be the (equilibrium) susceptibility: it is symmetric and positive semidefinite, as χ = β·Cov must be (tested on W_V with entries in [−3, 3])",
      arbitraries: () => [
        fc
          .integer({ min: 1, max: 4 })
          .chain((d) => fc.tuple(matrix(d, d), fc.array(grid(-1, 1), { minLength: d, maxLength: d }))),
      ],
      predicate: (_ctx, [wv, v]) => {
        const d = wv.length;
        for (let a = 0; a < d; a++)
          for (let b = 0; b < d; b++) expectThat(wv[a][b] === wv[b][a], "W_V is not symmetric", { wv });
        let q = 0;
        for (let a = 0; a < d; a++) for (let b = 0; b < d; b++) q += v[a] * wv[a][b] * v[b];
        expectThat(q >= 0, "W_V is not positive semidefinite", { wv, v, q });
      },
    }),
  ),

  holds(
    "blog.susceptibility-fdt",
    part({
      description:
        "for tokens x_j weighted by softmax_j(β h·x_j), the response χ_ab = ∂⟨x^a⟩/∂h_b (central differences) equals β·Cov(x^a, x^b): symmetric and positive semidefinite",
      arbitraries: ({ thorough }) => [
        fc
          .tuple(fc.integer({ min: 1, max: thorough ? 16 : 6 }), fc.integer({ min: 1, max: 3 }))
          .chain(([n, d]) =>
            fc.tuple(
              matrix(n, d),
              fc.array(grid(-1, 1), { minLength: d, maxLength: d }),
              fc.array(grid(-1, 1), { minLength: d, maxLength: d }),
            ),
          ),
        grid(0.1, 3),
      ],
      predicate: (ctx, [x, h, v], beta) => {
        const d = h.length;
        const mean = (field: number[]) => {
          const p = softmax(
            x.map((xj) => xj.reduce((s, c, a) => s + c * field[a], 0)),
            beta,
          );
          return Array.from({ length: d }, (_, a) => x.reduce((s, xj, j) => s + p[j] * xj[a], 0));
        };
        const p = softmax(
          x.map((xj) => xj.reduce((s, c, a) => s + c * h[a], 0)),
          beta,
        );
        const m = mean(h);
        const cov = Array.from({ length: d }, (_, a) =>
          Array.from({ length: d }, (_, b) => x.reduce((s, xj, j) => s + p[j] * (xj[a] - m[a]) * (xj[b] - m[b]), 0)),
        );
        const step = 1e-5;
        let q = 0;
        for (let b = 0; b < d; b++) {
          const up = h.map((c, k) => (k === b ? c + step : c));
          const dn = h.map((c, k) => (k === b ? c - step : c));
          const mu = mean(up);
          const md = mean(dn);
          for (let a = 0; a < d; a++) {
            const fd = (mu[a] - md[a]) / (2 * step);
            // Truncation ≈ step²·β³·R⁴ and rounding ≈ ε·R/step: 1e-6 covers both for R ≤ 6, β ≤ 3.
            const tol = 1e-6 * (1 + beta * 9) ** 2;
            ctx.observeRatio(Math.abs(fd - beta * cov[a][b]) / tol);
            expectClose(`χ_${a}${b} vs β Cov`, fd, beta * cov[a][b], { abs: tol }, { x, h, beta });
            q += v[a] * beta * cov[a][b] * v[b];
          }
        }
        expectThat(q >= -1e-12, "β Cov is not positive semidefinite", { x, h, v, q });
      },
    }),
  ),
];

/** Spectra with at least two distinct energies at least 0.1 apart (so β-changes are resolvable). */
function spectrumWithSpread(maxLen: number): fc.Arbitrary<number[]> {
  return fc
    .array(grid(-3, 3), { minLength: 2, maxLength: maxLen })
    .filter((e) => Math.max(...e) - Math.min(...e) >= 0.1);
}
