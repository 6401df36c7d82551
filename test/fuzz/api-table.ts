/**
 * The fuzz test's table: for every export of `src/index.ts`, how to call it with bad arguments
 * (test/fuzz/api.test.ts fails when an export has no row). A row lists the function's parameters,
 * each with a valid value and a pool of bad ones; a case keeps every parameter valid except one
 * (sometimes two), so whatever the call does is the bad parameter's doing, and its error must name
 * that parameter. A row may instead say why the export is not fuzzed here (`skip`).
 *
 * Built inside the fuzz worker (api-worker.ts): valid values are made fresh for every call because
 * several functions fill or mutate their arguments.
 */
import fc from "fast-check";
import * as api from "../../src/index.js";
import * as claims from "../../src/claims/index.js";
import * as documents from "../../src/documents/index.js";

/** One parameter: its name (what an error must mention), a fresh valid value, and bad values. */
export interface Param {
  name: string;
  /** Other spellings an error may use for it (Greek letters are added automatically). */
  aliases?: string[];
  valid: () => unknown;
  bad: fc.Arbitrary<unknown>;
  /** Number of distinct bad values in the pool (for the case count). */
  optional?: boolean;
}

/** A row of the table. */
export interface Row {
  params: Param[];
  /** Calls the export (default: `fn(...args)`). */
  call?: (...args: unknown[]) => unknown;
  /** Infinite results are correct answers here (e.g. a log of 0). */
  allowInfinite?: boolean;
  /** Cases to draw (default 24). */
  runs?: number;
}

/** A skipped export and the reason. */
export interface Skip {
  skip: string;
}

const GREEK: Record<string, string> = {
  beta: "β",
  nu: "ν",
  kappa: "κ",
  sigma: "σ",
  theta: "θ",
  mu: "μ",
  lambda: "λ",
  tau: "τ",
  eps: "ε",
  xi: "ξ",
  pi: "π",
  omega: "ω",
};

/** The names an error may use for a parameter. */
export function namesOf(p: Param): string[] {
  const out = [p.name, ...(p.aliases ?? [])];
  for (const n of [...out]) if (GREEK[n]) out.push(GREEK[n]);
  return out;
}

const wrongTypes: unknown[] = ["1", null, {}, [1], true];
const nonFinite: unknown[] = [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY];
const pool = (...vals: unknown[]) => fc.constantFrom(...vals);

/** Bad lists of chains for the chain diagnostics: not arrays, empty, too short, ragged, a NaN draw. */
const badChainLists = () => [
  null,
  5,
  [],
  [[1, 2, 3]],
  [
    [1, 2, 3, 4],
    [1, 2],
  ],
  [
    [Number.NaN, 1, 2, 3],
    [1, 2, 3, 4],
  ],
];

/** A real parameter: non-finite values and wrong types are bad; `extra` adds domain violations. */
export function real(name: string, valid: number, extra: unknown[] = [], aliases?: string[]): Param {
  return { name, aliases, valid: () => valid, bad: pool(...nonFinite, ...wrongTypes, ...extra) };
}
/** A real parameter that must be > 0 (or ≥ 0: then 0 is not in the pool). */
export function pos(name: string, valid: number, aliases?: string[]): Param {
  return real(name, valid, [0, -1, -1e-300, -1e308], aliases);
}
/** A real parameter that must be ≥ 0. */
export function nonneg(name: string, valid: number, aliases?: string[]): Param {
  return real(name, valid, [-1, -1e-300, -1e308], aliases);
}
/** An integer size or count with its largest sensible value `max` (larger values must be refused). */
export function size(name: string, valid: number, aliases?: string[]): Param {
  return {
    name,
    aliases,
    valid: () => valid,
    bad: pool(...nonFinite, ...wrongTypes, 0, -1, 2.5, 1e9, 2 ** 31, 2 ** 53 + 2, 1e300),
  };
}
/** An integer index or signed integer. */
export function integer(name: string, valid: number, aliases?: string[]): Param {
  return { name, aliases, valid: () => valid, bad: pool(...nonFinite, ...wrongTypes, 2.5, 1e300) };
}
/** An array of finite numbers. */
export function vec(name: string, valid: () => ArrayLike<number>, aliases?: string[]): Param {
  return {
    name,
    aliases,
    valid,
    bad: pool(
      [],
      new Float64Array(0),
      [Number.NaN],
      [1, Number.POSITIVE_INFINITY],
      Float64Array.of(0.5, Number.NEGATIVE_INFINITY),
      "abc",
      5,
      null,
      [1, "2"],
      [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7],
    ),
  };
}
/** A Float64Array of finite numbers. */
export function f64(name: string, valid: () => Float64Array, aliases?: string[]): Param {
  return {
    name,
    aliases,
    valid,
    bad: pool(
      new Float64Array(0),
      Float64Array.of(Number.NaN),
      Float64Array.of(1, Number.POSITIVE_INFINITY, 2),
      new Float64Array(7),
      new Float64Array(1000),
      [1, 2],
      "abc",
      null,
      5,
    ),
  };
}
/** A matrix given as rows. */
export function mat(name: string, valid: () => number[][], aliases?: string[]): Param {
  return {
    name,
    aliases,
    valid,
    bad: pool(
      [],
      [[]],
      [[1, 2], [3]],
      [[Number.NaN]],
      [[1], [Number.POSITIVE_INFINITY]],
      [[1, 2, 3]],
      [
        [1, 2],
        [3, 4],
        [5, 6],
      ],
      "x",
      [1, 2],
      null,
      [[1, "2"]],
    ),
  };
}
/** A function argument. */
export function func(name: string, valid: () => unknown): Param {
  return { name, valid, bad: pool(null, 5, "f") };
}
/** A string argument with a pool of bad strings. */
export function str(name: string, valid: string, bad: unknown[]): Param {
  return { name, valid: () => valid, bad: pool(...bad, 5, null, {}) };
}
/** An object argument whose bad values are given explicitly. */
export function object(name: string, valid: () => unknown, bad: () => unknown[], aliases?: string[]): Param {
  return { name, aliases, valid, bad: fc.constantFrom(0, 1, 2, 3, 4, 5, 6, 7, 8, 9).map((i) => pickBad(bad(), i)) };
}
function pickBad(list: unknown[], i: number): unknown {
  return list[i % list.length];
}
/**
 * An options bag: its bad values set one field to a bad value of that field's parameter; the error
 * must name the field. `valid` may be undefined (the options are optional).
 */
export function options(name: string, valid: Record<string, unknown> | undefined, fields: Param[]): Param {
  return {
    name,
    aliases: fields.map((f) => f.name),
    valid: () => (valid === undefined ? undefined : { ...valid }),
    bad: fc.oneof(
      ...fields.map((f) =>
        f.bad.map((b) => ({
          ...(valid ?? {}),
          ...Object.fromEntries(
            fields.filter((g) => g !== f && g.name in (valid ?? {})).map((g) => [g.name, g.valid()]),
          ),
          [f.name]: b,
        })),
      ),
    ),
  };
}

// Valid values of the structured arguments.
const prng = () => new api.Prng(7);
const ising4 = () => api.isingChain(4);
const spinSys = () => api.thesisSystem(new api.Prng(3), { N: 4, D: 4 });
const state44 = () => Float64Array.from({ length: 16 }, (_, k) => Math.sin(k + 1));
/** A state inside TAP's ball ‖m_i‖ < R = 1 (state44's rows have norms up to 1.5). */
const ball44 = () => state44().map((v) => 0.3 * v);
const m2 = () => [
  [1, 0.5],
  [0.25, -1],
];
const kern2 = () => api.kernel(2, Float64Array.of(0.5, 0.5, 0.25, 0.75));

