/**
 * Layer counts of published transformer models, as their papers state them, with the published
 * width and parameter total that give the same count a second way (paper 000 §3.2 Remark 2 names
 * them: "between 6 and 24 layers … 12 layers in BERT-base, 24 in BERT-large, or up to 96 in models
 * like GPT-3").
 *
 * @module
 */

/** One published model: its layer count L, width d_model, vocabulary, context and parameter total. */
export interface PublishedModel {
  layers: number;
  width: number;
  vocabulary: number;
  context: number;
  /** The parameter total the paper reports. */
  parameters: number;
  source: string;
}

/** The models the sentence names (decoder-only or encoder-only stacks, so 12d² per layer applies). */
export const PUBLISHED_MODELS: Readonly<Record<string, PublishedModel>> = {
  "BERT-base": {
    layers: 12,
    width: 768,
    vocabulary: 30522,
    context: 512,
    parameters: 110e6,
    source: "Devlin et al. 2019, §3: BERT_BASE (L=12, H=768, A=12, total parameters = 110M)",
  },
  "BERT-large": {
    layers: 24,
    width: 1024,
    vocabulary: 30522,
    context: 512,
    parameters: 340e6,
    source: "Devlin et al. 2019, §3: BERT_LARGE (L=24, H=1024, A=16, total parameters = 340M)",
  },
  "GPT-3": {
    layers: 96,
    width: 12288,
    vocabulary: 50257,
    context: 2048,
    parameters: 175e9,
    source: "Brown et al. 2020, Table 2.1: GPT-3 175B (n_layers = 96, d_model = 12288, 175.0B parameters)",
  },
};

/** The published layer count of `name` (RangeError for a model not in {@link PUBLISHED_MODELS}). */
export function publishedLayers(name: string): number {
  const m = Object.hasOwn(PUBLISHED_MODELS, name) ? PUBLISHED_MODELS[name] : undefined;
  if (!m) throw new RangeError(`publishedLayers: no published model named ${JSON.stringify(name)}`);
  return m.layers;
}

/**
 * The layer count implied by a model's parameter total: each transformer layer of width d carries
 * ≈ 12d² weights (4d² in the attention projections W_Q, W_K, W_V, W_O and 8d² in a 4d-wide
 * feed-forward block), and the token and position tables (V + context)·d the rest, so
 * L ≈ (parameters − (V + context)·d)/(12d²). Biases and norms (O(Ld)) are neglected; the result is
 * a real number to be compared with the stated count after rounding. Domain: positive finite numbers.
 */
export function impliedLayers(m: PublishedModel): number {
  for (const x of [m.width, m.parameters]) {
    if (!(x > 0) || !Number.isFinite(x))
      throw new RangeError(`impliedLayers: width and parameters must be positive, got ${x}`);
  }
  return (m.parameters - (m.vocabulary + m.context) * m.width) / (12 * m.width * m.width);
}
