/**
 * The Sherrington–Kirkpatrick model (thesis 003 §2.1 eq 2.2, 2.6, 2.7): replica-symmetric order
 * parameter and the de Almeida–Thouless stability condition, and exact small-N samples.
 *
 * RS equation (J₀ = 0): q = E_z tanh²(β(J√q z + h)), z ~ N(0, 1).
 * AT condition (eq 2.7): the RS saddle is stable iff (T/J)² > E_z sech⁴(β(J√q z + h)).
 * Gaussian expectations by 120-point Gauss–Hermite quadrature: nodes by Newton's method on the
 * orthonormal Hermite recurrence (Numerical Recipes' initial guesses), rescaled to the N(0, 1) weight.
 *
 * @module
 */
import { finite, func, int, obj, oneOf, real } from "../args/check.js";

/** Nodes and weights for E_z f(z), z ~ N(0,1), from n-point Gauss–Hermite quadrature. */
export function gaussHermiteNormal(n: number): { x: Float64Array; w: Float64Array } {
  // O(n²) Newton steps; beyond a few hundred nodes the weights underflow anyway.
  int("gaussHermiteNormal", "n", n, 1, 1000);
  // Physicists' Hermite nodes by Newton on the orthonormal recurrence, then x → √2 x, w → w/√π.
  const x = new Float64Array(n);
  const w = new Float64Array(n);
  const m = Math.floor((n + 1) / 2);
  let z = 0;
  for (let i = 0; i < m; i++) {
    if (i === 0) z = Math.sqrt(2 * n + 1) - 1.85575 * (2 * n + 1) ** (-1 / 6);
    else if (i === 1) z -= (1.14 * n ** 0.426) / z;
    else if (i === 2) z = 1.86 * z - (0.86 * x[0]) / Math.SQRT2;
    else if (i === 3) z = 1.91 * z - (0.91 * x[1]) / Math.SQRT2;
    else z = 2 * z - x[i - 2] / Math.SQRT2;
    let pp = 0;
    for (let it = 0; it < 100; it++) {
      let p1 = Math.PI ** -0.25;
      let p2 = 0;
      for (let j = 1; j <= n; j++) {
        const p3 = p2;
        p2 = p1;
        p1 = z * Math.sqrt(2 / j) * p2 - Math.sqrt((j - 1) / j) * p3;
      }
      pp = Math.sqrt(2 * n) * p2;
      const dz = p1 / pp;
      z -= dz;
      if (Math.abs(dz) < 1e-15) break;
    }
    x[i] = z * Math.SQRT2;
    x[n - 1 - i] = -z * Math.SQRT2;
    w[i] = 2 / (pp * pp) / Math.sqrt(Math.PI);
    w[n - 1 - i] = w[i];
  }
  return { x, w };
}

const GH = gaussHermiteNormal(120);

/** E_z f(z) for z ~ N(0, 1) by 120-point Gauss–Hermite quadrature. */
export function gaussianExpectation(f: (z: number) => number): number {
  func("gaussianExpectation", "f", f);
  let s = 0;
  for (let i = 0; i < GH.x.length; i++) s += GH.w[i] * f(GH.x[i]);
  return s;
}

/**
 * The replica-symmetric q(T, h) of the SK model (J₀ = 0), the largest fixed point of
 * q = E_z tanh²(β(J√q z + h)), iterated from q = 1 until a step is below 1e-15. `options.method`
 * "plain" (default) iterates the map; "aitken" extrapolates each pair of steps (Δ²: q − (q₁ − q)²/
 * (q₂ − 2q₁ + q)), accepted only inside [0, 1], and ends with the same plain-step test: near the
 * AT line the map's slope is close to 1 and the plain iteration takes 10⁴–10⁵ steps (tested to agree
 * with it to 1e-12).
 */
export function skReplicaSymmetricQ(
  T: number,
  h: number,
  J = 1,
  options: { method?: "plain" | "aitken" } = {},
): number {
  real("skReplicaSymmetricQ", "T", T, 0, Number.MAX_VALUE, { openLo: true, what: "finite and > 0" });
  finite("skReplicaSymmetricQ", "h", h);
  real("skReplicaSymmetricQ", "J", J, 0, Number.MAX_VALUE, { openLo: true, what: "finite and > 0" });
  obj("skReplicaSymmetricQ", "options", options);
  const method = oneOf("skReplicaSymmetricQ", "options.method", options.method ?? "plain", [
    "plain",
    "aitken",
  ] as const);
  return rsQ(T, h, J, method === "aitken");
}

function rsQ(T: number, h: number, J: number, aitken: boolean): number {
  const beta = 1 / T;
  const F = (q: number) => gaussianExpectation((z) => Math.tanh(beta * (J * Math.sqrt(q) * z + h)) ** 2);
  let q = 1;
  for (let it = 0; it < 200000; it++) {
    const next = F(q);
    if (Math.abs(next - q) < 1e-15) return next;
    // From q = 1 the iteration decreases monotonically to the largest fixed point; near T = J at
    // h = 0 it converges slowly (the map's slope at q = 0 is β²J²), hence the generous cap.
    if (aitken) {
      const next2 = F(next);
      if (Math.abs(next2 - next) < 1e-15) return next2;
      const d = next2 - 2 * next + q;
      const qa = q - ((next - q) * (next - q)) / d;
      q = d !== 0 && qa >= 0 && qa <= 1 ? qa : next2;
    } else q = next;
  }
  return q;
}

/** The AT stability margin (T/J)² − E_z sech⁴(β(J√q z + h)): positive ⇔ RS stable (eq 2.7). */
export function atStabilityMargin(T: number, h: number, J = 1): number {
  const q = skReplicaSymmetricQ(T, h, J);
  return marginAt(T, h, J, q);
}

function marginAt(T: number, h: number, J: number, q: number): number {
  const beta = 1 / T;
  const rhs = gaussianExpectation((z) => Math.cosh(beta * (J * Math.sqrt(q) * z + h)) ** -4);
  return (T / J) ** 2 - rhs;
}

/** The AT temperature T_AT(h) (J = 1): the root of the stability margin in T ∈ (0, 1], by bisection. */
export function atLineTemperature(h: number): number {
  finite("atLineTemperature", "h", h);
  if (h === 0) return 1;
  let lo = 0.05,
    hi = 1;
  for (let it = 0; it < 60; it++) {
    const mid = 0.5 * (lo + hi);
    // q by the Aitken-accelerated iteration (the same fixed point; the plain one took 10⁴–10⁵ steps
    // per bisection step near the line).
    if (marginAt(mid, h, 1, rsQ(mid, h, 1, true)) > 0) hi = mid;
    else lo = mid;
  }
  return 0.5 * (lo + hi);
}
