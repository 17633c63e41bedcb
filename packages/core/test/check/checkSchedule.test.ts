import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  BUILT_IN_RULE_SETS,
  type CargoKind,
  checkSchedule,
  generateTraffic,
  type Port,
  RULE_FAMILY,
  type RuleSet,
  simulate,
  type TradeClass,
  type TrafficStream,
} from "../../src/index.ts";
import { berth, tinyPort } from "../helpers/tinyPort.ts";

// A small, busy port: two areas, berths of different sizes and cargo, one closed to foreign ships, closures.
const port: Port = tinyPort(
  [
    berth("A1", { area: "a", length: 300, depth: 14, overheadHours: 2, rates: { container: 40 } }),
    berth("A2", { area: "a", length: 200, depth: 10, foreignTradeOpen: false, closures: [{ start: 100, end: 130 }] }),
    berth("B1", { area: "b", length: 250, depth: 12, cargo: ["container", "coal"], rates: { container: 25, coal: 800 } }),
    berth("B2", {
      area: "b",
      length: 180,
      depth: 9,
      cargo: ["coal"],
      rates: { coal: 500 },
      closures: [
        { start: 50, end: 60 },
        { start: 300, end: 340 },
      ],
    }),
  ],
  { shiftHours: 1.5, anchorages: [{ id: "G", name: "General", kind: "general", capacity: 3 }] },
);

const vessel = (loa: number, draft: number, volume: number) => ({
  loa: { kind: "uniform" as const, min: loa - 60, max: loa },
  draft: { kind: "uniform" as const, min: draft - 3, max: draft },
  volume: { kind: "exponential" as const, mean: volume },
});

const stream = (id: string, tradeClass: TradeClass, cargo: CargoKind, perWeek: number, homeArea?: string) => ({
  kind: "poisson" as const,
  id,
  tradeClass,
  cargo,
  perWeek,
  ...(homeArea === undefined ? {} : { homeArea }),
});

const streams: TrafficStream[] = [
  { ...stream("near", "nearSeaDirect", "container", 6, "a"), vessel: vessel(280, 13, 400) },
  { ...stream("feeder", "ningboFeeder", "container", 14), vessel: vessel(190, 9, 200) },
  { ...stream("dom", "domesticDirect", "container", 10, "b"), vessel: vessel(200, 9.5, 150) },
  { ...stream("coal", "domesticBulk", "coal", 5), vessel: vessel(190, 10, 9000) },
  { ...stream("tanker", "foreignOther", "coal", 1), vessel: vessel(320, 15, 5000) },
];

const horizon = 24 * 28;
const rules: RuleSet[] = [...BUILT_IN_RULE_SETS, ...BUILT_IN_RULE_SETS.map((r) => ({ ...r, berthChoice: "bestFit" as const }))];

describe("checkSchedule on the simulator's schedules", () => {
  it.each(rules.map((r) => [`${r.id} (${r.berthChoice})`, r] as const))(
    "finds no violation in a four-week run under %s",
    (_, r) => {
      for (const seed of [1, 2, 3]) {
        const calls = generateTraffic(streams, horizon, seed);
        const result = simulate({ port, calls, rules: r, horizon });
        expect(result.kpis.served).toBeGreaterThan(20);
        expect(result.calls.some((c) => c.wait > 0)).toBe(true);
        expect(checkSchedule({ port, calls, rules: r, horizon, schedule: result.calls })).toEqual([]);
      }
    },
  );

  it("assigns every rule to a family", () => {
    expect(new Set(Object.values(RULE_FAMILY))).toEqual(new Set(["feasibility", "conservation", "nonDelay", "order", "counts"]));
  });

  it("imports nothing from the simulator's code paths", () => {
    const dir = fileURLToPath(new URL("../../src/check/", import.meta.url));
    const forbidden = /from "\.\.\/(simulate|compatibility|serviceTime|priority|EventQueue|kpis|internal\/[^"]*)\.ts"/;
    for (const file of readdirSync(dir)) {
      const source = readFileSync(dir + file, "utf8");
      const imports = source.split("\n").filter((l) => l.includes(' from "'));
      expect(imports.filter((l) => forbidden.test(l)), file).toEqual([]);
      // Only types, and the trade-class table, come from the rest of the core.
      for (const l of imports.filter((l) => l.includes('from "../')))
        expect(l.startsWith("import type") || l.includes('"../TradeClass.ts"'), `${file}: ${l}`).toBe(true);
    }
  });
});
