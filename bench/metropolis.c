/*
 * Metropolis spin-flip throughput on a 64x64 Ising torus, plain C (the baseline for
 * bench/metropolis.ts, which compiles this file with gcc -O2 and runs it in the same process run).
 *
 * Same algorithm as src/mcmc/metropolis.ts: random-site single-spin Metropolis, xoshiro128**
 * seeded by splitmix32, acceptance min(1, exp(-beta dE)) from a 10-entry table, int8 spins,
 * precomputed neighbour indices. Prints: attempts, seconds, attempts/s, final energy per spin.
 * Usage: metropolis [sweeps] [beta]
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#define L 64
#define N (L * L)

static uint32_t s[4];
static inline uint32_t rotl(uint32_t x, int k) { return (x << k) | (x >> (32 - k)); }
static inline uint32_t next_u32(void) {
  uint32_t result = rotl(s[1] * 5, 7) * 9, t = s[1] << 9;
  s[2] ^= s[0]; s[3] ^= s[1]; s[1] ^= s[2]; s[0] ^= s[3]; s[2] ^= t; s[3] = rotl(s[3], 11);
  return result;
}
static inline double next_double(void) {
  uint32_t hi = next_u32() >> 5, lo = next_u32() >> 6;
  return (hi * 67108864.0 + lo) / 9007199254740992.0;
}
static uint32_t splitmix32(uint32_t *st) {
  uint32_t z = (*st += 0x9e3779b9u);
  z = (z ^ (z >> 16)) * 0x85ebca6bu;
  z = (z ^ (z >> 13)) * 0xc2b2ae35u;
  return z ^ (z >> 16);
}

int main(int argc, char **argv) {
  long sweeps = argc > 1 ? atol(argv[1]) : 2000;
  double beta = argc > 2 ? atof(argv[2]) : 0.4406868;
  uint32_t st = 12345;
  for (int i = 0; i < 4; i++) s[i] = splitmix32(&st);
  static int8_t spin[N];
  static int32_t nb[4 * N];
  for (int i = 0; i < N; i++) spin[i] = 1;
  for (int y = 0; y < L; y++)
    for (int x = 0; x < L; x++) {
      int i = y * L + x;
      nb[4 * i] = y * L + (x + 1) % L;
      nb[4 * i + 1] = y * L + (x + L - 1) % L;
      nb[4 * i + 2] = ((y + 1) % L) * L + x;
      nb[4 * i + 3] = ((y + L - 1) % L) * L + x;
    }
  double acc[10];
  for (int a = 0; a < 2; a++)
    for (int k = 0; k < 5; k++) {
      double p = exp(-beta * 2 * (2 * a - 1) * (2 * k - 4));
      acc[a * 5 + k] = p < 1 ? p : 1;
    }
  struct timespec t0, t1;
  clock_gettime(CLOCK_MONOTONIC, &t0);
  long attempts = 0;
  for (long sw = 0; sw < sweeps; sw++)
    for (int t = 0; t < N; t++) {
      int i = (int)(((uint64_t)next_u32() * N) >> 32);
      int sp = spin[i];
      int sum = spin[nb[4 * i]] + spin[nb[4 * i + 1]] + spin[nb[4 * i + 2]] + spin[nb[4 * i + 3]];
      double p = acc[((sp + 1) >> 1) * 5 + ((sum + 4) >> 1)];
      if (p >= 1 || next_double() < p) spin[i] = -sp;
      attempts++;
    }
  clock_gettime(CLOCK_MONOTONIC, &t1);
  double secs = (t1.tv_sec - t0.tv_sec) + 1e-9 * (t1.tv_nsec - t0.tv_nsec);
  long e = 0;
  for (int i = 0; i < N; i++) e -= spin[i] * (spin[nb[4 * i]] + spin[nb[4 * i + 2]]);
  printf("%ld %.6f %.6e %.6f\n", attempts, secs, attempts / secs, (double)e / N);
  return 0;
}
