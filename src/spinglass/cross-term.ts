/**
 * The thesis' §3.2 remark that eq 2.14's Hamiltonian is "the cross terms in the loss function":
 * the loss' cross term −Σ_i ω_i s_{i,t}·θ_i (ω_i = R/‖θ_i‖, θ = x + J s_{t−1}) equals the kinetic
 * energy −Σ_i s_{i,t}·θ_i exactly when every ω_i = 1, i.e. every ‖θ_i‖ = R.
 *
 * @module
 */
import { kineticEnergy } from "./energy.js";
import { localFields, rowDot, type SpinSystem } from "./system.js";

/**
 * |cross term − kinetic energy| / (1 + |kinetic energy|) on fields chosen so that θ_i = R u_i exactly
 * (u_i = x̂_i of `sys`), with site 0 stretched to ‖θ_0‖ = (1 + eps)R. R = 2. `kinetic` is the
 * eq 2.14 energy (a parameter so a broken one can be substituted).
 */
export function crossTermGap(
  sys: SpinSystem,
  sNow: Float64Array,
  sPrev: Float64Array,
  eps: number,
  kinetic: typeof kineticEnergy = kineticEnergy,
): number {
  const { N, D } = sys;
  const R = 2;
  const Js = localFields({ ...sys, x: new Float64Array(N * D) }, sPrev);
  const x = new Float64Array(N * D);
  for (let i = 0; i < N; i++) {
    const row = sys.x.subarray(i * D, (i + 1) * D);
    const n = Math.sqrt(rowDot(sys.x, i, sys.x, i, D));
    const len = i === 0 ? R * (1 + eps) : R;
    for (let a = 0; a < D; a++) x[i * D + a] = (len * row[a]) / n - Js[i * D + a];
  }
  const s2: SpinSystem = { ...sys, x };
  const theta = localFields(s2, sPrev);
  let cross = 0;
  for (let i = 0; i < N; i++) cross -= (R / Math.sqrt(rowDot(theta, i, theta, i, D))) * rowDot(sNow, i, theta, i, D);
  const kin = kinetic(s2, sNow, sPrev);
  return Math.abs(cross - kin) / (1 + Math.abs(kin));
}
