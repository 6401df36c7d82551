/**
 * Thermodynamic observables of a finite system from its list of (energy, magnetization) states.
 *
 * With weights w_k = e^{−β(E_k − E_min)} (shifted so nothing overflows) and Z = e^{−βE_min} Σ w_k:
 * ln Z, U = ⟨E⟩, C = β² Var(E) (per system, k_B = 1), S = −Σ p ln p computed directly (the
 * thesis's eq 2.5 identity S = βU + ln Z is then a check, not a definition), F = −ln Z / β,
 * ⟨|m|⟩, ⟨m²⟩, the fluctuation susceptibility χ = βN(⟨m²⟩ − ⟨m⟩²) (= ∂⟨M⟩/∂h; at h = 0 on a
 * finite lattice ⟨m⟩ = 0, so χ = βN⟨m²⟩, the quantity whose value at T_c scales as L^{γ/ν}), and the
 * Binder cumulant U_4 = 1 − ⟨m⁴⟩ / (3⟨m²⟩²).
 *
 * @module
 */
import { finiteArray, int, obj } from "../args/check.js";
import type { Enumeration } from "./enumerate.js";

/** Observables of a finite system at inverse temperature β (all extensive ones per system). */
export interface Thermo {
  beta: number;
  logZ: number;
  /** Internal energy U = ⟨H⟩. */
  U: number;
  /** Heat capacity C = β² (⟨H²⟩ − ⟨H⟩²). */
  C: number;
  /** Gibbs entropy S = −Σ p ln p (computed from the probabilities). */
  S: number;
  /** Free energy F = −ln Z / β. */
  F: number;
  /** ⟨m⟩ with m = M/N. */
  m: number;
  /** ⟨|m|⟩. */
  absM: number;
  /** ⟨m²⟩. */
  m2: number;
  /** ⟨m⁴⟩. */
  m4: number;
  /** χ = βN(⟨m²⟩ − ⟨m⟩²), the fluctuation susceptibility (= ∂⟨M⟩/∂h). */
  chi: number;
  /** Binder cumulant 1 − ⟨m⁴⟩ / (3⟨m²⟩²). */
  binder: number;
}

/** Observables from an enumeration at inverse temperature β > 0. */
export function thermoFromEnumeration(en: Enumeration, beta: number): Thermo {
  obj("thermoFromEnumeration", "en", en);
  int("thermoFromEnumeration", "en.n", en.n, 1, 30);
  finiteArray("thermoFromEnumeration", "en.energy", en.energy, { minLength: 1 });
  finiteArray("thermoFromEnumeration", "en.magnetization", en.magnetization, {
    length: en.energy.length,
    lengthOf: "en.energy",
  });
  return thermoFromStates(en.energy, en.magnetization, en.n, beta);
}

/** Observables from parallel arrays of state energies and total magnetizations (N spins). */
export function thermoFromStates(
  energy: ArrayLike<number>,
  magnetization: ArrayLike<number>,
  N: number,
  beta: number,
  multiplicity?: ArrayLike<number>,
): Thermo {
  const fn = "thermoFromStates";
  finiteArray(fn, "energy", energy, { minLength: 1 });
  finiteArray(fn, "magnetization", magnetization, { length: energy.length, lengthOf: "energy" });
  int(fn, "N", N, 1, 2 ** 30);
  if (multiplicity !== undefined)
    finiteArray(fn, "multiplicity", multiplicity, { length: energy.length, lengthOf: "energy" });
  if (!(beta > 0) || !Number.isFinite(beta)) throw new RangeError(`thermo: β must be positive and finite, got ${beta}`);
  let emin = Infinity;
  for (let k = 0; k < energy.length; k++) if (energy[k] < emin) emin = energy[k];
  let z = 0;
  let e1 = 0;
  let e2 = 0;
  let m1 = 0;
  let ma = 0;
  let m2 = 0;
  let m4 = 0;
  let plogw = 0; // Σ w (ln w) for the entropy
  for (let k = 0; k < energy.length; k++) {
    const d = energy[k] - emin;
    const lw = -beta * d;
    const w = Math.exp(lw) * (multiplicity ? multiplicity[k] : 1);
    const m = magnetization[k] / N;
    z += w;
    e1 += w * d;
    e2 += w * d * d;
    m1 += w * m;
    ma += w * Math.abs(m);
    m2 += w * m * m;
    m4 += w * m * m * m * m;
    plogw += w * lw;
  }
  const logZ = Math.log(z) - beta * emin;
  const dU = e1 / z;
  const U = dU + emin;
  const varE = Math.max(0, e2 / z - dU * dU);
  // −Σ p ln p with p = w/z (times multiplicity: −Σ g (w/z) ln(w/z) = ln z − Σ g w ln w / z).
  const S = Math.log(z) - plogw / z;
  const mm = m1 / z;
  const mm2 = m2 / z;
  const mm4 = m4 / z;
  return {
    beta,
    logZ,
    U,
    C: beta * beta * varE,
    S,
    F: -logZ / beta,
    m: mm,
    absM: ma / z,
    m2: mm2,
    m4: mm4,
    chi: beta * N * (mm2 - mm * mm),
    binder: 1 - mm4 / (3 * mm2 * mm2),
  };
}
