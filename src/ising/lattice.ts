/**
 * Ising models on finite graphs: H(s) = −Σ_{(i,j)∈E} J_ij s_i s_j − Σ_i h_i s_i, s_i ∈ {−1, +1}.
 *
 * The sign convention is that of paper 000 eq 1 and thesis eq 2.1/2.6 (a positive field favours
 * s_i = +1). Paper 000 eq 6 writes `+h Σ S_i`; that is the same model with h → −h.
 *
 * @module
 */
import { MAX_ISING_SPINS, bool, finite, finiteArray, int, isingModelArg, obj, show } from "../args/check.js";

/** An Ising model on a finite graph, stored as an edge list on typed arrays. */
export interface IsingModel {
  /** Number of spins. */
  readonly n: number;
  /** Edge endpoints: edge k joins `edgeI[k]` and `edgeJ[k]` (a multigraph is allowed: 2×2 tori). */
  readonly edgeI: Int32Array;
  readonly edgeJ: Int32Array;
  /** Coupling J of each edge. */
  readonly coupling: Float64Array;
  /** Field h_i of each spin. */
  readonly field: Float64Array;
}

/** Build a model from an edge list; throws a RangeError on bad indices or non-finite numbers. */
export function isingModel(
  n: number,
  edges: ReadonlyArray<readonly [number, number, number]>,
  field: ArrayLike<number> | number = 0,
): IsingModel {
  int("isingModel", "n", n, 1, MAX_ISING_SPINS);
  if (!Array.isArray(edges)) throw new TypeError(`isingModel: edges must be an array of [i, j, J], got ${show(edges)}`);
  if (typeof field !== "number") finiteArray("isingModel", "field", field, { length: n, lengthOf: "n" });
  else finite("isingModel", "field", field);
  const edgeI = new Int32Array(edges.length);
  const edgeJ = new Int32Array(edges.length);
  const coupling = new Float64Array(edges.length);
  edges.forEach((edge, k) => {
    if (!Array.isArray(edge) || edge.length !== 3)
      throw new TypeError(`isingModel: edges[${k}] must be [i, j, J], got ${show(edge)}`);
    const [i, j, J] = edge;
    if (!(Number.isInteger(i) && Number.isInteger(j) && i >= 0 && i < n && j >= 0 && j < n && i !== j))
      throw new RangeError(`isingModel: edges[${k}] = (${i}, ${j}) must join two distinct spins in 0..${n - 1}`);
    if (!Number.isFinite(J)) throw new RangeError(`isingModel: coupling of edge (${i}, ${j}) is ${J}`);
    edgeI[k] = i;
    edgeJ[k] = j;
    coupling[k] = J;
  });
  // field was checked finite above (a number, or n finite numbers).
  const h = typeof field === "number" ? new Float64Array(n).fill(field) : Float64Array.from(field);
  return { n, edgeI, edgeJ, coupling, field: h };
}

/**
 * The L×M square lattice (L columns, M rows), site (x, y) ↦ y·L + x, nearest-neighbour coupling J.
 * `periodicX`/`periodicY` close the rows/columns into rings (both: the torus). A ring of length 2
 * gives a doubled bond, as in the row transfer matrix and Kaufman's formula.
 */
export function squareLattice(
  L: number,
  M: number,
  options: { J?: number; h?: number; periodicX?: boolean; periodicY?: boolean } = {},
): IsingModel {
  obj("squareLattice", "options", options);
  const { J = 1, h = 0, periodicX = true, periodicY = true } = options;
  int("squareLattice", "L", L, 1, MAX_ISING_SPINS);
  int("squareLattice", "M", M, 1, MAX_ISING_SPINS);
  if (L * M > MAX_ISING_SPINS) throw new RangeError(`squareLattice: L·M must be at most 2^24, got ${L}×${M}`);
  finite("squareLattice", "J", J);
  finite("squareLattice", "h", h);
  bool("squareLattice", "periodicX", periodicX);
  bool("squareLattice", "periodicY", periodicY);
  const edges: Array<[number, number, number]> = [];
  for (let y = 0; y < M; y++) {
    for (let x = 0; x < L; x++) {
      const s = y * L + x;
      if (x + 1 < L) edges.push([s, s + 1, J]);
      else if (periodicX && L > 1) edges.push([s, y * L, J]);
      if (y + 1 < M) edges.push([s, s + L, J]);
      else if (periodicY && M > 1) edges.push([s, x, J]);
    }
  }
  return isingModel(L * M, edges, h);
}

/** A chain of N spins with uniform J and h, periodic (a ring) or open. */
export function isingChain(N: number, options: { J?: number; h?: number; periodic?: boolean } = {}): IsingModel {
  obj("isingChain", "options", options);
  const { J = 1, h = 0, periodic = true } = options;
  int("isingChain", "N", N, 1, MAX_ISING_SPINS);
  finite("isingChain", "J", J);
  finite("isingChain", "h", h);
  bool("isingChain", "periodic", periodic);
  const edges: Array<[number, number, number]> = [];
  for (let i = 0; i + 1 < N; i++) edges.push([i, i + 1, J]);
  if (periodic && N > 2) edges.push([N - 1, 0, J]);
  else if (periodic && N === 2) edges.push([1, 0, J]);
  return isingModel(N, edges, h);
}

/** The energy H(s) of a configuration given as ±1 values. */
export function isingEnergy(model: IsingModel, s: ArrayLike<number>): number {
  const n = isingModelArg("isingEnergy", "model", model);
  finiteArray("isingEnergy", "s", s, { length: n, lengthOf: "model.n" });
  let e = 0;
  for (let k = 0; k < model.edgeI.length; k++) e -= model.coupling[k] * s[model.edgeI[k]] * s[model.edgeJ[k]];
  for (let i = 0; i < model.n; i++) e -= model.field[i] * s[i];
  return e;
}

/** Neighbour lists (CSR) with couplings, for local-field computations. */
export interface Neighbours {
  readonly start: Int32Array;
  readonly index: Int32Array;
  readonly coupling: Float64Array;
}

/** CSR neighbour lists of a model (each edge appears in both endpoints' lists). */
export function neighbours(model: IsingModel): Neighbours {
  isingModelArg("neighbours", "model", model);
  const deg = new Int32Array(model.n + 1);
  for (let k = 0; k < model.edgeI.length; k++) {
    deg[model.edgeI[k] + 1]++;
    deg[model.edgeJ[k] + 1]++;
  }
  for (let i = 0; i < model.n; i++) deg[i + 1] += deg[i];
  const fill = deg.slice(0, model.n);
  const index = new Int32Array(2 * model.edgeI.length);
  const coupling = new Float64Array(2 * model.edgeI.length);
  for (let k = 0; k < model.edgeI.length; k++) {
    const i = model.edgeI[k];
    const j = model.edgeJ[k];
    index[fill[i]] = j;
    coupling[fill[i]++] = model.coupling[k];
    index[fill[j]] = i;
    coupling[fill[j]++] = model.coupling[k];
  }
  return { start: deg, index, coupling };
}
