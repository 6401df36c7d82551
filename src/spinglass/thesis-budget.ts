/**
 * The thesis' sampling budget, 2·10⁷ steps at N = 64, carried to another N at equal per-site
 * diffusion.
 *
 * Derivation: one step of the thesis' sampler moves one site by a Gaussian of width σ per component,
 * σ = 1/(N√D) ({@link thesisSigma}). With all moves accepted (the β → 0 limit), a site is chosen every
 * N steps on average, so after n steps each site has moved an RMS distance ℓ with
 * ℓ² = (n/N)·D·σ² = n/N³ ({@link stepsToDiffuse}). Equal ℓ at N and at 64 needs
 * n(N) = n(64)·(N/64)³, rounded to whole steps. D cancels.
 *
 * @module
 */

/** The thesis' steps at N = 64. */
export const THESIS_STEPS_N64 = 2e7;

/** 2·10⁷·(N/64)³ steps, rounded: the thesis' budget at N at equal per-site diffusion. */
export function thesisBudget(N: number): number {
  return Math.round(THESIS_STEPS_N64 * (N / 64) ** 3);
}
