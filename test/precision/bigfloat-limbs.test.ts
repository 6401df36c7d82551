import { readFile } from "node:fs/promises";
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import {
  compileWat,
  LIMBS_KERNEL_TEXT,
  LIMBS_MODULE,
  LIMBS_WAT,
  renderKernelModule,
} from "../../scripts/build-wasm.js";
import { LIMBS_WASM_BASE64 } from "../../src/precision/bigfloat-limbs-wasm-bytes.js";
import {
  LIMBS_MAX_TERMS,
  LINCOMB_MAX_COEF,
  LINCOMB_MAX_TERMS,
  limbKernelAvailable,
  linCombLimbs,
  mulLimbs,
  squareLimbs,
} from "../../src/precision/bigfloat-limbs.js";
import { type BigMatrix, mul, normalize } from "../../src/precision/bigfloat-matrix.js";

/** The second road: the exact bigint dot products, rounded once by normalize. */
function reference(A: BigMatrix, B: BigMatrix, bits: number): BigMatrix {
  const n = A.n;
  const c: bigint[] = [];
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) {
      let s = 0n;
      for (let k = 0; k < n; k++) s += A.m[i * n + k] * B.m[k * n + j];
      c.push(s);
    }
  return normalize({ n, m: c, exp: A.exp + B.exp }, bits);
}

/** A bigint of up to `maxBits` bits, with the shapes that stress carries: 0, ±2^k, all ones, random. */
const mantissa = (maxBits: number) =>
  fc.oneof(
    fc.constant(0n),
    fc.integer({ min: 0, max: maxBits - 1 }).chain((k) => fc.constantFrom(1n << BigInt(k), -(1n << BigInt(k)))),
    fc.integer({ min: 1, max: maxBits }).chain((k) => fc.constantFrom((1n << BigInt(k)) - 1n, 1n - (1n << BigInt(k)))),
    fc.bigInt({ min: -(1n << BigInt(maxBits)) + 1n, max: (1n << BigInt(maxBits)) - 1n }),
  );

const block = (n: number, maxBits: number) =>
  fc.record({
    n: fc.constant(n),
    m: fc.array(mantissa(maxBits), { minLength: n * n, maxLength: n * n }),
    exp: fc.integer({ min: -400, max: 400 }),
  });

const pair = fc
  .record({
    n: fc.integer({ min: 1, max: 9 }),
    ba: fc.integer({ min: 1, max: 300 }),
    bb: fc.integer({ min: 1, max: 300 }),
  })
  .chain(({ n, ba, bb }) => fc.tuple(block(n, ba), block(n, bb), fc.integer({ min: 1, max: 420 })));

