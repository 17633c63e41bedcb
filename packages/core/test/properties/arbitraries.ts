/**
 * fast-check arbitraries for berthsim's inputs: ports, berths, vessel calls, rule sets and whole scenarios. They
 * are small on purpose (≤ 4 berths, ≤ 30 calls, times within a few days) so that a thousand cases run in
 * seconds, and they lean on the edges: equal arrival times and bursts, a single berth, every berth closed for a
 * while, ships that fit no berth, one class only, zero handling times, home areas that do not exist.
 *
 * Every time is a multiple of half an hour and every rate a power of two, so sums and quotients are exact in
 * binary floating point: properties can compare times with `===`, and scaling by a power of two is exact.
 */
import fc from "fast-check";
import type {
  Anchorage,
  Berth,
  CargoKind,
  Closure,
  Port,
  Quay,
  RuleSet,
  TradeClass,
  VesselCall,
} from "../../src/index.ts";
import { TRADE_CLASS_IDS } from "../../src/index.ts";

/** Cases per property: 1,000 in the normal run, 100,000 with BERTHSIM_DEEP=1 (`pnpm test:deep`). */
export const NUM_RUNS = process.env["BERTHSIM_DEEP"] === "1" ? 100_000 : 1_000;

/** Per-test time limit: generous, because a shared 2-core CI machine can be several times slower than a laptop. */
export const PROPERTY_TIMEOUT = NUM_RUNS * 120;

/** fast-check parameters of a property: a fixed seed, so a failure reproduces on every machine. */
export const runs = (seed: number): { numRuns: number; seed: number } => ({ numRuns: NUM_RUNS, seed });

/** Hours in [min, max], in steps of half an hour. */
export const hours = (min: number, max: number): fc.Arbitrary<number> =>
  fc.integer({ min: Math.round(min * 2), max: Math.round(max * 2) }).map((x) => x / 2);

const AREAS = ["a", "b"] as const;

/** `arb` in a quarter of the cases, `undefined` otherwise (shrinks to `undefined`). */
const sometimes = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> =>
  fc.oneof({ weight: 3, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: arb });
const CARGOES: readonly CargoKind[] = ["container", "coal"];

export const closureArb: fc.Arbitrary<Closure> = fc
  .record({ start: hours(0, 60), length: hours(0.5, 20) })
  .map(({ start, length }) => ({ start, end: start + length }));

const rateArb = fc.oneof({ weight: 19, arbitrary: fc.constantFrom(1, 2, 4, 8) }, { weight: 1, arbitrary: fc.constant(0) });

