/**
 * Rows of standard scaled dot-product attention with random queries and keys, and how many tokens
 * they attend to: the inputs of softmax.standard-attention-phase.
 *
 * With q, k entries of variance s², the score q·k/√d_k has variance s⁴ (exactly, for independent
 * zero-mean entries), so s² = 1 gives logit spread 1 for every d_k.
 *
 * @module
 */
import type { Prng } from "../random/prng.js";
import { median } from "../numeric/vectors.js";
import { attentionScores } from "./attention.js";
import { participationRatio } from "./boltzmann.js";
import { softmax } from "./softmax.js";

/**
 * Scores q_i·k_j·c of `queries` queries against `n` keys in dimension `dk`, entries N(0, s²) from
 * `rng` (queries first, then keys), with c = 1/√d_k when `scaled` and c = 1 otherwise.
 */
export function standardAttentionRows(
  rng: Prng,
  n: number,
  dk: number,
  s2: number,
  queries: number,
  scaled: boolean,
): number[][] {
  const sd = Math.sqrt(s2);
  // One fillNormal per row rather than a normal() call per entry (most of this function's time at
  // N·d_k ≈ 5·10⁵ draws); the same draws in the same order.
  const buf = new Float64Array(dk);
  const mk = (rows: number) => {
    const out: number[][] = new Array(rows);
    for (let r = 0; r < rows; r++) {
      rng.fillNormal(buf);
      const row: number[] = new Array(dk);
      for (let a = 0; a < dk; a++) row[a] = sd * buf[a];
      out[r] = row;
    }
    return out;
  };
  const q = mk(queries);
  const k = mk(n);
  return attentionScores(q, k, scaled ? 1 / Math.sqrt(dk) : 1);
}

/** The median over 16 queries of the participation ratio 1/Σp² of a standard attention row at β = 1. */
export function medianParticipation(rng: Prng, n: number, dk: number, s2: number, scaled: boolean): number {
  return median(standardAttentionRows(rng, n, dk, s2, 16, scaled).map((row) => participationRatio(softmax(row))));
}
