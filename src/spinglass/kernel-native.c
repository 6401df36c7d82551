/*
 * The ThesisSampler step as a native Node-API kernel: the whole `run(n)` loop of
 * src/spinglass/sampler.ts, xoshiro128** (src/random/prng.ts) and the ziggurat
 * (src/spinglass/gauss.ts) included, with the O(N·D) dot products on 4-wide vectors (AVX2 where
 * the building CPU has it; two 2-wide halves otherwise).
 *
 * Why native when kernel.wat exists: WebAssembly's SIMD is 2 doubles wide, and the WebAssembly
 * kernel stays near 1.6 µs a step at N = 64, D = 32 (V8's code spills and reloads). Here the same
 * loop does the same arithmetic 4 lanes at a time, four rows at once: about 0.7 µs a step
 * (bench/thesis-sampler.ts), of which the dot-product pass, at the machine's floating-point
 * throughput for separate multiplies and adds, is about two thirds. The module also computes
 * ThesisSampler.steinMean (stein()), O(N²D), the same way.
 *
 * It must be the *same chain* as the TypeScript reference, bit for bit:
 *  - Every floating-point expression is the JS expression with the same operations in the same
 *    order. Compiled with -ffp-contract=off and without -ffast-math, so no multiply-add is fused
 *    and nothing is reassociated; x86-64 and AArch64 evaluate doubles in binary64 (no x87 excess
 *    precision). The JS reference's four accumulators p0..p3 (one per component c mod 4) are the
 *    four lanes of one vector, summed at the end as (p0 + p1) + (p2 + p3), as in JS.
 *  - exp and log must be V8's Math.exp and Math.log, not the C library's, which may differ in the
 *    last bit. Values that enter the chain (the ziggurat tail's −log u) are computed by calling the
 *    JS functions (about once per 100 steps). The two comparisons u < exp(t) (the MH accept test
 *    and the ziggurat wedge test) use the C library's exp to decide when u is farther than 2^−40
 *    (relative) from it, far beyond the ≤ 1-ulp error of either implementation, and call Math.exp
 *    for the rest (u within 2^−40 of exp(t): probability ~1e-12 per test). The decisions are
 *    therefore exactly those of JS.
 *
 * The θ update of an accepted move is deferred into the next step's dot-product pass, which reads
 * every θ_k anyway (as in kernel.wat): each θ element gets the JS operations in the JS order, one
 * pass over θ per step is saved, and δ alternates between two buffers so that the pending δ
 * survives the next draw. A pending update is flushed before returning.
 *
 * Build: scripts/build-native.ts (run by `npm ci`/`npm install`; it is optional, and without it
 * the WebAssembly kernel runs). The loader (kernel-native.ts) refuses a build whose embedded hash
 * (of this file, the compiler, its version and the flags: src/native/build-identity.ts) differs from
 * the current one's, so an edited kernel, or one built otherwise, is never run stale.
 */
#define NAPI_VERSION 8
#include <node_api.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#ifndef KERNEL_BUILD_HASH
#define KERNEL_BUILD_HASH "unknown"
#endif
#ifndef KERNEL_BUILD_COMPILER
#define KERNEL_BUILD_COMPILER "unknown"
#endif

/* Four doubles; the `u` variant may sit at any 8-byte boundary and alias double arrays. */
typedef double v4d __attribute__((vector_size(32)));
typedef double v4du __attribute__((vector_size(32), aligned(8), may_alias));
typedef long long v4di __attribute__((vector_size(32)));

/* The building blocks of the hot loops, always inlined. */
#define INLINE static inline __attribute__((always_inline))
INLINE v4d ld4(const double *p) { return *(const v4du *)p; }
INLINE void st4(double *p, v4d v) { *(v4du *)p = v; }
INLINE v4d splat4(double x) { return (v4d){x, x, x, x}; }
/* Lane-wise correctly rounded square root (one vsqrtpd when compiled for AVX). */
INLINE v4d sqrt4(v4d x) { return (v4d){__builtin_sqrt(x[0]), __builtin_sqrt(x[1]), __builtin_sqrt(x[2]), __builtin_sqrt(x[3])}; }

