import { BUILT_IN_RULE_SETS, CARGO_KINDS, TRADE_CLASS_IDS, type TradeClass } from "@berthsim/core";
import fc from "fast-check";
import { clearanceFile } from "./clearanceFile.ts";

/*
 * fast-check arbitraries that mirror the scenario file schema (src/fileSchema/) and generate files that decode:
 * every stream and call is sized from one "host" berth it fits (cargo, foreign-trade opening, length, draft,
 * home area), ids are unique, the warm-up ends before the horizon. They shrink to small ports.
 */

export type Json = any;

const FOREIGN: ReadonlySet<TradeClass> = new Set(["nearSeaDirect", "ningboFeeder", "foreignOther"]);
const DOMESTIC = TRADE_CLASS_IDS.filter((c) => !FOREIGN.has(c));

const num = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
const ALNUM = [..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"];
/** Ids as the schema allows them (letters, digits, ".", "_", "-", not starting with a sign). */
const id = fc
  .tuple(fc.constantFrom(...ALNUM), fc.string({ unit: fc.constantFrom(...ALNUM, ".", "_", "-"), maxLength: 6 }))
  .map(([a, b]) => a + b);
const ids = (min: number, max: number) => fc.uniqueArray(id, { minLength: min, maxLength: max });
const text = fc.string({ minLength: 1, maxLength: 12 });

/** A distribution over [0, bound] (the mean ≤ bound for unbounded kinds). */
export const distribution = (bound: number): fc.Arbitrary<Json> =>
  fc.oneof(
    num(0, bound).map((value) => ({ kind: "deterministic", value })),
    num(0.01, bound).map((mean) => ({ kind: "exponential", mean })),
    fc.record({ kind: fc.constant("erlang"), k: fc.integer({ min: 1, max: 5 }), mean: num(0.01, bound) }),
    fc.tuple(num(0, bound), num(0, bound)).map(([a, b]) => ({ kind: "uniform", min: Math.min(a, b), max: Math.max(a, b) })),
    fc.tuple(num(0, bound), num(0, bound), num(0, bound)).map((xs) => {
      const [min, mode, max] = xs.sort((a, b) => a - b);
      return { kind: "triangular", min, mode, max };
    }),
    fc
      .array(num(0, bound), { minLength: 1, maxLength: 4 })
      .chain((values) =>
        fc.option(fc.array(num(0, 5), { minLength: values.length, maxLength: values.length }).map((w) => [w[0]! + 1, ...w.slice(1)]), {
          nil: undefined,
        }).map((weights) => ({ kind: "empirical", values, ...(weights === undefined ? {} : { weights }) })),
      ),
  );

const berth = (berthId: string, areas: readonly string[]): fc.Arbitrary<Json> =>
  fc
    .record({
      area: fc.constantFrom(...areas),
      length: num(50, 400),
      depth: num(4, 20),
      cargo: fc.uniqueArray(fc.constantFrom(...CARGO_KINDS), { minLength: 1, maxLength: 3 }),
      foreignTradeOpen: fc.boolean(),
      rate: num(1, 3000),
      overheadHours: num(0, 10),
      closures: fc.option(fc.array(fc.tuple(num(0, 100), num(1, 100)), { maxLength: 2 }), { nil: undefined }),
      // A shared quay a quarter of the time: clearance leaves room for a ship of at least a third of the length.
      quay: fc.option(
        fc.record(
          { clearanceMetres: num(0, 10), clearanceShare: num(0, 0.5), maxShips: fc.integer({ min: 1, max: 4 }) },
          { requiredKeys: ["clearanceMetres", "clearanceShare"] },
        ),
        { nil: undefined, freq: 3 },
      ),
    })
    .map(({ rate, closures, quay, ...b }) => {
      let t = 0;
      const windows = closures?.map(([gap, length]) => {
        const start = t + gap;
        t = start + length + 1;
        return { start, end: start + length };
      });
      return {
        id: berthId,
        ...b,
        rates: Object.fromEntries(b.cargo.map((c) => [c, rate])),
        ...(windows === undefined ? {} : { closures: windows }),
        ...(quay === undefined ? {} : { quay }),
      };
    });

/** The longest ship a host berth takes: its length, less a quay's clearance (rounded down a little, so it fits). */
const longest = (host: Json): number =>
  host.quay === undefined
    ? host.length
    : ((host.length - host.quay.clearanceMetres) / (1 + host.quay.clearanceShare)) * (1 - 1e-9);

/** What a call or stream hosted by `host` may be: its class, cargo and bounds. */
const hosted = (host: Json) =>
  fc.record({
    tradeClass: fc.constantFrom(...(host.foreignTradeOpen ? TRADE_CLASS_IDS : DOMESTIC)),
    cargo: fc.constantFrom(...(host.cargo as string[])),
  });

const stream = (streamId: string, host: Json): fc.Arbitrary<Json> =>
  fc
    .record({
      base: hosted(host),
      vessel: fc.record({ loa: distribution(longest(host)), draft: distribution(host.depth), volume: distribution(50000) }),
      name: fc.option(text, { nil: undefined }),
      dangerousShare: fc.option(num(0, 1), { nil: undefined }),
      liner: fc.option(
        fc.record({
          route: text,
          days: fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 7 }),
          hour: num(0, 23.99),
          lateness: distribution(24),
        }),
        { nil: undefined },
      ),
      perWeek: num(0.01, 50),
    })
    .map(({ base, vessel, name, dangerousShare, liner, perWeek }) => ({
      kind: liner === undefined ? "poisson" : "liner",
      id: streamId,
      ...(name === undefined ? {} : { name }),
      ...base,
      homeArea: host.area,
      ...(dangerousShare === undefined ? {} : { dangerousShare }),
      ...(liner ?? { perWeek }),
      vessel,
    }));