describe("the committed WebAssembly limb kernel", () => {
  it("is fresh: recompiling bigfloat-limbs.wat with the pinned wabt gives the committed bytes (else npm run build:wasm)", async () => {
    const bytes = await compileWat(await readFile(LIMBS_WAT, "utf8"));
    expect(Buffer.from(LIMBS_WASM_BASE64, "base64").equals(Buffer.from(bytes))).toBe(true);
    expect(await readFile(LIMBS_MODULE, "utf8")).toBe(renderKernelModule(bytes, LIMBS_KERNEL_TEXT));
  });
  it("imports its memory and never grows it (a grown memory detaches the views JS holds)", async () => {
    const wat = await readFile(LIMBS_WAT, "utf8");
    expect(wat.replace(/;;.*$/gm, "")).not.toMatch(/memory\.grow/);
    expect(wat).toMatch(/\(import "js" "memory" \(memory/);
  });
});

describe("mulLimbs", () => {
  it("runs here (Node has WebAssembly with SIMD): otherwise every test below would pass vacuously", () => {
    expect(limbKernelAvailable()).toBe(true);
  });

  it("equals the exact bigint product rounded by normalize, mantissas and exponent, on random blocks", () => {
    fc.assert(
      fc.property(pair, ([A, B, bits]) => {
        const got = mulLimbs(A, B, bits);
        expect(got).not.toBeNull();
        const want = reference(A, B, bits);
        expect(got?.exp).toBe(want.exp);
        expect(got?.m).toEqual(want.m);
        // A result fed back (its words come from the cache, not from the bigints) multiplies as exactly.
        const again = mulLimbs(got as BigMatrix, A, bits);
        const want2 = reference(want, A, bits);
        expect(again?.exp).toBe(want2.exp);
        expect(again?.m).toEqual(want2.m);
      }),
      { numRuns: 400, seed: 14 },
    );
  });

  it("rounds ties as normalize does (floor((x + 2^(S−1))/2^S): −2.5 → −2, 2.5 → 3) and carries into a new bit", () => {
    // 1×1: x·1 with x = ±(2k+1)·2^(S−1) exactly between two results.
    for (const x of [5n, -5n, 7n, -7n, (1n << 200n) - 1n, -((1n << 200n) - 1n), 3n << 150n, -(3n << 150n)]) {
      const A = { n: 1, m: [x], exp: 0 };
      const one = { n: 1, m: [1n], exp: 0 };
      for (const bits of [1, 2, 3, 60, 199, 200]) {
        const got = mulLimbs(A, one, bits);
        const want = reference(A, one, bits);
        expect([got?.m[0], got?.exp]).toEqual([want.m[0], want.exp]);
      }
    }
  });

  it("gives the zero block as normalize does (exponent 0) and declines sizes past its exactness bound", () => {
    const Z = { n: 3, m: new Array<bigint>(9).fill(0n), exp: 17 };
    const A = { n: 3, m: [1n, 2n, 3n, 4n, 5n, 6n, 7n, 8n, 9n], exp: -4 };
    expect(mulLimbs(Z, A, 50)).toEqual(reference(Z, A, 50));
    // n · limbs > LIMBS_MAX_TERMS: null (the caller multiplies bigints); mul gives the same either way.
    const wide = 28 * (Math.floor(LIMBS_MAX_TERMS / 8) + 1);
    const big = { n: 8, m: Array.from({ length: 64 }, (_, i) => (1n << BigInt(wide - 1)) + BigInt(i)), exp: 0 };
    expect(mulLimbs(big, big, 100)).toBeNull();
    expect(mul(big, big, 100)).toEqual(reference(big, big, 100));
  });

  it("is what bigfloat-matrix's mul returns for full-length mantissas from 4×4 on", () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 4, max: 12 })
          .chain((n) => fc.tuple(block(n, 200), block(n, 200), fc.integer({ min: 150, max: 260 }))),
        ([A, B, bits]) => {
          expect(mul(A, B, bits)).toEqual(reference(A, B, bits));
        },
      ),
      { numRuns: 60, seed: 41 },
    );
  });
});

describe("linCombLimbs", () => {
  const terms = fc
    .record({
      n: fc.integer({ min: 1, max: 9 }),
      r: fc.integer({ min: 1, max: LINCOMB_MAX_TERMS }),
      b: fc.integer({ min: 1, max: 300 }),
    })
    .chain(({ n, r, b }) =>
      fc.tuple(
        fc.constant(n),
        fc.array(fc.array(mantissa(b), { minLength: n * n, maxLength: n * n }), { minLength: r, maxLength: r }),
        fc.array(
          fc.oneof(
            fc.constantFrom(1, -1, LINCOMB_MAX_COEF, -LINCOMB_MAX_COEF),
            fc.integer({ min: -LINCOMB_MAX_COEF, max: LINCOMB_MAX_COEF }),
          ),
          {
            minLength: r,
            maxLength: r,
          },
        ),
        fc.integer({ min: -300, max: 300 }),
        fc.integer({ min: 1, max: 400 }),
      ),
    );

  it("equals normalize of the exact bigint sum Σ c_i X_i, and says when normalize would have made a new array", () => {
    fc.assert(
      fc.property(terms, ([n, Xs, cs, exp, bits]) => {
        const sum = Xs[0].map((_, e) => Xs.reduce((acc, X, i) => acc + BigInt(cs[i]) * X[e], 0n));
        const want = normalize({ n, m: sum, exp }, bits);
        const got = linCombLimbs(n, Xs, cs, exp, bits);
        expect(got).not.toBeNull();
        expect(got?.block.exp).toBe(want.exp);
        expect(got?.block.m).toEqual(want.m);
        expect(got?.rounded).toBe(want.m !== sum);
      }),
      { numRuns: 300, seed: 140 },
    );
  });

  it("declines what its sums could overflow: too many terms or a coefficient past 2^31 − 1", () => {
    const X = [1n, 2n, 3n, 4n];
    expect(
      linCombLimbs(2, new Array(LINCOMB_MAX_TERMS + 1).fill(X), new Array(LINCOMB_MAX_TERMS + 1).fill(1), 0, 10),
    ).toBeNull();
    expect(linCombLimbs(2, [X], [LINCOMB_MAX_COEF + 1], 0, 10)).toBeNull();
  });
});