/* Everything one run needs: the sampler's arrays and the ziggurat's tables (all in its arena, see
 * layoutFor), and the JS functions for the rare exact exp/log. */
typedef struct {
  int N, D;
  double *m, *theta, *sum, *jt, *mm, *a, *b, *e, *lc;
  uint32_t *rng;
  const int32_t *kn;
  const double *wn, *fn;
  double rzig;
  double *d0, *d1, *p, *q, *an, *bn, *en; /* δ (two buffers), p, q, the proposed a, b, e */
  napi_env env;
  napi_value jsExp, jsLog, undef;
} Run;

/* Math.exp or Math.log of JS, called through Node-API in a handle scope of its own. */
static double callJs(Run *r, napi_value fn, double x) {
  napi_handle_scope scope;
  napi_value arg, res;
  double out = NAN;
  napi_open_handle_scope(r->env, &scope);
  if (napi_create_double(r->env, x, &arg) == napi_ok && napi_call_function(r->env, r->undef, fn, 1, &arg, &res) == napi_ok)
    napi_get_value_double(r->env, res, &out);
  napi_close_handle_scope(r->env, scope);
  return out;
}

/* JS's `u < Math.exp(t)`, exactly, mostly without calling JS (see the header). Only used with
 * t ≤ 0 or NaN. */
static int lessThanExp(Run *r, double u, double t) {
  double y = exp(t);
  if (y >= 0x1p-1000) {
    if (u < y * (1 - 0x1p-40)) return 1;
    if (u > y * (1 + 0x1p-40)) return 0;
  } else if (u >= 0x1p-900) {
    return 0; /* exp(t) < 2^-999 by either implementation */
  }
  return u < callJs(r, r->jsExp, t);
}

/* The xoshiro128** state words s0..s3 of Prng. The hot loop keeps one in a local variable whose
 * address never escapes, so that the compiler holds it in registers; the rare paths get a copy. */
typedef struct {
  uint32_t s0, s1, s2, s3;
} Xo;

/* Prng.nextUint32. */
INLINE uint32_t u32(Xo *x) {
  const uint32_t m = x->s1 * 5;
  const uint32_t result = ((m << 7) | (m >> 25)) * 9;
  const uint32_t t = x->s1 << 9;
  x->s2 ^= x->s0;
  x->s3 ^= x->s1;
  x->s1 ^= x->s2;
  x->s0 ^= x->s3;
  x->s2 ^= t;
  x->s3 = (x->s3 << 11) | (x->s3 >> 21);
  return result;
}

/* Prng.next: (hi · 2^26 + lo) / 2^53 with hi = u32 >>> 5 drawn first, lo = u32 >>> 6. */
INLINE double next(Xo *x) {
  const double hi = (double)(u32(x) >> 5);
  const double lo = (double)(u32(x) >> 6);
  return (hi * 67108864.0 + lo) / 9007199254740992.0;
}

/* gauss.ts uniformOpen: (u32 + 0.5) / 2^32. */
INLINE double uopen(Xo *x) { return ((double)u32(x) + 0.5) / 4294967296.0; }

/* gauss.ts zigguratNormal, line for line, from its slow path on: entered with the first (hz, iz)
 * drawn, when the fast test failed (about 1.2 % of draws). */
static __attribute__((noinline)) double normalFrom(Run *r, Xo *x, int32_t hz, uint32_t iz) {
  for (;;) {
    const double hzd = (double)hz;
    if (fabs(hzd) < (double)r->kn[iz]) return hzd * r->wn[iz];
    const double v = hzd * r->wn[iz];
    if (iz == 0) {
      double xt, y;
      do {
        xt = -callJs(r, r->jsLog, uopen(x)) / r->rzig;
        y = -callJs(r, r->jsLog, uopen(x));
      } while (y + y < xt * xt);
      return hz > 0 ? r->rzig + xt : -r->rzig - xt;
    }
    const double fi = r->fn[iz];
    if (lessThanExp(r, fi + uopen(x) * (r->fn[iz - 1] - fi), -0.5 * v * v)) return v;
    hz = (int32_t)u32(x);
    iz = u32(x) & 127;
  }
}

