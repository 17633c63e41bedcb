import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fitLabel, formatSigned, layoutIntervalChart } from "../../src/charts/intervalChart.ts";

const ci = (mean: number, halfWidth: number) => ({ mean, halfWidth, lower: mean - halfWidth, upper: mean + halfWidth, n: 10 });

describe("layoutIntervalChart(input)", () => {
  it("puts each mark at its mean with whiskers over its interval, on a scale that includes 0", () => {
    const layout = layoutIntervalChart({
      rows: ["a", "b"],
      series: ["x", "y"],
      value: (r, s) => [ci(2, 1), ci(4, 0.5), ci(-1, 2), undefined][r * 2 + s],
      width: 600,
      labelWidth: 100,
    });
    expect(layout.marks.map((m) => [m.row, m.series])).toEqual([[0, 0], [0, 1], [1, 0]]);
    const [a, b, c] = layout.marks;
    expect(a!.x1).toBeLessThan(a!.x);
    expect(a!.x2).toBeGreaterThan(a!.x);
    expect(layout.zero).toBeGreaterThan(c!.x1);
    expect(layout.zero).toBeLessThan(c!.x2);
    expect(b!.x).toBeGreaterThan(a!.x);
    expect(layout.marks.map((m) => m.excludesZero)).toEqual([true, true, false]);
    expect(layout.ticks.some((t) => t.label === "0" && t.x === layout.zero)).toBe(true);
    expect(layout.width).toBe(600);
  });

  it("draws a mark without a whisker when the half-width is unknown (one replication), and nothing for a NaN mean", () => {
    const layout = layoutIntervalChart({ rows: ["a"], series: ["x", "y"], value: (_, s) => (s === 0 ? ci(3, NaN) : ci(NaN, NaN)), width: 400 });
    expect(layout.marks).toHaveLength(1);
    expect(layout.marks[0]!.x1).toBe(layout.marks[0]!.x);
    expect(layout.marks[0]!.excludesZero).toBe(false);
  });

  it("keeps every mark inside the plot and inside its row's band", () => {
    const interval = fc.record({ mean: fc.double({ min: -1e4, max: 1e4, noNaN: true }), hw: fc.double({ min: 0, max: 1e3, noNaN: true }) });
    fc.assert(
      fc.property(fc.array(fc.array(interval, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 }), (grid) => {
        const series = grid[0]!.length;
        const layout = layoutIntervalChart({
          rows: grid.map((_, r) => `row ${r}`),
          series: Array.from({ length: series }, (_, s) => `s${s}`),
          value: (r, s) => {
            const v = grid[r]![s];
            return v === undefined ? undefined : ci(v.mean, v.hw);
          },
          width: 700,
        });
        for (const m of layout.marks) {
          for (const x of [m.x, m.x1, m.x2]) expect(x).toBeGreaterThanOrEqual(-1e-9), expect(x).toBeLessThanOrEqual(layout.plotWidth + 1e-9);
          const row = layout.rows[m.row]!;
          expect(m.y).toBeGreaterThan(row.y);
          expect(m.y).toBeLessThan(row.y + row.height);
        }
      }),
    );
  });
});

describe("fitLabel(label, width)", () => {
  it("keeps a label that fits and cuts a long one with an ellipsis", () => {
    expect(fitLabel("Short", 100)).toBe("Short");
    const cut = fitLabel("A rather long measure name that will not fit", 120);
    expect(cut.endsWith("…")).toBe(true);
    expect(cut.length).toBeLessThanOrEqual(20);
    expect(fitLabel("取消优先靠泊（先到先服务）", 60).endsWith("…")).toBe(true);
  });
});

describe("formatSigned(x, digits)", () => {
  it("signs numbers with a plus or a true minus", () => {
    expect([formatSigned(1.234, 2), formatSigned(-1234.5, 1), formatSigned(NaN, 1)]).toEqual(["+1.23", "−1,234.5", "–"]);
  });
});
