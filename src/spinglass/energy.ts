/**
 * Energies of the vector-spin glass (thesis eq 2.14, A.2.1-A.2.3, A.2.6) and the loss-based
 * Hamiltonian it actually simulated (eq 3.3-3.4).
 *
 * @module
 */
import { localFields, rowDot, type SpinSystem } from "./system.js";
import { finiteArray, int, real, spinSystem } from "../args/check.js";

/** J N² and s N·D finite entries, N and D positive integers with N·D ≤ 2^26. */
function couplingArgs(fn: string, J: unknown, s: unknown, N: number, D: number): void {
  int(fn, "N", N, 1, 2 ** 13);
  int(fn, "D", D, 1, 2 ** 26 / N);
  finiteArray(fn, "J", J, { length: N * N });
  finiteArray(fn, "s", s, { length: N * D });
}

/** Eq 2.14, sum form: H = −Σ_ij J_ij s_i·s_j − Σ_i x_i·s_i (all ordered pairs, diagonal included). */
export function vectorSpinEnergy(sys: SpinSystem, s: Float64Array): number {
  spinSystem("vectorSpinEnergy", sys, { s });
  const { N, D, J, x } = sys;
  let e = 0;
  for (let i = 0; i < N; i++) {
    for (let j = 0; j < N; j++) e -= J[i * N + j] * rowDot(s, i, s, j, D);
    e -= rowDot(x, i, s, i, D);
  }
  return e;
}

/**
 * Eq 2.14, trace form: H = −Tr[s (x + J s)ᵀ], computed as the trace of the N×N matrix product
 * s·(x + Js)ᵀ (a second road to the same number).
 */
export function vectorSpinEnergyTrace(sys: SpinSystem, s: Float64Array): number {
  spinSystem("vectorSpinEnergyTrace", sys, { s });
  const { N, D } = sys;
  const theta = localFields(sys, s);
  // P = s θᵀ, N×N; H = −Σ_i P_ii.
  const P = new Float64Array(N * N);
  for (let i = 0; i < N; i++) for (let j = 0; j < N; j++) P[i * N + j] = rowDot(s, i, theta, j, D);
  let tr = 0;
  for (let i = 0; i < N; i++) tr += P[i * N + i];
  return -tr;
}

/** The kinetic form (eq A.2.3): H(s_t, s_{t−1}) = −Σ_ij J_ij s_{i,t}·s_{j,t−1} − Σ_i x_i·s_{i,t}. */
export function kineticEnergy(sys: SpinSystem, sNow: Float64Array, sPrev: Float64Array): number {
  spinSystem("kineticEnergy", sys, { sNow, sPrev });
  const { N, D, J, x } = sys;
  let e = 0;
  for (let i = 0; i < N; i++) {
    for (let j = 0; j < N; j++) e -= J[i * N + j] * rowDot(sNow, i, sPrev, j, D);
    e -= rowDot(x, i, sNow, i, D);
  }
  return e;
}

/** Eq A.2.1: J = Jᵉ + Jᵒ with Jᵉ = (J + Jᵀ)/2 symmetric and Jᵒ = (J − Jᵀ)/2 antisymmetric. */
export function evenOddSplit(J: Float64Array, N: number): { even: Float64Array; odd: Float64Array } {
  int("evenOddSplit", "N", N, 1, 2 ** 13);
  finiteArray("evenOddSplit", "J", J, { length: N * N });
  const even = new Float64Array(N * N);
  const odd = new Float64Array(N * N);
  for (let i = 0; i < N; i++)
    for (let j = 0; j < N; j++) {
      even[i * N + j] = (J[i * N + j] + J[j * N + i]) / 2;
      odd[i * N + j] = (J[i * N + j] - J[j * N + i]) / 2;
    }
  return { even, odd };
}

/** The coupling energy −Σ_ij J_ij s_i·s_j (the first expression of eq A.2.2). */
export function couplingEnergy(J: Float64Array, s: Float64Array, N: number, D: number): number {
  couplingArgs("couplingEnergy", J, s, N, D);
  let e = 0;
  for (let i = 0; i < N; i++) for (let j = 0; j < N; j++) e -= J[i * N + j] * rowDot(s, i, s, j, D);
  return e;
}