/* gauss.ts zigguratNormal: hz = u32 | 0, iz = u32 & 127; if (|hz| < KN[iz]) return hz * WN[iz]. */
INLINE double normal(Run *r, Xo *x) {
  const int32_t hz = (int32_t)u32(x);
  const uint32_t iz = u32(x) & 127;
  const double hzd = (double)hz;
  if (__builtin_expect(fabs(hzd) < (double)r->kn[iz], 1)) return hzd * r->wn[iz];
  Xo copy = *x;
  const double v = normalFrom(r, &copy, hz, iz);
  *x = copy;
  return v;
}

/* θ_k += J_ki δ for every k (JS: theta[oc] += jk * delta[c]). */
INLINE void applyUpdate(double *theta, int N, int D, const double *jcol, const double *delta) {
  for (int k = 0; k < N; k++) {
    const v4d jk = splat4(jcol[k]);
    double *tk = theta + (size_t)k * D;
    for (int c = 0; c < D; c += 4) st4(tk + c, ld4(tk + c) + jk * ld4(delta + c));
  }
}

/* JS: p[k] = p0 + p1 + (p2 + p3), the lanes of one accumulator. */
INLINE double lanes(v4d v) { return v[0] + v[1] + (v[2] + v[3]); }

/* lanes() of four accumulators at once, by a transpose: pairs (0+1, 2+3) of rows 0 and 1, and of
 * rows 2 and 3, then the 0+1 halves plus the 2+3 halves. The same additions, so the same values. */
INLINE v4d lanes4(v4d r0, v4d r1, v4d r2, v4d r3) {
  const v4d s01 = __builtin_shuffle(r0, r1, (v4di){0, 4, 2, 6}) + __builtin_shuffle(r0, r1, (v4di){1, 5, 3, 7});
  const v4d s23 = __builtin_shuffle(r2, r3, (v4di){0, 4, 2, 6}) + __builtin_shuffle(r2, r3, (v4di){1, 5, 3, 7});
  return __builtin_shuffle(s01, s23, (v4di){0, 1, 4, 5}) + __builtin_shuffle(s01, s23, (v4di){2, 3, 6, 7});
}

/*
 * p_k = m_k·δ and q_k = θ_k·δ for the NR rows from k (NR = 1..4, a constant after inlining), the
 * JS reference's four accumulators being the four lanes; with a pending update (jcol non-null)
 * each θ_k first gets θ_k += J_ki δ_prev, stored back. Several rows at once give the adds
 * independent chains to overlap (one row alone waits on its accumulator's add latency).
 */
INLINE void dotRows(const int NR, int k, int D, const double *m, double *theta, const double *dcur, const double *dprev, const double *jcol, double *p, double *q) {
  v4d ap[4], aq[4], jk[4];
  const double *mk[4];
  double *tk[4];
#pragma GCC unroll 4
  for (int r = 0; r < NR; r++) {
    ap[r] = aq[r] = splat4(0);
    mk[r] = m + (size_t)(k + r) * D;
    tk[r] = theta + (size_t)(k + r) * D;
    jk[r] = splat4(jcol ? jcol[k + r] : 0);
  }
  if (jcol) {
    for (int c = 0; c < D; c += 4) {
      const v4d d = ld4(dcur + c), dp = ld4(dprev + c);
#pragma GCC unroll 4
      for (int r = 0; r < NR; r++) {
        const v4d th = ld4(tk[r] + c) + jk[r] * dp;
        st4(tk[r] + c, th);
        ap[r] += ld4(mk[r] + c) * d;
        aq[r] += th * d;
      }
    }
  } else {
    for (int c = 0; c < D; c += 4) {
      const v4d d = ld4(dcur + c);
#pragma GCC unroll 4
      for (int r = 0; r < NR; r++) {
        ap[r] += ld4(mk[r] + c) * d;
        aq[r] += ld4(tk[r] + c) * d;
      }
    }
  }
  if (NR == 4) {
    st4(p + k, lanes4(ap[0], ap[1], ap[2], ap[3]));
    st4(q + k, lanes4(aq[0], aq[1], aq[2], aq[3]));
  } else {
#pragma GCC unroll 4
    for (int r = 0; r < NR; r++) {
      p[k + r] = lanes(ap[r]);
      q[k + r] = lanes(aq[r]);
    }
  }
}

