/**
 * The contract of a figure: a module `src/figures/<id>.ts` exporting `figure: FigureDefinition`.
 * A figure computes its data from the reference implementations (never hand-made) and returns a
 * vega-lite spec with the data inline; the site renders it to SVG in Node.
 *
 * @module
 */

/** Options a figure is built with. */
export interface FigureOptions {
  /** Base seed for any randomness (Monte Carlo). */
  seed: number;
  /** Full-size data (minutes) instead of the quick version (seconds) used by the default docs build. */
  thorough: boolean;
  /**
   * The documents' own run lengths where a figure reproduces a published simulation and has them
   * (Fig 4.1: the thesis' 10⁷–5·10⁷ steps per β; about 8 minutes on 2 cores with the native kernel), else as `thorough`.
   */
  published?: boolean;
}

/** A figure: what it shows, which claims it supports, and how to compute it. */
export interface FigureDefinition {
  /** File-name-safe id, e.g. `trotter-error`. */
  id: string;
  title: string;
  /** One or two sentences shown under the figure: what to look at. */
  caption: string;
  /** Claim ids this figure supports (each must exist in the spec). */
  claims: string[];
  /** Compute the data and return a vega-lite (v6) spec with inline `data.values`. */
  build(options: FigureOptions): Promise<Record<string, unknown>> | Record<string, unknown>;
}
