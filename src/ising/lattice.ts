/**
 * Ising models on finite graphs: H(s) = −Σ_{(i,j)∈E} J_ij s_i s_j − Σ_i h_i s_i, s_i ∈ {−1, +1}.
 *
 * The sign convention is that of paper 000 eq 1 and thesis eq 2.1/2.6 (a positive field favours
 * s_i = +1). Paper 000 eq 6 writes `+h Σ S_i`; that is the same model with h → −h.
 *
 * @module
 */

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
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`isingModel: n must be a positive integer, got ${n}`);
  const edgeI = new Int32Array(edges.length);
  const edgeJ = new Int32Array(edges.length);
  const coupling = new Float64Array(edges.length);
  edges.forEach(([i, j, J], k) => {
    if (!(i >= 0 && i < n && j >= 0 && j < n && i !== j))
      throw new RangeError(`isingModel: bad edge (${i}, ${j}) for n = ${n}`);
    if (!Number.isFinite(J)) throw new RangeError(`isingModel: coupling of edge (${i}, ${j}) is ${J}`);
    edgeI[k] = i;
    edgeJ[k] = j;
    coupling[k] = J;
  });
  const h = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const v = typeof field === "number" ? field : field[i];
    if (!Number.isFinite(v)) throw new RangeError(`isingModel: field h_${i} is ${v}`);
    h[i] = v;
  }
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
  const { J = 1, h = 0, periodicX = true, periodicY = true } = options;
  if (!Number.isInteger(L) || !Number.isInteger(M) || L < 1 || M < 1) {
    throw new RangeError(`squareLattice: sizes must be positive integers, got ${L}×${M}`);
  }
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
  const { J = 1, h = 0, periodic = true } = options;
  const edges: Array<[number, number, number]> = [];
  for (let i = 0; i + 1 < N; i++) edges.push([i, i + 1, J]);
  if (periodic && N > 2) edges.push([N - 1, 0, J]);
  else if (periodic && N === 2) edges.push([1, 0, J]);
  return isingModel(N, edges, h);
}

/** The energy H(s) of a configuration given as ±1 values. */
export function isingEnergy(model: IsingModel, s: ArrayLike<number>): number {
  if (s.length !== model.n) throw new RangeError(`isingEnergy: ${s.length} spins for a model of ${model.n}`);
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
