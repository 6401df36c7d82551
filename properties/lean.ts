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
import { expectClose, expectLe, expectThat, finite } from "../src/claims/violation.js";
import { checkLeanFile } from "../src/lean/checker.js";
import { leanSketch } from "../src/lean/sketches.js";
import { eq6Energy, leanEffectiveModel, leanHamiltonian, type LeanIsingModel } from "../src/lean/listing.js";
import { layerProductDefect, transformerAsIsingModel } from "../src/lean/transformer-as-ising.js";
import { axiomsOf, dependentsOf, falseWithSorry, letBindings, SORRY_AXIOM, sorriedHaves } from "../src/lean/sorry.js";

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
      const defect = finite(layerProductDefect(H, beta), "the layer-product defect");
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

/**
 * 002 §9.1 "the keyword sorry appears in place of a full formal proof": the proof of each named
 * theorem uses sorry, and a sorried `have f-limit : Tendsto f atTop (𝓝 X)` carries the theorem's
 * whole content: f is the statement's P and the conclusion is that limit in ε–N form, ‖P n − X‖ < ε.
 */
const proofIsSorry = (names: string[]) =>
  part({
    description:
      "the proof of TrotterSuzuki (§9.1 listing) uses sorry, and the sorried step is the theorem itself: have lim_f : Tendsto f atTop (𝓝 X) := sorry with f = P and the conclusion ‖P n − X‖ < ε",
    arbitraries: () => [fc.constantFrom(...names)],
    predicate: (ctx, name) => {
      const d = paper.declarations.find((x) => x.name === name);
      if (d === undefined) throw new RangeError(`no declaration ${name} in Paper.lean`);
      expectThat(d.usesSorry, `${name}'s proof does not use sorry`, { name });
      const lets = letBindings(d);
      const whole = sorriedHaves(d).filter((h) => {
        const m = /^Tendsto ([\w']+) atTop \(𝓝 \((.*)\)\)$/.exec(h.statement);
        if (m === null) return false;
        const f = lets.get(m[1]);
        // The statement's own sequence: the `let` whose body the conclusion subtracts the limit from.
        const p = /‖([\w']+) n - (.*)‖ < ε$/.exec(d.conclusion);
        return p !== null && f !== undefined && f === lets.get(p[1]) && p[2] === m[2];
      });
      ctx.record(
        `${name}: sorried steps`,
        sorriedHaves(d).map((h) => `${h.name} : ${h.statement}`),
      );
      expectThat(whole.length > 0, `${name}: no sorried step is the theorem's own limit`, {
        name,
        conclusion: d.conclusion,
      });
    },
    numRuns: 5,
    budgetMs: 20_000, // generous: the shared CI machine can be heavily loaded
  });

/**
 * 002 §9.1 "sorry … allowing us to proceed with verification": under Lean 4's semantics a sorried
 * declaration depends on the axiom sorryAx (which inhabits every type); a declaration is verified
 * only when it does not. Searched over the theorems named; for each, the record shows that a
 * sorried proof of False gets the same status and which declarations of the listing use it.
 */
/** For each theorem T of the listing, the axioms of the sketch `theorem T_false : False := by sorry`. */
const FALSE_BY_SORRY = new Map(
  theorems.map((n) => [n, axiomsOf(checkLeanFile(falseWithSorry(n)), `${n}_false`)] as [string, string[]]),
);

const verifiedDespiteSorry = (names: string[]) =>
  part({
    description:
      "each listed theorem is verified by Lean's kernel without sorryAx (its proof, with sorry as written, depends only on the standard axioms)",
    arbitraries: () => [fc.constantFrom(...names)],
    predicate: (ctx, name) => {
      const axioms = axiomsOf(paper, name);
      ctx.record(`${name}: axioms tracked`, axioms);
      ctx.record(`${name}_false (False by sorry): axioms`, FALSE_BY_SORRY.get(name) ?? []);
      ctx.record(`${name}: declarations of the listing that use it`, dependentsOf(paper, name));
      expectThat(!axioms.includes(SORRY_AXIOM), `${name} depends on sorryAx (so does a sorried proof of False)`, {
        name,
        axioms,
      });
    },
    numRuns: 10,
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
  holds(
    "lean.trotter-proof-is-sorry",
    proofIsSorry(["TrotterSuzuki"]),
    control(
      "the same check on FiniteSizeScaling, whose proof has no sorry",
      holds("lean.trotter-proof-is-sorry", proofIsSorry(["FiniteSizeScaling"])),
    ),
  ),
  holds(
    "lean.sorry-placeholder-verifies",
    verifiedDespiteSorry(["TrotterSuzuki"]),
    control(
      "the same check on the listing's theorems proved without sorry (FiniteSizeScaling, RGFixedPoint, TransformerAsIsingModel)",
      holds(
        "lean.sorry-placeholder-verifies",
        verifiedDespiteSorry(["FiniteSizeScaling", "RGFixedPoint", "TransformerAsIsingModel"]),
      ),
    ),
  ),
  holds(
    "lean.compiles",
    verifiedDespiteSorry(["TrotterSuzuki"]),
    control(
      "the same check on the listing's theorems proved without sorry (FiniteSizeScaling, RGFixedPoint, TransformerAsIsingModel)",
      holds("lean.compiles", verifiedDespiteSorry(["FiniteSizeScaling", "RGFixedPoint", "TransformerAsIsingModel"])),
    ),
  ),
];
