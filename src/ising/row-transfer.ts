/**
 * The row-to-row transfer matrix of the square-lattice Ising model (J = 1 unless given).
 *
 * A row of L spins is a bit pattern s ∈ [0, 2^L) (bit i set ⇔ s_i = −1). The weight of a lattice of
 * M rows factorizes as Π_r D(s_r) K(s_r, s_{r+1}) with the diagonal row weight
 * D(s) = exp(β(J Σ_i s_i s_{i+1} + h Σ_i s_i)) (the in-row bond i = L−1 → 0 only if periodic in x)
 * and the inter-row weight K(s, s') = Π_i exp(βJ s_i s'_i), a Kronecker product of 2×2 matrices,
 * applied bit by bit in O(L 2^L) instead of O(4^L).
 *
 * Periodic in y: Z = Tr (D K)^M, the trace summed over orbit representatives of the symmetries
 * of the row (cyclic shifts and reflections if periodic in x; global flip if h = 0), each weighted
 * by its orbit size: the diagonal element is invariant under these. Open in y: Z = 1ᵀ D (K D)^{M−1} 1.
 *
 * Two versions: {@link rowTransferLogZ} in decimal.js (for 30-digit comparisons with Kaufman), and
 * {@link rowTransferJets} in float64 with second-order jets (exact first and second derivatives of
 * ln Z in β or in h by forward-mode differentiation), for U, C and χ.
 *
 * @module
 */
import { Decimal } from "decimal.js";
import { bool, finite, finiteDecimal, int, obj, oneOf, real, show } from "../args/check.js";
import { decimalContext } from "./kaufman.js";

/** Boundary conditions and couplings of a square lattice. */
export interface LatticeOptions {
  J?: number;
  h?: number;
  periodicX?: boolean;
  periodicY?: boolean;
}

const MAX_ROW = 12;
/** The largest row length of {@link rowOrbits} (2^20 patterns, ≈ 0.1 s). */
const MAX_ORBIT_ROW = 20;
/**
 * The work budgets, in units of one jet or decimal update (M · representatives · L · 2^L): float
 * jets 2^28 (≈ 3 s; the 12 × 12 torus is 1.3·10⁸), decimals 2^19 at 45 digits, scaled by
 * digits/45 (≈ 4 s; the 8 × 8 torus at 45 digits is 3·10⁵).
 */
const JETS_BUDGET = 2 ** 28;
const DECIMAL_BUDGET = 2 ** 19 * 45;
/** |J| and |h| at most 1e300, so that J·bonds and h·m stay finite in float64. */
const MAX_COUPLING = 1e300;

/**
 * The shared arguments of the two transfer functions; returns the work M · representatives · L · 2^L
 * (representatives of the dihedral symmetries, with the global flip when `flipWhenNoField` and h = 0).
 */
function latticeArgs(fn: string, L: unknown, M: unknown, options: unknown, flipWhenNoField: boolean): number {
  int(fn, "L", L, 1, MAX_ROW);
  if (options !== undefined) obj(fn, "options", options);
  const o = (options ?? {}) as LatticeOptions;
  for (const k of ["J", "h"] as const)
    if (o[k] !== undefined) real(fn, `options.${k}`, o[k], -MAX_COUPLING, MAX_COUPLING);
  for (const k of ["periodicX", "periodicY"] as const) if (o[k] !== undefined) bool(fn, `options.${k}`, o[k]);
  const periodicY = o.periodicY ?? true;
  int(fn, "M", M, periodicY ? 2 : 1, 2 ** 40);
  const l = L as number;
  const flip = flipWhenNoField && (o.h ?? 0) === 0;
  const reps = periodicY ? cachedRowOrbits(l, o.periodicX ?? true, flip).length : 1;
  return (M as number) * reps * l * 2 ** l;
}

function bondSum(s: number, L: number, periodicX: boolean): number {
  let b = 0;
  for (let i = 0; i + 1 < L; i++) b += ((s >>> i) ^ (s >>> (i + 1))) & 1 ? -1 : 1;
  if (periodicX && L > 1) b += ((s >>> (L - 1)) ^ s) & 1 ? -1 : 1;
  return b;
}

function rowMag(s: number, L: number): number {
  let m = L;
  for (let i = 0; i < L; i++) if ((s >>> i) & 1) m -= 2;
  return m;
}

/**
 * Orbit representatives of the row symmetries and their orbit sizes: cyclic shifts and
 * reflections when periodic in x, the global flip when `flip`. Domain: L an integer in [1, 20]
 * (2^L patterns), periodicX and flip booleans.
 */
