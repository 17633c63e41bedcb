import { describe, expect, it } from "vitest";
import { confidenceInterval95, tQuantile975 } from "../../src/index.ts";
import { simultaneousCi, textbookStreams, tQuantile } from "./textbookQueue.ts";

describe("tQuantile", () => {
  it("tQuantile(0.05, df) agrees with the core's t table to its three decimals", () => {
    for (let df = 1; df <= 30; df++) expect(tQuantile(0.05, df)).toBeCloseTo(tQuantile975(df), 2);
  });

  it("tQuantile(0.01, df) gives the textbook 99 % quantiles 63.657, 3.250 and 2.750", () => {
    expect(tQuantile(0.01, 1)).toBeCloseTo(63.657, 3);
    expect(tQuantile(0.01, 9)).toBeCloseTo(3.25, 3);
    expect(tQuantile(0.01, 30)).toBeCloseTo(2.75, 3);
  });
});

describe("simultaneousCi", () => {
  it("simultaneousCi(xs, 1) is the plain 95 % interval, and widens as the family grows", () => {
    const xs = [1.2, 0.9, 1.4, 1.1, 0.8, 1.0, 1.3, 0.95, 1.05, 1.15];
    expect(simultaneousCi(xs, 1).halfWidth).toBeCloseTo(confidenceInterval95(xs).halfWidth, 3);
    expect(simultaneousCi(xs, 54).halfWidth).toBeGreaterThan(simultaneousCi(xs, 10).halfWidth);
    expect(simultaneousCi(xs, 54).mean).toBe(confidenceInterval95(xs).mean);
  });
});

describe("textbookStreams", () => {
  it("textbookStreams splits λ = cρ/E[S] over the classes by their shares", () => {
    const streams = textbookStreams({
      berths: 2,
      rho: 0.6,
      service: { kind: "exponential", mean: 12 },
      classes: [
        { tradeClass: "nearSeaDirect", share: 0.25 },
        { tradeClass: "domesticDirect", share: 0.75 },
      ],
    });
    const perWeek = streams.map((s) => (s.kind === "poisson" ? s.perWeek : NaN));
    expect(perWeek).toEqual([expect.closeTo(0.025 * 168, 10), expect.closeTo(0.075 * 168, 10)]);
  });
});
