/**
 * The high-precision road for softmax thermodynamics: the same quantities as `boltzmann.ts`, in
 * 50-significant-digit decimal arithmetic (decimal.js). Float64 results are checked against these,
 * and derivatives are checked against central finite differences computed here, where a step of
 * 1e-15 costs nothing to cancellation.
 *
 * @module
 */
import { Decimal } from "decimal.js";

/** Decimal constructor with 50 significant digits (never the global Decimal). */
export const D50 = Decimal.clone({ precision: 50 });
/** A 50-digit decimal. */
export type Dec = InstanceType<typeof D50>;

function toDecimals(a: ArrayLike<number>): Dec[] {
  const out: Dec[] = [];
  for (let i = 0; i < a.length; i++) {
    if (!Number.isFinite(a[i])) throw new RangeError(`decimal softmax: logit ${i} is ${a[i]}`);
    out.push(new D50(a[i]));
  }
  return out;
}

/** ln Σ_i e^{β a_i} in 50 digits (max-shifted, like the float version, so exp never overflows). */
export function logSumExpDecimal(a: ArrayLike<number>, beta: number | Dec): Dec {
  const b = new D50(beta);
  const x = toDecimals(a).map((v) => v.mul(b));
  const m = D50.max(...x);
  let s = new D50(0);
  for (const v of x) s = s.add(v.sub(m).exp());
  return m.add(s.ln());
}

/** softmax(a, β) in 50 digits. */
export function softmaxDecimal(a: ArrayLike<number>, beta: number | Dec): Dec[] {
  const lz = logSumExpDecimal(a, beta);
  const b = new D50(beta);
  return toDecimals(a).map((v) => v.mul(b).sub(lz).exp());
}

/** Gibbs entropy S(β) = −Σ p ln p of softmax(a, β), in 50 digits (ln p_i = β a_i − ln Z). */
export function entropyDecimal(a: ArrayLike<number>, beta: number | Dec): Dec {
  const lz = logSumExpDecimal(a, beta);
  const b = new D50(beta);
  let s = new D50(0);
  for (const v of toDecimals(a)) {
    const lp = v.mul(b).sub(lz);
    s = s.sub(lp.exp().mul(lp));
  }
  return s;
}

/**
 * Central finite difference (f(x+h) − f(x−h)) / 2h in 50 digits. Its truncation error is
 * h²·f'''/6; with h = 1e-15 that is far below float64 resolution for the smooth functions used here.
 */
export function centralDifference(f: (x: Dec) => Dec, x: number, h = 1e-15): Dec {
  const X = new D50(x);
  const H = new D50(h);
  return f(X.add(H))
    .sub(f(X.sub(H)))
    .div(H.mul(2));
}

/**
 * Second central difference (f(x+h) − 2f(x) + f(x−h)) / h² in 50 digits; truncation error
 * h²·f''''/12, far below float64 resolution for h = 1e-12 and the smooth functions used here.
 */
export function secondDifference(f: (x: Dec) => Dec, x: number, h = 1e-12): Dec {
  const X = new D50(x);
  const H = new D50(h);
  return f(X.add(H))
    .sub(f(X).mul(2))
    .add(f(X.sub(H)))
    .div(H.mul(H));
}

/** U = ⟨E⟩ = −Σ p_i a_i of softmax(a, β), in 50 digits (energy E = −a). */
export function meanEnergyDecimal(a: ArrayLike<number>, beta: number | Dec): Dec {
  const p = softmaxDecimal(a, beta);
  let u = new D50(0);
  for (let i = 0; i < a.length; i++) u = u.sub(p[i].mul(a[i]));
  return u;
}