describe("squareLimbs", () => {
  /** ∞-norm of the mantissas, exactly. */
  const normInf = (n: number, m: bigint[]) => {
    let best = 0n;
    for (let i = 0; i < n; i++) {
      let s = 0n;
      for (let j = 0; j < n; j++) {
        const x = m[i * n + j];
        s += x < 0n ? -x : x;
      }
      if (s > best) best = s;
    }
    return best;
  };

  it("gives the mantissas and exponents of repeated mul(X, X, bits), and norm bounds within 2^−38 above the exact ones", () => {
    fc.assert(
      fc.property(
        fc
          .record({ n: fc.integer({ min: 1, max: 10 }), b: fc.integer({ min: 1, max: 250 }) })
          .chain(({ n, b }) => fc.tuple(block(n, b), fc.integer({ min: 1, max: 6 }), fc.integer({ min: 8, max: 250 }))),
        ([X, count, bits]) => {
          const got = squareLimbs(X, count, bits);
          let Y: BigMatrix = X;
          const shifts: number[] = [];
          const norms: number[] = [];
          for (let k = 0; k < count; k++) {
            const nrm = normInf(X.n, Y.m);
            norms.push(nrm === 0n ? -Infinity : Math.log2(Number(nrm)));
            const Z = reference(Y, Y, bits);
            shifts.push(Z.exp - 2 * Y.exp);
            Y = Z;
            if (Y.m.every((x) => x === 0n)) return got === null; // a zero square: the kernel declines
          }
          expect(got).not.toBeNull();
          expect(got?.block.m).toEqual(Y.m);
          expect(got?.block.exp).toBe(Y.exp);
          expect(got?.shifts).toEqual(shifts);
          got?.normsLog2.forEach((v, k) => {
            expect(v).toBeGreaterThanOrEqual(norms[k] - 1e-12); // an upper bound (log2 of a double ≈ 1e-15 off)
            expect(v - norms[k]).toBeLessThan(2 ** -38);
          });
        },
      ),
      { numRuns: 150, seed: 142 },
    );
  });
});

describe("without WebAssembly", () => {
  it("expm falls back to the bigint products and gives the same digits and bounds", async () => {
    const A = Array.from({ length: 6 }, (_, i) =>
      Array.from({ length: 6 }, (_, j) => String(((3 * i + 5 * j) % 11) - 5) + "e-1"),
    );
    const { expm } = await import("../../src/precision/expm.js");
    const withKernel = expm(A, { digits: 40 });
    vi.resetModules();
    vi.stubGlobal("WebAssembly", undefined);
    try {
      const fresh = await import("../../src/precision/bigfloat-limbs.js");
      expect(fresh.limbKernelAvailable()).toBe(false);
      const { expm: expmNoWasm } = await import("../../src/precision/expm.js");
      const without = expmNoWasm(A, { digits: 40 });
      expect(without.map((r) => r.map(String))).toEqual(withKernel.map((r) => r.map(String)));
      expect(without.bits).toBe(withKernel.bits);
      // The squarings' norm bounds differ (limbs against Number()), within 2^−38 relative.
      const ratio = without.errorBound.div(withKernel.errorBound).toNumber();
      expect(Math.abs(ratio - 1)).toBeLessThan(1e-9);
    } finally {
      vi.unstubAllGlobals();
      vi.resetModules();
    }
  });
});
