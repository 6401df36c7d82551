/**
 * The thesis' experiments (§4.1-4.2, Fig 4.1-4.2) re-run with honest statistics: the field vs
 * coupling comparison, the high-temperature regime (J = 0 exactly, random J with an equilibrating
 * sampler), the zero-field instability against the SK line, and what 5 local-move replicas can say
 * about replica symmetry breaking.
 */
import fc from "fast-check";
import { holds, once, part } from "../src/claims/property.js";
import { expectThat } from "../src/claims/violation.js";
import { seedArb, gaussianArray } from "../src/spinglass/arbitraries.js";
import { ThesisSampler } from "../src/spinglass/sampler.js";
import { nmfSolve } from "../src/spinglass/meanfield.js";
import {
  alignment,
  operatorNorm,
  overlap,
  rowDot,
  thesisRadius,
  thesisSystem,
  type SpinSystem,
} from "../src/spinglass/system.js";
import { Prng } from "../src/random/prng.js";
import { steinAndPlainMeans } from "../src/spinglass/stein-average.js";

/** Site-averaged ‖Σ_j J_ij m_j‖ / ‖x_i‖ with m_j uniform on the sphere of radius R. */
function couplingToFieldRatio(seed: number, N: number, D: number): number {
  const sys = thesisSystem(new Prng(seed), { N, D });
  const R = thesisRadius(D);
  const m = gaussianArray(seed + 1, N * D);
  for (let i = 0; i < N; i++) {
    const n = Math.sqrt(rowDot(m, i, m, i, D));
    for (let a = 0; a < D; a++) m[i * D + a] *= R / n;
  }
  let r = 0;
  for (let i = 0; i < N; i++) {
    const v = new Float64Array(D);
    for (let j = 0; j < N; j++) for (let a = 0; a < D; a++) v[a] += sys.J[i * N + j] * m[j * D + a];
    r += Math.hypot(...v) / Math.sqrt(rowDot(sys.x, i, sys.x, i, D));
  }
  return r / N;
}

/** Time-averaged states of `replicas` chains on one system. */
function replicaAverages(
  sys: SpinSystem,
  beta: number,
  seed: number,
  replicas: number,
  opts: { tuned: boolean; steps: number },
): Float64Array[] {
  const out: Float64Array[] = [];
  for (let r = 0; r < replicas; r++) {
    const s = new ThesisSampler(sys, new Prng(seed + r), { beta });
    if (opts.tuned) s.tune(opts.steps / 5, 0.25);
    s.run(opts.steps);
    s.startMeasuring();
    s.run(opts.tuned ? opts.steps : Math.round(opts.steps / 20));
    out.push(s.timeAverage());
  }
  return out;
}

/** Largest relative deviation of any overlap q_ab (diagonal included) from the mean off-diagonal overlap. */
function overlapSpread(avgs: Float64Array[], N: number, D: number): { spread: number; q: number[][] } {
  const q = avgs.map((a) => avgs.map((b) => overlap(a, b, N, D)));
  const off: number[] = [];
  for (let a = 0; a < q.length; a++) for (let b = a + 1; b < q.length; b++) off.push(q[a][b]);
  const mean = off.reduce((p, v) => p + v) / off.length;
  let spread = 0;
  for (const row of q) for (const v of row) spread = Math.max(spread, Math.abs(v - mean) / Math.abs(mean));
  return { spread, q };
}

/**
 * Alignment of the equilibrium mean from two tuned chains: by the Stein estimator (the time average of
 * `ThesisSampler.steinMean`, evaluated every sweep) and by the plain time average of m.
 */
export function steinAlignments(
  sys: SpinSystem,
  beta: number,
  seed: number,
  steps: number,
): { stein: number[]; plain: number[] } {
  const { N, D } = sys;
  const stein: number[] = [];
  const plain: number[] = [];
  for (let c = 0; c < 2; c++) {
    const s = new ThesisSampler(sys, new Prng(seed + c), { beta });
    s.tune(steps / 5, 0.25);
    s.run(steps);
    const means = steinAndPlainMeans(s, steps);
    stein.push(alignment(means.stein, sys.x, N, D));
    plain.push(alignment(means.plain, sys.x, N, D));
  }
  return { stein, plain };
}

