/*
 * Random-site Metropolis on a spin lattice as a native Node-API kernel: `n` attempts of
 * src/mcmc/metropolis.ts's metropolisSweep loop, xoshiro128** (src/random/prng.ts) included.
 *
 * It must be the *same chain* as the TypeScript reference, bit for bit: the same RNG outputs are
 * drawn in the same order, the same site is chosen, and every accept decision is the same. The
 * reference, per attempt:
 *   i = floor(u·N / 2^32)                          (u the next 32-bit output)
 *   p = table[(s_i + 1)/2 · 5 + (Σ_nb s_j + 4)/2]  (min(1, e^{−βΔE}), computed in JS with Math.exp)
 *   flip if p >= 1, else draw x = (hi·2^26 + lo)/2^53 (hi = u1 >>> 5, lo = u2 >>> 6) and flip if x < p.
 * Here, exactly:
 *  - floor(u·N / 2^32) is (u·N) >> 32 in integers: u·N < 2^53 for N <= 2^21, so the JS product,
 *    its division by 2^32 and the floor are exact.
 *  - x < p with k = hi·2^26 + lo an integer < 2^53 and x = k/2^53 exactly: x < p ⇔ k < p·2^53
 *    (exact, a power-of-two scaling) ⇔ k < T with T = ceil(p·2^53) (k is an integer). With
 *    T = TH·2^26 + TL: k < T ⇔ hi < TH, or hi = TH and lo < TL. So the second output decides only
 *    on a tie (probability 2^−27) and is otherwise not even formed, though the state advances past it
 *    as in JS. p NaN or <= 0 gives T = 0 (never accepted; JS: x < NaN is false), after both draws.
 *  - The table is the JS table itself (Math.exp's values, passed in), so no C exp enters the chain.
 *
 * Why it is faster than the plain C loop (bench/metropolis.c, the same algorithm): the attempt's
 * decision waits on the site's spin and its four neighbours. Here each site's key
 * 8·s_i + Σ_nb s_j + 12 ∈ [0, 24] is kept in a byte array (built at the start of each call, updated
 * on each flip: the site's own key and its four neighbours'), so an attempt loads one byte and tests
 * one bit of a 25-bit mask (need a uniform?), and the neighbour table is read only on a flip (19 %
 * of attempts at K_c). The branch "need a uniform" is unpredictable (about a quarter of attempts
 * flip without one), and the shorter its inputs' chain, the less each misprediction costs.
 *
 * The neighbour relation must be symmetric with multiplicity (j lists i as often as i lists j) and
 * without self-neighbours, as torusState's is (on the 2×2 torus a site lists its neighbour twice,
 * and is listed twice): the key update on a flip walks the flipped site's own list. run() checks
 * this and returns −1 (having changed nothing) otherwise, and the caller runs the TypeScript.
 *
 * Build: scripts/build-native.ts, with the thesis sampler's kernel (optional; without it the
 * WebAssembly kernel metropolis.wat runs, the same loop and the same chain). The loader refuses a
 * build whose embedded hash (source, compiler, compiler version, flags) is not the current one's.
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

static inline uint32_t rotl(uint32_t x, int k) { return (x << k) | (x >> (32 - k)); }

/* One xoshiro128** step on the state words in registers (prng.ts's nextUint32, output from s1). */
#define XO_ADVANCE(s0, s1, s2, s3)   \
  do {                               \
    const uint32_t t_ = (s1) << 9;   \
    (s2) ^= (s0);                    \
    (s3) ^= (s1);                    \
    (s1) ^= (s2);                    \
    (s0) ^= (s3);                    \
    (s2) ^= t_;                      \
    (s3) = rotl((s3), 11);           \
  } while (0)
#define XO_OUTPUT(s1) (rotl((s1) * 5u, 7) * 9u)

/*
 * Whether nb (4 entries a site, all in [0, N)) is symmetric with multiplicity and has no self-loops.
 * Counting i among j's entries is 4 compares, so this is 16·N compares: under 10 % of one sweep.
 */
static int symmetricNeighbours(const int32_t *nb, uint32_t N) {
  for (uint32_t i = 0; i < N; i++)
    for (int k = 0; k < 4; k++) {
      const int32_t j = nb[4 * i + k];
      if (j < 0 || (uint32_t)j >= N || (uint32_t)j == i) return 0;
      int there = 0, back = 0;
      for (int l = 0; l < 4; l++) there += nb[4 * i + l] == j, back += nb[4 * (uint32_t)j + l] == (int32_t)i;
      if (there != back) return 0;
    }
  return 1;
}

/*
 * n attempts; returns the flips, or −1 (nothing changed) when nb is not symmetric, −2 when a spin is
 * not ±1.
 */
