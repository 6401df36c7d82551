/**
 * The Curie–Weiss model at finite N, exactly: H = −(J/2N)(Σ s_i)² − h Σ s_i.
 *
 * The energy depends on the configuration only through M = Σ s_i = N − 2k (k down spins), so
 *   Z_N = Σ_{k=0}^{N} C(N, k) exp(β (J M²/(2N) + h M)),
 * a sum of N + 1 positive terms: exact in decimal.js ({@link curieWeissLogZ}), and in float64
 * log-sum-exp form for observables ({@link curieWeissThermo}). Paper 000 §6.1 eq 17's effective
 * field and the self-consistency m = tanh(β(Jm + h)) are its N → ∞ saddle point.
 *
 * @module
 */
import type { Decimal } from "decimal.js";
import { decimalContext } from "../ising/kaufman.js";
import { expDecimal, lnDecimal } from "../precision/decimal-exp.js";
import { finite, finiteDecimal, int, obj } from "../args/check.js";

/** The largest N of the float64 sums (N + 1 terms, a table of ln k! up to N). */
export const CURIE_WEISS_MAX_N = 10 ** 6;
/** The largest N of the decimal ln Z (N + 1 decimal logarithms and exponentials). */
export const CURIE_WEISS_DECIMAL_MAX_N = 10 ** 4;

function checkArgs(fn: string, N: number, beta: number | string | Decimal, maxN: number): void {
  int(fn, "N", N, 1, maxN);
  const b = Number(finiteDecimal(fn, "β", beta));
  if (!Number.isFinite(b) || b < 0) throw new RangeError(`${fn}: β must be finite and ≥ 0, got ${beta}`);
}

/** J and h of the float64 functions: finite, and β(|J|N/2 + |h|N), the largest exponent, finite. */
function floatCouplings(fn: string, N: number, beta: number, options: unknown): { J: number; h: number } {
  obj(fn, "options", options);
  const o = options as { J?: unknown; h?: unknown };
  const J = finite(fn, "J", o.J ?? 1);
  const h = finite(fn, "h", o.h ?? 0);
  finite(fn, "β", beta);
  if (!Number.isFinite(beta * ((Math.abs(J) * N) / 2 + Math.abs(h) * N)))
    throw new RangeError(`${fn}: β = ${beta} with J = ${J}, h = ${h} overflows the exponent β(|J|N/2 + |h|N)`);
  return { J, h };
}

/**
 * ln Z_N of the Curie–Weiss model (H = −(J/2N)(Σs)² − hΣs) at inverse temperature β, to `digits`
 * significant digits (default 40). `String(value)` prints all digits.
 *
 * Domain: N an integer in [1, 10^4] ({@link CURIE_WEISS_DECIMAL_MAX_N}: N + 1 decimal terms), β ≥ 0
 * and J, h finite (numbers, decimal strings or Decimals), digits an integer in [1, 1000]; a
 * TypeError or RangeError names the argument otherwise.
 */
export function curieWeissLogZ(
  N: number,
  beta: number | string | Decimal,
  options: { J?: number | string | Decimal; h?: number | string | Decimal; digits?: number } = {},
): Decimal {
  const fn = "curieWeissLogZ";
  checkArgs(fn, N, beta, CURIE_WEISS_DECIMAL_MAX_N);
  obj(fn, "options", options);
  const digits = int(fn, "digits", options.digits ?? 40, 1, 1000);
  const D = decimalContext(digits);
  const b = new D(finiteDecimal(fn, "β", beta));
  const J = new D(finiteDecimal(fn, "J", options.J ?? 1));
  const h = new D(finiteDecimal(fn, "h", options.h ?? 0));
  // Terms t_k = C(N,k) e^{β(J M²/2N + hM)}; summed after dividing by the largest to keep
  // exponents moderate (decimal.js has a huge exponent range anyway, this is for speed). ln and exp
  // go through the bigint road (src/precision/decimal-exp.ts), which returns decimal.js's own
  // correctly rounded value: the same Decimals, about 10× faster (issue 14).
  const logs: Decimal[] = [];
  let lnC = new D(0);
  for (let k = 0; k <= N; k++) {
    if (k > 0) lnC = lnC.plus(lnDecimal(new D(N - k + 1).div(k)));
    const M = new D(N - 2 * k);
    logs.push(
      lnC.plus(
        b.times(
          J.times(M)
            .times(M)
            .div(2 * N)
            .plus(h.times(M)),
        ),
      ),
    );
  }
  const top = D.max(...logs);
  let s = new D(0);
  for (const l of logs) s = s.plus(expDecimal(l.minus(top)));
  return top.plus(lnDecimal(s)).toSignificantDigits(digits);
}

