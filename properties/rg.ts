/**
 * The renormalization-group claims: paper 000 §4.4 eq 14 and the Lean `RGFlow` / `RGFixedPoint`
 * of 002 §9, with R(J) = ½(J + J·J). The numbers come from src/linalg/rg.ts, rg-analysis.ts,
 * unimodular.ts and src/lean/rg-fixed-point.ts; each property is built by a part factory taking its
 * reference or input class, so its control is the same check under the change.
 */
import fc from "fast-check";
import { conditional, control, holds, illPosed, part, vacuous } from "../src/claims/property.js";
import { mapResult } from "../src/claims/mutate.js";
import {
  expectClose,
  expectEqualCounts,
  expectGe,
  expectLe,
  expectLt,
  expectThat,
  finite,
} from "../src/claims/violation.js";
import { rgFlow, rgFlowTwiceExact } from "../src/linalg/rg.js";
import { fromRows, spectralNorm, symmetricEigenvalues } from "../src/linalg/matrix.js";
import {
  projectorLinearizationSpectrum,
  rgFixedPointDefect,
  rgIterateNorms,
  rgJacobianSpectrum,
} from "../src/linalg/rg-analysis.js";
import { integerIdempotent, mulBig } from "../src/linalg/unimodular.js";
import { randomOrthogonal, withSpectrum } from "../src/linalg/random.js";
import { rgFixedPointStatement } from "../src/lean/rg-fixed-point.js";
import { Prng } from "../src/random/prng.js";

type Flow = typeof rgFlow;
type TwiceR = typeof rgFlowTwiceExact;

/**
 * L symmetric layers J^(l) of size n from `seed`: Gaussian spectra, or (projectorSum) the pieces
 * P/L of one random symmetric projector P, whose sum is idempotent.
 */
function layersFrom(seed: number, n: number, L: number, projectorSum: boolean): number[][][] {
  const prng = new Prng(seed);
  if (projectorSum) {
    const r = prng.int(n + 1);
    const P = withSpectrum(
      randomOrthogonal(prng, n),
      Array.from({ length: n }, (_, i) => (i < r ? 1 : 0)),
    );
    return Array.from({ length: L }, () => P.map((row) => row.map((x) => x / L)));
  }
  return Array.from({ length: L }, (_, l) =>
    withSpectrum(
      randomOrthogonal(prng.split(l), n),
      Array.from({ length: n }, () => prng.normal()),
    ),
  );
}

const eq14Readings = (projectorSum: boolean, description?: string) =>
  part({
    description:
      description ??
      (projectorSum
        ? "the two readings of J_eff on layers that split a projector (Σ_l J^(l) = P idempotent): Σ_l J^(l) is a fixed point of RGFlow"
        : "the two readings of J_eff agree: Σ_l J^(l) (from H_eff = Σ_l H^(l)) is a fixed point of the Lean RGFlow R(J) = ½(J + J²)"),
    arbitraries: () => [
      fc.integer({ min: 0, max: 2 ** 31 - 1 }),
      fc.integer({ min: 2, max: 4 }),
      fc.integer({ min: 2, max: 6 }),
    ],
    predicate: (_ctx, seed, n, L) => {
      const S = layersFrom(seed, n, L, projectorSum).reduce((A, B) => A.map((r, i) => r.map((x, j) => x + B[i][j])));
      expectLe(
        "‖R(Σ_l J^(l)) − Σ_l J^(l)‖₂",
        rgFixedPointDefect(S),
        0,
        { abs: 1e-9 * (1 + spectralNorm(fromRows(S))) },
        { L, n },
      );
    },
    numRuns: 20,
    budgetMs: 20_000, // generous: the shared CI machine can be heavily loaded
  });