static double runAttempts(int8_t *spin, const int32_t *nb, uint32_t N, const double *table, uint32_t *rng, double n) {
  if (!symmetricNeighbours(nb, N)) return -1;
  /* Per key: need (bit of needMask), and the threshold T = TH·2^26 + TL. */
  uint32_t needMask = 0, TH[25] = {0}, TL[25] = {0};
  for (int a = 0; a < 2; a++)
    for (int k = 0; k < 5; k++) {
      const double p = table[a * 5 + k];
      const int key = 8 * (2 * a - 1) + (2 * k - 4) + 12;
      if (p >= 1) continue; /* flip without a draw */
      needMask |= 1u << key;
      const uint64_t T = p > 0 ? (uint64_t)ceil(p * 9007199254740992.0) : 0; /* p·2^53 < 2^53 */
      TH[key] = (uint32_t)(T >> 26);
      TL[key] = (uint32_t)(T & 0x3ffffff);
    }
  uint8_t *key = malloc(N);
  if (!key) return -3;
  for (uint32_t i = 0; i < N; i++) {
    const int s = spin[i];
    if (s != 1 && s != -1) {
      free(key);
      return -2;
    }
    const int32_t *q = nb + 4 * (size_t)i;
    key[i] = (uint8_t)(8 * s + spin[q[0]] + spin[q[1]] + spin[q[2]] + spin[q[3]] + 12);
  }
  uint32_t s0 = rng[0], s1 = rng[1], s2 = rng[2], s3 = rng[3];
  double flips = 0;
  const uint64_t total = (uint64_t)n;
  for (uint64_t t = 0; t < total; t++) {
    const uint32_t u = XO_OUTPUT(s1);
    XO_ADVANCE(s0, s1, s2, s3);
    const uint32_t i = (uint32_t)(((uint64_t)u * N) >> 32);
    const uint32_t kk = key[i];
    if ((needMask >> kk) & 1) {
      const uint32_t hi = XO_OUTPUT(s1) >> 5;
      XO_ADVANCE(s0, s1, s2, s3);
      const uint32_t b = s1; /* the second output comes from this word */
      XO_ADVANCE(s0, s1, s2, s3);
      int accept = hi < TH[kk];
      if (__builtin_expect(hi == TH[kk], 0)) accept = (XO_OUTPUT(b) >> 6) < TL[kk];
      if (!accept) continue;
    }
    const int s = spin[i];
    spin[i] = (int8_t)-s;
    key[i] = (uint8_t)(kk - 16 * s);
    const int32_t *q = nb + 4 * (size_t)i;
    const uint8_t d = (uint8_t)(-2 * s);
    key[q[0]] += d, key[q[1]] += d, key[q[2]] += d, key[q[3]] += d;
    flips++;
  }
  rng[0] = s0, rng[1] = s1, rng[2] = s2, rng[3] = s3;
  free(key);
  return flips;
}

/* ---- Node-API glue ---- */

static napi_value throwRange(napi_env env, const char *msg) {
  napi_throw_range_error(env, NULL, msg);
  return NULL;
}

/* The data of typed array `v` if it is of `type` with `len` elements (len 0: any length ≥ 1), else NULL. */
static void *typed(napi_env env, napi_value v, napi_typedarray_type type, size_t len, size_t *got) {
  bool isTyped = false;
  if (napi_is_typedarray(env, v, &isTyped) != napi_ok || !isTyped) return NULL;
  napi_typedarray_type t;
  size_t n = 0;
  void *data = NULL;
  if (napi_get_typedarray_info(env, v, &t, &n, &data, NULL, NULL) != napi_ok || t != type) return NULL;
  if ((len && n != len) || n == 0) return NULL;
  if (got) *got = n;
  return data;
}

/*
 * run(spins: Int8Array(N), nb: Int32Array(4N), table: Float64Array(10), rng: Uint32Array(4), n):
 * n attempts (an integer in [0, 2^53)); returns the flips, or −1 having changed nothing when nb is
 * not a symmetric neighbour table. N <= 2^21.
 */
static napi_value jsRun(napi_env env, napi_callback_info info) {
  size_t argc = 5;
  napi_value argv[5];
  if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok || argc != 5)
    return throwRange(env, "run: expected (spins, nb, table, rng, n)");
  size_t N = 0, nbLen = 0;
  int8_t *spin = typed(env, argv[0], napi_int8_array, 0, &N);
  int32_t *nb = typed(env, argv[1], napi_int32_array, 0, &nbLen);
  double *table = typed(env, argv[2], napi_float64_array, 10, NULL);
  uint32_t *rng = typed(env, argv[3], napi_uint32_array, 4, NULL);
  double n = NAN;
  if (!spin || !nb || !table || !rng)
    return throwRange(env, "run: spins must be an Int8Array, nb an Int32Array, table a Float64Array(10), rng a Uint32Array(4)");
  if (N > (1u << 21) || nbLen != 4 * N) return throwRange(env, "run: need N <= 2^21 spins and 4N neighbour entries");
  if (napi_get_value_double(env, argv[4], &n) != napi_ok || !(n >= 0 && n < 9007199254740992.0 && n == floor(n)))
    return throwRange(env, "run: n must be an integer in [0, 2^53)");
  if ((rng[0] | rng[1] | rng[2] | rng[3]) == 0) return throwRange(env, "run: the all-zero RNG state is invalid");
  const double flips = runAttempts(spin, nb, (uint32_t)N, table, rng, n);
  if (flips == -2) return throwRange(env, "run: every spin must be +1 or -1");
  if (flips == -3) {
    napi_throw_error(env, NULL, "run: out of memory");
    return NULL;
  }
  napi_value result;
  napi_create_double(env, flips, &result);
  return result;
}

NAPI_MODULE_INIT() {
  napi_value fn, hash;
  napi_create_function(env, "run", NAPI_AUTO_LENGTH, jsRun, NULL, &fn);
  napi_set_named_property(env, exports, "run", fn);
  napi_create_string_utf8(env, KERNEL_BUILD_HASH, NAPI_AUTO_LENGTH, &hash);
  napi_set_named_property(env, exports, "buildHash", hash);
  napi_create_string_utf8(env, KERNEL_BUILD_COMPILER, NAPI_AUTO_LENGTH, &hash);
  napi_set_named_property(env, exports, "buildCompiler", hash);
  return exports;
}