/** Bad values of a PRNG argument. */
const badPrng = () => [null, 5, {}, "rng"];
/** Bad Ising models. */
const badIsing = () => [null, 5, {}, { ...api.isingChain(3), n: Number.NaN }, { ...api.isingChain(3), n: 1e9 }];
/** Bad spin systems: wrong sizes, non-finite couplings or fields. */
const badSys = () => {
  const s = spinSys();
  return [
    null,
    5,
    {},
    { ...s, N: Number.NaN },
    { ...s, D: -1 },
    { ...s, J: Float64Array.of(Number.NaN, ...s.J.slice(1)) },
    { ...s, x: Float64Array.from(s.x, (v, i) => (i === 3 ? Number.POSITIVE_INFINITY : v)) },
    { ...s, J: new Float64Array(3) },
  ];
};
const badKernel = () => [
  null,
  5,
  {},
  { n: 2, p: Float64Array.of(Number.NaN, 1, 0, 1) },
  { n: 3, p: new Float64Array(4) },
  { n: 2, p: Float64Array.of(2, -1, 0, 1) },
];

const sys = (name = "sys") => object(name, spinSys, badSys, ["N", "D", "J", "x", "system"]);
const rng = (name = "rng") => object(name, prng, badPrng, ["prng"]);
const model = (name = "model") => object(name, ising4, badIsing, ["n"]);
const kernelArg = (name = "k") => object(name, kern2, badKernel, ["kernel", "n", "p"]);
/** Bad torus states: wrong types and shapes, spins not ±1, neighbours off the lattice. */
const badTorus = () => {
  const t = api.torusState(4);
  return [
    null,
    5,
    {},
    { ...t, L: 5 },
    { ...t, L: Number.NaN },
    { ...t, spins: new Int8Array(16) },
    { ...t, nb: new Int32Array(64).fill(99) },
    { ...t, spins: Array.from(t.spins) },
  ];
};
/** A valid BigMatrix (the 2×2 m2 at 64 bits), bad ones, scalars and decimal constructors. */
const bigM = () => api.bigfloat.fromEntries(m2(), 64);
const badBig = () => [
  null,
  5,
  {},
  { n: 2, m: [1n, 2n, 3n], exp: 0 },
  { n: 2, m: [1, 2, 3, 4], exp: 0 },
  { n: 2, m: [1n, 2n, 3n, 4n], exp: 2 ** 60 },
  { n: 200, m: [], exp: 0 },
  { n: 2, m: [1n, 2n, 3n, 4n], exp: 0.5 },
];
const bigMat = (name: string) => object(name, bigM, badBig, ["n", "m", "exp"]);
const bigScalar = (name: string) =>
  object(
    name,
    () => ({ m: 3n, exp: -1 }),
    () => [null, 5, { m: 3, exp: 0 }, { m: 3n, exp: 0.5 }, { m: 3n, exp: 2 ** 60 }],
    ["m", "exp"],
  );
const decCtor = () =>
  object(
    "D",
    () => api.decimalMatrix.decimalContext(20),
    () => [null, 5, {}, "D"],
  );
/** DecimalMatrix arguments: m2 (or a symmetric one) at 20 digits, and bad ones. */
const toDec = (rows: number[][]) => api.decimalMatrix.toDecimalMatrix(rows, api.decimalMatrix.decimalContext(20));
const symDec = () =>
  toDec([
    [1, 0.5],
    [0.5, -1],
  ]);
const badDec = () => {
  const D = api.decimalMatrix.decimalContext(20);
  return [
    null,
    5,
    {},
    { n: 2, data: [new D(1), new D(2), new D(3)] },
    { n: 2, data: [1, 2, 3, 4] },
    { n: 2, data: [new D(1), new D(Number.NaN), new D(3), new D(4)] },
    { n: 1e9, data: [] },
    toDec([[1]]),
  ];
};
const decMat = (name: string, valid = () => toDec(m2())) => object(name, valid, badDec, ["n", "data"]);
const torus = (name = "st") => object(name, () => api.torusState(4), badTorus, ["L", "spins", "nb"]);

const decimalNum = (name: string, valid: number | string) => ({
  name,
  valid: () => valid,
  bad: pool(...nonFinite, "abc", "NaN", "Infinity", null, {}, true),
});

/** What is not numerical. */
const CLAIMS =
  "claims engine (src/claims), not a numerical reference; its inputs are specs, checked by the spec loader";

/**
 * Rows whose functions do not yet check their domain (issue 15 is being worked through area by
 * area): the suite runs every other row; `FUZZ_ALL=1` runs these too and prints what they do. A
 * row leaves this list when its functions are fixed, and the test fails if a listed row passes (so
 * the list only shrinks).
 */
export const PENDING = new Set<string>([]);