/*
 * Up to n steps of ThesisSampler.step; stops early right after the acceptance that brings
 * acceptLeft to 0 (JS then refreshes). `steps` and `measureFrom` are the JS counters before the
 * call. Returns the steps taken and sets *accepted.
 *
 * The arrays are held in locals (stores through the vector type may alias anything, so fields of
 * `r` would be reloaded after each). The current and proposed a, b, e swap roles on acceptance
 * instead of being copied; the sampler's arrays get the final values at the end.
 */
static int runSteps(Run *r, int n, double beta, double sigma, double R, double steps, double measureFrom, int acceptLeft, int *accepted) {
  const int N = r->N, D = r->D;
  double *const m = r->m, *const theta = r->theta, *const sum = r->sum, *const mm = r->mm, *const lc = r->lc;
  const double *const jt = r->jt;
  double *const p = r->p, *const q = r->q;
  double *a = r->a, *b = r->b, *e = r->e, *an = r->an, *bn = r->bn, *en = r->en;
  Xo s = {r->rng[0], r->rng[1], r->rng[2], r->rng[3]};
  double *dcur = r->d0, *dprev = r->d1;
  const double *pcol = NULL; /* Jᵀ row of a pending θ update, or NULL */
  const double halfR2 = 0.5 * R * R;
  int t = 0, acc = 0;
  while (t < n) {
    /* i = Math.floor(rng.next() * N) */
    const int i = (int)floor(next(&s) * (double)N);
    /* for c: v = sigma * zigguratNormal(rng); delta[c] = v; dd += v * v */
    double dd = 0;
    for (int c = 0; c < D; c++) {
      const double v = sigma * normal(r, &s);
      dcur[c] = v;
      dd += v * v;
    }
    int k = 0;
    for (; k + 4 <= N; k += 4) dotRows(4, k, D, m, theta, dcur, dprev, pcol, p, q);
    for (; k < N; k++) dotRows(1, k, D, m, theta, dcur, dprev, pcol, p, q);
    pcol = NULL;
    /* The proposed per-site scalars and ΔH. JS, for every k in order:
     *   ak = a[k] + jk * p[k];  bk = b[k] + 2 * jk * q[k] + jk * jk * dd;  mmk = mm[k]
     *   if (k === i) { mmk += 2 * p[k] + dd; ak += q[k] + jk * dd }
     *   ek = 0.5 * mmk - (R * ak) / Math.sqrt(bk) + halfR2;  dH += ek - e[k]
     * Four sites per vector; site i's a and e are computed first and put into their lane. The sum
     * dH stays sequential in k, lane after lane, and runs alongside the vector work. (Fusing this
     * loop into the dot-product blocks measured 15-20 % slower: it crowds the registers.) */
    const double *col = jt + (size_t)i * N;
    const double ji = col[i];
    const double ai = a[i] + ji * p[i] + (q[i] + ji * dd);
    const double ei = 0.5 * (mm[i] + (2 * p[i] + dd)) - (R * ai) / __builtin_sqrt(b[i] + 2 * ji * q[i] + ji * ji * dd) + halfR2;
    const v4d dd4 = splat4(dd), R4 = splat4(R), halfR24 = splat4(halfR2);
    double dH = 0;
    for (k = 0; k + 4 <= N; k += 4) {
      const v4d jk = ld4(col + k);
      v4d ak = ld4(a + k) + jk * ld4(p + k);
      const v4d bk = ld4(b + k) + splat4(2) * jk * ld4(q + k) + jk * jk * dd4;
      v4d ek = splat4(0.5) * ld4(mm + k) - (R4 * ak) / sqrt4(bk) + halfR24;
      if ((unsigned)(i - k) < 4) {
        ak[i - k] = ai;
        ek[i - k] = ei;
      }
      st4(an + k, ak);
      st4(bn + k, bk);
      st4(en + k, ek);
      const v4d de = ek - ld4(e + k);
      dH += de[0];
      dH += de[1];
      dH += de[2];
      dH += de[3];
    }
    for (; k < N; k++) {
      const double jk = col[k];
      const double ak = k == i ? ai : a[k] + jk * p[k];
      const double bk = b[k] + 2 * jk * q[k] + jk * jk * dd;
      const double ek = k == i ? ei : 0.5 * mm[k] - (R * ak) / __builtin_sqrt(bk) + halfR2;
      an[k] = ak;
      bn[k] = bk;
      en[k] = ek;
      dH += ek - e[k];
    }
    /* this.steps++; accept = dH <= 0 || rng.next() < Math.exp(-this.beta * dH) */
    steps += 1;
    t++;
    if (!(dH <= 0) && !lessThanExp(r, next(&s), -beta * dH)) continue;
    acc++;
    double *mi = m + (size_t)i * D;
    if (steps > measureFrom) {
      /* w = steps - 1 - lastChange[i]; sum[oi + c] += w * m[oi + c]; lastChange[i] = steps - 1 */
      const double w = steps - 1 - lc[i];
      double *si = sum + (size_t)i * D;
      for (int c = 0; c < D; c++) si[c] += w * mi[c];
      lc[i] = steps - 1;
    }
    for (int c = 0; c < D; c++) mi[c] += dcur[c];
    mm[i] += 2 * p[i] + dd;
    /* a.set(aNew); b.set(bNew); e.set(eNew), by swapping roles */
    double *tmp = a;
    a = an, an = tmp, tmp = b, b = bn, bn = tmp, tmp = e, e = en, en = tmp;
    /* θ_k += J_ki δ: pending, done by the next dot-product pass (or the flush below). */
    pcol = col;
    tmp = dcur, dcur = dprev, dprev = tmp;
    /* if (++sinceRefresh >= refreshEvery) refresh(): JS does the refresh, so stop here. */
    if (--acceptLeft <= 0) break;
  }
  if (pcol) applyUpdate(theta, N, D, pcol, dprev);
  if (a != r->a) {
    memcpy(r->a, a, sizeof(double) * N);
    memcpy(r->b, b, sizeof(double) * N);
    memcpy(r->e, e, sizeof(double) * N);
  }
  r->rng[0] = s.s0, r->rng[1] = s.s1, r->rng[2] = s.s2, r->rng[3] = s.s3;
  *accepted = acc;
  return t;
}

