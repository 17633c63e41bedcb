import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { compareShips, FOREIGN_TRADE_PRIORITY_ORDER, orderReason, RULE_SETS, type QueuedShip, type RuleSet, shipOrder, TRADE_CLASS_IDS } from "../src/index.ts";
import { classRanks, shipOrderByIndex } from "../src/priority.ts";

const q = (id: string, tradeClass: QueuedShip["tradeClass"], arrival: number): QueuedShip => ({ id, tradeClass, arrival });
const sortAt = (rules: RuleSet, now: number, ships: QueuedShip[]): string[] =>
  [...ships].sort((a, b) => compareShips(rules, now, a, b)).map((s) => s.id);

describe("compareShips", () => {
  const mixed = [
    q("dom", "domesticDirect", 0),
    q("feeder", "ningboFeeder", 1),
    q("near", "nearSeaDirect", 2),
    q("bulk", "domesticBulk", 0.5),
    q("tanker", "foreignOther", 1.5),
  ];

  it("orders by arrival only under FCFS", () => {
    expect(sortAt(RULE_SETS.fcfs, 10, mixed)).toEqual(["dom", "bulk", "feeder", "tanker", "near"]);
  });

  it("orders near-sea direct, Ningbo feeder, other foreign, domestic direct, domestic bulk under priority", () => {
    expect(FOREIGN_TRADE_PRIORITY_ORDER).toEqual([
      "nearSeaDirect",
      "ningboFeeder",
      "foreignOther",
      "domesticDirect",
      "domesticBulk",
    ]);
    expect(sortAt(RULE_SETS.priority, 10, mixed)).toEqual(["near", "feeder", "tanker", "dom", "bulk"]);
  });

  it("takes the class order from the rule set's data, not from code", () => {
    const reversed: RuleSet = { ...RULE_SETS.priority, classOrder: [...FOREIGN_TRADE_PRIORITY_ORDER].reverse() };
    expect(sortAt(reversed, 10, mixed)).toEqual(["bulk", "dom", "tanker", "feeder", "near"]);
  });

  it("ranks classes missing from the order after every listed class, FCFS among themselves", () => {
    const nearOnly: RuleSet = { ...RULE_SETS.priority, classOrder: ["nearSeaDirect"] };
    expect(sortAt(nearOnly, 10, mixed)).toEqual(["near", "dom", "bulk", "feeder", "tanker"]);
  });

  it("serves earlier arrivals first within a class", () => {
    const ships = [q("late", "ningboFeeder", 5), q("early", "ningboFeeder", 1)];
    expect(sortAt(RULE_SETS.priority, 10, ships)).toEqual(["early", "late"]);
  });

  it("breaks a tie of class and arrival by id, whatever the input order", () => {
    const a = q("A-2", "nearSeaDirect", 3);
    const b = q("A-10", "nearSeaDirect", 3);
    expect(sortAt(RULE_SETS.priority, 10, [a, b])).toEqual(["A-10", "A-2"]);
    expect(sortAt(RULE_SETS.priority, 10, [b, a])).toEqual(["A-10", "A-2"]);
    expect(sortAt(RULE_SETS.fcfs, 10, [a, b])).toEqual(["A-10", "A-2"]);
    expect(compareShips(RULE_SETS.priority, 10, a, a)).toBe(0);
  });

  it("puts a ship that waited the cap ahead of every higher class under the capped rule", () => {
    const capped = RULE_SETS.priorityCapped;
    const ships = [q("near", "nearSeaDirect", 30), q("dom", "domesticDirect", 0)];
    expect(sortAt(capped, 23.9, ships)).toEqual(["near", "dom"]);
    // At exactly capHours of waiting the ship counts as past the cap.
    expect(sortAt(capped, 24, ships)).toEqual(["dom", "near"]);
  });

  it("serves ships past the cap first come, first served regardless of class", () => {
    const capped = RULE_SETS.priorityCapped;
    const ships = [q("near", "nearSeaDirect", 1), q("dom", "domesticBulk", 0), q("fresh", "nearSeaDirect", 99)];
    expect(sortAt(capped, 100, ships)).toEqual(["dom", "near", "fresh"]);
  });
});

describe("orderReason(rules, now, a, b)", () => {
  it("names the step of the order that puts a first", () => {
    const capped: RuleSet = { ...RULE_SETS.priorityCapped, capHours: 5 };
    expect(orderReason(RULE_SETS.priority, 10, q("near", "nearSeaDirect", 3), q("dom", "domesticDirect", 1))).toBe("higherClass");
    expect(orderReason(RULE_SETS.fcfs, 10, q("dom", "domesticDirect", 1), q("near", "nearSeaDirect", 3))).toBe("earlierArrival");
    expect(orderReason(RULE_SETS.priority, 10, q("a", "domesticDirect", 1), q("b", "domesticDirect", 1))).toBe("lowerId");
    expect(orderReason(capped, 10, q("dom", "domesticDirect", 1), q("near", "nearSeaDirect", 8))).toBe("pastCap");
    expect(orderReason(RULE_SETS.priority, 10, q("dom", "domesticDirect", 1), q("near", "nearSeaDirect", 3))).toBeUndefined();
  });

  it("gives a reason exactly when compareShips puts a first", () => {
    const ship = fc.record({
      id: fc.constantFrom("a", "b", "c"),
      tradeClass: fc.constantFrom(...TRADE_CLASS_IDS),
      arrival: fc.integer({ min: 0, max: 20 }),
    });
    const rules = fc.constantFrom<RuleSet>(RULE_SETS.fcfs, RULE_SETS.priority, { ...RULE_SETS.priorityCapped, capHours: 6 });
    fc.assert(
      fc.property(rules, fc.integer({ min: 0, max: 30 }), ship, ship, (r, now, a, b) => {
        expect(orderReason(r, now, a, b) !== undefined).toBe(compareShips(r, now, a, b) < 0);
      }),
    );
  });

  it("gives exactly shipOrder's numbers when ships are known by index in columns (shipOrderByIndex, classRanks)", () => {
    // Few ids, classes, arrivals and instants, so that ties of every step come up; a class order with classes left
    // out and one listed twice; a class outside TRADE_CLASS_IDS.
    const ship = fc.record({
      id: fc.constantFrom("a", "b", "c"),
      tradeClass: fc.constantFrom<QueuedShip["tradeClass"]>(...TRADE_CLASS_IDS, "mystery" as QueuedShip["tradeClass"]),
      arrival: fc.oneof(fc.integer({ min: 0, max: 20 }), fc.constant(Number.NaN)),
    });
    const rules = fc.constantFrom<RuleSet>(
      RULE_SETS.fcfs,
      RULE_SETS.priority,
      { ...RULE_SETS.priorityCapped, capHours: 6 },
      { ...RULE_SETS.priority, classOrder: ["domesticBulk", "nearSeaDirect", "domesticBulk"] },
    );
    fc.assert(
      fc.property(rules, fc.integer({ min: 0, max: 30 }), fc.array(ship, { minLength: 2, maxLength: 6 }), (r, now, ships) => {
        const arrival = Float64Array.from(ships, (x) => x.arrival);
        const slots = Int8Array.from(ships, (x) => TRADE_CLASS_IDS.indexOf(x.tradeClass));
        const rank = new Int32Array(ships.length);
        classRanks(r, slots, ships, rank);
        const byIndex = shipOrderByIndex(r, arrival, rank, (i) => ships[i]!.id);
        const byShip = shipOrder(r);
        ships.forEach((a, i) => ships.forEach((b, j) => expect(byIndex(now, i, j)).toBe(byShip(now, a, b))));
      }),
    );
  });
});