/** The table, built fresh (valid values are thunks). */
export function table(): Record<string, Row | Skip> {
  return {
    // claims engine: every export of src/claims, whatever it grows to
    ...Object.fromEntries(Object.keys(claims).map((k) => [k, { skip: CLAIMS }])),
    // the documents and their coverage maps (src/documents): loaders of the repository's files
    ...Object.fromEntries(
      Object.keys(documents).map((k) => [
        k,
        { skip: "loads the repository's documents and coverage maps (checked by their own tests)" },
      ]),
    ),
    // the finished expm / Kaufman / Metropolis rewrite (issue 15)
    KAUFMAN_BETA_RANGE: { skip: "a constant" },
    KAUFMAN_MAX_SIDE: { skip: "a constant" },
    expm: {
      params: [mat("A", m2), options("options", {}, [size("digits", 20)])],
    },
    isingTorusLogZ: { params: [size("L", 4), decimalNum("beta", 0.4), options("options", {}, [size("digits", 20)])] },
    kaufmanLogZ: {
      params: [size("m", 4), size("n", 4), decimalNum("beta", 0.4), { ...size("digits", 20), optional: true }],
    },
    kaufmanThermo: { params: [size("m", 4), size("n", 4), real("beta", 0.4)] },
    decimalContext: { params: [size("digits", 20)] },
    metropolisAcceptance: { params: [real("beta", 0.4), real("h", 0)] },
    torusState: { params: [size("L", 4), { ...rng(), optional: true }] },
    metropolisSweep: { params: [torus(), real("beta", 0.4), rng(), real("h", 0)] },
    checkerboardSweep: {
      params: [torus(), real("beta", 0.4), rng(), real("h", 0), pool1("acceptance", "heat-bath", ["x", 1])],
    },
    checkerboardDeterministicImage: {
      params: [
        integer("config", 5, ["L"]),
        size("L", 4),
        real("beta", 0.4),
        pool1("acceptance", "metropolis", ["x", 1]),
        real("h", 0),
      ],
    },
    wolffStep: {
      params: [
        torus(),
        real("beta", 0.4),
        rng(),
        {
          name: "stack",
          optional: true,
          valid: () => new Int32Array(16),
          bad: pool(new Int32Array(3), [1, 2], "x", null),
        },
      ],
    },
    torusEnergy: { params: [torus(), real("h", 0)] },
    metropolisRun: {
      params: [
        torus(),
        real("beta", 0.4),
        rng(),
        // 2^40 attempts are refused; smaller huge counts are valid and would run for hours
        { name: "sweeps", valid: () => 3, bad: pool(...nonFinite, ...wrongTypes, -1, 2.5, 2 ** 53, 1e300) },
        options("options", {}, [real("h", 0), { name: "kernel", valid: () => "js", bad: pool("gpu", 1, null) }]),
      ],
    },
    isingKernelStatus: { params: [] },
    kernelEvidence: {
      params: [
        object(
          "used",
          () => ["js", "wasm"],
          () => [null, 5, [], ["gpu"], "js", [null]],
        ),
      ],
    },
    // fast-check arbitraries for properties: their arguments are compile-time constants of the property files
    grid: { params: [real("lo", 0), real("hi", 1)] },
    matrix: { params: [size("n", 2), size("m", 2)] },
    qkv: { params: [size("maxN", 2), size("maxD", 2)] },
    squareMatrix: { params: [size("maxN", 2)] },
    // constants and status
    D50: { skip: "a decimal.js constructor (Decimal.clone), not a function of spinspec" },
    LEAN_SKETCHES: { skip: "a constant" },
    MAX_ENUMERATION_SPINS: { skip: "a constant" },
    ONSAGER_KC: { skip: "a constant" },
    ONSAGER_TC: { skip: "a constant" },
    BESSEL_F64_MAX_X: { skip: "a constant" },
    BESSEL_DECIMAL_MAX_TERMS: { skip: "a constant" },
    CURIE_WEISS_MAX_N: { skip: "a constant" },
    CURIE_WEISS_DECIMAL_MAX_N: { skip: "a constant" },
    TapUndefined: { skip: "an error class" },
    nativeKernelStatus: { params: [] },
    wasmKernelAvailable: { params: [] },

    // attention
    softmax: { params: [vec("a", () => [1, 2, 3], ["logit", "logits"]), { ...real("beta", 1), optional: true }] },
    softmaxWithLogZ: { params: [vec("a", () => [1, 2, 3], ["logit", "logits"]), real("beta", 1)] },
    logSumExp: { params: [vec("a", () => [1, 2, 3], ["logit", "logits"]), real("beta", 1)] },
    energies: { params: [vec("a", () => [1, 2])] },
    rowThermo: { params: [vec("a", () => [1, 2]), real("beta", 1)] },
    freeEnergyFunctional: { params: [vec("q", () => [0.5, 0.5]), vec("a", () => [1, 2]), real("beta", 1)] },
    klDivergence: { params: [vec("q", () => [0.5, 0.5]), vec("p", () => [0.25, 0.75])], allowInfinite: true },
    klToSoftmax: { params: [vec("q", () => [0.5, 0.5]), vec("a", () => [1, 2]), real("beta", 1)], allowInfinite: true },
    participationRatio: { params: [vec("p", () => [0.25, 0.75])] },
    logSumExpDecimal: { params: [vec("a", () => [1, 2]), decimalNum("beta", 1)] },
    softmaxDecimal: { params: [vec("a", () => [1, 2]), decimalNum("beta", 1)] },
    entropyDecimal: { params: [vec("a", () => [1, 2]), decimalNum("beta", 1)] },
    centralDifference: { params: [func("f", () => (x: unknown) => x), real("x", 1), pos("h", 1e-10)] },
    attentionScores: { params: [mat("q", m2), mat("k", m2), real("c", 1)] },
    rowSoftmax: { params: [mat("s", m2), real("beta", 1)] },
    columnSoftmax: { params: [mat("s", m2), real("beta", 1)] },
    attention: {
      params: [
        mat("q", m2),
        mat("k", m2),
        mat("v", m2),
        options("options", {}, [
          real("scale", 1),
          mat("bias", m2),
          { name: "causal", valid: () => false, bad: pool("yes", 1, null) },
        ]),
      ],
    },
    selfAttention: {
      params: [
        mat("x", m2),
        object(
          "head",
          () => ({ wq: m2(), wk: m2(), wv: m2() }),
          () => [null, 5, {}, { wq: m2(), wk: [[Number.NaN]], wv: m2() }, { wq: m2(), wk: m2(), wv: [[1, 2, 3]] }],
          ["wq", "wk", "wv"],
        ),
      ],
    },
    multiHeadConcat: {
      params: [
        mat("x", m2),
        object(
          "heads",
          () => [{ wq: m2(), wk: m2(), wv: m2() }],
          () => [
            null,
            5,
            [],
            [
              {
                wq: m2(),
                wk: [
                  [Number.NaN, 1],
                  [1, 1],
                ],
                wv: m2(),
              },
            ],
            [null],
          ],
          ["wq", "wk", "wv", "head"],
        ),
        mat("wo", m2),
      ],
    },
    multiHeadSumOfBlocks: {
      params: [
        mat("x", m2),
        object(
          "heads",
          () => [{ wq: m2(), wk: m2(), wv: m2() }],
          () => [
            null,
            5,
            [],
            [
              {
                wq: m2(),
                wk: [
                  [Number.NaN, 1],
                  [1, 1],
                ],
                wv: m2(),
              },
            ],
            [null],
          ],
          ["wq", "wk", "wv", "head"],
        ),
        mat("wo", m2),
      ],
    },
    placeholderSum: {
      params: [
        object(
          "blocks",
          () => [m2(), m2()],
          () => [null, 5, [], [m2(), [[1]]], [[[Number.NaN]]], [null]],
          ["block"],
        ),
      ],
    },
    leanAttentionMatrix: { params: [mat("q", m2), mat("k", m2), real("beta", 1)] },
    hiddenDimensionSoftmaxAttention: { params: [mat("q", m2), mat("k", m2), mat("v", m2)] },
    symmetricPart: { params: [mat("j", m2, ["J"])] },
    pairEnergy: { params: [mat("j", m2, ["J"]), mat("s", m2)] },
    headBlock: { params: [mat("wo", m2), integer("h", 0), size("dv", 1)] },
    layerNorm: { params: [mat("x", m2), pos("eps", 1e-5)] },
    tangentProjection: { params: [vec("x", () => [1, 0]), vec("y", () => [0.5, 0.5])] },
    thesisMultiHeadSum: {
      params: [
        mat("x", m2),
        object(
          "heads",
          () => ({ wq: [m2()], wk: [m2()], wv: m2() }),
          () => [
            null,
            5,
            {},
            { wq: [], wk: [], wv: m2() },
            { wq: [m2()], wk: [[[Number.NaN]]], wv: m2() },
            { wq: [m2()], wk: [m2(), m2()], wv: m2() },
          ],
          ["wq", "wk", "wv"],
        ),
      ],
    },
    thesisMultiHeadConcat: {
      params: [
        mat("x", m2),
        object(
          "heads",
          () => ({ wq: [m2()], wk: [m2()], wv: m2() }),
          () => [
            null,
            5,
            {},
            { wq: [], wk: [], wv: m2() },
            { wq: [m2()], wk: [[[Number.NaN]]], wv: m2() },
            { wq: [m2()], wk: [m2(), m2()], wv: m2() },
          ],
          ["wq", "wk", "wv"],
        ),
      ],
    },
    shape: { params: [mat("a", m2)] },
    matmul: { params: [mat("a", m2), mat("b", m2)] },
    transpose: { params: [mat("a", m2)] },
    add: { params: [mat("a", m2), mat("b", m2)] },
    scale: { params: [mat("a", m2), real("c", 2)] },
    columns: { params: [mat("a", m2), integer("from", 0), integer("to", 1)] },
    rows: { params: [mat("a", m2), integer("from", 0), integer("to", 1)] },
    hconcat: {
      params: [
        object(
          "blocks",
          () => [m2(), m2()],
          () => [null, 5, [], [m2(), [[1]]], [[[Number.NaN]]], [null]],
          ["block"],
        ),
      ],
    },
    maxAbsDiff: { params: [mat("a", m2), mat("b", m2)] },
    maxAbs: { params: [mat("a", m2)] },
    meanKineticClosedForm: { params: [pos("c", 1), pos("m", 1), pos("t", 1)] },
    meanKineticQuadrature: { params: [pos("c", 1), pos("m", 1), pos("t", 1), size("intervals", 64)] },
    periodicDistance: { params: [integer("i", 0), integer("j", 1), size("n", 4)] },
    cycleGraphDistance: { params: [integer("i", 0), integer("j", 1), size("n", 4)] },
    periodicBias: { params: [size("n", 4), func("f", () => (d: number) => -d)] },
    openBias: { params: [size("n", 4), func("f", () => (d: number) => -d)] },
    cyclicShiftRows: { params: [mat("x", m2), integer("s", 1)] },
    cyclicShiftMatrix: { params: [mat("m", m2), integer("s", 1)] },
    isCirculant: { params: [mat("m", m2), nonneg("tol", 1e-12)] },
    sinusoidalEncoding: { params: [integer("pos", 3), size("d", 4)] },
    remCriticalBeta: { params: [size("n", 16), pos("sigma", 1)] },
    remParticipationExponent: { params: [nonneg("u", 0.5)] },
    remFrozenIpr: { params: [nonneg("u", 0.5)] },
    remLogits: { params: [rng(), size("n", 8), nonneg("sigma", 1)] },
    inverseParticipation: { params: [f64("a", () => Float64Array.of(1, 2, 3)), real("beta", 1)] },
    selfConsistencyMap: { params: [vec("x", () => [1, -1, 0.5]), real("beta", 1), real("m", 0.2)] },
    countSelfConsistentSolutions: { params: [vec("x", () => [1, -1, 0.5]), real("beta", 1), size("grid", 200)] },

    secondDifference: { params: [func("f", () => (x: unknown) => x), real("x", 1), pos("h", 1e-6)] },
    meanEnergyDecimal: { params: [vec("a", () => [1, 2]), decimalNum("beta", 1)] },
    spectrumMeanEnergy: { params: [vec("e", () => [1, 2]), real("beta", 1)] },
    meanKineticChecked: { params: [pos("c", 1), pos("m", 1), pos("t", 1)] },
    singleThenMultiple: { params: [vec("counts", () => [1, 1, 3])] },
    solutionCountsOverBeta: { params: [vec("x", () => [1, -1, 0.5]), func("g", () => api.selfConsistencyMap)] },
    productScale: { params: [mat("m", m2, ["ms"])] },
    remParticipationSlope: {
      params: [integer("seed", 1), nonneg("u", 0.5), vec("logNs", () => [2, 3]), size("reps", 2)],
    },
    gaussianMaxLocation: { params: [size("n", 16)] },

    // random
    Prng: { params: [integer("seed", 1)], call: (seed) => new api.Prng(seed as number).next() },
    "Prng#split": { params: [integer("index", 1)], call: (i) => new api.Prng(1).split(i as number).next() },
    "Prng#int": { params: [size("n", 10)], call: (n) => new api.Prng(1).int(n as number) },
    "Prng#setState": {
      params: [vec("words", () => [1, 2, 3, 4], ["state"])],
      call: (w) => new api.Prng(1).setState(w as number[]),
    },
    "Prng#fillNormal": {
      params: [f64("out", () => new Float64Array(4))],
      call: (o) => new api.Prng(1).fillNormal(o as Float64Array),
    },
    seedFor: { params: [integer("base", 1), str("label", "x", [])] },

    // linalg
    expmFloat: { params: [mat("A", m2)] },
    trotterErrorFloat: {
      params: [
        object(
          "Hs",
          () => [m2(), m2()],
          () => [
            null,
            [],
            [m2(), [[1]]],
            [
              [
                [Number.NaN, 0],
                [0, 1],
              ],
            ],
            5,
          ],
          ["H"],
        ),
        real("beta", 1),
        size("n", 4),
        { ...pool1("order", 1, [0, 3, 1.5, Number.NaN, "1"]) },
      ],
    },
    trotterStepFloat: {
      params: [
        object(
          "Hs",
          () => [api.matrix64.fromRows(m2())],
          () => [null, [], 5, [api.matrix64.fromRows([[1]]), api.matrix64.fromRows(m2())]],
          ["H"],
        ),
        real("beta", 1),
        size("n", 4),
        pool1("order", 1, [0, 3, 1.5, Number.NaN, "1"]),
      ],
    },
    matrixPower: {
      params: [
        object(
          "A",
          () => api.matrix64.fromRows(m2()),
          () => [null, 5, {}, { n: 2, data: new Float64Array(3) }],
        ),
        size("k", 3),
      ],
    },
    rgFlow: { params: [mat("J", () => [[0.5]])] },
    rgFlowTwiceExact: {
      params: [
        object(
          "J",
          () => [[1n]],
          () => [null, [], [[1]], [[1n, 2n]], 5],
        ),
      ],
    },
    rgEigenvalueMap: { params: [real("lambda", 0.5)], allowInfinite: true },
    rgEigenvalueFate: { params: [real("lambda", 0.5)] },
    rgIterate: { params: [mat("J", () => [[0.5]]), size("k", 3), pos("cap", 1e12)] },
    solveLinear: { params: [vec("A", () => [2, 0, 0, 2]), vec("b", () => [1, 1]), size("n", 2)] },
    "matrix64.fromRows": { params: [mat("rows", m2)] },
    "matrix64.toRows": {
      params: [
        object(
          "A",
          () => api.matrix64.fromRows(m2()),
          () => [null, 5, {}, { n: 2, data: new Float64Array(3) }],
        ),
      ],
    },
    "matrix64.eye": { params: [size("n", 2)] },
    "matrix64.matmul": {
      params: [
        object(
          "A",
          () => api.matrix64.fromRows(m2()),
          () => [null, 5, {}, { n: 2, data: new Float64Array(3) }, api.matrix64.eye(3)],
        ),
        object(
          "B",
          () => api.matrix64.fromRows(m2()),
          () => [null, 5, {}, { n: 2, data: new Float64Array(3) }, api.matrix64.eye(3)],
        ),
      ],
    },
    "matrix64.axpby": {
      params: [
        real("alpha", 1),
        object(
          "A",
          () => api.matrix64.eye(2),
          () => [null, 5, api.matrix64.eye(3)],
        ),
        real("beta", 1),
        object(
          "B",
          () => api.matrix64.eye(2),
          () => [null, 5, api.matrix64.eye(3)],
        ),
      ],
    },
    "matrix64.scaleMatrix": {
      params: [
        real("s", 2),
        object(
          "A",
          () => api.matrix64.eye(2),
          () => [null, 5, {}],
        ),
      ],
    },
    "matrix64.sumMatrices": {
      params: [
        object(
          "As",
          () => [api.matrix64.eye(2)],
          () => [null, 5, [], [api.matrix64.eye(2), api.matrix64.eye(3)]],
        ),
      ],
    },
    "matrix64.commutator": {
      params: [
        object(
          "A",
          () => api.matrix64.eye(2),
          () => [null, 5, api.matrix64.eye(3)],
        ),
        object(
          "B",
          () => api.matrix64.eye(2),
          () => [null, 5, api.matrix64.eye(3)],
        ),
      ],
    },
    "matrix64.transposeMatrix": {
      params: [
        object(
          "A",
          () => api.matrix64.eye(2),
          () => [null, 5, {}, { n: 2, data: new Float64Array(3) }],
        ),
      ],
    },
    "matrix64.frobeniusNorm": {
      params: [
        object(
          "A",
          () => api.matrix64.eye(2),
          () => [null, 5, {}, { n: 2, data: new Float64Array(3) }],
        ),
      ],
    },
    "matrix64.maxAbsDiff": {
      params: [
        object(
          "A",
          () => api.matrix64.eye(2),
          () => [null, 5, api.matrix64.eye(3)],
        ),
        object(
          "B",
          () => api.matrix64.eye(2),
          () => [null, 5, api.matrix64.eye(3)],
        ),
      ],
    },
    "matrix64.isSymmetric": {
      params: [
        object(
          "A",
          () => api.matrix64.eye(2),
          () => [null, 5, {}],
        ),
        nonneg("tol", 1e-12),
      ],
    },
    "matrix64.symmetricEigen": {
      params: [
        object(
          "A",
          () => api.matrix64.eye(2),
          () => [null, 5, {}, { n: 2, data: Float64Array.of(Number.NaN, 0, 0, 1) }, api.matrix64.fromRows(m2())],
        ),
      ],
    },
    "matrix64.symmetricEigenvalues": {
      params: [
        object(
          "A",
          () => api.matrix64.eye(2),
          () => [null, 5, {}, { n: 2, data: Float64Array.of(Number.NaN, 0, 0, 1) }, api.matrix64.fromRows(m2())],
        ),
      ],
    },
    "matrix64.spectralNorm": {
      params: [
        object(
          "A",
          () => api.matrix64.eye(2),
          () => [null, 5, {}, { n: 2, data: Float64Array.of(Number.NaN, 0, 0, 1) }],
        ),
      ],
    },
    "matrixFamilies.randomSymmetric": { params: [rng("prng"), size("n", 3), pos("scale", 1)] },
    "matrixFamilies.randomPsd": { params: [rng("prng"), size("n", 3), pos("scale", 1)] },
    "matrixFamilies.randomDiagonal": { params: [rng("prng"), size("n", 3), pos("scale", 1)] },
    "matrixFamilies.randomCommuting": { params: [rng("prng"), size("n", 3), size("L", 2)] },
    "matrixFamilies.randomNonCommuting": { params: [rng("prng"), size("n", 3), size("L", 2), pos("scale", 1)] },
    "matrixFamilies.isingDiagonal": {
      params: [
        mat("J", () => [
          [0, 1],
          [1, 0],
        ]),
        real("h", 0.5),
      ],
    },
    "matrixFamilies.randomOrthogonal": { params: [rng("prng"), size("n", 3)] },
    "matrixFamilies.withSpectrum": {
      params: [
        mat("Q", () => [
          [1, 0],
          [0, 1],
        ]),
        vec("lambdas", () => [1, 2]),
      ],
    },

    // precision
    spectralNormBig: { params: [bigMat("E"), size("bits", 64), decCtor()] },
    "bigfloat.bitLength": { params: [{ name: "x", valid: () => 5n, bad: pool(5, "5", null, 1.5) }] },
    "bigfloat.normalize": { params: [bigMat("A"), size("bits", 64)] },
    "bigfloat.identity": { params: [size("n", 3)] },
    "bigfloat.scalarFromNumber": { params: [real("x", 0.75)] },
    "bigfloat.scalarFromDecimal": {
      params: [
        { ...decimalNum("x", "0.75"), bad: pool(...nonFinite, "abc", "NaN", "Infinity", null, {}, true, "1e2000000") },
        size("bits", 64),
      ],
    },
    "bigfloat.fromEntries": { params: [mat("rows", m2), size("bits", 64)] },
    "bigfloat.fromScalars": {
      params: [
        size("n", 1),
        object(
          "scalars",
          () => [{ m: 3n, exp: 0 }],
          () => [null, 5, [], [{ m: 3, exp: 0 }], [{ m: 3n, exp: 2 ** 60 }], [null]],
        ),
        size("bits", 64),
      ],
    },
    "bigfloat.entryToDecimal": { params: [bigMat("A"), integer("i", 1), decCtor()] },
    "bigfloat.toDecimals": { params: [bigMat("A"), decCtor()] },
    "bigfloat.scalarToDecimal": { params: [bigScalar("s"), decCtor()] },
    "bigfloat.exactDecimal": { params: [decimalNum("x", 0.7), decCtor()] },
    // a number outside the double range is ±∞ or 0 as a double (IEEE overflow), as documented
    "bigfloat.scalarToNumber": { params: [bigScalar("s")], allowInfinite: true },
    "bigfloat.toNumbers": { params: [bigMat("A")], allowInfinite: true },
    "bigfloat.mul": { params: [bigMat("A"), bigMat("B"), size("bits", 64)] },
    "bigfloat.add": { params: [bigMat("A"), bigMat("B"), size("bits", 64)] },
    "bigfloat.sub": { params: [bigMat("A"), bigMat("B"), size("bits", 64)] },
    "bigfloat.scalePow2": { params: [bigMat("A"), integer("k", 3)] },
    "bigfloat.scale": { params: [bigMat("A"), bigScalar("s"), size("bits", 64)] },
    "bigfloat.divInt": {
      params: [
        bigMat("A"),
        { name: "k", valid: () => 3, bad: pool(0, -1, 2.5, Number.NaN, "3", null, -3n, 0n) },
        size("bits", 64),
      ],
    },
    "bigfloat.sum": {
      params: [
        object(
          "As",
          () => [bigM(), bigM()],
          () => [null, 5, [], [bigM(), api.bigfloat.identity(3)], [null]],
        ),
        size("bits", 64),
      ],
    },
    // log₂ of the zero matrix's norm is −∞, as documented
    "bigfloat.normInfLog2": { params: [bigMat("A")], allowInfinite: true },
    "bigfloat.power": { params: [bigMat("A"), size("k", 3), size("bits", 64)] },
    "bigfloat.transpose": { params: [bigMat("A")] },
    trotterError: {
      params: [
        object(
          "Hs",
          () => [
            m2(),
            [
              [0, 1],
              [1, 0],
            ],
          ],
          () => [
            null,
            5,
            [],
            [m2(), [[1]]],
            [
              [
                [Number.NaN, 0],
                [0, 1],
              ],
            ],
            [["a"]],
          ],
          ["H", "Hamiltonian"],
        ),
        decimalNum("beta", 0.5),
        size("n", 4),
        options("options", {}, [pool1("order", 1, [0, 3, 1.5, "1"]), size("digits", 10)]),
      ],
      runs: 16,
    },
    trotterDifference: {
      params: [
        object(
          "Hs",
          () => [
            m2(),
            [
              [0, 1],
              [1, 0],
            ],
          ],
          () => [
            null,
            5,
            [],
            [m2(), [[1]]],
            [
              [
                [Number.NaN, 0],
                [0, 1],
              ],
            ],
          ],
          ["H", "Hamiltonian"],
        ),
        decimalNum("beta", 0.5),
        size("n", 4),
        options("options", {}, [pool1("order", 1, [0, 3, 1.5, "1"]), size("digits", 10)]),
      ],
      runs: 16,
    },
    "decimalMatrix.decimalContext": { params: [size("digits", 20)] },
    "decimalMatrix.toDecimalMatrix": {
      params: [
        mat("rows", m2),
        object(
          "D",
          () => api.decimalMatrix.decimalContext(20),
          () => [null, 5],
        ),
      ],
    },
    "decimalMatrix.rowsOf": { params: [decMat("A")] },
    "decimalMatrix.dmul": { params: [decMat("A"), decMat("B"), decCtor()] },
    "decimalMatrix.daxpy": { params: [decMat("A"), decimalNum("s", -1), decMat("B"), decCtor()] },
    "decimalMatrix.dcommutator": { params: [decMat("A"), decMat("B"), decCtor()] },
    "decimalMatrix.dtranspose": { params: [decMat("A")] },
    "decimalMatrix.dfrobenius": { params: [decMat("A"), decCtor()] },
    "decimalMatrix.dsymmetricEigenvalues": { params: [decMat("A", symDec), decCtor()] },
    "decimalMatrix.dspectralNorm": { params: [decMat("A"), decCtor()] },

    // lean
    stripComments: { params: [str("s", "-- x\ntheorem t : True := trivial", [])] },
    checkLeanFile: { params: [str("source", "theorem t : True := trivial", [])] },
    leanIntegrityProblems: {
      skip: "checks the repository's Lean files against the loaded spec (an internal of spec-integrity)",
    },
    leanSketch: { params: [str("file", "Paper.lean", ["Nope.lean", "", "../package.json"])] },
    leanDeclaration: { params: [str("ref", "Paper.lean#foo", ["", "#", "Paper.lean#", "x".repeat(10000)])] },
    leanHamiltonian: {
      params: [
        object(
          "model",
          () => ({
            J: [
              [0, 1],
              [1, 0],
            ],
            h: [0, 0],
          }),
          () => [
            null,
            5,
            {},
            { J: [[0, 1]], h: [0, 0] },
            {
              J: [
                [0, Number.NaN],
                [1, 0],
              ],
              h: [0, 0],
            },
            {
              J: [
                [0, 1],
                [1, 0],
              ],
              h: [0],
            },
          ],
          ["J", "h"],
        ),
        vec("spins", () => [1, -1]),
      ],
    },
    eq6Energy: {
      params: [
        mat("J", () => [
          [0, 1],
          [1, 0],
        ]),
        real("h", 0.5),
        vec("spins", () => [1, -1]),
      ],
    },
    leanEffectiveModel: {
      params: [
        object(
          "layers",
          () => [
            {
              J: [
                [0, 1],
                [1, 0],
              ],
              h: [0, 0],
            },
          ],
          () => [
            null,
            5,
            [],
            [
              {
                J: [
                  [0, 1],
                  [1, 0],
                ],
                h: [0],
              },
            ],
            [{ J: [[Number.NaN]], h: [0] }],
          ],
          ["J", "h", "layer"],
        ),
      ],
    },

    // ising
    stripCorrelationLength: {
      params: [size("L", 4), pos("beta", 0.3), options("options", undefined, [size("maxIter", 100)])],
    },
    onsagerCorrelationLength: { params: [pos("beta", 0.3)], allowInfinite: true },
    grayConfiguration: { params: [integer("i", 3), size("n", 4)] },
    enumerateIsing: { params: [model()] },
    densityOfStates: { params: [model()] },
    energyHistogram: {
      params: [
        object(
          "g",
          () => api.densityOfStates(api.isingChain(3)),
          () => [null, 5, {}, new Map([[Number.NaN, new Map([[0, 1]])]])],
        ),
      ],
    },
    isingModel: {
      params: [
        size("n", 2),
        object(
          "edges",
          () => [[0, 1, 1]],
          () => [null, 5, [[0, 5, 1]], [[0, 1, Number.NaN]], [[0, 0.5, 1]], [[-1, 1, 1]]],
          ["edge"],
        ),
        real("field", 0.5),
      ],
    },
    squareLattice: { params: [size("L", 3), size("M", 3), options("options", {}, [real("J", 1), real("h", 0)])] },
    isingChain: { params: [size("N", 4), options("options", {}, [real("J", 1), real("h", 0)])] },
    isingEnergy: { params: [model(), vec("s", () => [1, -1, 1, 1])] },
    neighbours: { params: [model()] },
    mathlibLog: { params: [real("x", 2)] },
    leanDiv: { params: [real("x", 1), real("y", 2)] },
    leanPartitionFunction: { params: [model(), real("beta", 0.5)] },
    leanFreeEnergy: { params: [model(), real("beta", 0.5)] },
    repairedPartitionFunction: { params: [model(), real("beta", 0.5)] },
    thermoFromEnumeration: {
      params: [
        object(
          "en",
          () => api.enumerateIsing(api.isingChain(3)),
          () => [null, 5, {}, { n: 3, energy: new Float64Array(8), magnetization: new Int16Array(3) }],
        ),
        real("beta", 0.5),
      ],
    },
    thermoFromStates: {
      params: [
        vec("energy", () => [1, -1]),
        vec("magnetization", () => [2, -2]),
        size("N", 2),
        real("beta", 0.5),
        vec("multiplicity", () => [1, 1]),
      ],
    },
    gaussLegendre: { params: [size("n", 8)] },
    onsagerMinusBetaF: { params: [nonneg("beta", 0.4)] },
    onsagerMinusBetaFDouble: { params: [nonneg("beta", 0.4)] },
    yangMagnetization: { params: [nonneg("beta", 0.5)] },
    rowOrbits: {
      params: [
        size("L", 4),
        { name: "periodicX", valid: () => true, bad: pool(1, "yes", null) },
        { name: "flip", valid: () => false, bad: pool(0, "no", null) },
      ],
    },
    rowTransferLogZ: {
      params: [
        size("L", 3),
        size("M", 3),
        decimalNum("beta", 0.4),
        options("options", {}, [real("J", 1), real("h", 0), size("digits", 20)]),
      ],
      runs: 20,
    },
    rowTransferJets: {
      params: [
        size("L", 3),
        size("M", 3),
        real("beta", 0.4),
        options("options", { wrt: "beta" }, [
          real("J", 1),
          real("h", 0),
          { name: "wrt", valid: () => "beta", bad: pool("x", null, 1) },
        ]),
      ],
    },
    tfimGroundEnergyFreeFermion: { params: [size("N", 4), real("g", 0.5)] },
    tfimGroundCurvature: { params: [size("N", 4), real("g", 0.5)] },
    tfimGroundEnergyExact: {
      params: [size("N", 4), real("g", 0.5), options("options", undefined, [size("iterations", 50)])],
    },
    chainLogZPeriodic: { params: [size("N", 4), real("beta", 0.5), real("J", 1), real("h", 0)] },
    chainLogZOpen: { params: [size("N", 4), real("beta", 0.5), real("J", 1), real("h", 0)] },

    // mcmc
    binningError: {
      params: [vec("x", () => Float64Array.from({ length: 128 }, (_, i) => Math.sin(i))), size("minBlocks", 32)],
    },
    integratedAutocorrelationTime: {
      params: [vec("x", () => Float64Array.from({ length: 64 }, (_, i) => Math.sin(i)))],
    },
    simulateChain: { params: [kernelArg(), integer("x0", 0), size("steps", 10), func("next", () => () => 0.5)] },
    kernel: { params: [size("n", 2), f64("p", () => Float64Array.of(0.5, 0.5, 0.25, 0.75))] },
    metropolisHastingsKernel: {
      params: [
        vec("pi", () => [0.25, 0.75]),
        kernelArg("q"),
        options("options", undefined, [{ name: "hastings", valid: () => true, bad: pool(1, "yes") }]),
      ],
    },
    stepDistribution: { params: [kernelArg(), vec("mu", () => [0.5, 0.5])] },
    normalize: { params: [vec("v", () => [1, 3])] },
    stationaryDistribution: { params: [kernelArg()] },
    solveAugmented: { params: [f64("a", () => Float64Array.of(0.5, 0.5, 0.25, 0.75)), size("n", 2)] },
    detailedBalanceDefect: { params: [kernelArg(), vec("pi", () => [0.25, 0.75])] },
    stationarityDefect: { params: [kernelArg(), vec("pi", () => [0.25, 0.75])] },
    totalVariation: { params: [vec("mu", () => [0.5, 0.5]), vec("nu", () => [0.25, 0.75])] },
    asymptoticVariance: { params: [kernelArg(), vec("f", () => [1, -1])] },
    kineticIsingKernel: { params: [vec("J", () => [0, 1, 1, 0]), vec("theta", () => [0, 0]), real("beta", 0.5)] },

    // meanfield
    curieWeissLogZ: {
      params: [
        size("N", 8),
        decimalNum("beta", 0.5),
        options("options", {}, [decimalNum("J", 1), decimalNum("h", 0), size("digits", 20)]),
      ],
    },
    curieWeissThermo: {
      params: [size("N", 8), nonneg("beta", 0.5), options("options", {}, [real("J", 1), real("h", 0)])],
    },
    curieWeissMagnetizationDistribution: {
      params: [size("N", 8), nonneg("beta", 0.5), options("options", {}, [real("J", 1), real("h", 0)])],
    },
    scanRoots: { params: [func("f", () => (x: number) => x - 0.3), real("a", 0), real("b", 1), size("n", 100)] },
    meanFieldSolutions: { params: [nonneg("beta", 1.5), real("J", 1), real("h", 0.1)] },
    spinodalField: { params: [nonneg("beta", 1.5), real("J", 1)] },
    predictedSolutionCount: { params: [nonneg("beta", 1.5), real("J", 1), real("h", 0.1)] },
    attentionAverage: { params: [vec("x", () => [1, -1, 0.5]), real("beta", 1), real("u", 0.2)] },
    attentionSelfConsistentSolutions: { params: [vec("x", () => [1, -1, 0.5]), real("beta", 1)] },
    gaussHermiteNormal: { params: [size("n", 16)] },
    gaussianExpectation: { params: [func("f", () => (z: number) => z * z)] },
    skReplicaSymmetricQ: { params: [pos("T", 0.5), real("h", 0.1), pos("J", 1)] },
    atStabilityMargin: { allowInfinite: true, params: [pos("T", 0.5), real("h", 0.1), pos("J", 1)] },
    atLineTemperature: { params: [real("h", 0.1)] },

    // hopfield
    stateOfCode: { params: [integer("c", 3), size("N", 4)] },
    attractorBasins: { params: [vec("W", () => [0, 1, 1, 0]), vec("theta", () => [0, 0]), size("N", 2)] },
    basinConcentration: {
      params: [
        object(
          "b",
          () => api.attractorBasins([0, 1, 1, 0], [0, 0], 2),
          () => [null, 5, {}],
        ),
        nonneg("beta", 1),
      ],
    },
    mixtureOfRestrictedGibbs: {
      params: [vec("energies", () => [1, 2, 3, 4]), vec("labels", () => [0, 0, 1, 1]), nonneg("beta", 1)],
    },
    hopfieldEnergy: { params: [vec("W", () => [0, 1, 1, 0]), vec("theta", () => [0, 0]), vec("s", () => [1, -1])] },
    runAsynchronous: {
      params: [
        vec("W", () => [0, 1, 1, 0]),
        vec("theta", () => [0, 0]),
        vec("s0", () => [1, -1]),
        options("options", undefined, [
          size("maxSweeps", 10),
          { name: "order", valid: () => [0, 1], bad: pool([0, 5], [0.5, 1], "x", [Number.NaN, 1]) },
        ]),
      ],
    },
    runSynchronous: {
      params: [
        vec("W", () => [0, 1, 1, 0]),
        vec("theta", () => [0, 0]),
        vec("s0", () => [1, -1]),
        options("options", undefined, [size("maxSteps", 10)]),
      ],
    },
    hebbianWeights: {
      params: [
        object(
          "patterns",
          () => [[1, -1, 1]],
          () => [null, 5, [], [[1, -1], [1]], [[Number.NaN, 1]]],
          ["pattern"],
        ),
      ],
    },
    modernHopfieldEnergy: {
      params: [
        object(
          "patterns",
          () => [
            [1, -1],
            [1, 1],
          ],
          () => [null, 5, [], [[1, -1], [1]], [[Number.NaN, 1]]],
          ["pattern"],
        ),
        vec("xi", () => [0.5, 0.5]),
        real("beta", 1),
      ],
    },
    modernHopfieldUpdate: {
      params: [
        object(
          "patterns",
          () => [
            [1, -1],
            [1, 1],
          ],
          () => [null, 5, [], [[1, -1], [1]], [[Number.NaN, 1]]],
          ["pattern"],
        ),
        vec("xi", () => [0.5, 0.5]),
        real("beta", 1),
      ],
    },

    // spinglass
    checkSystem: { params: [sys()] },
    thesisRadius: { params: [real("D", 32, [2, 1, 0, -4, 1e300])] },
    rowDot: { params: [f64("a", state44), integer("i", 1), f64("b", state44), integer("j", 2), size("D", 4)] },
    localFields: { params: [sys(), f64("s", state44)] },
    thesisSystem: {
      params: [
        rng(),
        options("opts", { N: 4, D: 4 }, [size("N", 4), size("D", 4), real("couplingScale", 1), nonneg("fieldNorm", 1)]),
      ],
    },
    thesisStart: { params: [size("N", 4), size("D", 4)] },
    alignment: { params: [f64("a", state44), f64("b", state44), size("N", 4), size("D", 4)] },
    overlap: { params: [f64("a", state44), f64("b", state44), size("N", 4), size("D", 4)] },
    operatorNorm: { params: [vec("J", () => Float64Array.of(1, 0, 0, 1)), size("N", 2), size("iterations", 50)] },
    vectorSpinEnergy: { params: [sys(), f64("s", state44)] },
    vectorSpinEnergyTrace: { params: [sys(), f64("s", state44)] },
    kineticEnergy: { params: [sys(), f64("sNow", state44), f64("sPrev", state44)] },
    evenOddSplit: { params: [f64("J", () => Float64Array.of(1, 2, 3, 4)), size("N", 2)] },
    couplingEnergy: {
      params: [
        f64("J", () => Float64Array.of(1, 2, 3, 4)),
        f64("s", () => Float64Array.of(1, 0, 0, 1)),
        size("N", 2),
        size("D", 2),
      ],
    },
    couplingEnergyPairs: {
      params: [
        f64("J", () => Float64Array.of(1, 2, 3, 4)),
        f64("s", () => Float64Array.of(1, 0, 0, 1)),
        size("N", 2),
        size("D", 2),
      ],
    },
    normalizedTargets: { params: [sys(), f64("sRef", state44), pos("R", 1)] },
    lossHamiltonian: { params: [sys(), f64("sNow", state44), f64("sPrev", state44), pos("R", 1)] },
    lossHamiltonianExpanded: { params: [sys(), f64("sNow", state44), f64("sPrev", state44), pos("R", 1)] },
    eq34FirstLineExponent: { params: [sys(), f64("s", state44), pos("R", 1)] },
    eq34SecondLineExponent: { params: [sys(), f64("s", state44), pos("R", 1)] },
    langevin: { params: [real("kappa", 1)] },
    exactReadoutNorm: { params: [nonneg("thetaNorm", 1), nonneg("beta", 1), pos("R", 1), size("D", 4)] },
    exactReadout: { params: [vec("theta", () => [1, 0, 0, 0]), nonneg("beta", 1), pos("R", 1)] },
    gammaLargeD: { params: [nonneg("thetaNorm", 1), nonneg("beta", 1), pos("R", 1)] },
    largeDReadout: { params: [vec("theta", () => [1, 0, 0, 0]), nonneg("beta", 1), pos("R", 1)] },
    largeDReadoutInverse: { params: [vec("m", () => [0.1, 0, 0, 0]), pos("beta", 1), pos("R", 1)] },
    gammaOfInverse: { params: [nonneg("mNorm2", 0.01), pos("R", 1)] },
    largeDReadoutJacobian: { params: [vec("theta", () => [1, 0, 0, 0]), nonneg("beta", 1), pos("R", 1)] },
    largeDCoefficientSeries: { allowInfinite: true, params: [real("a", 0.5), size("order", 4)] },
    readoutRows: {
      params: [
        f64("theta", state44),
        size("N", 4),
        size("D", 4),
        nonneg("beta", 1),
        pos("R", 1),
        { name: "readout", valid: () => "exact", bad: pool("x", null, 1) },
        { ...f64("out", () => new Float64Array(16)), optional: true },
      ],
    },
    nmfStep: { params: [sys(), f64("m", state44), nonneg("beta", 1), pos("R", 1)] },
    nmfSolve: {
      params: [
        sys(),
        nonneg("beta", 1),
        pos("R", 1),
        options("options", { maxIter: 20 }, [size("maxIter", 20), pos("tol", 1e-8), real("damping", 0.5, [0, -1, 2])]),
      ],
    },
    tapField: { params: [sys(), f64("m1", ball44), f64("m0", ball44), pos("beta", 0.2), pos("R", 1)] },
    tapStep: {
      params: [
        sys(),
        f64("m0", ball44),
        pos("beta", 0.2),
        pos("R", 1),
        options("options", { maxIter: 20 }, [size("maxIter", 20), nonneg("tol", 1e-8), size("depth", 4)]),
      ],
    },
    tapSolve: {
      params: [
        sys(),
        pos("beta", 0.2),
        pos("R", 1),
        options("options", { maxIter: 20, steps: 3 }, [
          size("steps", 3),
          size("maxIter", 20),
          nonneg("settleTol", 1e-6),
        ]),
      ],
    },
    sampleVmf: {
      params: [
        rng(),
        vec("mu", () => [1, 0, 0]),
        nonneg("kappa", 2),
        { ...f64("out", () => new Float64Array(3)), optional: true },
      ],
    },
    sampleSpin: { params: [rng(), vec("theta", () => [1, 0, 0]), nonneg("beta", 1), pos("R", 1)] },
    ThesisSampler: {
      params: [
        sys(),
        rng(),
        options("options", { beta: 1 }, [
          pos("beta", 1),
          pos("R", 1),
          pos("sigma", 0.1),
          f64("start", state44),
          size("refreshEvery", 100),
          { name: "kernel", valid: () => "js", bad: pool("gpu", 1, null) },
        ]),
      ],
      call: (s, r, o) => {
        const t = new api.ThesisSampler(s as api.SpinSystem, r as api.Prng, o as api.SamplerOptions);
        t.run(10);
        return t.energy();
      },
    },
    ...Object.fromEntries(
      (["js", "wasm", "native"] as const).map((k) => [
        `ThesisSampler#run/${k}`,
        {
          params: [{ ...size("n", 10), bad: pool(...nonFinite, ...wrongTypes, -1, 2 ** 53, 1e300) }],
          call: (n: unknown) => new api.ThesisSampler(spinSys(), prng(), { beta: 1, kernel: k }).run(n as number),
        },
      ]),
    ),
    ...Object.fromEntries(
      (["js", "native"] as const).map((k) => [
        `ThesisSampler#steinMean/${k}`,
        {
          params: [f64("out", () => new Float64Array(16))],
          call: (o: unknown) =>
            new api.ThesisSampler(spinSys(), prng(), { beta: 1, kernel: k }).steinMean(o as Float64Array),
        },
      ]),
    ),
    "ThesisSampler#tune": {
      // steps past 2^40 are refused; smaller huge ones are valid and would run for hours
      params: [
        { name: "steps", valid: () => 400, bad: pool(...nonFinite, ...wrongTypes, -1, 2 ** 41, 1e300) },
        real("targetAcceptance", 0.25, [0, 1, -1, 2]),
        size("batch", 200),
      ],
      call: (s, t, b) =>
        new api.ThesisSampler(spinSys(), prng(), { beta: 1, kernel: "js" }).tune(s as number, t as number, b as number),
    },
    "ThesisSampler#sigma": {
      params: [{ ...pos("sigma", 0.1) }],
      call: (s) => {
        const t = new api.ThesisSampler(spinSys(), prng(), { beta: 1, kernel: "js" });
        t.sigma = s as number;
        return t.run(10);
      },
    },
    publishedStepReference: {
      params: [sys(), f64("m", state44), rng(), pos("beta", 1), pos("sigma", 0.1), pos("R", 1)],
    },
    stepsToDiffuse: { params: [nonneg("distance", 1), size("N", 4), size("D", 4), pos("sigma", 0.1)] },
    thesisSigma: { params: [size("N", 4), size("D", 4)] },
    splitRhat: {
      allowInfinite: true,
      params: [
        object(
          "chains",
          () => [Float64Array.from({ length: 20 }, Math.sin), Float64Array.from({ length: 20 }, Math.cos)],
          badChainLists,
          ["chain"],
        ),
      ],
    },
    effectiveSampleSize: { params: [vec("chain", () => Float64Array.from({ length: 40 }, Math.sin))] },
    pooledMeanWithError: {
      params: [
        object(
          "chains",
          () => [Float64Array.from({ length: 20 }, Math.sin), Float64Array.from({ length: 30 }, Math.cos)],
          badChainLists,
          ["chain"],
        ),
      ],
    },
    meanWithError: { params: [vec("chain", () => Float64Array.from({ length: 40 }, Math.sin))] },
    steinAndPlainMeans: {
      params: [
        object(
          "sampler",
          () => new api.ThesisSampler(spinSys(), prng(), { beta: 1, kernel: "js" }),
          () => [null, 5, {}],
        ),
        size("steps", 20),
      ],
    },

    // special
    besselRatio: {
      params: [
        decimalNum("nu", 0.5),
        decimalNum("x", 1),
        options("options", {}, [size("digits", 20), { name: "method", valid: () => "both", bad: pool("x", null, 1) }]),
      ],
    },
    besselRatioF64: { params: [nonneg("nu", 0.5), nonneg("x", 1)] },
    besselRatioCfF64: { params: [nonneg("nu", 0.5), nonneg("x", 1)] },
    besselRatioSeriesF64: { params: [nonneg("nu", 0.5), real("x", 1, [-1, 501, 1e300])] },
    besselRatioCfDecimal: { params: [decimalNum("nu", 0.5), decimalNum("x", 1), size("precision", 20)] },
    besselRatioSeriesDecimal: { params: [decimalNum("nu", 0.5), decimalNum("x", 1), size("precision", 20)] },

    // fit
    leastSquaresSlope: { params: [vec("x", () => [1, 2, 3]), vec("y", () => [2, 4, 7])] },
    logLogSlope: { params: [vec("x", () => [1, 2, 3]), vec("y", () => [2, 4, 7])] },
    orderOnHalvings: { params: [func("err", () => (x: number) => x * x), pos("x0", 0.5), size("points", 5)] },
  };
}

/** A parameter with a fixed set of legal values and a pool of bad ones. */
function pool1(name: string, valid: unknown, bad: unknown[]): Param {
  return { name, valid: () => valid, bad: pool(...bad, null) };
}