/* ---- Node-API glue ---- */

static napi_value throwRange(napi_env env, const char *msg) {
  napi_throw_range_error(env, NULL, msg);
  return NULL;
}

/*
 * One sampler's arena: every array the kernel touches, at byte offsets from a 4096-aligned base,
 * each region 64-byte aligned (whole cache lines; the 32-byte vectors never straddle one). JS
 * allocates the arena with alloc() and views it through layout()'s offsets.
 *
 * Why an arena: with the arrays allocated by JS, their placement was the allocator's, and the same
 * kernel measured anywhere from 0.76 to 1.14 µs a step from one sampler to the next; in the arena
 * the spread is gone. θ is placed 2048 bytes (mod 4096) past m: the dot-product pass stores to θ
 * rows while loading the m rows of the same block, and a load whose address equals an in-flight
 * store's in its low 12 bits waits for it (4K aliasing); θ at 0 mod 4096 from m measured about 5 %
 * slower than at 1024, 2048 or 3072.
 */
typedef struct {
  size_t rng, acc, kn, wn, fn, m, theta, d0, d1, sum, jt, mm, a, b, e, lc, an, bn, en, p, q, g, v, bytes;
} Layout;

static Layout layoutFor(size_t N, size_t D) {
  Layout L;
  size_t o = 0;
#define PUT(field, nbytes) (L.field = o, o = (o + (nbytes) + 63) & ~(size_t)63)
  PUT(rng, 16);   /* xoshiro128** state, 4 x u32 */
  PUT(acc, 8);    /* moves accepted by the last run, f64 */
  PUT(kn, 512);   /* ziggurat tables of gauss.ts: KN (128 x i32), WN, FN (128 x f64) */
  PUT(wn, 1024);
  PUT(fn, 1024);
  PUT(m, N * D * 8);
  o += (2048 - (o - L.m) % 4096 + 4096) % 4096;
  PUT(theta, N * D * 8);
  PUT(d0, D * 8); /* δ, two buffers used in turn */
  PUT(d1, D * 8);
  PUT(sum, N * D * 8);
  PUT(jt, N * N * 8);
  PUT(mm, N * 8);
  PUT(a, N * 8);
  PUT(b, N * 8);
  PUT(e, N * 8);
  PUT(lc, N * 8);
  PUT(an, N * 8); /* proposed a, b, e (swap roles with a, b, e on acceptance) */
  PUT(bn, N * 8);
  PUT(en, N * 8);
  PUT(p, N * 8);
  PUT(q, N * 8);
  PUT(g, N * D * 8); /* the Stein estimator's output, and its scratch */
  PUT(v, N * D * 8);
#undef PUT
  L.bytes = o;
  return L;
}

