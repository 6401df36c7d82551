/**
 * The vector-spin glass of the thesis (003): eq 2.14 and its trace form, the even/odd split and
 * "only the symmetric part" (App. A.2.1-A.2.3, A.2.6), the loss-based Hamiltonian (eq 3.3-3.4),
 * the Legendre remark (A.2.7), the tangent projection (A.1.2) and softmax couplings (Table 2.1).
 */
import fc from "fast-check";
import { conditional, holds, once, part } from "../src/claims/property.js";
import { expectClose, expectThat, PropertyViolation } from "../src/claims/violation.js";
import {
  couplingEnergy,
  couplingEnergyPairs,
  eq34FirstLineExponent,
  eq34SecondLineExponent,
  evenOddSplit,
  kineticEnergy,
  lossHamiltonian,
  lossHamiltonianExpanded,
  vectorSpinEnergy,
  vectorSpinEnergyTrace,
} from "../src/spinglass/energy.js";
import { gaussianArray, seedArb, smallSystem } from "../src/spinglass/arbitraries.js";
import { localFields, rowDot, type SpinSystem } from "../src/spinglass/system.js";
import { softmax } from "../src/attention/softmax.js";
import { orderOnHalvings } from "../src/fit/least-squares.js";
import { tangentProjection } from "../src/attention/layer-norm.js";

const scaleOf = (...arrays: Float64Array[]) => 1 + arrays.reduce((s, a) => s + a.reduce((t, v) => t + v * v, 0), 0);

/** A seeded Gaussian system with N ≤ 8, D ≤ 6 (local fields nonzero with probability 1). */
const seededSystem = fc
  .record({ N: fc.integer({ min: 1, max: 8 }), D: fc.integer({ min: 1, max: 6 }), seed: seedArb })
  .map(({ N, D, seed }) => {
    const sys: SpinSystem = {
      N,
      D,
      J: gaussianArray(seed, N * N, 1 / Math.sqrt(N)),
      x: gaussianArray(seed + 1, N * D),
    };
    return { sys, s: gaussianArray(seed + 2, N * D), s2: gaussianArray(seed + 3, N * D), seed };
  });

/** s(t−ε) = e^{−εJ} s by its Taylor series (‖εJ‖ small, series to 40 terms). */
function expmApply(J: Float64Array, N: number, s: Float64Array, eps: number): Float64Array {
  const out = Float64Array.from(s);
  let term = Float64Array.from(s);
  for (let k = 1; k <= 40; k++) {
    const next = new Float64Array(N);
    for (let i = 0; i < N; i++) {
      let acc = 0;
      for (let j = 0; j < N; j++) acc += J[i * N + j] * term[j];
      next[i] = (-eps * acc) / k;
    }
    term = next;
    for (let i = 0; i < N; i++) out[i] += term[i];
  }
  return out;
}

function matVec(J: Float64Array, N: number, v: Float64Array): Float64Array {
  const out = new Float64Array(N);
  for (let i = 0; i < N; i++) for (let j = 0; j < N; j++) out[i] += J[i * N + j] * v[j];
  return out;
}

const expansionCase = fc.record({ N: fc.integer({ min: 2, max: 6 }), seed: seedArb });
function expansionData(N: number, seed: number) {
  // A coupling matrix of norm ~1 and a state; the Legendre remark is about the linear flow ṡ = Js.
  return { J: gaussianArray(seed, N * N, 1 / Math.sqrt(N)), s: gaussianArray(seed + 7, N) };
}

