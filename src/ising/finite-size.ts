/**
 * Exact finite-size quantities of paper 000 §5.1-5.2: χ(T_c) of the 2D torus and of Curie–Weiss, the
 * specific heat of the L×L lattice with periodic or open boundaries, and their fitted exponents.
 *
 * Exponents of the 2D Ising model: γ = 7/4, ν = 1, d = 2, so γ/ν = 7/4 in L and γ/(dν) = 7/8 in
 * N = L². Curie–Weiss (mean field): χ(T_c) ∝ N^{1/2}, window ∝ N^{−1/2}.
 *
 * @module
 */
import { curieWeissThermo } from "../meanfield/curie-weiss.js";
import { ONSAGER_KC } from "./onsager.js";
import { rowTransferJets } from "./row-transfer.js";

/** χ = β⟨M²⟩/N of the L×L torus at T_c, exactly (row transfer matrix with jets in h: ∂²_h ln Z = β²⟨M²⟩). */
export function chiAtTc(L: number): number {
  const j = rowTransferJets(L, L, ONSAGER_KC, { wrt: "h" });
  return j.d2 / ONSAGER_KC / (L * L);
}

/** Per-spin specific heat c = β² ∂²_β ln Z / N of the L×L lattice at temperature T, periodic or open (exact). */
export function specificHeatPerSpin(L: number, T: number, periodic: boolean): number {
  const j = rowTransferJets(L, L, 1 / T, { wrt: "beta", periodicX: periodic, periodicY: periodic });
  return j.d2 / (T * T) / (L * L);
}

const chiCache = new Map<number, number>();

/**
 * The local log-log slope of χ(T_c) between sizes a < b: for the 2D torus a, b are linear sizes and
 * the slope is returned in L and in N = L² (half of it); for Curie–Weiss a, b are numbers of spins
 * (β = 1) and only the slope in N is defined (inL = NaN).
 */
export function chiExponent(model: "ising-2d" | "curie-weiss", a: number, b: number): { inN: number; inL: number } {
  if (model === "ising-2d") {
    const chi = (L: number) => {
      let v = chiCache.get(L);
      if (v === undefined) chiCache.set(L, (v = chiAtTc(L)));
      return v;
    };
    const inL = Math.log(chi(b) / chi(a)) / Math.log(b / a);
    return { inL, inN: inL / 2 };
  }
  const inN = Math.log(curieWeissThermo(b, 1).chi / curieWeissThermo(a, 1).chi) / Math.log(b / a);
  return { inN, inL: Number.NaN };
}

/** Curie–Weiss χ scaled by N^{−a} at β = 1 + x N^{−b} (a data collapse when a, b are the right exponents). */
export function curieWeissScaledChi(N: number, x: number, a: number, b: number): number {
  return curieWeissThermo(N, 1 + x * N ** -b).chi * N ** -a;
}
