import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkSchedule, M2_PERIOD_HOURS, nextWindow, RULE_SETS, simulate, type Tide } from "../src/index.ts";
import { berth, ship, tinyPort } from "./helpers/tinyPort.ts";
import { scenarioArb } from "./properties/arbitraries.ts";

// Windows [2, 5), [14.42, 17.42), [26.84, 29.84), …
const TIDE: Tide = { period: M2_PERIOD_HOURS, windowHours: 3, phase: 2, lowWaterDepth: 9 };

const brief = (r: ReturnType<typeof simulate>) => r.log!.map((e) => [e.t, e.event, e.call, e.at ?? ""].join(" "));

describe("nextWindow(tide, t)", () => {
  it("returns t itself inside a window, the next window's start outside one", () => {
    expect(nextWindow(TIDE, 2)).toBe(2);
    expect(nextWindow(TIDE, 4.9)).toBe(4.9);
    expect(nextWindow(TIDE, 5)).toBeCloseTo(14.42, 10);
    expect(nextWindow(TIDE, 0)).toBe(2);
    expect(nextWindow(TIDE, 20)).toBeCloseTo(26.84, 10);
  });

  it("finds the earliest instant at or after t that lies in a window", () => {
    const tideArb = fc
      .record({ period: fc.double({ min: 1, max: 30, noNaN: true }), share: fc.double({ min: 0.05, max: 1, noNaN: true }) })
      .chain(({ period, share }) =>
        fc.record({
          period: fc.constant(period),
          windowHours: fc.constant(period * share),
          phase: fc.double({ min: 0, max: period * 0.999, noNaN: true }),
          lowWaterDepth: fc.constant(10),
        }),
      );
    fc.assert(
      fc.property(tideArb, fc.double({ min: 0, max: 10_000, noNaN: true }), (tide, t) => {
        const w = nextWindow(tide, t);
        expect(w).toBeGreaterThanOrEqual(t);
        // w is inside a window: its offset into the cycle is below the window length (rounding aside).
        const offset = (((w - tide.phase) % tide.period) + tide.period) % tide.period;
        expect(offset < tide.windowHours + 1e-9 || tide.period - offset < 1e-9).toBe(true);
        // No earlier instant is: a ship not let through at once waits for a window start (offset 0).
        if (w > t) expect(Math.min(offset, tide.period - offset)).toBeLessThan(1e-9);
      }),
    );
  });
});

