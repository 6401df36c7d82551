/**
 * The encoder-decoder transformer of Vaswani et al. (2017), Figure 1 (the thesis' Figure 2.6), as
 * data: what its stacks contain, so that counts of its "modules" under different readings can be
 * computed instead of asserted.
 *
 * Each stack repeats N identical layers (N = 6 in the paper). An encoder layer has one multi-head
 * self-attention block; a decoder layer has a masked multi-head self-attention block and a
 * multi-head encoder-decoder attention block (each followed, in both stacks, by a feed-forward
 * block, with residual connections and layer normalisation around every sub-layer).
 *
 * @module
 */

/** The kinds of multi-head attention block the figure draws. */
export type AttentionBlockKind =
  | "encoder self-attention"
  | "masked decoder self-attention"
  | "encoder-decoder attention";

/** One stack: its layer count and the attention blocks of each layer. */
export interface TransformerStack {
  layers: number;
  attentionBlocks: AttentionBlockKind[];
}

/** The two stacks of the encoder-decoder model. */
export interface EncoderDecoder {
  encoder: TransformerStack;
  decoder: TransformerStack;
}

/** The paper's layer count N per stack. */
export const VASWANI_LAYERS = 6;

/** The vanilla transformer with `layers` layers per stack (N = 6 in Vaswani et al.). */
export function vanillaTransformer(layers = VASWANI_LAYERS): EncoderDecoder {
  if (!Number.isInteger(layers) || layers < 1) throw new RangeError(`layers must be a positive integer, got ${layers}`);
  return {
    encoder: { layers, attentionBlocks: ["encoder self-attention"] },
    decoder: { layers, attentionBlocks: ["masked decoder self-attention", "encoder-decoder attention"] },
  };
}

/** Reading "blocks in the figure": the number of distinct kinds of multi-head attention block drawn. */
export function attentionBlockKinds(t: EncoderDecoder): number {
  return new Set([...t.encoder.attentionBlocks, ...t.decoder.attentionBlocks]).size;
}

/** Reading "modules in the model": the number of multi-head attention blocks the model instantiates. */
export function attentionBlocksInstantiated(t: EncoderDecoder): number {
  return t.encoder.layers * t.encoder.attentionBlocks.length + t.decoder.layers * t.decoder.attentionBlocks.length;
}