/** A berth without its id; `portArb` numbers them. Cargo listed with a zero rate is handled by no ship. */
export const berthBodyArb: fc.Arbitrary<Omit<Berth, "id">> = fc
  .record({
    area: fc.constantFrom("a", "a", "b"),
    length: fc.oneof({ weight: 6, arbitrary: fc.constantFrom(200, 300, 300) }, { weight: 1, arbitrary: fc.constant(120) }),
    depth: fc.oneof({ weight: 6, arbitrary: fc.constantFrom(12, 16, 16) }, { weight: 1, arbitrary: fc.constant(8) }),
    cargo: fc.oneof({ weight: 2, arbitrary: fc.constant<CargoKind[]>([...CARGOES]) }, fc.subarray([...CARGOES], { minLength: 1 })),
    foreignTradeOpen: fc.oneof({ weight: 4, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
    rates: fc.record({ container: rateArb, coal: rateArb }),
    overheadHours: fc.constantFrom(0, 0.5, 1, 2),
    closures: fc.array(closureArb, { maxLength: 2 }),
  })
  .map(({ closures, ...b }) => (closures.length === 0 ? b : { ...b, closures }));

const ANCHORAGES: readonly Anchorage[] = [
  { id: "G", name: "General", kind: "general", capacity: Infinity },
  { id: "DG", name: "Dangerous goods", kind: "dangerousGoods", capacity: 1 },
];

/** Berth j (0-based) is "B<j+1>". */
export const berthId = (j: number): string => `B${j + 1}`;

export interface PortShape {
  readonly singleBerth: boolean;
  /** A window in which every berth is closed, on top of their own closures. */
  readonly allClosed: Closure | undefined;
}

export const portArb: fc.Arbitrary<Port> = fc
  .record({
    berths: fc.array(berthBodyArb, { minLength: 2, maxLength: 4, size: "medium" }),
    shiftHours: fc.constantFrom(0, 0.5, 1, 2),
    anchorages: fc.boolean(),
    singleBerth: fc.oneof({ weight: 5, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
    allClosed: sometimes(closureArb),
  })
  .map(({ berths, shiftHours, anchorages, singleBerth, allClosed }) => ({
    name: "Generated port",
    areas: AREAS.map((id) => ({ id, name: `Area ${id}`, nameZh: `${id}区` })),
    berths: (singleBerth ? berths.slice(0, 1) : berths).map((b, j) => {
      const closures = [...(b.closures ?? []), ...(allClosed === undefined ? [] : [allClosed])];
      return { id: berthId(j), ...b, ...(closures.length === 0 ? {} : { closures }) };
    }),
    anchorages: anchorages ? ANCHORAGES : [],
    shiftHours,
  }));

/** Ports whose berths never close (for claims that closures are the stated exception to). */
export const portWithoutClosuresArb: fc.Arbitrary<Port> = portArb.map((p) => ({
  ...p,
  berths: p.berths.map(({ closures: _, ...b }) => b),
}));

/** A call without its id. Some are too long, too deep or carry grain, which no generated berth handles. */
export const callBodyArb: fc.Arbitrary<Omit<VesselCall, "id" | "name">> = fc
  .record({
    tradeClass: fc.constantFrom(...TRADE_CLASS_IDS),
    cargo: fc.oneof(
      { weight: 20, arbitrary: fc.constant<CargoKind>("container") },
      { weight: 5, arbitrary: fc.constant<CargoKind>("coal") },
      { weight: 1, arbitrary: fc.constant<CargoKind>("grain") },
    ),
    loa: fc.oneof({ weight: 25, arbitrary: fc.constantFrom(80, 150, 150, 200, 250) }, { weight: 1, arbitrary: fc.constant(350) }),
    draft: fc.oneof({ weight: 25, arbitrary: fc.constantFrom(6, 10, 10, 12, 14) }, { weight: 1, arbitrary: fc.constant(18) }),
    volume: fc.integer({ min: 0, max: 40 }),
    arrival: hours(0, 80),
    dangerousGoods: fc.boolean(),
    homeArea: fc.option(fc.constantFrom("a", "a", "a", "a", "a", "a", "b", "b", "c"), { nil: undefined, freq: 2 }),
    serviceHours: fc.option(hours(0, 20), { nil: undefined, freq: 3 }),
  })
  .map(({ homeArea, serviceHours, ...c }) => ({
    ...c,
    ...(homeArea === undefined ? {} : { homeArea }),
    ...(serviceHours === undefined ? {} : { serviceHours }),
  }));

export interface TrafficOptions {
  readonly maxCalls?: number;
  readonly minCalls?: number;
}

/**
 * Up to 30 calls with distinct ids "s<k>" (k < 100, so code-unit order differs from numeric order and from
 * arrival order). A quarter of the time arrivals come in bursts (rounded down to 20 h), a fifth of the time every
 * call has one class.
 */
export const callsArb = (options: TrafficOptions = {}): fc.Arbitrary<VesselCall[]> =>
  fc
    .record({
      calls: fc.uniqueArray(fc.record({ key: fc.integer({ min: 0, max: 99 }), body: callBodyArb }), {
        selector: (r) => r.key,
        minLength: options.minCalls ?? 0,
        maxLength: options.maxCalls ?? 30,
        size: "medium",
      }),
      burst: fc.oneof({ weight: 3, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
      oneClass: sometimes(fc.constantFrom(...TRADE_CLASS_IDS)),
    })
    .map(({ calls, burst, oneClass }) =>
      calls.map(({ key, body }) => ({
        id: `s${key}`,
        name: `MV s${key}`,
        ...body,
        ...(burst ? { arrival: Math.floor(body.arrival / 20) * 20 } : {}),
        ...(oneClass === undefined ? {} : { tradeClass: oneClass as TradeClass }),
      })),
    );

export const ruleSetArb: fc.Arbitrary<RuleSet> = fc
  .record({
    kind: fc.constantFrom("fcfs", "priority", "cappedPriority"),
    // Any order of any subset: unlisted classes rank after the listed ones.
    classOrder: fc.oneof(fc.shuffledSubarray([...TRADE_CLASS_IDS]), fc.shuffledSubarray([...TRADE_CLASS_IDS], { minLength: 5 })),
    capHours: fc.option(fc.constantFrom(0, 1, 4, 10, 24), { nil: undefined, freq: 6 }),
    queueScope: fc.constantFrom("port", "area"),
    berthChoice: fc.constantFrom("earliestFree", "bestFit"),
  })
  .map(({ capHours, ...r }) => ({
    id: `generated-${r.kind}`,
    name: `Generated ${r.kind}`,
    ...r,
    ...(capHours === undefined ? {} : { capHours }),
  }));

export interface Scenario {
  readonly port: Port;
  readonly calls: readonly VesselCall[];
  readonly rules: RuleSet;
  readonly horizon: number;
  readonly warmup: number;
}

export const scenarioArb = (
  options: TrafficOptions & { rules?: fc.Arbitrary<RuleSet>; port?: fc.Arbitrary<Port> } = {},
): fc.Arbitrary<Scenario> =>
  fc.record({
    port: options.port ?? portArb,
    calls: callsArb(options),
    rules: options.rules ?? ruleSetArb,
    horizon: fc.oneof(hours(10, 60), { weight: 3, arbitrary: hours(60, 150) }),
    warmup: fc.constantFrom(0, 5),
  });

/** Rule sets of one kind only. */
export const rulesOfKind = (kind: RuleSet["kind"]): fc.Arbitrary<RuleSet> =>
  ruleSetArb.map((r) => ({ ...r, kind, id: `generated-${kind}`, name: `Generated ${kind}` }));

/**
 * A shared quay for a generated berth: clearance in whole metres plus a share of the length that is a power of two
 * (so every position is exact), sometimes a ship limit, sometimes a depth profile of two or three stretches whose
 * deepest is the berth's depth.
 */
export const quayArb = (length: number, depth: number): fc.Arbitrary<Quay> =>
  fc
    .record({
      clearanceMetres: fc.constantFrom(0, 0, 5, 10),
      clearanceShare: fc.constantFrom(0, 0.125, 0.25),
      maxShips: sometimes(fc.constantFrom(1, 2, 3)),
      cuts: sometimes(fc.uniqueArray(fc.integer({ min: 1, max: Math.floor(length / 50) - 1 }), { minLength: 1, maxLength: 2 })),
      shallow: fc.constantFrom(8, 10, 12),
      deepFirst: fc.boolean(),
    })
    .map(({ clearanceMetres, clearanceShare, maxShips, cuts, shallow, deepFirst }) => {
      const at = (cuts ?? []).filter((c) => c * 50 < length).map((c) => c * 50).sort((a, b) => a - b);
      const bounds = [0, ...at, length];
      const depths =
        at.length === 0
          ? undefined
          : bounds.slice(1).map((to, k) => ({
              from: bounds[k]!,
              to,
              // Alternating, so that the deepest stretch is the berth's depth and others may be shallower.
              depth: (k % 2 === 0) === deepFirst ? depth : Math.min(depth, shallow),
            }));
      // Keep the berth's depth the deepest: at least one stretch must have it.
      const valid = depths === undefined || depths.some((s) => s.depth === depth) ? depths : undefined;
      return {
        clearanceMetres,
        clearanceShare,
        ...(maxShips === undefined ? {} : { maxShips }),
        ...(valid === undefined ? {} : { depths: valid }),
      };
    });

/** Ports where about half the berths are shared quays of 200–600 m, so that several ships fit on one. */
export const portWithQuaysArb: fc.Arbitrary<Port> = portArb.chain((p) =>
  fc
    .tuple(
      ...p.berths.map((b) =>
        fc
          .record({ shared: fc.boolean(), length: fc.constantFrom(b.length, 400, 500, 600) })
          .chain(({ shared, length }) =>
            shared ? quayArb(length, b.depth).map((quay) => ({ ...b, length, quay })) : fc.constant(b),
          ),
      ),
    )
    .map((berths) => ({ ...p, berths })),
);
