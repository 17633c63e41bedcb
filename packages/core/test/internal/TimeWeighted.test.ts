import { describe, expect, it } from "vitest";
import { TimeWeighted } from "../../src/internal/TimeWeighted.ts";

describe("TimeWeighted", () => {
  it("averages a step function over its window only", () => {
    const tw = new TimeWeighted(10, 30, 2);
    tw.set(0, 5); // before the window: counts from t = 10
    tw.set(20, 1);
    tw.set(25, 3);
    tw.set(40, 0); // after the window: ignored
    // [10,20)·5 + [20,25)·1 + [25,30)·3 = 50 + 5 + 15 = 70 over 20 h.
    expect(tw.finish()).toEqual({ mean: 3.5, max: 5, hoursAtThreshold: 15 });
  });

  it("reports zero for a value that never changed from zero", () => {
    expect(new TimeWeighted(0, 10).finish()).toEqual({ mean: 0, max: 0, hoursAtThreshold: 0 });
  });
});