export function rowOrbits(L: number, periodicX: boolean, flip: boolean): Array<[number, number]> {
  int("rowOrbits", "L", L, 1, MAX_ORBIT_ROW);
  bool("rowOrbits", "periodicX", periodicX);
  bool("rowOrbits", "flip", flip);
  return orbitsOf(L, periodicX, flip);
}

function orbitsOf(L: number, periodicX: boolean, flip: boolean): Array<[number, number]> {
  const size = 1 << L;
  const mask = size - 1;
  const seen = new Uint8Array(size);
  const out: Array<[number, number]> = [];
  const reflect = (s: number) => {
    let r = 0;
    for (let i = 0; i < L; i++) if ((s >>> i) & 1) r |= 1 << (L - 1 - i);
    return r;
  };
  for (let s = 0; s < size; s++) {
    if (seen[s]) continue;
    const orbit = new Set<number>();
    const bases = [s];
    if (flip) bases.push(s ^ mask);
    for (const b0 of bases) {
      const forms = [b0, reflect(b0)];
      if (!periodicX) for (const f of forms) orbit.add(f);
      else
        for (const f of forms) {
          let t = f;
          for (let k = 0; k < L; k++) {
            orbit.add(t);
            t = ((t << 1) | (t >>> (L - 1))) & mask;
          }
        }
    }
    for (const t of orbit) seen[t] = 1;
    out.push([s, orbit.size]);
  }
  return out;
}

/**
 * ln Z of the L × M square lattice in decimal.js, to `digits` significant digits. Domain: L an
 * integer in [1, 12]; M an integer ≥ 2 (≥ 1 when open in y); β > 0 finite (a number, decimal
 * string or Decimal); options J, h finite with |J|, |h| ≤ 1e300, periodicX/Y booleans, digits an
 * integer in [5, 1000]; the work M · representatives · L · 2^L · digits/45 at most 2^19 (a few
 * seconds; the 8 × 8 torus at 45 digits is 3·10⁵). A ln Z outside decimal.js's range is refused.
 */
export function rowTransferLogZ(
  L: number,
  M: number,
  beta: number | string | Decimal,
  options: LatticeOptions & { digits?: number; arithmetic?: "fixed" | "decimal" } = {},
): Decimal {
  const fn = "rowTransferLogZ";
  const work = latticeArgs(fn, L, M, options, true);
  const { J = 1, h = 0, periodicX = true, periodicY = true, digits = 40 } = options;
  int(fn, "options.digits", digits, 5, 1000);
  const arithmetic = oneOf(fn, "options.arithmetic", options.arithmetic ?? "fixed", ["fixed", "decimal"] as const);
  if (work * Math.max(digits, 45) > DECIMAL_BUDGET)
    throw new RangeError(
      `${fn}: L = ${L}, M = ${M} at ${digits} digits is past the work budget (M·orbits·L·2^L·digits/45 = ${Math.round((work * Math.max(digits, 45)) / 45)} > 2^19)`,
    );
  const D = decimalContext(digits);
  const b = new D(finiteDecimal(fn, "beta", beta));
  if (b.lte(0)) throw new RangeError(`${fn}: beta must be > 0, got ${show(beta)}`);
  if (arithmetic === "fixed") {
    const lnZ = new D(fixedPointLogZ(L, M, b, J, h, periodicX, periodicY, digits)).toSignificantDigits(digits);
    if (!lnZ.isFinite())
      throw new RangeError(`${fn}: ln Z is outside decimal.js's range (beta = ${show(beta)}, J = ${J}, h = ${h})`);
    return lnZ;
  }
  const size = 1 << L;
  const bJ = b.times(J);
  const ep = D.exp(bJ);
  const em = D.exp(bJ.neg());
  const diag: Decimal[] = [];
  for (let s = 0; s < size; s++) diag.push(D.exp(bJ.times(bondSum(s, L, periodicX)).plus(b.times(h * rowMag(s, L)))));
  const applyK = (v: Decimal[]) => {
    for (let i = 0; i < L; i++) {
      const bit = 1 << i;
      for (let s = 0; s < size; s++) {
        if (s & bit) continue;
        const a = v[s];
        const c = v[s | bit];
        v[s] = ep.times(a).plus(em.times(c));
        v[s | bit] = em.times(a).plus(ep.times(c));
      }
    }
  };
  const applyD = (v: Decimal[]) => {
    for (let s = 0; s < size; s++) v[s] = v[s].times(diag[s]);
  };
  let Z: Decimal;
  if (periodicY) {
    Z = new D(0);
    for (const [s0, mult] of cachedRowOrbits(L, periodicX, h === 0)) {
      const v: Decimal[] = Array.from({ length: size }, (_, s) => new D(s === s0 ? 1 : 0));
      for (let r = 0; r < M; r++) {
        applyK(v);
        applyD(v);
      }
      Z = Z.plus(v[s0].times(mult));
    }
  } else {
    const v: Decimal[] = diag.map((d) => new D(d));
    for (let r = 1; r < M; r++) {
      applyK(v);
      applyD(v);
    }
    Z = v.reduce((acc, x) => acc.plus(x), new D(0));
  }
  const lnZ = D.ln(Z).toSignificantDigits(digits);
  if (!lnZ.isFinite())
    throw new RangeError(`${fn}: ln Z is outside decimal.js's range (beta = ${show(beta)}, J = ${J}, h = ${h})`);
  return lnZ;
}

