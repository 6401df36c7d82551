/**
 * The 1D Ising chain by its 2×2 transfer matrix, H = −J Σ s_i s_{i+1} − h Σ s_i.
 *
 * T_{s,s'} = exp(βJ s s' + βh (s + s')/2) has eigenvalues
 *   λ± = e^{βJ} cosh βh ± √(e^{2βJ} sinh² βh + e^{−2βJ}).
 * Periodic ring of N ≥ 3 spins: Z = Tr T^N = λ+^N + λ−^N.
 * Open chain of N spins: Z = uᵀ T^{N−1} u with u_s = e^{βhs/2}; computed here by repeated
 * multiplication with rescaling (log-domain), and in closed form at h = 0: Z = 2 (2 cosh βJ)^{N−1}.
 *
 * @module
 */
import { finite, int } from "../args/check.js";

/** β, J, h finite with β(|J| + |h|) ≤ 300, so that e^{2β(J+h)} (in the eigenvalues) stays finite. */
function couplings(fn: string, beta: number, J: number, h: number): void {
  finite(fn, "β", beta);
  finite(fn, "J", J);
  finite(fn, "h", h);
  if (!(Math.abs(beta) * (Math.abs(J) + Math.abs(h)) <= 300))
    throw new RangeError(
      `${fn}: β(|J| + |h|) must be ≤ 300 (e^{2β(J+h)} overflows past it), got β = ${beta}, J = ${J}, h = ${h}`,
    );
}

/** ln Z of the periodic chain (ring) of N ≥ 3 spins, from the two eigenvalues. */
export function chainLogZPeriodic(N: number, beta: number, J = 1, h = 0): number {
  int("chainLogZPeriodic", "N", N, 3, 2 ** 53 - 1);
  couplings("chainLogZPeriodic", beta, J, h);
  const a = Math.exp(beta * J) * Math.cosh(beta * h);
  const r = Math.sqrt(Math.exp(2 * beta * J) * Math.sinh(beta * h) ** 2 + Math.exp(-2 * beta * J));
  const lp = a + r;
  const lm = a - r;
  // Z = λ+^N (1 + (λ−/λ+)^N); λ− may be negative (antiferromagnet), |λ−| < λ+ always.
  return N * Math.log(lp) + Math.log1p((lm / lp) ** N);
}

/** ln Z of the open chain of N ≥ 1 spins, by transfer-matrix multiplication (any J, h). */
export function chainLogZOpen(N: number, beta: number, J = 1, h = 0): number {
  // O(N): a million spins take milliseconds; 2^30 is the stated ceiling.
  int("chainLogZOpen", "N", N, 1, 2 ** 30);
  couplings("chainLogZOpen", beta, J, h);
  let up = Math.exp((beta * h) / 2);
  let dn = Math.exp((-beta * h) / 2);
  let logScale = 0;
  const tpp = Math.exp(beta * J + beta * h);
  const tmm = Math.exp(beta * J - beta * h);
  const tpm = Math.exp(-beta * J);
  for (let i = 1; i < N; i++) {
    const nu = tpp * up + tpm * dn;
    const nd = tpm * up + tmm * dn;
    const s = nu + nd;
    up = nu / s;
    dn = nd / s;
    logScale += Math.log(s);
  }
  return logScale + Math.log(up * Math.exp((beta * h) / 2) + dn * Math.exp((-beta * h) / 2));
}
