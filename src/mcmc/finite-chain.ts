/**
 * Markov chains on finite state spaces, exactly (thesis 003 §3.1 eq 3.1-3.2; §2.4 kinetic Ising).
 *
 * A kernel is a row-stochastic matrix P (P[x][y] = P(y | x)) stored row-major in a Float64Array.
 * Metropolis–Hastings with proposal Q and target π: P(y|x) = Q(y|x) A(y|x) for y ≠ x with
 *   A(y|x) = min(1, π(y) Q(x|y) / (π(x) Q(y|x)))          (with the Hastings factor), or
 *   A(y|x) = min(1, π(y) / π(x))                          (plain Metropolis, no Hastings factor),
 * and the rejected mass stays at x. With the Hastings factor π(x)P(y|x) = min(π(x)Q(y|x), π(y)Q(x|y))
 * is symmetric in (x, y): detailed balance holds for every proposal. Without it, it holds only
 * when Q is symmetric.
 *
 * @module
 */
import { solveLinear } from "../linalg/solve.js";
import { finite, finiteArray, float64Array, int, obj } from "../args/check.js";

/** The largest number of states (an n×n kernel and an (n+1)×n linear solve). */
const MAX_STATES = 2 ** 12;

/** `k` must be a {@link Kernel}: n an integer in [1, 2^12], p n² finite entries. */
function checkKernel(fn: string, name: string, k: unknown): number {
  obj(fn, name, k);
  const { n, p } = k as Kernel;
  int(fn, `${name}.n`, n, 1, MAX_STATES);
  finiteArray(fn, `${name}.p`, p, { length: n * n });
  return n;
}

/** `v` must be a distribution-like vector of n finite entries. */
function checkVector(fn: string, name: string, v: unknown, n: number): void {
  finiteArray(fn, name, v, { length: n, lengthOf: "the kernel k" });
}

/** A row-stochastic matrix on n states. */
export interface Kernel {
  readonly n: number;
  /** P(y | x) at index x·n + y. */
  readonly p: Float64Array;
}

/** Check that `p` is an n×n row-stochastic matrix (rows sum to 1 within 1e-12, entries ≥ 0). */
export function kernel(n: number, p: Float64Array): Kernel {
  int("kernel", "n", n, 1, MAX_STATES);
  float64Array("kernel", "p", p);
  if (p.length !== n * n) throw new RangeError(`kernel: p must have n² = ${n * n} entries, got ${p.length}`);
  for (let x = 0; x < n; x++) {
    let s = 0;
    for (let y = 0; y < n; y++) {
      const v = p[x * n + y];
      if (!(v >= 0) || !Number.isFinite(v))
        throw new RangeError(`kernel: p[${x * n + y}] = P(${y}|${x}) must be finite and ≥ 0, got ${v}`);
      s += v;
    }
    if (Math.abs(s - 1) > 1e-12) throw new RangeError(`kernel: row ${x} of p sums to ${s}, not 1`);
  }
  return { n, p };
}

/** The Metropolis–Hastings kernel for target π (unnormalized, positive) and proposal Q (row-stochastic). */
export function metropolisHastingsKernel(
  pi: ArrayLike<number>,
  q: Kernel,
  options: { hastings?: boolean } = {},
): Kernel {
  const nq = checkKernel("metropolisHastingsKernel", "q", q);
  // checkVector has fixed π's length to Q's and its entries to finite numbers.
  checkVector("metropolisHastingsKernel", "π", pi, nq);
  obj("metropolisHastingsKernel", "options", options);
  const hastings = options.hastings ?? true;
  const n = q.n;
  for (let x = 0; x < n; x++)
    if (!(pi[x] > 0)) throw new RangeError(`metropolisHastingsKernel: π(${x}) = ${pi[x]} must be positive`);
  const p = new Float64Array(n * n);
  for (let x = 0; x < n; x++) {
    let stay = 1;
    for (let y = 0; y < n; y++) {
      if (y === x) continue;
      const qxy = q.p[x * n + y];
      if (qxy === 0) continue;
      const ratio = hastings ? (pi[y] * q.p[y * n + x]) / (pi[x] * qxy) : pi[y] / pi[x];
      const a = Math.min(1, ratio);
      p[x * n + y] = qxy * a;
      stay -= qxy * a;
    }
    p[x * n + x] = Math.max(0, stay);
  }
  return { n, p };
}

