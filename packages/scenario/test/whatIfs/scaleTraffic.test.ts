import { describe, expect, it } from "vitest";
import { jiaxingDefault } from "../../src/index.ts";
import { edited, failures } from "./helpers.ts";

const stream = (s: ReturnType<typeof edited>, id: string) => s.traffic.find((t) => t.id === id);

describe("scale-stream:<stream>:<±percent>", () => {
  it("scales the rate of a random stream", () => {
    expect(stream(edited(["scale-stream:ningbo-feeder:+20"]), "ningbo-feeder")).toMatchObject({ perWeek: 25.2 });
    expect(stream(edited(["scale-stream:ningbo-feeder:-50%"]), "ningbo-feeder")).toMatchObject({ perWeek: 10.5 });
  });

  it("adds the extra calls of a liner as a random stream of the same ships, keeping its timetable", () => {
    const s = edited(["scale-stream:japan:+25"]);
    expect(stream(s, "japan")).toEqual(stream(jiaxingDefault, "japan"));
    expect(stream(s, "japan-extra")).toMatchObject({ kind: "poisson", perWeek: 1, tradeClass: "nearSeaDirect", homeArea: "zhapu" });
  });

  it("refuses an unknown stream and shrinking a liner", () => {
    expect(failures(["scale-stream:nope:+5"])[0]).toMatch(/^scale-stream:nope:\+5: no stream "nope" \(streams: japan, korea, /);
    expect(failures(["scale-stream:korea:-10"])).toEqual([
      'scale-stream:korea:-10: liner service "korea" calls on fixed days and cannot be scaled down; edit its days in a scenario file',
    ]);
  });
});

describe("scale-class:<class>:<±percent>", () => {
  it("scales every stream of the class, and composes", () => {
    const s = edited(["scale-class:nearSeaDirect:+20", "scale-class:nearSeaDirect:+10"]);
    const weekly = (id: string) => {
      const t = stream(s, id);
      return t?.kind === "poisson" ? t.perWeek : t?.days.length;
    };
    // 6 near-sea calls a week (japan 4, korea 1, se-asia 1) × 1.2 × 1.1 = 7.92.
    const total = ["japan", "japan-extra", "korea", "korea-extra", "se-asia", "se-asia-extra"].reduce((a, id) => a + (weekly(id) ?? 0), 0);
    expect(total).toBeCloseTo(7.92, 10);
  });

  it("leaves streams of other classes alone", () => {
    const s = edited(["scale-class:domesticDirect:-25"]);
    expect(stream(s, "zhapu-domestic")).toMatchObject({ perWeek: 10.5 });
    expect(stream(s, "ningbo-feeder")).toEqual(stream(jiaxingDefault, "ningbo-feeder"));
  });
});
