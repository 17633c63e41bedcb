import { describe, expect, it } from "vitest";
import { jiaxingDefault } from "../../src/index.ts";
import { edited, failures, spec } from "./helpers.ts";

const berth = (s: ReturnType<typeof edited>, id: string) => s.port.berths.find((b) => b.id === id);

describe("add-berth:<new>:<like>[:<area>]", () => {
  it("adds a berth built like another, in its area or the one given", () => {
    const s = edited(["add-berth:D9:D8", "add-berth:B27:D8:dushan"]);
    expect(berth(s, "D9")).toEqual({ ...berth(jiaxingDefault, "D8"), id: "D9" });
    expect(berth(s, "B27")).toEqual({ ...berth(jiaxingDefault, "D8"), id: "B27", area: "dushan" });
  });

  it("refuses an id in use, an unknown model berth and an unknown area", () => {
    expect(failures(["add-berth:D5:D8"])).toEqual(['add-berth:D5:D8: berth "D5" already exists']);
    expect(failures(["add-berth:X1:Z9"])[0]).toMatch(/^add-berth:X1:Z9: no berth "Z9" \(berths: B23, B24, /);
    expect(failures(["add-berth:X1:D8:pinghu"])).toEqual(['add-berth:X1:D8:pinghu: no area "pinghu" (areas: dushan, zhapu, haiyan)']);
  });
});

describe("remove-berth:<berth>", () => {
  it("removes the berth", () => {
    expect(berth(edited(["remove-berth:D4"]), "D4")).toBeUndefined();
  });

  it("fails when ships would be left without a berth, naming the stream", () => {
    expect(failures(["remove-berth:G1"])).toEqual([
      'remove-berth:G1: traffic[9]: no berth handles "grain"',
      'remove-berth:G1: traffic[10]: no berth handles "grain"',
    ]);
  });
});

describe("close-berth:<berth>:<start>:<end>", () => {
  it("adds a closure, merged with one it overlaps", () => {
    const s = edited(["close-berth:D5:0:720", "close-berth:D5:700:800", "close-berth:D5:1000:1100"]);
    expect(berth(s, "D5")?.closures).toEqual([
      { start: 0, end: 800, reason: "what-if" },
      { start: 1000, end: 1100, reason: "what-if" },
    ]);
    expect(berth(jiaxingDefault, "D5")?.closures).toBeUndefined();
  });

  it("refuses an unknown berth", () => {
    expect(failures(["close-berth:D7:0:24"])[0]).toMatch(/^close-berth:D7:0:24: no berth "D7"/);
  });
});

describe("split-quay:<quay>:<berths>", () => {
  it("cuts a shared quay into fixed berths of equal length, or keeps it whole for one ship at a time", () => {
    const fixed = edited(["split-quay:E4:3"]);
    expect(fixed.port.berths.filter((b) => b.id.startsWith("E4")).map((b) => [b.id, b.length, b.quay])).toEqual([
      ["E4-1", 120, undefined],
      ["E4-2", 120, undefined],
      ["E4-3", 120, undefined],
    ]);
    const single = berth(edited(["split-quay:B25-26:1"]), "B25-26")!;
    expect([single.length, single.quay]).toEqual([500, undefined]);
  });

  it("refuses a berth that is not a shared quay, and a count that is not a whole number ≥ 1", () => {
    expect(failures(["split-quay:D5:2"])).toEqual(['split-quay:D5:2: berth "D5" is not a shared quay']);
    expect(() => spec("split-quay:E4:0")).toThrow('split-quay:E4:0: expected a whole number of berths ≥ 1, got "0"');
  });
});