export const properties = [
  holds(
    "vector-spin.eq214-trace-form",
    part({
      description:
        "−Σ_ij J_ij s_i·s_j − Σ_i x_i·s_i equals −Tr[s (x + J s)ᵀ] (trace of the N×N product), within 1e-12 relative",
      arbitraries: () => [smallSystem(6, 5)],
      predicate: (_ctx, { sys, s }) => {
        const a = vectorSpinEnergy(sys, s[0]);
        const b = vectorSpinEnergyTrace(sys, s[0]);
        expectClose(
          "eq 2.14 sum vs trace form",
          a,
          b,
          { abs: 1e-12 * scaleOf(sys.J, sys.x, s[0]) ** 2 },
          { N: sys.N, D: sys.D },
        );
      },
    }),
  ),
  holds(
    "vector-spin.a21-even-odd-split",
    part({
      description: "J = Jᵉ + Jᵒ with Jᵉ symmetric and Jᵒ antisymmetric (exactly, entrywise within 1e-15)",
      arbitraries: () => [smallSystem(7, 1)],
      predicate: (_ctx, { sys }) => {
        const { N, J } = sys;
        const { even, odd } = evenOddSplit(J, N);
        for (let i = 0; i < N; i++)
          for (let j = 0; j < N; j++) {
            expectClose("J − (Jᵉ + Jᵒ)", even[i * N + j] + odd[i * N + j], J[i * N + j], { abs: 1e-15 });
            expectThat(even[i * N + j] === even[j * N + i], "Jᵉ is not symmetric", { i, j });
            expectThat(odd[i * N + j] === -odd[j * N + i], "Jᵒ is not antisymmetric", { i, j });
          }
      },
    }),
  ),
  holds(
    "vector-spin.a22-energy-symmetric-part",
    part({
      description: "−Σ_ij J_ij s_i·s_j = −Σ_ij Jᵉ_ij s_i·s_j for one state s (within 1e-12 relative)",
      arbitraries: () => [smallSystem(6, 5)],
      predicate: (_ctx, { sys, s }) => {
        const { even } = evenOddSplit(sys.J, sys.N);
        expectClose(
          "E(J) vs E(Jᵉ)",
          couplingEnergy(sys.J, s[0], sys.N, sys.D),
          couplingEnergy(even, s[0], sys.N, sys.D),
          {
            abs: 1e-12 * scaleOf(sys.J, s[0]) ** 2,
          },
        );
      },
    }),
  ),
  holds(
    "vector-spin.a22-middle-step",
    part({
      description: "A.2.2 middle step as printed: −Σ_ij J_ij s_i·s_j = −Σ_{i<j} (J_ij s_i·s_j + J_ji s_j·s_i)",
      arbitraries: () => [smallSystem(5, 4)],
      numRuns: 500,
      predicate: (_ctx, { sys, s }) => {
        const full = couplingEnergy(sys.J, s[0], sys.N, sys.D);
        const pairs = couplingEnergyPairs(sys.J, s[0], sys.N, sys.D);
        expectClose(
          "Σ_ij vs Σ_{i<j} (the diagonal J_ii‖s_i‖² is dropped)",
          pairs,
          full,
          { abs: 1e-9 * scaleOf(sys.J, s[0]) ** 2 },
          {
            N: sys.N,
            D: sys.D,
            J: Array.from(sys.J),
            s: Array.from(s[0]),
          },
        );
      },
    }),
  ),
  holds(
    "vector-spin.a23-kinetic-literal",
    part({
      description:
        "the kinetic energy A.2.3 depends only on Jᵉ: H(s_t, s_{t−1}; J) = H(s_t, s_{t−1}; Jᵉ) (Gaussian J, x, s_t, s_{t−1}, N ≤ 8, D ≤ 6)",
      arbitraries: () => [seededSystem],
      predicate: (_ctx, { sys, s, s2 }) => {
        const { even } = evenOddSplit(sys.J, sys.N);
        const a = kineticEnergy(sys, s, s2);
        const b = kineticEnergy({ ...sys, J: even }, s, s2);
        expectClose(
          "H_kin(J) vs H_kin(Jᵉ)",
          a,
          b,
          { abs: 1e-9 * scaleOf(sys.J, sys.x, s, s2) ** 2 },
          {
            N: sys.N,
            D: sys.D,
            J: Array.from(sys.J),
            sNow: Array.from(s),
            sPrev: Array.from(s2),
          },
        );
      },
    }),
  ),
  holds(
    "vector-spin.a23-kinetic-odd-part",
    part({
      description: "H_kin(J) − H_kin(Jᵉ) = −Σ_ij Jᵒ_ij s_{i,t}·s_{j,t−1} (within 1e-12 relative)",
      arbitraries: () => [smallSystem(6, 4, 2)],
      predicate: (ctx, { sys, s }) => {
        const { N, D } = sys;
        const { even, odd } = evenOddSplit(sys.J, N);
        const diff = kineticEnergy(sys, s[0], s[1]) - kineticEnergy({ ...sys, J: even }, s[0], s[1]);
        let oddTerm = 0;
        for (let i = 0; i < N; i++) for (let j = 0; j < N; j++) oddTerm -= odd[i * N + j] * rowDot(s[0], i, s[1], j, D);
        expectClose("H_kin(J) − H_kin(Jᵉ) vs −Σ Jᵒ s_t·s_{t−1}", diff, oddTerm, {
          abs: 1e-12 * scaleOf(sys.J, sys.x, s[0], s[1]) ** 2,
        });
        if (Math.abs(oddTerm) > 1e-6) ctx.record("nonzero odd contribution seen", true);
      },
    }),
  ),
  holds(
    "vector-spin.a26-simulated-only-symmetric",
    part({
      description:
        "the Hamiltonian actually simulated, H = ½Σ‖s_i − R θ̂_i‖² with θ = x + J s, is unchanged when J is replaced by Jᵉ",
      arbitraries: () => [seededSystem],
      predicate: (_ctx, { sys, s }) => {
        const R = 2;
        const { even } = evenOddSplit(sys.J, sys.N);
        const a = lossHamiltonian(sys, s, s, R);
        const b = lossHamiltonian({ ...sys, J: even }, s, s, R);
        expectClose("H_loss(J) vs H_loss(Jᵉ)", a, b, { abs: 1e-9 * (1 + Math.abs(a)) }, { N: sys.N, D: sys.D });
      },
    }),
  ),
  holds(
    "vector-spin.eq33-expansion",
    part({
      description:
        "½Σ‖s_{i,t} − ω_i θ_i‖² = ½Σ[‖s_{i,t}‖² − 2ω_i s_{i,t}·θ_i + R²] with ω_i = R/‖θ_i‖, θ = x + J s_{t−1} (within 1e-10 relative)",
      arbitraries: () => [seededSystem, fc.double({ min: 0.1, max: 10, noNaN: true })],
      predicate: (_ctx, { sys, s, s2 }, R) => {
        const a = lossHamiltonian(sys, s, s2, R);
        const b = lossHamiltonianExpanded(sys, s, s2, R);
        expectClose("eq 3.3 first vs second line", a, b, { abs: 1e-10 * (1 + Math.abs(a)) });
      },
    }),
  ),
  conditional("vector-spin.eq33-cross-terms", {
    inside: part({
      description:
        "when every ‖θ_i‖ = R (ω_i = 1), the loss' cross term −Σ ω_i s_{i,t}·θ_i equals the kinetic eq 2.14 energy",
      arbitraries: () => [seededSystem],
      predicate: (_ctx, { sys, s, s2 }) => crossTermGap(sys, s, s2, 0) < 1e-9,
    }),
    boundary: part({
      description: "with one ‖θ_i‖ = (1 + ε)R, ε ∈ [0.01, 0.1], the cross term and eq 2.14 differ",
      arbitraries: () => [seededSystem, fc.double({ min: 0.01, max: 0.1, noNaN: true })],
      predicate: (_ctx, { sys, s, s2 }, eps) => crossTermGap(sys, s, s2, eps) < 1e-9,
    }),
  }),
  holds(
    "vector-spin.eq34-same-distribution",
    part({
      description: "the two lines of eq 3.4 give the same log-probability ratio between any two states (β = 1)",
      arbitraries: () => [seededSystem, fc.double({ min: 0.5, max: 5, noNaN: true })],
      predicate: (_ctx, { sys, s, s2 }, R) => {
        const l1 = -(eq34FirstLineExponent(sys, s, R) - eq34FirstLineExponent(sys, s2, R));
        const l2 = -(eq34SecondLineExponent(sys, s, R) - eq34SecondLineExponent(sys, s2, R));
        expectClose(
          "log π₁(a)/π₁(b) vs log π₂(a)/π₂(b)",
          l2,
          l1,
          { abs: 1e-8 * (1 + Math.abs(l1)) },
          { N: sys.N, D: sys.D, R },
        );
      },
    }),
  ),
  holds(
    "vector-spin.eq34-second-line-normalizable",
    once(
      "eq 3.4's second line, exp(−β Tr[sΩ(x+Js)ᵀ]), has a finite integral over unconstrained spins (checked for N = D = 1, J = 0, x = 1, β = 1, R = 1)",
      (ctx) => {
        // With J = 0 the exponent is Σ_i R s_i·x̂_i, so the density along s = −t x̂ is e^{βRt}.
        const sys: SpinSystem = { N: 1, D: 1, J: new Float64Array([0]), x: new Float64Array([1]) };
        const partial = (T: number) => {
          // ∫_{−T}^{T} exp(−β · exponent(s)) ds by the trapezoid rule on 2000 panels.
          const n = 2000;
          let acc = 0;
          for (let k = 0; k <= n; k++) {
            const sVal = -T + (2 * T * k) / n;
            const w = k === 0 || k === n ? 0.5 : 1;
            acc += w * Math.exp(-eq34SecondLineExponent(sys, new Float64Array([sVal]), 1));
          }
          return (acc * 2 * T) / n;
        };
        const z = [10, 20, 40, 80].map(partial);
        ctx.record("partial integrals over [−T, T], T = 10, 20, 40, 80", z);
        // A finite integral has Cauchy partial integrals: Z(2T) − Z(T) → 0.
        expectThat(
          z[3] - z[2] < z[2] - z[1] && z[3] - z[2] < 1,
          "the partial integrals of eq 3.4's second line grow without bound",
          { partials: z },
        );
      },
    ),
  ),
  holds(
    "vector-spin.a27-literal",
    part({
      description:
        "for the linear flow ṡ = Js, s(t − ε) = s − εJs + ½ε²J²ṡ + O(ε³) (A.2.7 as printed): fitted error order ≥ 2.5",
      arbitraries: () => [expansionCase],
      predicate: (ctx, { N, seed }) => {
        const { J, s } = expansionData(N, seed);
        const Js = matVec(J, N, s);
        const J2sdot = matVec(J, N, matVec(J, N, Js));
        const order = orderOnHalvings((eps) => {
          const exact = expmApply(J, N, s, eps);
          let e = 0;
          for (let i = 0; i < N; i++) e += (exact[i] - (s[i] - eps * Js[i] + 0.5 * eps * eps * J2sdot[i])) ** 2;
          return Math.sqrt(e);
        }, 1e-2);
        ctx.record("fitted order (printed)", order);
        expectThat(
          order >= 2.5,
          `A.2.7 as printed is only accurate to order ${order.toFixed(2)} in ε (second-order term J²ṡ = J³s should be J²s)`,
          { N, seed, order },
        );
      },
    }),
  ),
  holds(
    "vector-spin.a27-corrected",
    part({
      description: "for ṡ = Js, s(t − ε) = s − εJs + ½ε²J²s + O(ε³): fitted error order ≥ 2.5",
      arbitraries: () => [expansionCase],
      predicate: (ctx, { N, seed }) => {
        const { J, s } = expansionData(N, seed);
        const Js = matVec(J, N, s);
        const J2s = matVec(J, N, Js);
        const order = orderOnHalvings((eps) => {
          const exact = expmApply(J, N, s, eps);
          let e = 0;
          for (let i = 0; i < N; i++) e += (exact[i] - (s[i] - eps * Js[i] + 0.5 * eps * eps * J2s[i])) ** 2;
          return Math.sqrt(e);
        }, 1e-2);
        ctx.record("fitted order (corrected)", order);
        expectThat(order >= 2.5, `corrected expansion has order ${order}`, { N, seed });
      },
    }),
  ),
  conditional("vector-spin.a12-tangent-projection", {
    inside: part({
      description:
        "for ‖x‖ = 1, P⊥_x y = y − ⟨x,y⟩x is tangent (⟨x, P⊥_x y⟩ = 0 within 1e-12), so d‖x‖²/dt = 2⟨x, ẋ⟩ = 0 and an Euler step drifts only by h²‖P⊥y‖²",
      arbitraries: () => [fc.integer({ min: 2, max: 16 }), seedArb, fc.double({ min: 1e-4, max: 1e-2, noNaN: true })],
      predicate: (_ctx, D, seed, h) => {
        const x = unit(gaussianArray(seed, D));
        const y = gaussianArray(seed + 1, D);
        const p = tangentProjection(x, y);
        const xp = dot(x, p);
        expectClose("⟨x, P⊥y⟩", xp, 0, { abs: 1e-12 * (1 + dot(y, y)) });
        const next = x.map((v, a) => v + h * p[a]);
        expectClose("‖x + hP⊥y‖² − 1 − h²‖P⊥y‖²", dot(next, next) - 1 - h * h * dot(p, p), 0, {
          abs: 1e-12 * (1 + dot(y, y)),
        });
      },
    }),
    boundary: part({
      description: "for ‖x‖ = 1 + ε, ε ∈ [1e-3, 1e-1], P⊥_x y is no longer tangent: ⟨x, P⊥_x y⟩ = ⟨x,y⟩(1 − ‖x‖²) ≠ 0",
      arbitraries: () => [fc.integer({ min: 2, max: 16 }), seedArb, fc.double({ min: 1e-3, max: 0.1, noNaN: true })],
      predicate: (_ctx, D, seed, eps) => {
        const x = unit(gaussianArray(seed, D)).map((v) => v * (1 + eps));
        const y = gaussianArray(seed + 1, D);
        // Generic y: make ⟨x,y⟩ bounded away from 0 so the statement is tested, not dodged.
        const yy = dot(x, y) === 0 ? y.map((v, a) => v + x[a]) : y;
        const xp = dot(x, tangentProjection(x, yy));
        return Math.abs(xp) <= 1e-12 * (1 + dot(yy, yy));
      },
    }),
  }),
  holds(
    "vector-spin.softmax-unfrustrated",
    part({
      description:
        "softmax couplings J = ζ(x W_Q W_Kᵀ xᵀ) are all positive, every cycle product J_ij J_jk J_ki > 0, and the aligned state attains the bond-by-bond minimum −R²Σ_ij J_ij, below every random state",
      arbitraries: () => [
        fc.integer({ min: 2, max: 8 }),
        fc.integer({ min: 1, max: 8 }),
        seedArb,
        fc.double({ min: 0.1, max: 5, noNaN: true }),
      ],
      predicate: (_ctx, N, D, seed, R) => {
        const x = gaussianArray(seed, N * D);
        const WQ = gaussianArray(seed + 1, D * D, 1 / Math.sqrt(D));
        const WK = gaussianArray(seed + 2, D * D, 1 / Math.sqrt(D));
        const J = softmaxCouplings(x, WQ, WK, N, D);
        for (let k = 0; k < N * N; k++) expectThat(J[k] > 0, "a softmax coupling is not positive", { k, value: J[k] });
        for (let i = 0; i < N; i++)
          for (let j = 0; j < N; j++)
            for (let k = 0; k < N; k++)
              expectThat(J[i * N + j] * J[j * N + k] * J[k * N + i] > 0, "a frustrated triangle", { i, j, k });
        let bound = 0;
        for (let k = 0; k < N * N; k++) bound -= R * R * J[k];
        const aligned = new Float64Array(N * D);
        const u = unit(gaussianArray(seed + 3, D));
        for (let i = 0; i < N; i++) for (let a = 0; a < D; a++) aligned[i * D + a] = R * u[a];
        expectClose("coupling energy of the aligned state", couplingEnergy(J, aligned, N, D), bound, {
          abs: 1e-12 * (1 + Math.abs(bound)),
        });
        for (let t = 0; t < 5; t++) {
          const r = gaussianArray(seed + 10 + t, N * D);
          for (let i = 0; i < N; i++) {
            const n = Math.sqrt(rowDot(r, i, r, i, D));
            for (let a = 0; a < D; a++) r[i * D + a] *= R / n;
          }
          expectThat(
            couplingEnergy(J, r, N, D) >= bound - 1e-12 * Math.abs(bound),
            "a state below the bond-by-bond minimum",
            {},
          );
        }
      },
    }),
  ),
];

