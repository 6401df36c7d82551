import { Decimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import { orderOrExact } from "../../src/fit/order-or-exact.js";

const ns = [8, 16, 32, 64];

describe("orderOrExact", () => {
  it("is the order p of errors c·n^{−p} exactly (p = 1, 2, 1.5; c = 3·10⁻²⁰)", () => {
    for (const p of [1, 2, 1.5]) {
      const errs = ns.map((n) => new Decimal(3e-20).times(new Decimal(n).pow(-p)));
      expect(orderOrExact(ns, errs)).toBeCloseTo(p, 12);
    }
  });

  it('is "exact" when every error is 0 or below the floor, including negative zeros and −10⁻⁴⁰', () => {
    expect(
      orderOrExact(
        ns,
        ns.map(() => new Decimal(0)),
      ),
    ).toBe("exact");
    expect(orderOrExact(ns, [new Decimal(0), new Decimal(-0), new Decimal(1e-39), new Decimal(-1e-40)])).toBe("exact");
    expect(
      orderOrExact(
        ns,
        ns.map(() => new Decimal(1e-30)),
        1e-30,
      ),
    ).toBe("exact");
  });

  it("fits when one error is above the floor, and refuses a mix with an exact 0 (fitOrder throws)", () => {
    expect(() => orderOrExact(ns, [new Decimal(1e-3), new Decimal(0), new Decimal(0), new Decimal(0)])).toThrow(
      RangeError,
    );
    const errs = [1e-37, 1e-39, 1e-39, 1e-39].map((e) => new Decimal(e));
    expect(orderOrExact(ns, errs)).not.toBe("exact");
  });
});
