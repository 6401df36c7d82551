#!/usr/bin/env python3
"""Time mpmath on the computations of bench/expm.ts (called by it; prints one JSON line).

Input on stdin: {"A": rows, "H1": rows, "H2": rows, "beta": str, "n": int, "digits": int, "repeats": int}.
"""
import json
import sys
import time

import mpmath as mp

cfg = json.load(sys.stdin)
mp.mp.dps = cfg["digits"] + 10
mat = lambda rows: mp.matrix([[mp.mpf(x) for x in r] for r in rows])
A, H1, H2 = mat(cfg["A"]), mat(cfg["H1"]), mat(cfg["H2"])
beta, n = mp.mpf(cfg["beta"]), cfg["n"]


def trotter(order):
    if order == 1:
        step = mp.expm(-beta * H1 / n) * mp.expm(-beta * H2 / n)
    else:
        h = mp.expm(-beta * H1 / (2 * n))
        step = h * mp.expm(-beta * H2 / n) * h
    E = step ** n - mp.expm(-beta * (H1 + H2))
    return mp.sqrt(max(mp.eigsy(E.T * E, eigvals_only=True)))


def best(f):
    times = []
    value = None
    for _ in range(cfg["repeats"]):
        t = time.perf_counter()
        value = f()
        times.append((time.perf_counter() - t) * 1000)
    return sorted(times)[len(times) // 2], value


t_expm, E = best(lambda: mp.expm(A))
t_o1, e1 = best(lambda: trotter(1))
t_o2, e2 = best(lambda: trotter(2))
print(json.dumps({
    "expm": t_expm, "trotter1": t_o1, "trotter2": t_o2,
    "expm00": mp.nstr(E[0, 0], cfg["digits"]), "error1": mp.nstr(e1, 20), "error2": mp.nstr(e2, 20),
}))