function crossTermGap(sys: SpinSystem, sNow: Float64Array, sPrev: Float64Array, eps: number): number {
  const { N, D } = sys;
  const R = 2;
  // Choose the fields so that θ_i = x_i + (J s_prev)_i = R u_i exactly (u_i unit), then stretch site 0.
  const Js = localFields({ ...sys, x: new Float64Array(N * D) }, sPrev);
  const x = new Float64Array(N * D);
  for (let i = 0; i < N; i++) {
    const u = unit(sys.x.subarray(i * D, (i + 1) * D));
    const len = i === 0 ? R * (1 + eps) : R;
    for (let a = 0; a < D; a++) x[i * D + a] = len * u[a] - Js[i * D + a];
  }
  const s2: SpinSystem = { ...sys, x };
  const theta = localFields(s2, sPrev);
  let cross = 0;
  for (let i = 0; i < N; i++) cross -= (R / Math.sqrt(rowDot(theta, i, theta, i, D))) * rowDot(sNow, i, theta, i, D);
  const kin = kineticEnergy(s2, sNow, sPrev);
  const gap = Math.abs(cross - kin) / (1 + Math.abs(kin));
  if (eps === 0 && !(gap < 1e-9))
    throw new PropertyViolation("cross term differs from eq 2.14 although ω = 1", { gap });
  return gap;
}

