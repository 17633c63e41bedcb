import { describe, expect, it } from "vitest";
import { readCordeau } from "../src/index.ts";
import { cordeau, cordeauNames, cordeauText } from "./helpers/instances.ts";

describe("readCordeau", () => {
  it("reads 25x5-01 as the worked example of FORMAT.md says", () => {
    const s = cordeau("25x5-01");
    expect(s.ships).toHaveLength(25);
    expect(s.berths).toHaveLength(5);
    expect(s.berths[0]).toEqual({ id: "1", open: 12, close: 300 });
    expect(s.ships[0]).toEqual({ id: "1", arrival: 71, handling: [20, 20, 40, 40, 40], weight: 1 });
    // Ship 23: forbidden at berth 1, 18/12/12/18 h at berths 2–5, arrives at 37.
    expect(s.ships[22]).toEqual({ id: "23", arrival: 37, handling: [null, 18, 12, 12, 18], weight: 1 });
  });

  it("reads every I1 file with the size its name gives", () => {
    const names = cordeauNames();
    expect(names).toHaveLength(30);
    for (const name of names) {
      const [n, m] = name.split("-")[0]!.split("x").map(Number);
      const s = cordeau(name);
      expect([s.ships.length, s.berths.length]).toEqual([n, m]);
      expect(s.ships.every((ship) => ship.handling.some((h) => h !== null))).toBe(true);
    }
  });

  it("ignores b_i by default and reads it as a latest start with shipWindow: latestStart", () => {
    expect(cordeau("25x5-01").ships[22]!.latestStart).toBeUndefined();
    const s = cordeau("25x5-01", { shipWindow: "latestStart" });
    expect(s.ships[22]!.latestStart).toBe(41);
    expect(s.ships[0]!.latestStart).toBe(371);
  });

  it("names the line and the field of a bad token", () => {
    const lines = cordeauText("25x5-01").split("\n");
    lines[11] = lines[11]!.replace(/^(\s+71\s+)90/, "$1x9");
    const text = lines.join("\n");
    expect(() => readCordeau(text, { name: "bad" })).toThrow(
      /^bad: line 12, a\[2\] \(arrival of ship 2\): expected an integer, got "x9"$/,
    );
  });

  it("names the missing field of a truncated file", () => {
    const text = cordeauText("25x5-01").split("\n").slice(0, 8).join("\n");
    expect(() => readCordeau(text, { name: "cut" })).toThrow(
      /^cut: unexpected end of file after line 8: missing s\[3\]/,
    );
  });

  it("rejects a berth window whose length disagrees with e − s", () => {
    const lines = cordeauText("25x5-01").split("\n");
    lines[6] = lines[6]!.replace(/288\s*$/, "280");
    const text = lines.join("\n");
    expect(() => readCordeau(text, { name: "len" })).toThrow(/^len: line 7, L\[1\]: 280 ≠ e − s = 288$/);
  });

  it("rejects data left after the trailer", () => {
    expect(() => readCordeau(`${cordeauText("25x5-01")} 7\n`, { name: "extra" })).toThrow(
      /^extra: line 20: 1 token\(s\) after the last field/,
    );
  });
});