/** π P (one step of the distribution). */
export function stepDistribution(k: Kernel, mu: ArrayLike<number>): Float64Array {
  checkVector("stepDistribution", "μ", mu, checkKernel("stepDistribution", "k", k));
  const out = new Float64Array(k.n);
  for (let x = 0; x < k.n; x++) {
    const m = mu[x];
    if (m === 0) continue;
    for (let y = 0; y < k.n; y++) out[y] += m * k.p[x * k.n + y];
  }
  return out;
}

/** Normalize a positive vector to sum 1. */
export function normalize(v: ArrayLike<number>): Float64Array {
  finiteArray("normalize", "v", v, { minLength: 1 });
  let s = 0;
  for (let i = 0; i < v.length; i++) s += v[i];
  const out = new Float64Array(v.length);
  for (let i = 0; i < v.length; i++) out[i] = v[i] / s;
  return out;
}

/**
 * The stationary distribution of an irreducible kernel, solving π(P − I) = 0, Σπ = 1 by Gaussian
 * elimination with partial pivoting (an exact linear solve, independent of power iteration).
 */
export function stationaryDistribution(k: Kernel): Float64Array {
  checkKernel("stationaryDistribution", "k", k);
  const n = k.n;
  // Unknowns π_0..π_{n−1}; equations: Σ_x π_x (P_xy − δ_xy) = 0 for y = 0..n−2, and Σ π = 1.
  const a = new Float64Array(n * (n + 1));
  for (let y = 0; y < n - 1; y++) {
    for (let x = 0; x < n; x++) a[y * (n + 1) + x] = k.p[x * n + y] - (x === y ? 1 : 0);
  }
  for (let x = 0; x < n; x++) a[(n - 1) * (n + 1) + x] = 1;
  a[(n - 1) * (n + 1) + n] = 1;
  return solveAugmented(a, n);
}

/**
 * Solve an n×(n+1) augmented system [A | b] (row-major) by {@link solveLinear}.
 *
 * @throws RangeError when A is singular, which for the systems built here means the chain is
 * reducible (its stationary distribution is not unique).
 */
export function solveAugmented(a: Float64Array, n: number): Float64Array {
  int("solveAugmented", "n", n, 1, MAX_STATES);
  finiteArray("solveAugmented", "a", a, { length: (n + 1) * n });
  const w = n + 1;
  const A = new Float64Array(n * n);
  const b = new Float64Array(n);
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < n; c++) A[r * n + c] = a[r * w + c];
    b[r] = a[r * w + n];
  }
  try {
    return solveLinear(A, b, n);
  } catch (e) {
    if (e instanceof RangeError && /singular/.test(e.message))
      throw new RangeError("solveAugmented: singular system (is the chain reducible?)");
    throw e;
  }
}

/** max_{x,y} |π(x)P(y|x) − π(y)P(x|y)|: zero (to rounding) iff detailed balance holds. */
export function detailedBalanceDefect(k: Kernel, pi: ArrayLike<number>): number {
  checkVector("detailedBalanceDefect", "π", pi, checkKernel("detailedBalanceDefect", "k", k));
  let worst = 0;
  for (let x = 0; x < k.n; x++)
    for (let y = x + 1; y < k.n; y++)
      worst = Math.max(worst, Math.abs(pi[x] * k.p[x * k.n + y] - pi[y] * k.p[y * k.n + x]));
  return worst;
}

