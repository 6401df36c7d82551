#!/usr/bin/env python3
"""Time mpmath on Kaufman's ln Z of the L x L torus, the formula of fixtures/ising-torus.py (called by
bench/kaufman.ts once per round; prints one JSON line).

Input on stdin: {"Ls": [int], "beta": str, "digits": int, "reps": int}. mpmath works at
mp.dps = digits (its own guard bits on top), the digits spinspec returns.
Output: {"L": {"ms": median wall time over reps, "cpuMs": mean CPU time, "value": ln Z as a string}}.
"""
import json
import sys
import time

from mpmath import acosh, cos, cosh, log, mp, mpf, nstr, pi, sinh, tanh


def kaufman_logz(m, n, K):
    K = mpf(K)
    c0 = cosh(2 * K) * cosh(2 * K) / sinh(2 * K)

    def gamma(l):
        if l == 0:
            return 2 * K + log(tanh(K))
        return acosh(c0 - cos(pi * l / n))

    z = [mpf(1)] * 4
    for r in range(n):
        go = m * gamma(2 * r + 1) / 2
        ge = m * gamma(2 * r) / 2
        z[0] *= 2 * cosh(go)
        z[1] *= 2 * sinh(go)
        z[2] *= 2 * cosh(ge)
        z[3] *= 2 * sinh(ge)
    return mpf(m * n) / 2 * log(2 * sinh(2 * K)) + log(sum(z) / 2)


cfg = json.load(sys.stdin)
mp.dps = cfg["digits"]
out = {}
for L in cfg["Ls"]:
    times = []
    value = None
    c0 = time.process_time()
    for _ in range(cfg["reps"]):
        t = time.perf_counter()
        value = kaufman_logz(L, L, cfg["beta"])
        times.append((time.perf_counter() - t) * 1000)
    cpu = (time.process_time() - c0) * 1000 / cfg["reps"]
    out[str(L)] = {"ms": sorted(times)[len(times) // 2], "cpuMs": cpu, "value": nstr(value, cfg["digits"])}
print(json.dumps(out))
