/**
 * The Lean listing of paper 002 §9 (restored in lean-sketches/Paper.lean): what its theorems prove
 * and what its definitions compute, checked by the syntactic checker of src/lean/ and by
 * transcriptions of the definitions and statements (src/lean/listing.ts,
 * src/lean/transformer-as-ising.ts). Each property is built by a part factory taking its reference
 * or input class, so its control is the same check under the change.
 */
import fc from "fast-check";
import { control, holds, part, vacuous } from "../src/claims/property.js";
import { mapResult } from "../src/claims/mutate.js";
import { expectClose, expectLe, expectThat } from "../src/claims/violation.js";
import { checkLeanFile } from "../src/lean/checker.js";
import { leanSketch } from "../src/lean/sketches.js";
import { eq6Energy, leanEffectiveModel, leanHamiltonian, type LeanIsingModel } from "../src/lean/listing.js";
import { layerProductDefect, transformerAsIsingModel } from "../src/lean/transformer-as-ising.js";

const paper = checkLeanFile(leanSketch("Paper.lean"));
const theorems = paper.declarations.filter((d) => d.kind === "theorem" || d.kind === "lemma").map((d) => d.name);

const dyadic = fc.integer({ min: -8, max: 8 }).map((k) => k / 4);
const spinsArb = (N: number) => fc.array(fc.constantFrom(-1, 1), { minLength: N, maxLength: N });
const modelArb = (N: number) =>
  fc.record({
    J: fc.array(fc.array(dyadic, { minLength: N, maxLength: N }), { minLength: N, maxLength: N }),
    h: fc.array(dyadic, { minLength: N, maxLength: N }),
  });
/** A Lean IsingModel of N spins with a uniform field (the reading of eq 6). */
const uniformFieldModel = (N: number) =>
  fc.tuple(modelArb(N), dyadic).map(([m, h]): LeanIsingModel => ({ J: m.J, h: m.h.map(() => h) }));

const provesClaims = (names: string[]) =>
  part({
    description:
      "every theorem of Paper.lean is proved without sorry, and its conclusion is neither True nor one of its own hypotheses",
    arbitraries: () => [fc.constantFrom(...names)],
    predicate: (_ctx, name) => {
      const d = paper.declarations.find((x) => x.name === name);
      if (d === undefined) throw new RangeError(`no declaration ${name} in Paper.lean`);
      expectThat(!d.usesSorry, `${name} is proved with sorry`, { name });
      expectThat(!d.conclusionTrue, `${name} concludes True`, { name, conclusion: d.conclusion });
      expectThat(!d.conclusionFromHypothesis, `${name} concludes one of its own hypotheses`, {
        name,
        conclusion: d.conclusion,
      });
    },
    numRuns: 20,
    budgetMs: 20_000, // generous: the shared CI machine can be heavily loaded
  });

/**
 * Layer stacks of N = 2 spins whose non-commuting reading is far (> 10⁻³) from e^{−βH_eff}: the
 * meaningful reading fails there. `meaningful` checks that reading instead of the Lean statement.
 */
const transformerAsIsing = (meaningful: boolean) =>
  part({
    description: meaningful
      ? "the meaningful reading on the same stacks: ∏_l e^{−βH_l} is within 10⁻³ of e^{−βH_eff} (layers' spins along alternating axes)"
      : "TransformerAsIsingModel's statement, evaluated as written (let Heff := …; True), holds for layer stacks whose product is far (> 10⁻³) from e^{−βH_eff}",
    arbitraries: () => [
      fc.array(uniformFieldModel(2), { minLength: 2, maxLength: 4 }),
      fc.integer({ min: 16, max: 32 }).map((k) => k / 16),
    ],
    predicate: (ctx, H, beta) => {
      const defect = layerProductDefect(H, beta);
      if (meaningful) {
        expectLe("‖∏_l e^{−βH_l} − e^{−βH_eff}‖₂", defect, 0, { abs: 1e-3 }, { beta });
        return;
      }
      fc.pre(defect > 1e-3);
      ctx.record("the meaningful reading's defect on the last stack", defect);
      expectThat(transformerAsIsingModel(H, beta), "TransformerAsIsingModel's statement is false here", { beta });
    },
    numRuns: 20,
    budgetMs: 20_000, // generous: the shared CI machine can be heavily loaded
  });