/** The middle step of eq A.2.2 as printed: −Σ_{i<j} (J_ij s_i·s_j + J_ji s_j·s_i) (no i = j terms). */
export function couplingEnergyPairs(J: Float64Array, s: Float64Array, N: number, D: number): number {
  couplingArgs("couplingEnergyPairs", J, s, N, D);
  let e = 0;
  for (let i = 0; i < N; i++)
    for (let j = i + 1; j < N; j++) e -= (J[i * N + j] + J[j * N + i]) * rowDot(s, i, s, j, D);
  return e;
}

/**
 * The per-site weights ω_i = R/‖θ_i‖ and the targets ω_i θ_i = R θ̂_i for the local fields
 * θ = x + J s_ref. A zero local field makes θ̂ undefined and throws a RangeError. R finite and ≥ 0.
 */
export function normalizedTargets(
  sys: SpinSystem,
  sRef: Float64Array,
  R: number,
): { omega: Float64Array; target: Float64Array } {
  spinSystem("normalizedTargets", sys, { sRef });
  real("normalizedTargets", "R", R, 0, Number.MAX_VALUE);
  const { N, D } = sys;
  const theta = localFields(sys, sRef);
  const omega = new Float64Array(N);
  const target = new Float64Array(N * D);
  for (let i = 0; i < N; i++) {
    const n = Math.sqrt(rowDot(theta, i, theta, i, D));
    if (!(n > 0)) throw new RangeError(`normalizedTargets: local field of site ${i} is zero`);
    omega[i] = R / n;
    for (let a = 0; a < D; a++) target[i * D + a] = omega[i] * theta[i * D + a];
  }
  return { omega, target };
}

/**
 * Eq 3.3, first line (kinetic): H = ½ Σ_i ‖s_{i,t} − ω_{i,t−1} θ_{i,t−1}‖², θ_{t−1} = x + J s_{t−1},
 * ω = R/‖θ‖. With `sPrev = sNow` it is the static Hamiltonian the thesis simulated.
 */
export function lossHamiltonian(sys: SpinSystem, sNow: Float64Array, sPrev: Float64Array, R: number): number {
  spinSystem("lossHamiltonian", sys, { sNow, sPrev });
  real("lossHamiltonian", "R", R, 0, Number.MAX_VALUE);
  const { N, D } = sys;
  const { target } = normalizedTargets(sys, sPrev, R);
  let h = 0;
  for (let k = 0; k < N * D; k++) {
    const d = sNow[k] - target[k];
    h += d * d;
  }
  return h / 2;
}

/** Eq 3.3, second line: ½ Σ_i [‖s_{i,t}‖² − 2 ω_{i,t−1} s_{i,t}·θ_{i,t−1} + R²]. */
export function lossHamiltonianExpanded(sys: SpinSystem, sNow: Float64Array, sPrev: Float64Array, R: number): number {
  spinSystem("lossHamiltonianExpanded", sys, { sNow, sPrev });
  real("lossHamiltonianExpanded", "R", R, 0, Number.MAX_VALUE);
  const { N, D } = sys;
  const theta = localFields(sys, sPrev);
  let h = 0;
  for (let i = 0; i < N; i++) {
    const omega = R / Math.sqrt(rowDot(theta, i, theta, i, D));
    h += rowDot(sNow, i, sNow, i, D) - 2 * omega * rowDot(sNow, i, theta, i, D) + R * R;
  }
  return h / 2;
}

/**
 * The exponent of eq 3.4's first line, as printed: Σ_i ‖s_i − ω_i θ_i‖² (θ = x + J s, static;
 * note: no ½), so π₁(s) ∝ exp(−β · this).
 */
export function eq34FirstLineExponent(sys: SpinSystem, s: Float64Array, R: number): number {
  spinSystem("eq34FirstLineExponent", sys, { s });
  return 2 * lossHamiltonian(sys, s, s, R);
}

/** The exponent of eq 3.4's second line, as printed: Tr[s Ω(x + J s)ᵀ] = Σ_i ω_i s_i·θ_i, so π₂(s) ∝ exp(−β · this). */
export function eq34SecondLineExponent(sys: SpinSystem, s: Float64Array, R: number): number {
  spinSystem("eq34SecondLineExponent", sys, { s });
  real("eq34SecondLineExponent", "R", R, 0, Number.MAX_VALUE);
  const { N, D } = sys;
  const { target } = normalizedTargets(sys, s, R);
  let t = 0;
  for (let i = 0; i < N; i++) t += rowDot(s, i, target, i, D);
  return t;
}
