/**
 * The Lean listing of paper 002 §9 (restored in lean-sketches/Paper.lean): what its theorems prove
 * and what its definitions compute, checked by the syntactic checker of src/lean/ and by
 * transcriptions of the definitions (src/lean/listing.ts).
 */
import fc from "fast-check";
import { holds, part, vacuous } from "../src/claims/property.js";
import { expectThat } from "../src/claims/violation.js";
import { checkLeanFile } from "../src/lean/checker.js";
import { leanSketch } from "../src/lean/sketches.js";
import { eq6Energy, leanEffectiveModel, leanHamiltonian, type LeanIsingModel } from "../src/lean/listing.js";
import { trotterErrorFloat } from "../src/linalg/trotter-float.js";

const paper = checkLeanFile(leanSketch("Paper.lean"));
const theorems = paper.declarations.filter((d) => d.kind === "theorem" || d.kind === "lemma").map((d) => d.name);

const dyadic = fc.integer({ min: -8, max: 8 }).map((k) => k / 4);
const spinsArb = (N: number) => fc.array(fc.constantFrom(-1, 1), { minLength: N, maxLength: N });
const modelArb = (N: number) =>
  fc.record({
    J: fc.array(fc.array(dyadic, { minLength: N, maxLength: N }), { minLength: N, maxLength: N }),
    h: fc.array(dyadic, { minLength: N, maxLength: N }),
  });

export const properties = [
  holds(
    "lean.listing-proves-claims",
    part({
      description:
        "every theorem of Paper.lean is proved without sorry, and its conclusion is neither True nor one of its own hypotheses",
      arbitraries: () => [fc.constantFrom(...theorems)],
      predicate: (_ctx, name) => {
        const d = paper.declarations.find((x) => x.name === name);
        expectThat(d !== undefined, `no declaration ${name}`);
        expectThat(!d!.usesSorry, `${name} is proved with sorry`, { name });
        expectThat(!d!.conclusionTrue, `${name} concludes True`, { name, conclusion: d!.conclusion });
        expectThat(!d!.conclusionFromHypothesis, `${name} concludes one of its own hypotheses`, {
          name,
          conclusion: d!.conclusion,
        });
      },
      numRuns: 20,
      budgetMs: 20_000, // generous: the shared CI machine can be heavily loaded
    }),
  ),

  vacuous(
    "lean.transformer-as-ising-vacuous",
    part({
      description:
        "TransformerAsIsingModel's conclusion (as parsed from Paper.lean) holds for layer stacks whose product is far (> 10⁻³) from e^{−βH_eff}",
      arbitraries: () => [
        fc.array(fc.array(dyadic, { minLength: 3, maxLength: 3 }), { minLength: 2, maxLength: 4 }),
        fc.integer({ min: 16, max: 32 }).map((k) => k / 16),
      ],
      predicate: (_ctx, vecs, beta) => {
        // 2×2 symmetric layers [[a, b], [b, c]]: non-commuting unless proportional or diagonal.
        const Hs = vecs.map(([a, b, c]) => [
          [a, b],
          [b, c],
        ]);
        const far = trotterErrorFloat(Hs, beta, 1, 1) > 1e-3;
        fc.pre(far);
        const d = paper.declarations.find((x) => x.name === "TransformerAsIsingModel");
        expectThat(d?.conclusionTrue === true, "TransformerAsIsingModel does not conclude True", {
          conclusion: d?.conclusion,
        });
      },
      numRuns: 20,
      budgetMs: 20_000, // generous: the shared CI machine can be heavily loaded
    }),
  ),

  holds(
    "lean.effective-hamiltonian-additive",
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
        const lhs = leanHamiltonian(leanEffectiveModel(layers as LeanIsingModel[]), s);
        const rhs = (layers as LeanIsingModel[]).reduce((acc, m) => acc + leanHamiltonian(m, s), 0);
        expectThat(lhs === rhs, "the effective model's energy is not the sum of the layers' energies", { lhs, rhs });
      },
      numRuns: 100,
      budgetMs: 20_000, // generous: the shared CI machine can be heavily loaded
    }),
  ),

  holds(
    "lean.hamiltonian-matches-eq6",
    part({
      description:
        "the listing's Hamiltonian (−Σ J s s − Σ h s) equals paper eq 6 (−Σ J S S + h Σ S) for a uniform field h, all ±1 spins",
      arbitraries: () => [fc.integer({ min: 1, max: 5 }).chain((N) => fc.tuple(modelArb(N), spinsArb(N))), dyadic],
      predicate: (_ctx, [model, s], h) => {
        const lean = leanHamiltonian({ J: model.J, h: s.map(() => h) }, s);
        const paper6 = eq6Energy(model.J, h, s);
        expectThat(lean === paper6, "Lean Hamiltonian ≠ eq 6 energy", { J: model.J, h, s, lean, paper6 });
      },
      numRuns: 100,
      budgetMs: 20_000, // generous: the shared CI machine can be heavily loaded
    }),
  ),
];
