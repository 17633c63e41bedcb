import { describe, expect, it } from "vitest";
import { formatInstant, formatTick, timeTicks } from "../../src/layout/timeAxis.ts";

const labels = { week: "W{w}", weekdays: ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"] };

describe("timeTicks(t0, t1, maxTicks)", () => {
  it("picks the finest step that gives at most maxTicks ticks", () => {
    expect(timeTicks(0, 8760, 10)).toEqual({ step: 1344, ticks: [0, 1344, 2688, 4032, 5376, 6720, 8064] });
    expect(timeTicks(30, 80, 5)).toEqual({ step: 12, ticks: [36, 48, 60, 72] });
    expect(timeTicks(0, 3, 10).step).toBe(1);
  });
});

describe("formatTick(t, step, labels)", () => {
  it("writes weeks, weekdays or clock times as the step asks (hour 0 = Monday 00:00 of week 1)", () => {
    expect(formatTick(336, 168, labels)).toBe("W3");
    expect(formatTick(24 * 8, 24, labels)).toBe("W2 Tue");
    expect(formatTick(30, 6, labels)).toBe("Tue 06:00");
    expect(formatTick(48, 6, labels)).toBe("W1 Wed");
  });
});

describe("formatInstant(t, labels)", () => {
  it("writes week, weekday and time to the minute, rounding up into the next day", () => {
    expect(formatInstant(0, labels)).toBe("W1 Mon 00:00");
    expect(formatInstant(175.5, labels)).toBe("W2 Mon 07:30");
    expect(formatInstant(23.9999, labels)).toBe("W1 Tue 00:00");
  });
});