const call = (callId: string, host: Json, horizon: number): fc.Arbitrary<Json> =>
  fc
    .record({ base: hosted(host), loa: num(1, longest(host)), draft: num(0.5, host.depth), volume: num(0, 50000), arrival: num(0, horizon * 0.99) })
    .map(({ base, ...c }) => ({ id: callId, name: `Vessel ${callId}`, ...base, ...c, homeArea: host.area }));

const ruleSet = (ruleId: string): fc.Arbitrary<Json> =>
  fc.oneof(
    fc.constantFrom(...BUILT_IN_RULE_SETS.map((r) => r.id)),
    fc.record({
      id: fc.constant(`custom-${ruleId}`),
      name: text,
      kind: fc.constantFrom("fcfs", "priority", "cappedPriority"),
      classOrder: fc.uniqueArray(fc.constantFrom(...TRADE_CLASS_IDS)),
      capHours: num(0.5, 72),
      queueScope: fc.constantFrom("port", "area"),
      berthChoice: fc.constantFrom("earliestFree", "bestFit"),
    }),
  );

/** A scenario file that `decodeScenario` accepts. */
export const validFile: fc.Arbitrary<Json> = fc
  .record({ areas: ids(1, 3), berthIds: ids(1, 5), horizon: num(1, 20000) })
  .chain(({ areas, berthIds, horizon }) =>
    fc.tuple(...berthIds.map((b) => berth(b, areas))).chain((berths) =>
      fc.record({
        id,
        name: text,
        description: fc.string(),
        port: fc.record({
          name: text,
          areas: fc.constant(areas.map((a) => ({ id: a, name: a, nameZh: "港区" }))),
          berths: fc.constant(berths),
          anchorages: fc.uniqueArray(
            fc.record(
              { id, name: text, kind: fc.constantFrom("general", "dangerousGoods"), capacity: fc.nat(5), area: fc.constantFrom(...areas) },
              { requiredKeys: ["id", "name", "kind"] },
            ),
            { selector: (a) => a.id, maxLength: 2 },
          ),
          shiftHours: num(0, 3),
        }),
        traffic: ids(0, 3).chain((s) => fc.tuple(...s.map((sid, i) => stream(sid, berths[i % berths.length])))),
        calls: ids(0, 3).chain((c) => fc.tuple(...c.map((cid, i) => call(cid, berths[i % berths.length], horizon)))),
        rules: fc.uniqueArray(fc.nat(9).chain((n) => ruleSet(String(n))), {
          minLength: 1,
          maxLength: 4,
          selector: (r) => (typeof r === "string" ? r : r.id),
        }),
        horizon: fc.constant(horizon),
        warmup: num(0, horizon * 0.99),
        replications: fc.integer({ min: 1, max: 100 }),
        seed: fc.integer({ min: 0, max: 4294967295 }),
        clearance: clearanceFile(),
      }, { requiredKeys: ["id", "name", "port", "horizon"] }),
    ),
  );