export const properties = [
  holds(
    "thesis-experiments.radius",
    once("R = √(D/2 − 1) at D = 32 is √15 = 3.873, which rounds to 3.9", (ctx) => {
      const R = thesisRadius(32);
      ctx.record("R", R);
      expectThat(Math.round(R * 10) / 10 === 3.9, `R = ${R}`);
    }),
  ),
  holds(
    "thesis-experiments.field-vs-coupling-literal",
    part({
      description:
        "like with like: the coupling's local field ‖Σ_j J_ij m_j‖ (J ~ N(0, 1/N), ‖m_j‖ = R) is at most half the field's ‖x_i‖ = R, site-averaged (N = 64, D = 32)",
      arbitraries: () => [seedArb],
      predicate: (ctx, seed) => {
        const r = couplingToFieldRatio(seed, 64, 32);
        ctx.record("site-averaged coupling/field local-field ratio", r);
        return r <= 0.5;
      },
      numRuns: 20,
    }),
  ),
  holds(
    "thesis-experiments.field-vs-coupling",
    part({
      description:
        "the coupling's and the field's local fields are comparable: their site-averaged ratio is in [0.85, 1.15] (N = 64, D = 32)",
      arbitraries: () => [seedArb],
      predicate: (ctx, seed) => {
        const r = couplingToFieldRatio(seed, 64, 32);
        ctx.record("site-averaged coupling/field local-field ratio", r);
        ctx.observeRatio(Math.abs(r - 1) / 0.15);
        expectThat(r >= 0.85 && r <= 1.15, `ratio ${r}`, { seed });
      },
      numRuns: 20,
    }),
  ),
  holds(
    "thesis-experiments.high-t-paramagnetic-j0",
    part({
      description:
        "literal §4.1 for J = 0: at β < 1 the equilibrium mean of the simulated model has random alignment |𝒜(m, x)| ≤ 0.5 (exact mean R x̂_i; equilibrated sampler as second road)",
      arbitraries: () => [seedArb, fc.double({ min: 0.1, max: 0.9, noNaN: true })],
      predicate: (ctx, seed, beta) => {
        const N = 8;
        const D = 8;
        const sys = thesisSystem(new Prng(seed), { N, D, couplingScale: 0 });
        const R = thesisRadius(D);
        const exact = sys.x.map((v) => (v * R) / R); // ‖x_i‖ = R, so R x̂_i = x_i
        const aExact = alignment(exact, sys.x, N, D);
        const aMc = replicaAverages(sys, beta, seed + 5, 1, { tuned: true, steps: 40_000 }).map((m) =>
          alignment(m, sys.x, N, D),
        )[0];
        ctx.record("alignment of the exact mean / of the equilibrated sampler", [aExact, aMc]);
        return Math.abs(aExact) <= 0.5 && Math.abs(aMc) <= 0.5;
      },
      numRuns: 3,
    }),
  ),
  holds(
    "thesis-experiments.high-t-random-j",
    part({
      description:
        "literal §4.1 for random J at β = 0.1 (N = 16, D = 8, J ~ N(0, 1/N), fields of norm R): the equilibrium mean of the simulated model has random alignment |𝒜| ≤ 0.5, estimated with the Stein estimator on two equilibrating chains",
      arbitraries: () => [seedArb],
      numRuns: 1,
      thoroughRuns: 1,
      predicate: (ctx, seed) => {
        const N = 16;
        const D = 8;
        const steps = ctx.thorough ? 400_000 : 60_000;
        const sys = thesisSystem(new Prng(seed), { N, D });
        const stein = steinAlignments(sys, 0.1, seed + 10, steps);
        const nmf = alignment(nmfSolve(sys, 0.1, thesisRadius(D)).m, sys.x, N, D);
        ctx.record("Stein-estimated alignment per chain", stein.stein);
        ctx.record("plain time-average alignment per chain (biased low by noise)", stein.plain);
        ctx.record("nMF alignment", nmf);
        return Math.max(...stein.stein.map(Math.abs)) <= 0.5;
      },
      budgetMs: 20_000,
    }),
  ),
  holds(
    "thesis-experiments.sk-line-literal",
    once(
      "the zero-field instability of the vector model (spins of radius R in D = 32, the thesis' double sum over asymmetric J ~ N(0, 1/N)) lies at the SK line's T = J (within 10 %)",
      (ctx) => {
        const Tc = vectorTc(200, 32, 3);
        ctx.record("T_c / J", Tc);
        expectThat(Math.abs(Tc - 1) <= 0.1, `T_c = ${Tc.toFixed(3)} J, not the SK value J`);
      },
      { budgetMs: 20_000 },
    ),
  ),
  holds(
    "thesis-experiments.sk-line-vector",
    once(
      "the nMF paramagnetic instability of the vector model with couplings K = J + Jᵀ is at T = R²‖K‖₂/D: nMF (exact readout, x = 0) decays to 0 at T = 1.25 T_nMF and stays finite at T = 0.8 T_nMF; T_c = T_nMF/2 ≈ √2 R²/D J",
      (ctx) => {
        const N = 80;
        const D = 8;
        const R = thesisRadius(D);
        const { K, norm } = symmetrizedCouplings(N, 9);
        // K is symmetric: its top singular value is its largest |eigenvalue|; take the top positive one by shifting.
        const lmax = topEigenvalue(K, N, norm);
        const TnMF = (R * R * lmax) / D;
        const sys: SpinSystem = { N, D, J: K, x: new Float64Array(N * D) };
        const start = gaussianArray(3, N * D, 0.5);
        const size = (T: number) => {
          const res = nmfSolve(sys, 1 / T, R, { m0: start, readout: "exact", tol: 1e-13, maxIter: 1500 });
          return Math.sqrt(res.m.reduce((p, v) => p + v * v, 0) / N);
        };
        const above = size(1.25 * TnMF);
        const below = size(0.8 * TnMF);
        ctx.record("T_nMF / J, λ_max(K), T_c = T_nMF/2", [TnMF, lmax, TnMF / 2]);
        ctx.record("RMS |m_i| at 1.25 T_nMF and 0.8 T_nMF", [above, below]);
        expectThat(above < 1e-3 && below > 0.05, `nMF above/below: ${above}, ${below}`);
        expectThat(Math.abs(lmax / (2 * Math.SQRT2) - 1) < 0.1, `λ_max(K) = ${lmax}, semicircle edge 2√2`);
      },
      { budgetMs: 20_000 },
    ),
  ),
  holds(
    "thesis-experiments.replicas-literal",
    part({
      description:
        "the thesis' sampler (its σ and budget, scaled to N = 8 (16 thorough), D = 8 at equal per-site diffusion) on a replica-symmetric model (J = 0: one Gaussian state) gives a uniform 5-replica overlap matrix (every q_ab within 10 % of the mean off-diagonal overlap)",
      arbitraries: () => [seedArb],
      numRuns: 1,
      thoroughRuns: 1,
      predicate: (ctx, seed) => {
        const N = ctx.thorough ? 16 : 8;
        const D = 8;
        const sys = thesisSystem(new Prng(seed), { N, D, couplingScale: 0, fieldNorm: 0.5 });
        const steps = Math.round(2e7 * (N / 64) ** 3);
        const { spread, q } = overlapSpread(replicaAverages(sys, 1, seed + 50, 5, { tuned: false, steps }), N, D);
        ctx.record(
          "overlap matrix",
          q.map((r) => r.map((v) => v.toFixed(2)).join(" ")),
        );
        ctx.record("largest relative deviation", spread);
        expectThat(
          spread <= 0.1,
          `the overlap matrix of a replica-symmetric model is non-uniform (deviation ${spread.toFixed(2)})`,
        );
      },
      budgetMs: 20_000,
    }),
  ),
  holds(
    "thesis-experiments.replicas-equilibrated",
    part({
      description:
        "with the equilibrating sampler (tuned σ) the same J = 0 model gives a uniform 5-replica overlap matrix (every q_ab within 10 % of the mean off-diagonal overlap, which is within 10 % of R²)",
      arbitraries: () => [seedArb],
      numRuns: 1,
      thoroughRuns: 1,
      predicate: (ctx, seed) => {
        const N = ctx.thorough ? 16 : 8;
        const D = 8;
        const R = thesisRadius(D);
        const sys = thesisSystem(new Prng(seed), { N, D, couplingScale: 0, fieldNorm: 0.5 });
        const { spread, q } = overlapSpread(
          replicaAverages(sys, 1, seed + 50, 5, { tuned: true, steps: ctx.thorough ? 400_000 : 60_000 }),
          N,
          D,
        );
        ctx.record(
          "overlap matrix",
          q.map((r) => r.map((v) => v.toFixed(2)).join(" ")),
        );
        ctx.record("largest relative deviation", spread);
        expectThat(spread <= 0.1, `non-uniform (deviation ${spread.toFixed(3)})`);
        expectThat(Math.abs(q[0][1] / (R * R) - 1) <= 0.1, `q_01 = ${q[0][1]} vs R² = ${R * R}`);
      },
      budgetMs: 20_000,
    }),
  ),
];

