/**
 * The renormalization-group claims: paper 000 §4.4 eq 14 and the Lean `RGFlow` / `RGFixedPoint`
 * of 002 §9, with R(J) = ½(J + J·J).
 */
import fc from "fast-check";
import { conditional, holds, illPosed, part, vacuous } from "../src/claims/property.js";
import { expectThat } from "../src/claims/violation.js";
import { rgEigenvalueMap, rgFlow, rgFlowTwiceExact } from "../src/linalg/rg.js";
import { fromRows, spectralNorm, symmetricEigenvalues } from "../src/linalg/matrix.js";
import { checkLeanFile } from "../src/lean/checker.js";
import { leanSketch } from "../src/lean/sketches.js";
import { Prng } from "../src/random/prng.js";
import { randomOrthogonal, withSpectrum } from "../src/linalg/random.js";

/** A unimodular integer matrix as a product of elementary row operations (so S⁻¹ is integer too). */
function unimodular(n: number, ops: ReadonlyArray<[number, number, number]>): { S: bigint[][]; Sinv: bigint[][] } {
  const I = () => Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1n : 0n)));
  const S = I();
  const Sinv = I();
  for (const [a, b, c] of ops) {
    const i = a % n;
    const j = b % n;
    if (i === j || c === 0) continue;
    const k = BigInt(c);
    // S ← (I + k e_i e_jᵀ) S ; S⁻¹ ← S⁻¹ (I − k e_i e_jᵀ).
    for (let col = 0; col < n; col++) S[i][col] += k * S[j][col];
    for (let row = 0; row < n; row++) Sinv[row][j] -= k * Sinv[row][i];
  }
  return { S, Sinv };
}

function mulBig(A: bigint[][], B: bigint[][]): bigint[][] {
  return A.map((r, _i) => B[0].map((_, j) => r.reduce((s, x, k) => s + x * B[k][j], 0n)));
}