/**
 * rowTransferLogZ's default road: the same transfer-matrix products in bigint fixed point instead
 * of decimal.js (≈ 30× faster). Every weight (e^{±βJ}, the row factors D(s)) is computed in
 * decimal.js at digits + 20 and rounded to an integer multiple of 2^−F, with F such that the
 * smallest has P = (digits + 20)·log₂10 significant bits; the vector shares one binary exponent
 * and is renormalized after each row to keep its largest entry near 2^(P+64). All weights are
 * positive, so nothing cancels: each entry's absolute error is a few units of 2^−P of the
 * largest, far below the digits asked for (tested equal to the decimal road).
 */
function fixedPointLogZ(
  L: number,
  M: number,
  beta: Decimal,
  J: number,
  h: number,
  periodicX: boolean,
  periodicY: boolean,
  digits: number,
): Decimal {
  const context = (precision: number) => Decimal.clone({ precision, rounding: Decimal.ROUND_HALF_EVEN });
  const Dh = context(digits + 35);
  const b = new Dh(beta);
  const size = 1 << L;
  const bJ = b.times(J);
  const weights: Decimal[] = [Dh.exp(bJ), Dh.exp(bJ.neg())];
  for (let s = 0; s < size; s++)
    weights.push(Dh.exp(bJ.times(bondSum(s, L, periodicX)).plus(b.times(h * rowMag(s, L)))));
  const P = Math.ceil((digits + 20) * Math.log2(10));
  // Binary exponent of the smallest weight (decimal exponent e: 10^e ≤ w < 10^(e+1)).
  let minLog2 = 0;
  for (const w of weights) minLog2 = Math.min(minLog2, Math.floor(w.e * Math.log2(10)) - 1);
  const F = P - minLog2 + 4;
  let maxLog10 = 0;
  for (const w of weights) maxLog10 = Math.max(maxLog10, w.e + 1);
  const Dc = context(Math.ceil(F * Math.log10(2)) + maxLog10 + 10);
  const scale = Dc.pow(2, F);
  const fixed = weights.map((w) => BigInt(new Dc(w).times(scale).toFixed(0)));
  const ep = fixed[0];
  const em = fixed[1];
  const diag = fixed.slice(2);
  const bF = BigInt(F);
  const target = P + 64;
  // v holds V_s with value V_s · 2^exp; keep max V near 2^target.
  let exp = 0;
  const renormalize = (v: bigint[]) => {
    let max = 0n;
    for (const x of v) if (x > max) max = x;
    if (max === 0n) return;
    const bits = max.toString(16).length * 4;
    if (bits > target + 32) {
      const k = bits - target;
      const bk = BigInt(k);
      for (let s = 0; s < size; s++) v[s] >>= bk;
      exp += k;
    } else if (bits < target - 32) {
      const k = target - bits;
      const bk = BigInt(k);
      for (let s = 0; s < size; s++) v[s] <<= bk;
      exp -= k;
    }
  };
  const row = (v: bigint[]) => {
    for (let i = 0; i < L; i++) {
      const bit = 1 << i;
      for (let base = 0; base < size; base += 2 * bit)
        for (let s = base; s < base + bit; s++) {
          const a = v[s];
          const c = v[s + bit];
          v[s] = (ep * a + em * c) >> bF;
          v[s + bit] = (em * a + ep * c) >> bF;
        }
    }
    for (let s = 0; s < size; s++) v[s] = (v[s] * diag[s]) >> bF;
    renormalize(v);
  };
  const toDecimal = (x: bigint, e: number) => new Dh(x.toString()).times(Dh.pow(2, e));
  let Z = new Dh(0);
  if (periodicY) {
    for (const [s0, mult] of cachedRowOrbits(L, periodicX, h === 0)) {
      const v = new Array<bigint>(size).fill(0n);
      v[s0] = 1n << BigInt(target);
      exp = -target;
      for (let r = 0; r < M; r++) row(v);
      Z = Z.plus(toDecimal(v[s0] * BigInt(mult), exp));
    }
  } else {
    const v = diag.slice();
    exp = -F;
    renormalize(v);
    for (let r = 1; r < M; r++) row(v);
    for (const x of v) Z = Z.plus(toDecimal(x, exp));
  }
  return Dh.ln(Z);
}