/* N and D from two JS numbers, or 0 with an exception pending. */
static int sizesFrom(napi_env env, double Nd, double Dd, size_t *N, size_t *D) {
  if (!(Nd >= 1 && Nd <= 1 << 20 && Nd == floor(Nd)) || !(Dd >= 4 && Dd <= 1 << 20 && Dd == floor(Dd)) || ((long)Dd & 3) != 0 || Nd * Dd > 1 << 26) {
    throwRange(env, "N must be an integer in [1, 2^20] and D a multiple of 4, with N·D <= 2^26");
    return 0;
  }
  *N = (size_t)Nd, *D = (size_t)Dd;
  return 1;
}

/* layout(N, D): the arena's byte offsets { bytes, rng, acc, kn, wn, fn, m, theta, sum, jt, mm, a, b, e, lc, g }. */
static napi_value jsLayout(napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value argv[2], obj, v;
  double Nd = NAN, Dd = NAN;
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  if (argc != 2 || napi_get_value_double(env, argv[0], &Nd) != napi_ok || napi_get_value_double(env, argv[1], &Dd) != napi_ok)
    return throwRange(env, "layout(N, D): two numbers expected");
  size_t N, D;
  if (!sizesFrom(env, Nd, Dd, &N, &D)) return NULL;
  const Layout L = layoutFor(N, D);
  napi_create_object(env, &obj);
#define FIELD(name)                                 \
  napi_create_double(env, (double)L.name, &v); \
  napi_set_named_property(env, obj, #name, v)
  FIELD(bytes), FIELD(rng), FIELD(acc), FIELD(kn), FIELD(wn), FIELD(fn), FIELD(m), FIELD(theta), FIELD(sum);
  FIELD(jt), FIELD(mm), FIELD(a), FIELD(b), FIELD(e), FIELD(lc), FIELD(g);
#undef FIELD
  return obj;
}

static void freeArena(napi_env env, void *data, void *hint) {
  (void)env, (void)hint;
  free(data);
}

/* alloc(bytes): a zeroed, 4096-aligned ArrayBuffer owned by the kernel (freed when collected). */
static napi_value jsAlloc(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1], buf;
  double bytes = NAN;
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  if (argc != 1 || napi_get_value_double(env, argv[0], &bytes) != napi_ok || !(bytes >= 1 && bytes <= 1UL << 31))
    return throwRange(env, "alloc(bytes): bytes must be in [1, 2^31]");
  const size_t size = ((size_t)bytes + 4095) & ~(size_t)4095;
  void *mem = aligned_alloc(4096, size);
  if (!mem) {
    napi_throw_error(env, NULL, "alloc: out of memory");
    return NULL;
  }
  memset(mem, 0, size);
  if (napi_create_external_arraybuffer(env, mem, (size_t)bytes, freeArena, NULL, &buf) != napi_ok) {
    free(mem);
    napi_throw_error(env, NULL, "alloc: this runtime refuses external ArrayBuffers");
    return NULL;
  }
  return buf;
}