function dot(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let s = 0;
  for (let k = 0; k < a.length; k++) s += a[k] * b[k];
  return s;
}
function unit(v: ArrayLike<number>): Float64Array {
  const n = Math.sqrt(dot(v, v));
  return Float64Array.from(v, (t) => t / n);
}

/** J = row-softmax of the N×N score matrix x W_Q W_Kᵀ xᵀ (Table 2.1's token-token relation). */
export function softmaxCouplings(
  x: Float64Array,
  WQ: Float64Array,
  WK: Float64Array,
  N: number,
  D: number,
): Float64Array {
  const Q = new Float64Array(N * D);
  const K = new Float64Array(N * D);
  for (let i = 0; i < N; i++)
    for (let b = 0; b < D; b++) {
      let q = 0;
      let k = 0;
      for (let a = 0; a < D; a++) {
        q += x[i * D + a] * WQ[a * D + b];
        k += x[i * D + a] * WK[a * D + b];
      }
      Q[i * D + b] = q;
      K[i * D + b] = k;
    }
  const J = new Float64Array(N * N);
  for (let i = 0; i < N; i++) {
    const scores = Array.from({ length: N }, (_, j) => rowDot(Q, i, K, j, D));
    const row = softmax(scores, 1);
    for (let j = 0; j < N; j++) J[i * N + j] = row[j];
  }
  return J;
}