/** ln Z and its first two derivatives with respect to β or h, from {@link rowTransferJets}. */
export interface Jets {
  logZ: number;
  /** ∂ ln Z / ∂x. */
  d1: number;
  /** ∂² ln Z / ∂x². */
  d2: number;
}

/**
 * ln Z of the L × M lattice in float64 with exact first and second derivatives with respect to
 * `wrt` (β or h), by propagating second-order jets (v, v′, v″) through every factor with the
 * Leibniz rule. From them: U = −∂_β ln Z, C = β² ∂²_β ln Z, ⟨M⟩ = ∂_h ln Z / β,
 * Var M = ∂²_h ln Z / β², χ = Var(M) β / N. Domain: L an integer in [1, 12]; M an integer ≥ 2
 * (≥ 1 when open in y); β finite and > 0; options.wrt "beta" or "h", J, h finite with |J|, |h| ≤
 * 1e300, periodicX/Y booleans; the work M · representatives · L · 2^L at most 2^28 (≈ 3 s; the
 * 12 × 12 torus is 1.3·10⁸). A float64 overflow of Z is refused.
 */
export function rowTransferJets(
  L: number,
  M: number,
  beta: number,
  options: LatticeOptions & { wrt: "beta" | "h" },
): Jets {
  const fn = "rowTransferJets";
  obj(fn, "options", options);
  oneOf(fn, "options.wrt", options.wrt, ["beta", "h"]);
  const work = latticeArgs(fn, L, M, options, false);
  finite(fn, "beta", beta);
  if (!(beta > 0)) throw new RangeError(`${fn}: beta must be > 0, got ${beta}`);
  if (work > JETS_BUDGET)
    throw new RangeError(`${fn}: L = ${L}, M = ${M} is past the work budget (M·orbits·L·2^L = ${work} > 2^28)`);
  const { J = 1, h = 0, periodicX = true, periodicY = true, wrt } = options;
  // A pure function of its arguments: searches that revisit the same (L, M, β, …) (a golden-section
  // search per input of a property, the same sizes drawn again) get the same three numbers back.
  const key = `${L},${M},${numberKey(beta)},${numberKey(J)},${numberKey(h)},${periodicX},${periodicY},${wrt}`;
  const hit = jetsMemo.get(key);
  if (hit) return { ...hit };
  const jets = computeJets(L, M, beta, J, h, periodicX, periodicY, wrt);
  if (jetsMemo.size >= JETS_MEMO_SIZE) jetsMemo.delete(jetsMemo.keys().next().value as string);
  jetsMemo.set(key, jets);
  return { ...jets };
}

/** Entries kept by the memo of {@link rowTransferJets} (oldest dropped first). */
const JETS_MEMO_SIZE = 4096;
const jetsMemo = new Map<string, Jets>();

/** A key that tells every float64 apart (String(−0) is "0"; otherwise String round-trips exactly). */
function numberKey(x: number): string {
  return Object.is(x, -0) ? "-0" : String(x);
}

/** The orbits of the row symmetries, computed once per (L, periodicX, flip): they depend on nothing else. */
const orbitsMemo = new Map<string, ReadonlyArray<readonly [number, number]>>();
function cachedRowOrbits(L: number, periodicX: boolean, flip: boolean): ReadonlyArray<readonly [number, number]> {
  const key = `${L},${periodicX},${flip}`;
  let o = orbitsMemo.get(key);
  if (!o) orbitsMemo.set(key, (o = orbitsOf(L, periodicX, flip)));
  return o;
}