/*
 * The arguments of run() and stein(): exactly `argc` of them into argv (else RangeError `usage`),
 * the first an alloc() of at least layout(N, D).bytes, the second a Float64Array(10) starting
 * [N, D]. Returns 0 with a RangeError pending otherwise.
 */
static int arenaArgs(napi_env env, napi_callback_info info, size_t argc, napi_value *argv, const char *usage, char **base, const double **par, Layout *L) {
  size_t got = argc;
  if (napi_get_cb_info(env, info, &got, argv, NULL, NULL) != napi_ok || got != argc) return throwRange(env, usage), 0;
  const napi_value arena = argv[0], params = argv[1];
  bool isBuf = false, isTyped = false;
  void *data = NULL, *pdata = NULL;
  size_t byteLength = 0, plen = 0;
  napi_typedarray_type ptype;
  napi_is_arraybuffer(env, arena, &isBuf);
  napi_is_typedarray(env, params, &isTyped);
  if (!isBuf || !isTyped) return throwRange(env, "arena must be an ArrayBuffer and params a Float64Array"), 0;
  napi_get_arraybuffer_info(env, arena, &data, &byteLength);
  napi_get_typedarray_info(env, params, &ptype, &plen, &pdata, NULL, NULL);
  if (ptype != napi_float64_array || plen != 10) return throwRange(env, "params must be a Float64Array(10)"), 0;
  size_t N, D;
  if (!sizesFrom(env, ((const double *)pdata)[0], ((const double *)pdata)[1], &N, &D)) return 0;
  *L = layoutFor(N, D);
  if (byteLength < L->bytes || ((uintptr_t)data & 63) != 0) return throwRange(env, "the arena is not an alloc() of layout(N, D).bytes"), 0;
  *base = data, *par = pdata;
  return 1;
}

/*
 * run(arena, params, exp, log) with params a Float64Array
 *   [N, D, n, beta, sigma, R, rzig, steps, measureFrom, acceptLeft].
 * Returns the steps taken; the arena's `acc` slot holds the moves accepted.
 */
static napi_value jsRun(napi_env env, napi_callback_info info) {
  napi_value argv[4];
  char *c;
  const double *par;
  Layout L;
  if (!arenaArgs(env, info, 4, argv, "run: expected (arena, params, exp, log)", &c, &par, &L)) return NULL;
  const double nd = par[2], al = par[9];
  if (!(nd >= 0 && nd < 2147483648.0 && nd == floor(nd)) || !(al >= -2147483648.0 && al < 2147483648.0 && al == floor(al)))
    return throwRange(env, "run: n and acceptLeft must be 32-bit integers, n >= 0");
  napi_valuetype te, tl;
  if (napi_typeof(env, argv[2], &te) != napi_ok || napi_typeof(env, argv[3], &tl) != napi_ok || te != napi_function || tl != napi_function)
    return throwRange(env, "run: exp and log must be functions");
  Run r;
  r.N = (int)par[0], r.D = (int)par[1], r.env = env, r.jsExp = argv[2], r.jsLog = argv[3], r.rzig = par[6];
  napi_get_undefined(env, &r.undef);
  r.rng = (uint32_t *)(c + L.rng), r.kn = (const int32_t *)(c + L.kn), r.wn = (const double *)(c + L.wn), r.fn = (const double *)(c + L.fn);
  r.m = (double *)(c + L.m), r.theta = (double *)(c + L.theta), r.sum = (double *)(c + L.sum), r.jt = (double *)(c + L.jt);
  r.mm = (double *)(c + L.mm), r.a = (double *)(c + L.a), r.b = (double *)(c + L.b), r.e = (double *)(c + L.e), r.lc = (double *)(c + L.lc);
  r.an = (double *)(c + L.an), r.bn = (double *)(c + L.bn), r.en = (double *)(c + L.en), r.p = (double *)(c + L.p), r.q = (double *)(c + L.q);
  r.d0 = (double *)(c + L.d0), r.d1 = (double *)(c + L.d1);
  int accepted = 0;
  const int taken = runSteps(&r, (int)par[2], par[3], par[4], par[5], par[7], par[8], (int)al, &accepted);
  *(double *)(c + L.acc) = accepted;
  napi_value result;
  napi_create_int32(env, taken, &result);
  return result;
}

