/-
  What each declaration of Paper.lean should say to mean what the paper's text claims.

  Proofs are `sorry` where no proof is given here; every statement is one that spinspec checks
  numerically (the `-- claims:` ids), so a reader with a Lean 4 + Mathlib toolchain can compile the
  statements and attempt the proofs with the numerical evidence in hand. There is no Lean toolchain
  on the machine that checks this project: this file has not been compiled.
-/
import Mathlib

open Matrix BigOperators Filter Topology

variable {N : ℕ}

-- claims: lean.hamiltonian-matches-eq6
structure IsingModel (N : ℕ) where
  J : Matrix (Fin N) (Fin N) ℝ
  h : Fin N → ℝ

/-- Paper eq 6: H = -∑ J_ij S_i S_j + h ∑ S_i (the field enters with a plus sign there). -/
-- claims: lean.hamiltonian-matches-eq6, lean.effective-hamiltonian-additive
def Hamiltonian (model : IsingModel N) (spins : Fin N → ℝ) : ℝ :=
  -(∑ i, ∑ j, model.J i j * spins i * spins j) + ∑ i, model.h i * spins i

-- claims: attention.lean-row-stochastic
structure SelfAttention (N d : ℕ) where
  Q : Matrix (Fin N) (Fin d) ℝ
  K : Matrix (Fin N) (Fin d) ℝ
  V : Matrix (Fin N) (Fin d) ℝ
  beta : ℝ

/-- Row-wise softmax (paper eq 2-3): each row is a probability distribution. -/
-- claims: attention.lean-row-stochastic, attention.lean-global-relation
noncomputable def attentionMatrix {d : ℕ} (attn : SelfAttention N d) : Matrix (Fin N) (Fin N) ℝ :=
  fun i j =>
    Real.exp (attn.beta * (attn.Q i ⬝ᵥ attn.K j)) /
      ∑ k, Real.exp (attn.beta * (attn.Q i ⬝ᵥ attn.K k))

/-- The ordered product A 0 * A 1 * ⋯ * A (L-1) (matrices do not commute: no Finset.prod). -/
-- claims: trotter.lie-product-limit
def orderedProduct {L : ℕ} (A : Fin L → Matrix (Fin N) (Fin N) ℝ) : Matrix (Fin N) (Fin N) ℝ :=
  (List.ofFn A).prod

/-- Lie–Trotter: N×N layer matrices (N unrelated to the number of layers L), matrix exponential. -/
-- claims: trotter.lie-product-limit
theorem TrotterSuzuki {L : ℕ} (H : Fin L → Matrix (Fin N) (Fin N) ℝ) (β : ℝ) :
    Tendsto (fun n : ℕ => orderedProduct (fun l => NormedSpace.exp ℝ ((-β / (n + 1)) • H l)) ^ (n + 1))
      atTop (𝓝 (NormedSpace.exp ℝ ((-β) • ∑ l, H l))) := by
  sorry

/-- The first-order bound with its explicit constant (in any submultiplicative norm). -/
-- claims: trotter.eq12-split-bound
theorem TrotterErrorBound [NormedRing (Matrix (Fin N) (Fin N) ℝ)] [NormedAlgebra ℝ (Matrix (Fin N) (Fin N) ℝ)]
    {L : ℕ} (H : Fin L → Matrix (Fin N) (Fin N) ℝ) (β : ℝ) (n : ℕ) (hn : 0 < n) :
    ‖orderedProduct (fun l => NormedSpace.exp ℝ ((-β / n) • H l)) ^ n - NormedSpace.exp ℝ ((-β) • ∑ l, H l)‖ ≤
      β ^ 2 / (2 * n) * (∑ l, ∑ l', if l < l' then ‖H l * H l' - H l' * H l‖ else 0) *
        Real.exp (|β| * ∑ l, ‖H l‖) := by
  sorry

/-- All 2^N configurations of ±1 spins. -/
-- claims: thermo.lean-partition-function
def allStates (N : ℕ) : Finset (Fin N → ℝ) :=
  Finset.univ.image (fun s : Fin N → Bool => fun i => if s i then 1 else -1)

-- claims: thermo.lean-partition-function
noncomputable def PartitionFunction (model : IsingModel N) (β : ℝ) : ℝ :=
  ∑ s ∈ allStates N, Real.exp (-β * Hamiltonian model s)

-- claims: thermo.lean-free-energy
noncomputable def FreeEnergy (model : IsingModel N) (β : ℝ) : ℝ :=
  -(1 / β) * Real.log (PartitionFunction model β)

/-- Finite-size scaling as a property of a family χ(N, T): one f for all N and T. -/
-- claims: finite-size.lean-fss-vacuous
def HasFiniteSizeScaling (χ : ℕ → ℝ → ℝ) (Tc γ ν : ℝ) : Prop :=
  ∃ f : ℝ → ℝ, Continuous f ∧ ∀ N ≥ 1, ∀ T : ℝ,
    χ N T = (N : ℝ) ^ (γ / ν) * f ((T - Tc) * (N : ℝ) ^ (1 / ν))

-- claims: rg.fixed-points-idempotent
def RGFlow (J : Matrix (Fin N) (Fin N) ℝ) : Matrix (Fin N) (Fin N) ℝ :=
  (1 / 2 : ℝ) • (J + J * J)

/-- The fixed points are exactly the idempotents. -/
-- claims: rg.fixed-points-idempotent, rg.lean-fixed-point-vacuous
theorem RGFixedPoint_iff (J : Matrix (Fin N) (Fin N) ℝ) : RGFlow J = J ↔ J * J = J := by
  sorry

/-- A symmetric J flows to 0 iff its spectrum lies in (-2, 1). -/
-- claims: rg.basin-of-zero, rg.fixed-point-stability
theorem RGBasinOfZero (J : Matrix (Fin N) (Fin N) ℝ) (hJ : J.IsHermitian) :
    Tendsto (fun k => RGFlow^[k] J) atTop (𝓝 0) ↔ ∀ i, -2 < hJ.eigenvalues i ∧ hJ.eigenvalues i < 1 := by
  sorry

-- claims: lean.effective-hamiltonian-additive
def EffectiveIsingHamiltonian {L : ℕ} (H : Fin L → IsingModel N) : IsingModel N :=
  { J := ∑ l, (H l).J, h := fun i => ∑ l, (H l).h i }

-- claims: lean.effective-hamiltonian-additive
theorem EffectiveHamiltonian_sum {L : ℕ} (H : Fin L → IsingModel N) (s : Fin N → ℝ) :
    Hamiltonian (EffectiveIsingHamiltonian H) s = ∑ l, Hamiltonian (H l) s := by
  sorry

/-- For classical (diagonal, hence commuting) layers the stack is exactly one Ising model. -/
-- claims: lean.transformer-as-ising-vacuous, trotter.classical-diagonal-exact
theorem TransformerAsIsingModel {L : ℕ} (E : Fin L → (Fin N → ℝ)) (β : ℝ) :
    orderedProduct (fun l => NormedSpace.exp ℝ ((-β) • Matrix.diagonal (E l))) =
      NormedSpace.exp ℝ ((-β) • Matrix.diagonal (∑ l, E l)) := by
  sorry
