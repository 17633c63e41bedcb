import { describe, expect, it } from "vitest";
import { RunScratch } from "../../src/internal/RunScratch.ts";

describe("RunScratch", () => {
  it("hands the same arrays to one run after another, so a loop of runs allocates none after the first", () => {
    const first = RunScratch.acquire();
    const a = first.float64("a", 1000);
    first.release();
    const second = RunScratch.acquire();
    const b = second.float64("a", 800);
    second.release();
    expect(b.buffer).toBe(a.buffer);
    expect(b.length).toBe(800);
  });

  it("gives a run that starts while another holds the shared set arrays of its own", () => {
    const outer = RunScratch.acquire();
    const inner = RunScratch.acquire();
    const x = outer.int32("b", 50).fill(7);
    const y = inner.int32("b", 50).fill(9);
    inner.release();
    expect(y.buffer).not.toBe(x.buffer);
    expect([...x]).toEqual(new Array(50).fill(7));
    outer.release();
  });

  it("grows an array when a run needs more than it holds, and keeps the slots of each type apart", () => {
    const s = RunScratch.acquire();
    const small = s.float64("c", 10);
    const big = s.float64("c", 10_000);
    expect(big.length).toBe(10_000);
    expect(big.buffer).not.toBe(small.buffer);
    expect(s.uint8("c", 5).buffer).not.toBe(s.int32("c", 5).buffer);
    s.release();
  });
});