describe("simulate with a tide", () => {
  it("holds a deep ship until the next window, then queues it; the wait counts the tide part separately", () => {
    const port = tinyPort([berth("B1")], { tide: TIDE });
    const calls = [ship("deep", 6, 4, "nearSeaDirect", { draft: 11 }), ship("shallow", 7, 4, "domesticDirect")];
    const r = simulate({ port, calls, rules: RULE_SETS.fcfs, horizon: 100, log: true });
    expect(brief(r)).toEqual([
      "6 arrive deep ",
      "7 arrive shallow ",
      "7 berth shallow B1",
      "11 depart shallow B1",
      "14.42 tide deep ",
      "14.42 berth deep B1",
      "18.42 depart deep B1",
    ]);
    expect(r.calls.map((c) => [c.id, c.wait, c.tideWait])).toEqual([
      ["deep", 14.42 - 6, 14.42 - 6],
      ["shallow", 0, 0],
    ]);
  });

  it("does not count a ship as overtaken by ships berthed while it waited for the tide (shrunk counterexample)", () => {
    const port = tinyPort([berth("B1", { depth: 16 })], { tide: { ...TIDE, lowWaterDepth: 6 } });
    const calls = [ship("s0", 5, 0, "nearSeaDirect", { draft: 14 }), ship("s1", 5, 0, "nearSeaDirect", { draft: 6 })];
    const r = simulate({ port, calls, rules: RULE_SETS.fcfs, horizon: 60 });
    expect(r.calls.map((c) => [c.id, c.berthingStart, c.overtaken])).toEqual([
      ["s0", 14.42, 0],
      ["s1", 5, 0],
    ]);
  });

  it("lets a deep ship arriving inside a window through at once", () => {
    const port = tinyPort([berth("B1")], { tide: TIDE });
    const r = simulate({ port, calls: [ship("deep", 3, 1, "domesticDirect", { draft: 11 })], rules: RULE_SETS.fcfs, horizon: 100 });
    expect(r.calls[0]).toMatchObject({ wait: 0, tideWait: 0, berthingStart: 3 });
  });

  it("keeps a tide-delayed ship's place by arrival: it goes before a later arrival of its class once through", () => {
    const port = tinyPort([berth("B1")], { tide: TIDE });
    const calls = [ship("busy", 0, 16), ship("deep", 6, 2, "domesticDirect", { draft: 11 }), ship("late", 10, 2)];
    const r = simulate({ port, calls, rules: RULE_SETS.fcfs, horizon: 100 });
    expect(r.calls.map((c) => [c.id, c.berthingStart, c.tideWait])).toEqual([
      ["busy", 0, 0],
      ["deep", 16, 14.42 - 6],
      ["late", 18, 0],
    ]);
  });

  it("counts a ship whose window opens after the horizon as waiting, its tide wait cut at the horizon", () => {
    const port = tinyPort([berth("B1")], { tide: TIDE });
    const r = simulate({ port, calls: [ship("deep", 6, 1, "domesticDirect", { draft: 11 })], rules: RULE_SETS.fcfs, horizon: 10 });
    expect(r.calls[0]).toMatchObject({ status: "waiting", wait: 4, tideWait: 4 });
    expect(r.kpis.waiting).toBe(1);
  });

  it("rejects a ship that fits no berth on arrival, without a tide wait", () => {
    const port = tinyPort([berth("B1", { depth: 10 })], { tide: TIDE });
    const r = simulate({ port, calls: [ship("deep", 6, 1, "domesticDirect", { draft: 11 })], rules: RULE_SETS.fcfs, horizon: 100 });
    expect(r.calls[0]).toMatchObject({ status: "rejected", wait: 0, tideWait: 0 });
  });

  it("sends a deep ship to its anchorage when it is through the channel, not when it arrives", () => {
    const port = tinyPort([berth("B1")], {
      tide: TIDE,
      anchorages: [{ id: "G", name: "General", kind: "general", capacity: Infinity }],
    });
    const calls = [ship("busy", 0, 20), ship("deep", 6, 2, "domesticDirect", { draft: 11 })];
    const r = simulate({ port, calls, rules: RULE_SETS.fcfs, horizon: 100, log: true });
    expect(brief(r).filter((l) => l.includes("deep"))).toEqual([
      "6 arrive deep ",
      "14.42 tide deep ",
      "14.42 anchor deep G",
      "20 berth deep B1",
      "22 depart deep B1",
    ]);
    expect(r.calls[1]).toMatchObject({ wait: 14, tideWait: 14.42 - 6, anchorage: "G" });
  });

  it("reports the mean tide wait per class beside the wait", () => {
    const port = tinyPort([berth("B1")], { tide: TIDE });
    const calls = [ship("deep", 6, 1, "nearSeaDirect", { draft: 11 }), ship("other", 30, 1, "nearSeaDirect")];
    const k = simulate({ port, calls, rules: RULE_SETS.fcfs, horizon: 100 }).kpis;
    expect(k.byClass.nearSeaDirect!.meanTideWait).toBeCloseTo((14.42 - 6) / 2, 10);
    expect(k.byClass.nearSeaDirect!.meanWait).toBeCloseTo((14.42 - 6) / 2, 10);
  });

  it("changes nothing when no ship draws more than the low-water depth", () => {
    fc.assert(
      fc.property(scenarioArb(), (s) => {
        const deepest = Math.max(0, ...s.calls.map((c) => c.draft));
        const tide: Tide = { ...TIDE, lowWaterDepth: deepest };
        const plain = simulate({ ...s, log: true });
        const tidal = simulate({ ...s, port: { ...s.port, tide }, log: true });
        expect(JSON.stringify(tidal)).toBe(JSON.stringify(plain));
      }),
      { numRuns: 200 },
    );
  });

  it("berths a deep ship no earlier than its window, and its tide wait is at most its wait", () => {
    fc.assert(
      fc.property(scenarioArb(), fc.double({ min: 0, max: 14, noNaN: true }), (s, lowWaterDepth) => {
        const tide: Tide = { ...TIDE, lowWaterDepth };
        const input = s.calls;
        const r = simulate({ ...s, port: { ...s.port, tide } });
        for (const c of r.calls) {
          const draft = input.find((v) => v.id === c.id)!.draft;
          expect(c.tideWait).toBeLessThanOrEqual(c.wait + 1e-9);
          if (c.status === "served" && draft > lowWaterDepth)
            expect(c.berthingStart!).toBeGreaterThanOrEqual(nextWindow(tide, c.arrival));
          if (draft <= lowWaterDepth) expect(c.tideWait).toBe(0);
        }
        expect(r.kpis.served + r.kpis.waiting + r.kpis.rejected).toBe(r.kpis.arrived);
      }),
      { numRuns: 200 },
    );
  });

  it("passes the independent checker, which lets a deep ship join the queue when its window opens", () => {
    fc.assert(
      fc.property(scenarioArb(), fc.double({ min: 0, max: 14, noNaN: true }), (s, lowWaterDepth) => {
        const port = { ...s.port, tide: { ...TIDE, lowWaterDepth } };
        const r = simulate({ ...s, port });
        expect(checkSchedule({ ...s, port, schedule: r.calls })).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
