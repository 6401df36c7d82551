/**
 * The Lean listing of paper 002 §9 ("4. Partition Function and Free Energy"), transcribed with
 * Lean/Mathlib semantics so the definitions as written can be compared with the real ones:
 *
 * ```lean
 * def PartitionFunction {N : ℕ} (model : IsingModel N) (β : ℝ) : ℝ :=
 *   let allStates : List (Fin N → ℝ) := []
 *   allStates.foldl (fun acc s => acc + exp (-β * Hamiltonian model s)) 0
 * def FreeEnergy {N : ℕ} (model : IsingModel N) (β : ℝ) : ℝ :=
 *   -(1 / β) * log (PartitionFunction model β)
 * ```
 *
 * `allStates` is the empty list, so the fold returns its initial value 0 for every model and β.
 * Mathlib's `Real.log` is total with `Real.log 0 = 0`, and division is total with `x / 0 = 0`, so
 * `FreeEnergy` is 0 for every model and β. The real quantities sum over the 2^N configurations.
 *
 * @module
 */
import { finite, isingModelArg } from "../args/check.js";
import type { IsingModel } from "./lattice.js";
import { isingEnergy } from "./lattice.js";

/** `List.foldl f init l`. */
function foldl<A, S>(f: (acc: A, s: S) => A, init: A, l: readonly S[]): A {
  let acc = init;
  for (const s of l) acc = f(acc, s);
  return acc;
}

/** Mathlib's `Real.log`: log |x| for x ≠ 0, and 0 at 0. */
export function mathlibLog(x: number): number {
  finite("mathlibLog", "x", x);
  return x === 0 ? 0 : Math.log(Math.abs(x));
}

/** Lean's real division: x / 0 = 0. */
export function leanDiv(x: number, y: number): number {
  finite("leanDiv", "x", x);
  finite("leanDiv", "y", y);
  return y === 0 ? 0 : x / y;
}

/** `PartitionFunction model β` exactly as written in 002 §9 (`allStates := []`). */
export function leanPartitionFunction(model: IsingModel, beta: number): number {
  isingModelArg("leanPartitionFunction", "model", model);
  finite("leanPartitionFunction", "β", beta);
  const allStates: number[][] = [];
  return foldl((acc: number, s: number[]) => acc + Math.exp(-beta * isingEnergy(model, s)), 0, allStates);
}

/** `FreeEnergy model β` exactly as written: −(1/β) · log(PartitionFunction model β). */
export function leanFreeEnergy(model: IsingModel, beta: number): number {
  isingModelArg("leanFreeEnergy", "model", model);
  finite("leanFreeEnergy", "β", beta);
  return -leanDiv(1, beta) * mathlibLog(leanPartitionFunction(model, beta));
}

/** The repaired `PartitionFunction`: the same fold over all 2^N configurations (N ≤ 20). */
export function repairedPartitionFunction(model: IsingModel, beta: number): number {
  isingModelArg("repairedPartitionFunction", "model", model);
  finite("repairedPartitionFunction", "β", beta);
  if (model.n > 20) throw new RangeError(`repairedPartitionFunction: model.n = ${model.n} > 20`);
  const allStates: number[][] = [];
  for (let c = 0; c < 2 ** model.n; c++)
    allStates.push(Array.from({ length: model.n }, (_, k) => ((c >>> k) & 1 ? -1 : 1)));
  return foldl((acc: number, s: number[]) => acc + Math.exp(-beta * isingEnergy(model, s)), 0, allStates);
}