/** Exact finite-N Curie–Weiss observables (float64), per spin where noted. */
export interface CurieWeissThermo {
  logZ: number;
  /** ⟨m⟩, m = M/N. */
  m: number;
  absM: number;
  m2: number;
  m4: number;
  /** χ = βN(⟨m²⟩ − ⟨m⟩²) = βN Var(m) = ∂⟨M⟩/∂h (the fluctuation susceptibility). */
  chi: number;
  /** U = ⟨H⟩ (per system). */
  U: number;
  /** C = β² Var(H) (per system). */
  C: number;
  binder: number;
}

/** ln n! from a cached table of cumulative log sums (accurate to ~1e-13 relative for n ≤ 1e6). */
const lnFact: number[] = [0];
function lnFactorial(n: number): number {
  for (let k = lnFact.length; k <= n; k++) lnFact.push(lnFact[k - 1] + Math.log(k));
  return lnFact[n];
}

/**
 * ln of the unnormalized weight of M = N − 2k: ln C(N, k) + β(JM²/2N + hM), for k = 0..N, and
 * their maximum (subtracted before exponentiating, so large N does not overflow).
 */
function logWeights(N: number, beta: number, J: number, h: number): { lw: Float64Array; top: number } {
  const lw = new Float64Array(N + 1);
  let top = -Infinity;
  for (let k = 0; k <= N; k++) {
    const M = N - 2 * k;
    lw[k] = lnFactorial(N) - lnFactorial(k) - lnFactorial(N - k) + beta * ((J * M * M) / (2 * N) + h * M);
    if (lw[k] > top) top = lw[k];
  }
  return { lw, top };
}

/**
 * Exact observables of the N-spin Curie–Weiss model by the sum over M (float64, log-sum-exp).
 *
 * Domain: N an integer in [1, 10^6] ({@link CURIE_WEISS_MAX_N}), β ≥ 0 finite, J and h finite with
 * β(|J|N/2 + |h|N) finite; a TypeError or RangeError names the argument otherwise.
 */
export function curieWeissThermo(N: number, beta: number, options: { J?: number; h?: number } = {}): CurieWeissThermo {
  checkArgs("curieWeissThermo", N, beta, CURIE_WEISS_MAX_N);
  const { J, h } = floatCouplings("curieWeissThermo", N, beta, options);
  const { lw, top } = logWeights(N, beta, J, h);
  let z = 0,
    m1 = 0,
    ma = 0,
    m2 = 0,
    m4 = 0,
    e1 = 0,
    e2 = 0;
  for (let k = 0; k <= N; k++) {
    // e^{x} is exactly 0 below ln 2^{−1075} ≈ −745.13, and a zero weight adds ±0 to every sum
    // (the energies are finite), which leaves it unchanged (each sum is +0 or holds the top
    // term's weight 1 by then): those k are skipped, a third of them at N = 64 000 near β = 1.
    const lx = lw[k] - top;
    if (lx < -746) continue;
    const w = Math.exp(lx);
    const M = N - 2 * k;
    const m = M / N;
    const E = -(J * M * M) / (2 * N) - h * M;
    z += w;
    m1 += w * m;
    ma += w * Math.abs(m);
    m2 += w * m * m;
    m4 += w * m ** 4;
    e1 += w * E;
    e2 += w * E * E;
  }
  const mm = m1 / z,
    mm2 = m2 / z,
    mm4 = m4 / z,
    U = e1 / z;
  return {
    logZ: top + Math.log(z),
    m: mm,
    absM: ma / z,
    m2: mm2,
    m4: mm4,
    chi: beta * N * (mm2 - mm * mm),
    U,
    C: beta * beta * Math.max(0, e2 / z - U * U),
    binder: 1 - mm4 / (3 * mm2 * mm2),
  };
}

/**
 * The exact distribution of m = M/N in the N-spin Curie–Weiss model: entry k is
 * P(M = N − 2k) = C(N, k) e^{β(JM²/2N + hM)} / Z_N. Domain as {@link curieWeissThermo}.
 */
export function curieWeissMagnetizationDistribution(
  N: number,
  beta: number,
  options: { J?: number; h?: number } = {},
): Float64Array {
  checkArgs("curieWeissMagnetizationDistribution", N, beta, CURIE_WEISS_MAX_N);
  const { J, h } = floatCouplings("curieWeissMagnetizationDistribution", N, beta, options);
  const { lw, top } = logWeights(N, beta, J, h);
  let z = 0;
  for (let k = 0; k <= N; k++) z += lw[k] = Math.exp(lw[k] - top);
  for (let k = 0; k <= N; k++) lw[k] /= z;
  return lw;
}
