/**
 * The float64 matrix exponential, from mathjs (Padé approximation with scaling and squaring,
 * Higham 2005) — the independent float road beside the arbitrary-precision `expm` of
 * `src/precision/expm.ts`.
 *
 * Import cost: `import … from "mathjs"` loads the whole library (≈ 2 s on the shared 2-core
 * machine under load), and `src/index.ts` re-exports this area, so an eager import would tax every
 * user. Instead mathjs's own factory entry points for `expm` are required synchronously on the first
 * call (≈ 0.5 s, once): `core/create.js` plus `dependenciesExpm`. They are reached by absolute path
 * because the package's `exports` map does not list them; mathjs is pinned (15.2.0) in the lock file.
 *
 * @module
 */
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fromRows, toRows, type Matrix } from "./matrix.js";
import { squareArg } from "./matrix-args.js";

/** The largest n of `expmFloat`: 128 (≈ 0.2 s in mathjs; 256 takes seconds). */
const EXPM_FLOAT_MAX_N = 128;

interface MathjsExpm {
  expm(m: unknown): { toArray(): number[][] };
  matrix(rows: number[][]): unknown;
}

let instance: MathjsExpm | null = null;

function mathjs(): MathjsExpm {
  if (instance) return instance;
  const require = createRequire(import.meta.url);
  const root = dirname(require.resolve("mathjs/package.json"));
  const { create } = require(join(root, "lib/cjs/core/create.js")) as { create(deps: object): MathjsExpm };
  const { expmDependencies } = require(join(root, "lib/cjs/entry/dependenciesAny/dependenciesExpm.generated.js"));
  const { matrixDependencies } = require(join(root, "lib/cjs/entry/dependenciesAny/dependenciesMatrix.generated.js"));
  instance = create({ expmDependencies, matrixDependencies });
  return instance;
}

/**
 * e^A in float64 by mathjs's `expm`. Accepts rows of numbers or a {@link Matrix}; returns rows.
 * Accuracy is that of mathjs's Padé approximant: about 1e-14 relative to ‖e^A‖ for moderate ‖A‖.
 * Domain: A square, finite, n ≤ 128 (`EXPM_FLOAT_MAX_N`, the cost); an e^A that overflows
 * float64 is refused (a RangeError naming A).
 */
export function expmFloat(A: ReadonlyArray<ReadonlyArray<number>> | Matrix): number[][] {
  squareArg("expmFloat", "A", A, EXPM_FLOAT_MAX_N);
  const rows = "data" in A ? toRows(A) : toRows(fromRows(A));
  const out = mathjs().expm(mathjs().matrix(rows)).toArray();
  for (const row of out)
    for (const x of row)
      if (!Number.isFinite(x))
        throw new RangeError(`expmFloat: e^A overflows float64 (an entry is ${x}): A is too large in norm`);
  return out;
}
