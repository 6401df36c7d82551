/**
 * The two-layer family on which no constant independent of β, L and M makes paper 000 eq 12 hold.
 *
 * @module
 */

/**
 * H₁ = diag(1, −1), H₂ = X/4 (M = max‖H_l‖₂ = 1, ε = ‖[H₁, H₂]‖₂ = ½, L = 2), at β = t/(LM) = t/2,
 * so t = βLM is the parameter A3 asks to keep small. For large β the product's norm grows like
 * e^{β(‖H₁‖+‖H₂‖)} = e^{5β/4} while e^{−β(H₁+H₂)} grows like e^{β√(17)/4} ≈ e^{1.031β}, so the
 * error grows like e^{5t/8} while β²L²ε/n grows only like t²: the constant eq 12 needs grows
 * exponentially in t.
 */
export function growthFamily(t: number): { Hs: number[][][]; beta: number } {
  if (!Number.isFinite(t)) throw new RangeError(`growthFamily: t = ${t} is not finite`);
  return {
    Hs: [
      [
        [1, 0],
        [0, -1],
      ],
      [
        [0, 0.25],
        [0.25, 0],
      ],
    ],
    beta: t / 2,
  };
}
