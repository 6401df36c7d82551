/**
 * The references against values from an independent system (mpmath at 60 digits, written by
 * fixtures/ising-torus.py): Kaufman's formula re-implemented in Python, Onsager's integral by
 * mpmath.quad, and the Curie–Weiss sum.
 */
import { readFileSync } from "node:fs";
import { Decimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import { isingTorusLogZ, onsagerMinusBetaF } from "../../src/ising/index.js";
import { curieWeissLogZ } from "../../src/meanfield/index.js";

const fx = JSON.parse(readFileSync(new URL("../../fixtures/ising-torus.json", import.meta.url), "utf8")) as {
  torus: Array<{ L: number; beta: string; logZ: string }>;
  onsager: Array<{ beta: string; minusBetaF: string }>;
  curieWeiss: Array<{ N: number; beta: string; h: string; logZ: string }>;
};

const digitsAgreeing = (a: Decimal, b: string) =>
  -Decimal.log10(a.minus(b).abs().div(new Decimal(b).abs()).plus("1e-60")).toNumber();

describe("fixtures from mpmath", () => {
  it("isingTorusLogZ agrees with mpmath to 45 digits", () => {
    for (const f of fx.torus)
      expect(digitsAgreeing(isingTorusLogZ(f.L, f.beta, { digits: 50 }), f.logZ)).toBeGreaterThan(45);
  });
  it("Onsager's free energy agrees with mpmath.quad to 1e-13", () => {
    for (const f of fx.onsager)
      expect(Math.abs(onsagerMinusBetaF(Number(f.beta)) - Number(f.minusBetaF))).toBeLessThan(1e-13);
  });
  it("curieWeissLogZ agrees with mpmath to 45 digits", () => {
    for (const f of fx.curieWeiss)
      expect(digitsAgreeing(curieWeissLogZ(f.N, f.beta, { h: f.h, digits: 50 }), f.logZ)).toBeGreaterThan(45);
  });
});
