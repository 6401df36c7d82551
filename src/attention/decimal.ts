/**
 * The high-precision road for softmax thermodynamics: the same quantities as `boltzmann.ts`, in
 * 50-significant-digit decimal arithmetic (decimal.js). Float64 results are checked against these,
 * and derivatives are checked against central finite differences computed here, where a step of
 * 1e-15 costs nothing to cancellation.
 *
 * @module
 */
import { Decimal } from "decimal.js";
import { finite, finiteArray, finiteDecimal, func, real } from "../args/check.js";
import { expDecimal, lnDecimal } from "../precision/decimal-exp.js";

/** Decimal constructor with 50 significant digits (never the global Decimal). */
export const D50 = Decimal.clone({ precision: 50 });
/** A 50-digit decimal. */
export type Dec = InstanceType<typeof D50>;

/** The most logits a decimal function takes (each costs a 50-digit exp): 2^16. */
const MAX_DECIMAL_LOGITS = 2 ** 16;

/**
 * The domain of the decimal row functions, checked once at entry: `a` finite numbers (1 to 2^16 of
 * them), β a finite number, decimal string or Decimal. Returns the logits and β as decimals.
 */
function rowArgs(fn: string, a: unknown, beta: unknown): { x: Dec[]; b: Dec } {
  const v = finiteArray(fn, "a", a, { minLength: 1, maxLength: MAX_DECIMAL_LOGITS });
  const b = new D50(finiteDecimal(fn, "beta", beta));
  const x: Dec[] = [];
  for (let i = 0; i < v.length; i++) x.push(new D50(v[i]));
  return { x, b };
}

/** ln Σ_i e^{b x_i} of checked decimals, max-shifted so exp never overflows. */
function lse(x: Dec[], b: Dec): Dec {
  const bx = x.map((v) => v.mul(b));
  const m = D50.max(...bx);
  let s = new D50(0);
  for (const v of bx) s = s.add(expDecimal(v.sub(m)));
  return m.add(lnDecimal(s));
}

/**
 * ln Σ_i e^{β a_i} in 50 digits (max-shifted, like the float version, so exp never overflows).
 * Domain: `a` 1 to 2^16 finite numbers; β finite (a number, decimal string or Decimal).
 */
export function logSumExpDecimal(a: ArrayLike<number>, beta: number | Dec): Dec {
  const { x, b } = rowArgs("logSumExpDecimal", a, beta);
  return lse(x, b);
}

/** softmax(a, β) in 50 digits (the domain of {@link logSumExpDecimal}). */
export function softmaxDecimal(a: ArrayLike<number>, beta: number | Dec): Dec[] {
  const { x, b } = rowArgs("softmaxDecimal", a, beta);
  return softmaxOf(x, b);
}

function softmaxOf(x: Dec[], b: Dec): Dec[] {
  const lz = lse(x, b);
  return x.map((v) => expDecimal(v.mul(b).sub(lz)));
}

/**
 * Gibbs entropy S(β) = −Σ p ln p of softmax(a, β), in 50 digits (ln p_i = β a_i − ln Z; the
 * domain of {@link logSumExpDecimal}).
 */
export function entropyDecimal(a: ArrayLike<number>, beta: number | Dec): Dec {
  const { x, b } = rowArgs("entropyDecimal", a, beta);
  const lz = lse(x, b);
  let s = new D50(0);
  for (const v of x) {
    const lp = v.mul(b).sub(lz);
    s = s.sub(expDecimal(lp).mul(lp));
  }
  return s;
}

/**
 * The arguments of the finite differences: f a function, x finite, h finite and > 0. The value is
 * refused when f returns something that is not a finite decimal at the points it was asked.
 */
function differenceArgs(fn: string, f: unknown, x: unknown, h: unknown): { X: Dec; H: Dec } {
  func(fn, "f", f);
  finite(fn, "x", x);
  real(fn, "h", h, 0, Number.MAX_VALUE, { openLo: true, what: "finite and > 0" });
  return { X: new D50(x as number), H: new D50(h as number) };
}

function finiteResult(fn: string, d: Dec, x: number, h: number): Dec {
  if (!d.isFinite())
    throw new RangeError(`${fn}: f must return finite decimals near x = ${x} (h = ${h}), got the difference ${d}`);
  return d;
}

/**
 * Central finite difference (f(x+h) − f(x−h)) / 2h in 50 digits. Its truncation error is
 * h²·f'''/6; with h = 1e-15 that is far below float64 resolution for the smooth functions used here.
 * Domain: f a function returning decimals, x finite, h finite and > 0.
 */
export function centralDifference(f: (x: Dec) => Dec, x: number, h = 1e-15): Dec {
  const { X, H } = differenceArgs("centralDifference", f, x, h);
  const d = new D50(f(X.add(H))).sub(new D50(f(X.sub(H)))).div(H.mul(2));
  return finiteResult("centralDifference", d, x, h);
}

/**
 * Second central difference (f(x+h) − 2f(x) + f(x−h)) / h² in 50 digits; truncation error
 * h²·f''''/12, far below float64 resolution for h = 1e-12 and the smooth functions used here.
 * Domain: f a function returning decimals, x finite, h finite and > 0.
 */
export function secondDifference(f: (x: Dec) => Dec, x: number, h = 1e-12): Dec {
  const { X, H } = differenceArgs("secondDifference", f, x, h);
  const d = new D50(f(X.add(H)))
    .sub(new D50(f(X)).mul(2))
    .add(new D50(f(X.sub(H))))
    .div(H.mul(H));
  return finiteResult("secondDifference", d, x, h);
}

/** U = ⟨E⟩ = −Σ p_i a_i of softmax(a, β), in 50 digits (energy E = −a; the domain of {@link logSumExpDecimal}). */
export function meanEnergyDecimal(a: ArrayLike<number>, beta: number | Dec): Dec {
  const { x, b } = rowArgs("meanEnergyDecimal", a, beta);
  const p = softmaxOf(x, b);
  let u = new D50(0);
  for (let i = 0; i < x.length; i++) u = u.sub(p[i].mul(x[i]));
  return u;
}