function symmetrizedCouplings(N: number, seed: number): { K: Float64Array; norm: number } {
  const J = gaussianArray(seed, N * N, 1 / Math.sqrt(N));
  const K = new Float64Array(N * N);
  for (let i = 0; i < N; i++) for (let j = 0; j < N; j++) K[i * N + j] = i === j ? 0 : J[i * N + j] + J[j * N + i];
  return { K, norm: operatorNorm(K, N) };
}

/** Largest eigenvalue of a symmetric matrix by power iteration on K + cI (c = ‖K‖₂ makes it positive definite). */
function topEigenvalue(K: Float64Array, N: number, shift: number): number {
  let v = gaussianArray(1, N);
  let lambda = 0;
  for (let it = 0; it < 400; it++) {
    const w = new Float64Array(N);
    for (let i = 0; i < N; i++) {
      let s = shift * v[i];
      for (let j = 0; j < N; j++) s += K[i * N + j] * v[j];
      w[i] = s;
    }
    const n = Math.hypot(...w);
    const next = n - shift;
    v = w.map((t) => t / n);
    if (Math.abs(next - lambda) < 1e-12 * Math.abs(next)) return next;
    lambda = next;
  }
  return lambda;
}

/**
 * T_c of the vector model's zero-field spin-glass instability, in units of J: for spins of radius R in D
 * dimensions each component has ⟨(s^a)²⟩ = R²/D, and for pair couplings of standard deviation J_eff/√N the
 * SK-type instability is at T = J_eff R²/D. The thesis' double sum over asymmetric J ~ N(0, 1/N) couples each
 * pair by K_ij = J_ij + J_ji (standard deviation √2/√N): J_eff = √2. J_eff is measured as λ_max(K)/2 (the
 * semicircle edge is 2J_eff), averaged over `instances` matrices of size N.
 */
function vectorTc(N: number, D: number, instances: number): number {
  const R2 = D / 2 - 1;
  let acc = 0;
  for (let k = 0; k < instances; k++) {
    const { K, norm } = symmetrizedCouplings(N, 100 + k);
    acc += topEigenvalue(K, N, norm) / 2;
  }
  return ((acc / instances) * R2) / D;
}
