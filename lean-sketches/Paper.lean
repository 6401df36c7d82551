/-
  The Lean 4 listing of paper 002 (§9), restored from the PDF extraction.

  The extraction dropped every non-ASCII symbol (ℝ ℕ ∑ ∏ ∀ ∃ β ε χ γ ν ⬝ ‖ 𝓝 →); they are put back
  here by reading, and nothing else is changed: the statements keep their meaning, including what
  is wrong with them. Restorations that needed judgement:
  * `Hamiltonian`: the line defining `interaction` is missing from the extraction altogether; it
    is restored as the double sum the final line `- interaction - field` refers to.
  * `FiniteSizeScaling`: the binder `( : )` lost its names; `χ γ ν` are the names the statement uses.
  * `RGFlow`: `JJ` had a lost operator between the factors (Lean 3's `⬝`).
  * `TrotterSuzuki`: `_pos` is `ε_pos` with the ε lost.
  There is no Lean toolchain on the machine that checks this project; the file has not been
  compiled (see lean.compiles for why it would not compile as written).
  Each declaration carries `-- claims:` with the spec ids that check what it says.
-/
import Mathlib.Algebra.Group.Defs
import Mathlib.Analysis.SpecialFunctions.ExpLog
import Mathlib.Probability.ProbabilityMassFunction
import Mathlib.LinearAlgebra.Matrix
import Mathlib.Data.Real.Basic
import Mathlib.Analysis.Calculus.Deriv
import Mathlib.Topology.MetricSpace.Basic

/-!
# Ising-Transformer Verification
This Lean 4 file formalizes the theoretical claims in this paper,
establishing a rigorous correspondence between self-attention
and the Ising model.
-/

open Real

-- 1. Ising Model Definitions
-- claims: lean.hamiltonian-matches-eq6
structure IsingModel (N : ℕ) where
  J : Matrix (Fin N) (Fin N) ℝ
  h : Fin N → ℝ

-- claims: lean.hamiltonian-matches-eq6, lean.effective-hamiltonian-additive
def Hamiltonian {N : ℕ} (model : IsingModel N) (spins : Fin N → ℝ) : ℝ :=
  let interaction := ∑ i, ∑ j, model.J i j * spins i * spins j
  let field := ∑ i, model.h i * spins i
  - interaction - field

-- 2. Self-Attention as an Ising-like System
-- claims: attention.lean-row-stochastic
structure SelfAttention (N d : ℕ) where
  Q : Matrix (Fin N) (Fin d) ℝ
  K : Matrix (Fin N) (Fin d) ℝ
  V : Matrix (Fin N) (Fin d) ℝ
  beta : ℝ

-- claims: attention.lean-row-stochastic, attention.lean-global-relation
def attentionMatrix {N d : ℕ} (attn : SelfAttention N d) : Matrix (Fin N) (Fin N) ℝ :=
  let scores := fun i j => attn.beta * (attn.Q i ⬝ᵥ attn.K j)
  let Z := ∑ i j, exp (scores i j)
  fun i j => exp (scores i j) / Z

-- 3. TrotterSuzuki Approximation
-- claims: trotter.lie-product-limit, lean.listing-proves-claims, lean.compiles, lean.trotter-proof-is-sorry, lean.sorry-placeholder-verifies
theorem TrotterSuzuki {L : ℕ} (H : Fin L → Matrix (Fin L) (Fin L) ℝ) (β : ℝ) :
  let P := fun n => (∏ l, exp (-β * H l / n)) ^ n
  ∀ ε > 0, ∃ N : ℕ, ∀ n ≥ N, ‖P n - exp (-β * ∑ l, H l)‖ < ε :=
by
  intro P ε ε_pos
  let f := fun n => (∏ l, exp (-β * H l / n)) ^ n
  have lim_f : Tendsto f atTop (𝓝 (exp (-β * ∑ l, H l))) := sorry
  rw [dist_eq_norm]
  exact Metric.tendsto_atTop.1 lim_f ε ε_pos

-- 4. Partition Function and Free Energy
-- claims: thermo.lean-partition-function
def PartitionFunction {N : ℕ} (model : IsingModel N) (β : ℝ) : ℝ :=
  let allStates : List (Fin N → ℝ) := []
  allStates.foldl (fun acc s => acc + exp (-β * Hamiltonian model s)) 0

-- claims: thermo.lean-free-energy
def FreeEnergy {N : ℕ} (model : IsingModel N) (β : ℝ) : ℝ :=
  -(1 / β) * log (PartitionFunction model β)

-- 5. Finite-Size Scaling
-- claims: finite-size.lean-fss-literal, finite-size.lean-fss-vacuous, lean.listing-proves-claims
theorem FiniteSizeScaling {N : ℕ} (χ γ ν : ℝ) (T Tc : ℝ) :
  ∃ f : ℝ → ℝ, χ = N^(γ/ν) * f ((T - Tc) * N^(1/ν)) :=
by
  use fun x => χ / (N^(γ/ν))
  simp

-- 6. Renormalization Group Flow
-- claims: rg.fixed-points-idempotent, rg.eq14-ill-posed, lean.compiles, rg.fixed-point-universal-heff
def RGFlow (J : Matrix (Fin N) (Fin N) ℝ) : Matrix (Fin N) (Fin N) ℝ :=
  (1 : ℝ)/2 * (J + J ⬝ J)

-- claims: rg.lean-fixed-point-vacuous, lean.listing-proves-claims
theorem RGFixedPoint (Jstar : Matrix (Fin N) (Fin N) ℝ) (h : RGFlow Jstar = Jstar) :
  ∃ (Jfix : Matrix (Fin N) (Fin N) ℝ), RGFlow Jfix = Jfix :=
by
  use Jstar
  exact h

-- 7. Transformer as a Large-Scale Ising Model
-- claims: lean.effective-hamiltonian-additive
def EffectiveIsingHamiltonian {L N : ℕ} (H : Fin L → IsingModel N) : IsingModel N :=
{ J := ∑ l, (H l).J,
  h := fun i => ∑ l, (H l).h i }

-- claims: lean.transformer-as-ising-vacuous, lean.listing-proves-claims
theorem TransformerAsIsingModel {L N : ℕ} (H : Fin L → IsingModel N) (β : ℝ) :
  let Heff := EffectiveIsingHamiltonian H
  True :=
by
  intro Heff
  trivial

/-!
## Conclusion
This file encodes the main theoretical claims, demonstrating
the correspondence between Transformers and the Ising model
within a formal proof environment.
-/