/*
 * stein(arena, params), params [N, D, _, _, _, R, ...]: ThesisSampler.steinMean of the arena's state
 * into its `g` region, the same operations in the same order as the TypeScript:
 *   v_k = R (m_k − (a_k/b_k) θ_k) / √b_k,   g_i = R θ_i / √b_i,   then g_i += J_ki v_k for k = 0..N−1
 * in that order, skipping J_ki = 0 (four components of g_i at a time: each lane is one component,
 * summed over k in the same order). JS loops k outside i; the order of the sum for any one
 * component is the same.
 */
static napi_value jsStein(napi_env env, napi_callback_info info) {
  napi_value argv[2];
  char *c;
  const double *par;
  Layout L;
  if (!arenaArgs(env, info, 2, argv, "stein: expected (arena, params)", &c, &par, &L)) return NULL;
  const int N = (int)par[0], D = (int)par[1];
  const double R = par[5];
  const double *m = (const double *)(c + L.m), *theta = (const double *)(c + L.theta), *jt = (const double *)(c + L.jt);
  const double *a = (const double *)(c + L.a), *b = (const double *)(c + L.b);
  double *g = (double *)(c + L.g), *v = (double *)(c + L.v);
  for (int k = 0; k < N; k++) {
    const double tn = __builtin_sqrt(b[k]);
    const double proj = a[k] / b[k];
    const size_t o = (size_t)k * D;
    for (int d = 0; d < D; d++) {
      v[o + d] = (R * (m[o + d] - proj * theta[o + d])) / tn;
      g[o + d] = (R * theta[o + d]) / tn;
    }
  }
  for (int i = 0; i < N; i++) {
    double *gi = g + (size_t)i * D;
    const double *col = jt + (size_t)i * N; /* J_ki for k = 0..N−1 */
    for (int d = 0; d < D; d += 4) {
      v4d acc = ld4(gi + d);
      for (int k = 0; k < N; k++) {
        if (col[k] == 0) continue;
        acc += splat4(col[k]) * ld4(v + (size_t)k * D + d);
      }
      st4(gi + d, acc);
    }
  }
  return NULL;
}

NAPI_MODULE_INIT() {
#if defined(__AVX2__) && defined(__x86_64__)
  /* Built with -mavx2 because the building CPU had it; refuse to load on one without. */
  if (!__builtin_cpu_supports("avx2")) {
    napi_throw_error(env, NULL, "this build of the kernel needs AVX2, which this CPU lacks (npm run build:native)");
    return NULL;
  }
#endif
  napi_value fn, hash;
  napi_create_function(env, "layout", NAPI_AUTO_LENGTH, jsLayout, NULL, &fn);
  napi_set_named_property(env, exports, "layout", fn);
  napi_create_function(env, "alloc", NAPI_AUTO_LENGTH, jsAlloc, NULL, &fn);
  napi_set_named_property(env, exports, "alloc", fn);
  napi_create_function(env, "run", NAPI_AUTO_LENGTH, jsRun, NULL, &fn);
  napi_set_named_property(env, exports, "run", fn);
  napi_create_function(env, "stein", NAPI_AUTO_LENGTH, jsStein, NULL, &fn);
  napi_set_named_property(env, exports, "stein", fn);
  napi_create_string_utf8(env, KERNEL_BUILD_HASH, NAPI_AUTO_LENGTH, &hash);
  napi_set_named_property(env, exports, "buildHash", hash);
  napi_create_string_utf8(env, KERNEL_BUILD_COMPILER, NAPI_AUTO_LENGTH, &hash);
  napi_set_named_property(env, exports, "buildCompiler", hash);
  return exports;
}