/** max_y |(πP)(y) − π(y)|: zero iff π is stationary. */
export function stationarityDefect(k: Kernel, pi: ArrayLike<number>): number {
  checkVector("stationarityDefect", "π", pi, checkKernel("stationarityDefect", "k", k));
  const next = stepDistribution(k, pi);
  let worst = 0;
  for (let y = 0; y < k.n; y++) worst = Math.max(worst, Math.abs(next[y] - pi[y]));
  return worst;
}

/** Total-variation distance ½ Σ |μ − ν|. */
export function totalVariation(mu: ArrayLike<number>, nu: ArrayLike<number>): number {
  finiteArray("totalVariation", "μ", mu, { minLength: 1 });
  finiteArray("totalVariation", "ν", nu, { length: mu.length, lengthOf: "μ" });
  let s = 0;
  for (let i = 0; i < mu.length; i++) s += Math.abs(mu[i] - nu[i]);
  return s / 2;
}

/**
 * The asymptotic variance σ²_f = lim n Var((1/n) Σ f(X_t)) of a time average under the stationary
 * chain: σ² = Var_π f + 2 Σ_{t≥1} Cov_π(f(X_0), f(X_t)) = 2⟨f̄, Ẑ f̄⟩_π − ⟨f̄, f̄⟩_π with f̄ = f − π(f)
 * and the fundamental matrix Ẑ = (I − P + 1πᵀ)^{−1}: we solve (I − P + 1πᵀ) g = f̄.
 */
export function asymptoticVariance(k: Kernel, f: ArrayLike<number>): number {
  checkVector("asymptoticVariance", "f", f, checkKernel("asymptoticVariance", "k", k));
  const n = k.n;
  const pi = stationaryDistribution(k);
  let mean = 0;
  for (let x = 0; x < n; x++) mean += pi[x] * f[x];
  const a = new Float64Array(n * (n + 1));
  for (let x = 0; x < n; x++) {
    for (let y = 0; y < n; y++) a[x * (n + 1) + y] = (x === y ? 1 : 0) - k.p[x * n + y] + pi[y];
    a[x * (n + 1) + n] = f[x] - mean;
  }
  const g = solveAugmented(a, n);
  let s = 0;
  for (let x = 0; x < n; x++) {
    const fb = f[x] - mean;
    s += pi[x] * fb * (2 * g[x] - fb);
  }
  return s;
}

/**
 * The parallel (synchronous) kinetic Ising chain of thesis 003 §2.4 with binary spins:
 * P(s′ | s) = Π_i exp(β s′_i h_i(s)) / (2 cosh β h_i(s)), h_i(s) = θ_i + Σ_j J_ij s_j, on all 2^N states
 * (bit i set ⇔ s_i = −1). Every entry is positive, so the chain is irreducible and aperiodic and
 * has a unique stationary distribution whatever J is; asymmetric J breaks detailed balance.
 */
export function kineticIsingKernel(J: ArrayLike<number>, theta: ArrayLike<number>, beta: number): Kernel {
  finiteArray("kineticIsingKernel", "θ", theta, { minLength: 1, maxLength: 10 });
  finiteArray("kineticIsingKernel", "J", J, { length: theta.length * theta.length });
  finite("kineticIsingKernel", "β", beta);
  // θ has at most 10 entries (the kernel has 4^N) and J exactly N², checked above.
  const N = theta.length;
  const n = 1 << N;
  const p = new Float64Array(n * n);
  const spin = (s: number, i: number) => ((s >>> i) & 1 ? -1 : 1);
  const hloc = new Float64Array(N);
  for (let s = 0; s < n; s++) {
    for (let i = 0; i < N; i++) {
      let h = theta[i];
      for (let j = 0; j < N; j++) h += J[i * N + j] * spin(s, j);
      hloc[i] = h;
    }
    for (let t = 0; t < n; t++) {
      let w = 1;
      for (let i = 0; i < N; i++) w *= 1 / (1 + Math.exp(-2 * beta * spin(t, i) * hloc[i]));
      p[s * n + t] = w;
    }
  }
  return { n, p };
}
