import { describe, expect, it } from "vitest";
import { readKramer } from "../src/index.ts";
import { kramer, kramerNames, kramerText } from "./helpers/instances.ts";

describe("readKramer", () => {
  it("reads f200x15-01 as the worked example of FORMAT.md says", () => {
    const s = kramer("f200x15-01.txt");
    expect(s.ships).toHaveLength(200);
    expect(s.berths).toHaveLength(15);
    expect(s.berths[0]).toEqual({ id: "1", open: 14, close: 600 });
    const h = (v: number) => v;
    const x = null;
    expect(s.ships[0]).toEqual({
      id: "1",
      arrival: 10,
      handling: [x, x, x, h(18), x, x, 18, 18, x, 18, x, x, 18, x, 18],
      weight: 1,
      latestEnd: 600,
    });
    expect(s.ships[1]!.arrival).toBe(104);
  });

  it("reads every file with the size its name gives, costs 1 and t' = 600", () => {
    const names = kramerNames();
    expect(names).toHaveLength(20);
    for (const name of names) {
      const [n, m] = name.slice(1, -7).split("x").map(Number);
      const s = kramer(name);
      expect([s.ships.length, s.berths.length]).toEqual([n, m]);
      expect(s.ships.every((ship) => ship.weight === 1 && ship.latestEnd === 600)).toBe(true);
    }
  });

  it("names the line and the field of a bad token", () => {
    const lines = kramerText("f200x15-01.txt").split("\r\n");
    lines[4] = lines[4]!.replace(/^99999/, "-5");
    expect(() => readKramer(lines.join("\r\n"), { name: "bad" })).toThrow(
      /^bad: line 5, h\[1\]\[1\] \(handling of vessel 1 at berth 1, 99999 = forbidden\): expected an integer ≥ 1, got -5$/,
    );
  });

  it("names the missing field of a truncated file", () => {
    const text = kramerText("f200x15-01.txt").split("\r\n").slice(0, 3).join("\r\n");
    expect(() => readKramer(text, { name: "cut" })).toThrow(
      /^cut: unexpected end of file after line 3: missing s\[1\]/,
    );
  });

  it("rejects a vessel that no berth can take", () => {
    const text = "1\r\n2\r\n0\r\n0 0\r\n99999 99999\r\n9 9\r\n9\r\n1\r\n";
    expect(() => readKramer(text, { name: "none" })).toThrow(/^none: vessel 1 is forbidden \(99999\) at every berth$/);
  });
});