const fixedPointsIdempotent = (twiceR: TwiceR = rgFlowTwiceExact) =>
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
      const P = integerIdempotent(n, Math.min(rRaw, n), ops);
      const mismatches = (M: bigint[][], target: (i: number, j: number) => bigint) =>
        M.reduce((c, row, i) => c + row.filter((x, j) => x !== target(i, j)).length, 0);
      expectEqualCounts(
        "entries with 2R(P) ≠ 2P for an idempotent P",
        mismatches(twiceR(P), (i, j) => 2n * P[i][j]),
        0,
        {
          P: P.map((row) => row.map(String)),
        },
      );
      const J = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => BigInt(entries[i * 5 + j])));
      const idempotent = mismatches(mulBig(J, J), (i, j) => J[i][j]) === 0;
      const fixed = mismatches(twiceR(J), (i, j) => 2n * J[i][j]) === 0;
      expectThat(fixed === idempotent, "R(J) = J disagrees with J² = J", {
        J: J.map((row) => row.map(String)),
        fixed,
        idempotent,
      });
    },
    numRuns: 100,
    budgetMs: 20_000, // generous: the shared CI machine can be heavily loaded
  });

const stability = (flow: Flow = rgFlow) =>
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
      const P = withSpectrum(
        randomOrthogonal(new Prng(seed), n),
        Array.from({ length: n }, (_, i) => (i < r ? 1 : 0)),
      );
      const ev = rgJacobianSpectrum(P, 1e-3, flow);
      const want = projectorLinearizationSpectrum(n, r);
      ctx.record("maxLinearizationEigenvalue", Math.max(...ev));
      ev.forEach((x, i) => expectClose(`linearization eigenvalue ${i}`, x, want[i], { abs: 1e-8 }, { n, r }));
      if (r === 0) expectLt("largest linearization eigenvalue at P = 0", Math.max(...ev), 1, 0, { n });
      else
        expectGe("largest linearization eigenvalue at P ≠ 0 (an unstable direction)", Math.max(...ev), 1, {}, { n, r });
    },
    numRuns: 40,
    budgetMs: 20_000, // generous: the shared CI machine can be heavily loaded
  });

/** The flow from J = Q diag(λ) Qᵀ goes to 0, and the matrix and eigenvalue iterations agree. */
function basinCheck(seed: number, lambdas: number[], flow: Flow): void {
  const { normX, normF } = rgIterateNorms(seed, lambdas, flow);
  // Two roads: the matrix iteration and the eigenvalue iteration give the same norm (while bounded).
  if (normF < 1e3) expectClose("‖R^k(J)‖₂ vs max|f^k(λ)|", normX, normF, { abs: 1e-9 * (1 + normF) }, { lambdas });
  expectLt("‖R^200(J)‖₂", normX, 1e-12, 0, { lambdas });
}

const basinInside = (flow: Flow = rgFlow) =>
  part({
    description:
      "symmetric J with spec(J) ⊂ [−2 + 10⁻³, 1 − 10⁻³]: R^k(J) → 0 (‖R^200(J)‖₂ < 10⁻¹²), matching the eigenvalue map f(λ) = λ(1+λ)/2 iterated on each eigenvalue",
    arbitraries: () => [
      fc.integer({ min: 0, max: 2 ** 31 - 1 }),
      fc.array(fc.double({ min: -2 + 1e-3, max: 1 - 1e-3, noNaN: true }), { minLength: 1, maxLength: 4 }),
    ],
    predicate: (_ctx, seed, lambdas) => basinCheck(seed, lambdas, flow),
    numRuns: 60,
    budgetMs: 20_000, // generous: the shared CI machine can be heavily loaded
  });

const basinBoundary = part({
  description: "one eigenvalue just outside [−2, 1] (by 10⁻³ … 10⁻¹): the same statement R^k(J) → 0 fails",
  arbitraries: () => [
    fc.integer({ min: 0, max: 2 ** 31 - 1 }),
    fc.array(fc.double({ min: -1.9, max: 0.9, noNaN: true }), { minLength: 0, maxLength: 3 }),
    fc.oneof(
      fc.double({ min: 1 + 1e-3, max: 1.1, noNaN: true }),
      fc.double({ min: -2.1, max: -2 - 1e-3, noNaN: true }),
    ),
  ],
  predicate: (_ctx, seed, lambdas, outside) => basinCheck(seed, [...lambdas, outside], rgFlow),
  numRuns: 30,
  budgetMs: 20_000, // generous: the shared CI machine can be heavily loaded
});