function computeJets(
  L: number,
  M: number,
  beta: number,
  J: number,
  h: number,
  periodicX: boolean,
  periodicY: boolean,
  wrt: string,
): Jets {
  const size = 1 << L;
  // Row factor D(s) = exp(β B(s) + β h m(s)); its jets in x ∈ {β, h}.
  const d0 = new Float64Array(size);
  const d1 = new Float64Array(size);
  const d2 = new Float64Array(size);
  for (let s = 0; s < size; s++) {
    const B = J * bondSum(s, L, periodicX);
    const m = rowMag(s, L);
    const w = Math.exp(beta * (B + h * m));
    const g = wrt === "beta" ? B + h * m : beta * m; // ∂ exponent / ∂x
    d0[s] = w;
    d1[s] = g * w;
    d2[s] = g * g * w;
  }
  // Bond factor exp(βJ σσ′): jets in β: (f, Jσσ′ f, J² f); in h: (f, 0, 0).
  const fp = Math.exp(beta * J);
  const fm = Math.exp(-beta * J);
  const inBeta = wrt === "beta";
  const f1p = inBeta ? J * fp : 0;
  const f1m = inBeta ? -J * fm : 0;
  const f2p = inBeta ? J * J * fp : 0;
  const f2m = inBeta ? J * J * fm : 0;
  const applyK = (v0: Float64Array, v1: Float64Array, v2: Float64Array) => {
    for (let i = 0; i < L; i++) {
      const bit = 1 << i;
      // The pairs (s, s | bit) with bit clear, block by block: each pair is updated on its own, so
      // visiting them in blocks (rather than testing every s) gives the same numbers.
      for (let base = 0; base < size; base += 2 * bit)
        for (let s = base; s < base + bit; s++) {
          const t = s + bit;
          const a0 = v0[s],
            c0 = v0[t],
            a1 = v1[s],
            c1 = v1[t],
            a2 = v2[s],
            c2 = v2[t];
          v0[s] = fp * a0 + fm * c0;
          v0[t] = fm * a0 + fp * c0;
          v1[s] = f1p * a0 + f1m * c0 + fp * a1 + fm * c1;
          v1[t] = f1m * a0 + f1p * c0 + fm * a1 + fp * c1;
          v2[s] = f2p * a0 + f2m * c0 + 2 * (f1p * a1 + f1m * c1) + fp * a2 + fm * c2;
          v2[t] = f2m * a0 + f2p * c0 + 2 * (f1m * a1 + f1p * c1) + fm * a2 + fp * c2;
        }
    }
  };
  const applyD = (v0: Float64Array, v1: Float64Array, v2: Float64Array) => {
    for (let s = 0; s < size; s++) {
      const a0 = v0[s],
        a1 = v1[s],
        a2 = v2[s];
      v0[s] = d0[s] * a0;
      v1[s] = d1[s] * a0 + d0[s] * a1;
      v2[s] = d2[s] * a0 + 2 * d1[s] * a1 + d0[s] * a2;
    }
  };
  let Z = 0,
    Z1 = 0,
    Z2 = 0;
  const v0 = new Float64Array(size),
    v1 = new Float64Array(size),
    v2 = new Float64Array(size);
  if (periodicY) {
    // Dihedral symmetry only (no flip), so the odd derivative in h stays right.
    for (const [s0, mult] of cachedRowOrbits(L, periodicX, false)) {
      v0.fill(0);
      v1.fill(0);
      v2.fill(0);
      v0[s0] = 1;
      for (let r = 0; r < M; r++) {
        applyK(v0, v1, v2);
        applyD(v0, v1, v2);
      }
      Z += mult * v0[s0];
      Z1 += mult * v1[s0];
      Z2 += mult * v2[s0];
    }
  } else {
    v0.set(d0);
    v1.set(d1);
    v2.set(d2);
    for (let r = 1; r < M; r++) {
      applyK(v0, v1, v2);
      applyD(v0, v1, v2);
    }
    for (let s = 0; s < size; s++) {
      Z += v0[s];
      Z1 += v1[s];
      Z2 += v2[s];
    }
  }
  if (!(Z > 0) || !Number.isFinite(Z) || !Number.isFinite(Z2)) {
    throw new RangeError(`rowTransferJets: float64 overflow at L=${L}, M=${M}, β=${beta}; use smaller sizes`);
  }
  const g1 = Z1 / Z;
  return { logZ: Math.log(Z), d1: g1, d2: Z2 / Z - g1 * g1 };
}