export const properties = [
  illPosed(
    "rg.eq14-ill-posed",
    part({
      description:
        "the two readings of J_eff agree: Σ_l J^(l) (from H_eff = Σ_l H^(l)) is a fixed point of the Lean RGFlow R(J) = ½(J + J²)",
      arbitraries: () => [
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        fc.integer({ min: 2, max: 4 }),
        fc.integer({ min: 2, max: 6 }),
      ],
      predicate: (_ctx, seed, n, L) => {
        const prng = new Prng(seed);
        const Js = Array.from({ length: L }, (_, l) =>
          withSpectrum(
            randomOrthogonal(prng.split(l), n),
            Array.from({ length: n }, () => prng.normal()),
          ),
        );
        const S = Js.reduce((A, B) => A.map((r, i) => r.map((x, j) => x + B[i][j])));
        const RS = rgFlow(S);
        const diff = spectralNorm(fromRows(RS.map((r, i) => r.map((x, j) => x - S[i][j]))));
        expectThat(diff <= 1e-9 * (1 + spectralNorm(fromRows(S))), "Σ_l J^(l) is not a fixed point of RGFlow", {
          L,
          n,
          diff,
        });
      },
      numRuns: 20,
      budgetMs: 20_000, // generous: the shared CI machine can be heavily loaded
    }),
  ),

  holds(
    "rg.fixed-points-idempotent",
    part({
      description:
        "exactly (integer arithmetic): R(P) = P for every idempotent P = S·diag(1…1,0…0)·S⁻¹, and R(J) ≠ J for every integer J with J² ≠ J",
      arbitraries: () => [
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 0, max: 5 }),
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.integer({ min: -3, max: 3 })), { maxLength: 8 }),
        fc.array(fc.integer({ min: -3, max: 3 }), { minLength: 25, maxLength: 25 }),
      ],
      predicate: (_ctx, n, rRaw, ops, entries) => {
        const r = Math.min(rRaw, n);
        const { S, Sinv } = unimodular(n, ops);
        const E = Array.from({ length: n }, (_, i) =>
          Array.from({ length: n }, (_, j) => (i === j && i < r ? 1n : 0n)),
        );
        const P = mulBig(mulBig(S, E), Sinv);
        const twiceR = rgFlowTwiceExact(P);
        expectThat(
          twiceR.every((row, i) => row.every((x, j) => x === 2n * P[i][j])),
          "an idempotent is not a fixed point",
          {
            P: P.map((row) => row.map(String)),
          },
        );
        const J = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => BigInt(entries[i * 5 + j])));
        const J2 = mulBig(J, J);
        const idempotent = J2.every((row, i) => row.every((x, j) => x === J[i][j]));
        const fixed = rgFlowTwiceExact(J).every((row, i) => row.every((x, j) => x === 2n * J[i][j]));
        expectThat(fixed === idempotent, "R(J) = J disagrees with J² = J", {
          J: J.map((row) => row.map(String)),
          fixed,
          idempotent,
        });
      },
      numRuns: 100,
      budgetMs: 20_000, // generous: the shared CI machine can be heavily loaded
    }),
  ),

  holds(
    "rg.fixed-point-stability",
    part({
      description:
        "at a symmetric projector P of rank r the finite-difference Jacobian of R has eigenvalues ½ ((n−r)² times), 1 (2r(n−r)), 3/2 (r²): only P = 0 is attracting",
      arbitraries: () => [
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 0, max: 4 }),
      ],
      predicate: (ctx, seed, n, rRaw) => {
        const r = Math.min(rRaw, n);
        const Q = randomOrthogonal(new Prng(seed), n);
        const P = withSpectrum(
          Q,
          Array.from({ length: n }, (_, i) => (i < r ? 1 : 0)),
        );
        // Central differences are exact for the quadratic R up to rounding.
        const h = 1e-3;
        const N = n * n;
        const Jac = Array.from({ length: N }, () => new Array<number>(N).fill(0));
        for (let c = 0; c < N; c++) {
          const Pp = P.map((row) => [...row]);
          const Pm = P.map((row) => [...row]);
          Pp[Math.floor(c / n)][c % n] += h;
          Pm[Math.floor(c / n)][c % n] -= h;
          const Rp = rgFlow(Pp);
          const Rm = rgFlow(Pm);
          for (let k = 0; k < N; k++)
            Jac[k][c] = (Rp[Math.floor(k / n)][k % n] - Rm[Math.floor(k / n)][k % n]) / (2 * h);
        }
        const sym = Jac.map((row, i) => row.map((x, j) => 0.5 * (x + Jac[j][i])));
        const ev = Array.from(symmetricEigenvalues(fromRows(sym)));
        const want = [
          ...new Array((n - r) ** 2).fill(0.5),
          ...new Array(2 * r * (n - r)).fill(1),
          ...new Array(r * r).fill(1.5),
        ];
        const worst = Math.max(...ev.map((x, i) => Math.abs(x - want[i])));
        ctx.record("maxLinearizationEigenvalue", Math.max(...ev));
        expectThat(worst <= 1e-8, "linearization spectrum differs from ½(1 + p_i + p_j)", { n, r, ev, want });
        const attracting = Math.max(...ev) < 1;
        expectThat(attracting === (r === 0), "stability is not 'P = 0 only'", { n, r, attracting });
      },
      numRuns: 40,
      budgetMs: 20_000, // generous: the shared CI machine can be heavily loaded
    }),
  ),

  conditional("rg.basin-of-zero", {
    inside: part({
      description:
        "symmetric J with spec(J) ⊂ [−2 + 10⁻³, 1 − 10⁻³]: R^k(J) → 0 (‖R^200(J)‖₂ < 10⁻¹²), matching the eigenvalue map f(λ) = λ(1+λ)/2 iterated on each eigenvalue",
      arbitraries: () => [
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        fc.array(fc.double({ min: -2 + 1e-3, max: 1 - 1e-3, noNaN: true }), { minLength: 1, maxLength: 4 }),
      ],
      predicate: (_ctx, seed, lambdas) => basinCheck(seed, lambdas),
      numRuns: 60,
      budgetMs: 20_000, // generous: the shared CI machine can be heavily loaded
    }),
    boundary: part({
      description: "one eigenvalue just outside [−2, 1] (by 10⁻³ … 10⁻¹): the same statement R^k(J) → 0 fails",
      arbitraries: () => [
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        fc.array(fc.double({ min: -1.9, max: 0.9, noNaN: true }), { minLength: 0, maxLength: 3 }),
        fc.oneof(
          fc.double({ min: 1 + 1e-3, max: 1.1, noNaN: true }),
          fc.double({ min: -2.1, max: -2 - 1e-3, noNaN: true }),
        ),
      ],
      predicate: (_ctx, seed, lambdas, outside) => basinCheck(seed, [...lambdas, outside]),
      numRuns: 30,
      budgetMs: 20_000, // generous: the shared CI machine can be heavily loaded
    }),
  }),

  vacuous(
    "rg.lean-fixed-point-vacuous",
    part({
      description:
        "Paper.lean RGFixedPoint: for J that are not fixed points (the hypothesis false), the statement h → ∃ Jfix, R(Jfix) = Jfix still holds, and the checker finds its conclusion follows from its own hypothesis",
      arbitraries: () => [fc.array(fc.integer({ min: -3, max: 3 }), { minLength: 4, maxLength: 4 })],
      predicate: (_ctx, e) => {
        const J = [
          [e[0], e[1]],
          [e[2], e[3]],
        ];
        const isFixed = rgFlow(J).every((row, i) => row.every((x, j) => x === J[i][j]));
        fc.pre(!isFixed);
        const zero = [
          [0, 0],
          [0, 0],
        ];
        const witness = rgFlow(zero).every((row, i) => row.every((x, j) => x === zero[i][j]));
        const statement = !isFixed || witness; // hypothesis → conclusion
        const decl = checkLeanFile(leanSketch("Paper.lean")).declarations.find((d) => d.name === "RGFixedPoint");
        expectThat(
          decl?.conclusionFromHypothesis === true,
          "the checker does not see RGFixedPoint's conclusion in its hypothesis",
          {},
        );
        expectThat(statement, "RGFixedPoint's statement fails", { J });
      },
      numRuns: 30,
      budgetMs: 20_000, // generous: the shared CI machine can be heavily loaded
    }),
  ),
];

function basinCheck(seed: number, lambdas: number[]): void {
  const n = lambdas.length;
  const Q = randomOrthogonal(new Prng(seed), n);
  let X = withSpectrum(Q, lambdas);
  let f = [...lambdas];
  for (let k = 0; k < 200; k++) {
    X = rgFlow(X);
    f = f.map(rgEigenvalueMap);
    if (X.some((row) => row.some((x) => !(Math.abs(x) < 1e6)))) break;
  }
  const normX = spectralNorm(fromRows(X.map((row) => row.map((x) => (Number.isFinite(x) ? x : 1e300)))));
  const normF = Math.max(...f.map((x) => (Number.isFinite(x) ? Math.abs(x) : 1e300)));
  // Two roads: the matrix iteration and the eigenvalue iteration give the same norm (while bounded).
  if (normF < 1e3) {
    expectThat(Math.abs(normX - normF) <= 1e-9 * (1 + normF), "matrix and eigenvalue RG iterations disagree", {
      lambdas,
      normX,
      normF,
    });
  }
  expectThat(normX < 1e-12, "R^k(J) does not flow to 0", { lambdas, normX });
}
