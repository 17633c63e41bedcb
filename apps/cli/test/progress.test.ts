import { describe, expect, it } from "vitest";
import { progressBar } from "../src/progress.ts";

const terminal = (isTty: boolean) => {
  const written: string[] = [];
  return { written, target: { write: (t: string) => void written.push(t), isTty, columns: 80 } };
};

describe("progressBar(target, label)", () => {
  it("draws nothing when stderr is not a terminal", () => {
    const { written, target } = terminal(false);
    const bar = progressBar(target, "run", 0);
    bar.update(5, 10);
    bar.finish();
    expect(written).toEqual([]);
  });

  it("draws nothing during the first second, so short runs stay quiet", () => {
    let now = 0;
    const { written, target } = terminal(true);
    const bar = progressBar(target, "run", 1000, () => now);
    now = 900;
    bar.update(9, 10);
    bar.finish();
    expect(written).toEqual([]);
  });

  it("redraws one line with the count after a second, and erases it at the end", () => {
    let now = 0;
    const { written, target } = terminal(true);
    const bar = progressBar(target, "jiaxing-default", 1000, () => now);
    now = 1500;
    bar.update(250, 1000);
    now = 1550;
    bar.update(260, 1000); // within 100 ms of the last redraw: skipped
    now = 1700;
    bar.update(1000, 1000);
    bar.finish();
    expect(written).toHaveLength(3);
    expect(written[0]).toMatch(/^\rjiaxing-default \[█+·+\] 250\/1000$/);
    expect(written[1]).toMatch(/\] 1000\/1000$/);
    expect(written[2]).toBe("\r\u001b[2K");
  });
});