type Effective = typeof leanEffectiveModel;

const effectiveAdditive = (effective: Effective = leanEffectiveModel) =>
  part({
    description:
      "Hamiltonian (EffectiveIsingHamiltonian H) s = Σ_l Hamiltonian (H l) s exactly, for L ≤ 5 layers of N ≤ 5 spins, s ∈ {±1}^N and real s",
    arbitraries: () => [
      fc
        .integer({ min: 1, max: 5 })
        .chain((N) =>
          fc.tuple(
            fc.array(modelArb(N), { minLength: 1, maxLength: 5 }),
            fc.oneof(spinsArb(N), fc.array(dyadic, { minLength: N, maxLength: N })),
          ),
        ),
    ],
    predicate: (_ctx, [layers, s]) => {
      const lhs = leanHamiltonian(effective(layers as LeanIsingModel[]), s);
      const rhs = (layers as LeanIsingModel[]).reduce((acc, m) => acc + leanHamiltonian(m, s), 0);
      // Dyadic inputs: both sides are exact in float64, so the comparison is exact.
      expectClose("effective model's energy vs Σ of the layers' energies", lhs, rhs, { abs: 0 });
    },
    numRuns: 100,
    budgetMs: 20_000, // generous: the shared CI machine can be heavily loaded
  });

const matchesEq6 = (fieldArb: fc.Arbitrary<number>) =>
  part({
    description:
      "the listing's Hamiltonian (−Σ J s s − Σ h s) equals paper eq 6 (−Σ J S S + h Σ S) for a uniform field h, all ±1 spins",
    arbitraries: () => [fc.integer({ min: 1, max: 5 }).chain((N) => fc.tuple(modelArb(N), spinsArb(N))), fieldArb],
    predicate: (_ctx, [model, s], h) => {
      const lean = leanHamiltonian({ J: model.J, h: s.map(() => h) }, s);
      expectClose(
        "Lean Hamiltonian vs eq 6 energy",
        lean,
        eq6Energy(model.J, h, s),
        { abs: 1e-12 },
        { J: model.J, h, s },
      );
    },
    numRuns: 100,
    budgetMs: 20_000, // generous: the shared CI machine can be heavily loaded
  });

export const properties = [
  holds(
    "lean.listing-proves-claims",
    provesClaims(theorems),
    control(
      "restricted to the one theorem the checker finds proved (FiniteSizeScaling)",
      holds("lean.listing-proves-claims", provesClaims(["FiniteSizeScaling"])),
    ),
  ),
  vacuous(
    "lean.transformer-as-ising-vacuous",
    transformerAsIsing(false),
    control(
      "the meaningful reading on the same stacks",
      holds("lean.transformer-as-ising-vacuous", transformerAsIsing(true)),
    ),
  ),
  holds(
    "lean.effective-hamiltonian-additive",
    effectiveAdditive(),
    control(
      "the effective couplings doubled",
      holds(
        "lean.effective-hamiltonian-additive",
        effectiveAdditive(mapResult(leanEffectiveModel, (m) => ({ J: m.J.map((r) => r.map((x) => 2 * x)), h: m.h }))),
      ),
    ),
  ),
  holds(
    "lean.hamiltonian-matches-eq6",
    matchesEq6(dyadic),
    control(
      "zero field (h = 0), where the two signs agree",
      holds("lean.hamiltonian-matches-eq6", matchesEq6(fc.constant(0))),
    ),
  ),
];
