import { describe, expect, it } from "vitest";
import { ClearanceColumns, unitLabel } from "../../src/clearance/ClearanceColumns.ts";

describe("unitLabel", () => {
  it("numbers every (direction, class, area) apart, a class outside the list and no area each as one more value", () => {
    const [classes, areas] = [5, 3];
    const labels = new Set<number>();
    for (const isImport of [true, false])
      for (let c = -1; c < classes; c++) for (let a = -1; a < areas; a++) labels.add(unitLabel(isImport, c, classes, a, areas));
    expect(labels.size).toBe(2 * (classes + 1) * (areas + 1));
    expect(Math.min(...labels)).toBe(0);
    expect(Math.max(...labels)).toBe(2 * (classes + 1) * (areas + 1) - 1);
    expect(unitLabel(true, 99, classes, 0, areas)).toBe(unitLabel(true, -1, classes, 0, areas));
  });
});

describe("ClearanceColumns.reserve", () => {
  it("grows the columns, keeping the units written so far, and the detail columns only when asked for", () => {
    const columns = new ClearanceColumns();
    columns.reserve(3, false);
    columns.hours.set([1, 2, 3]);
    columns.length = 3;
    expect(columns.from.length).toBe(0);
    columns.reserve(5000, true);
    expect(columns.hours.length).toBeGreaterThanOrEqual(5000);
    expect(columns.from.length).toBe(columns.hours.length);
    expect(Array.from(columns.hours.subarray(0, 3))).toEqual([1, 2, 3]);
  });
});