/**
 * Symmetric integer 2×2 couplings with an eigenvalue outside [−2, 1], so R^k(J) diverges: every
 * meaningful reading of "the RG flow has a fixed point here" (the flow from J reaches one) fails.
 * `meaningful` checks that reading (‖R^k(J)‖₂ stays ≤ 10⁶ for k ≤ 200) instead of the Lean statement.
 */
const leanFixedPoint = (meaningful: boolean) =>
  part({
    description: meaningful
      ? "the meaningful reading on the same couplings: the flow from J stays bounded (‖R^k(J)‖₂ ≤ 10⁶, k ≤ 200), i.e. heads to a fixed point"
      : "Paper.lean RGFixedPoint, evaluated as written at Jstar = J (R(J) = J → ∃ Jfix, R(Jfix) = Jfix, exact integer arithmetic), holds for couplings J whose flow diverges",
    arbitraries: () => [
      fc.tuple(fc.integer({ min: -3, max: 3 }), fc.integer({ min: -3, max: 3 }), fc.integer({ min: -3, max: 3 })),
    ],
    predicate: (ctx, [a, b, c]) => {
      const Jf = [
        [a, b],
        [b, c],
      ];
      const ev = Array.from(symmetricEigenvalues(fromRows(Jf)), (l) => finite(l, "an eigenvalue of J"));
      fc.pre(ev.some((l) => l < -2 || l > 1));
      if (meaningful) {
        let X = Jf;
        let norm = spectralNorm(fromRows(X));
        for (let k = 0; k < 200 && norm <= 1e6; k++) {
          X = rgFlow(X);
          norm = spectralNorm(fromRows(X));
        }
        expectLe("sup_k ‖R^k(J)‖₂", norm, 1e6, {}, { J: Jf });
        return;
      }
      ctx.record("eigenvalues of the last J", ev);
      const J = Jf.map((row) => row.map((x) => BigInt(x)));
      expectThat(rgFixedPointStatement(J), "RGFixedPoint's statement fails at Jstar = J", { J: Jf });
    },
    numRuns: 30,
    budgetMs: 20_000, // generous: the shared CI machine can be heavily loaded
  });

export const properties = [
  illPosed(
    "rg.eq14-ill-posed",
    eq14Readings(false),
    control(
      "layers that split a projector (their sum is idempotent)",
      illPosed("rg.eq14-ill-posed", eq14Readings(true)),
    ),
  ),
  holds(
    "rg.fixed-point-universal-heff",
    eq14Readings(
      false,
      "literal §4.4: at the fixed point of the RG flow (the documents' only R, the listing's RGFlow R(J) = ½(J + J²)) the system is captured by H_eff = Σ_l H^(l), i.e. J_eff = Σ_l J^(l) is that fixed point",
    ),
    control(
      "layers that split a projector (Σ_l J^(l) idempotent): the literal statement then holds",
      holds("rg.fixed-point-universal-heff", eq14Readings(true)),
    ),
  ),
  holds(
    "rg.fixed-points-idempotent",
    fixedPointsIdempotent(),
    control(
      "2R(J) off by one in every entry",
      holds(
        "rg.fixed-points-idempotent",
        fixedPointsIdempotent(mapResult(rgFlowTwiceExact, (M) => M.map((row) => row.map((x) => x + 1n)))),
      ),
    ),
  ),
  holds(
    "rg.fixed-point-stability",
    stability(),
    control(
      "R multiplied by 1.1",
      holds(
        "rg.fixed-point-stability",
        stability((J) => rgFlow(J).map((row) => row.map((x) => 1.1 * x))),
      ),
    ),
  ),
  conditional(
    "rg.basin-of-zero",
    { inside: basinInside(), boundary: basinBoundary },
    control(
      "R multiplied by 1.5",
      conditional("rg.basin-of-zero", {
        inside: basinInside((J) => rgFlow(J).map((row) => row.map((x) => 1.5 * x))),
        boundary: basinBoundary,
      }),
    ),
  ),
  vacuous(
    "rg.lean-fixed-point-vacuous",
    leanFixedPoint(false),
    control("the meaningful reading on the same couplings", holds("rg.lean-fixed-point-vacuous", leanFixedPoint(true))),
  ),
];
