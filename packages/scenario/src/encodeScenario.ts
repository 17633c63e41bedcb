import { type RuleSet, SELECTABLE_RULE_SETS, type TrafficStream, type VesselCall } from "@berthsim/core";
import { clearanceToFile } from "./internal/clearanceFile.ts";
import type { ScenarioAnchorage } from "./internal/fromFile.ts";
import type { Scenario } from "./Scenario.ts";

const sameRuleSet = (a: RuleSet, b: RuleSet): boolean =>
  a.id === b.id &&
  a.name === b.name &&
  a.kind === b.kind &&
  a.capHours === b.capHours &&
  a.queueScope === b.queueScope &&
  a.berthChoice === b.berthChoice &&
  a.lookaheadHours === b.lookaheadHours &&
  JSON.stringify(a.classWeights) === JSON.stringify(b.classWeights) &&
  a.classOrder.length === b.classOrder.length &&
  a.classOrder.every((c, i) => c === b.classOrder[i]);

const encodeRuleSet = (r: RuleSet): string | object =>
  SELECTABLE_RULE_SETS.some((b) => sameRuleSet(b, r))
    ? r.id
    : {
        id: r.id,
        name: r.name,
        kind: r.kind,
        classOrder: [...r.classOrder],
        ...(r.capHours === undefined ? {} : { capHours: r.capHours }),
        queueScope: r.queueScope,
        berthChoice: r.berthChoice,
        ...(r.lookaheadHours === undefined ? {} : { lookaheadHours: r.lookaheadHours }),
        ...(r.classWeights === undefined ? {} : { classWeights: { ...r.classWeights } }),
      };

const optional = <K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } =>
  (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };

// Keys in a fixed order, so that files written from the same scenario are byte-identical.
const encodeStream = (s: TrafficStream) => ({
  kind: s.kind,
  id: s.id,
  ...optional("name", s.name),
  ...(s.kind === "liner" ? { route: s.route, days: [...s.days], hour: s.hour, lateness: s.lateness } : {}),
  tradeClass: s.tradeClass,
  cargo: s.cargo,
  ...optional("homeArea", s.homeArea),
  ...optional("dangerousShare", s.dangerousShare),
  ...(s.kind === "poisson" ? { perWeek: s.perWeek } : {}),
  vessel: {
    loa: s.vessel.loa,
    draft: s.vessel.draft,
    volume: s.vessel.volume,
    ...optional("serviceHours", s.vessel.serviceHours),
  },
});

const encodeCall = (c: VesselCall) => ({
  id: c.id,
  name: c.name,
  tradeClass: c.tradeClass,
  cargo: c.cargo,
  loa: c.loa,
  draft: c.draft,
  volume: c.volume,
  arrival: c.arrival,
  dangerousGoods: c.dangerousGoods,
  ...optional("homeArea", c.homeArea),
  ...optional("serviceHours", c.serviceHours),
  ...optional("stream", c.stream),
});

/**
 * The scenario as the content of a scenario file (plain JSON data), the inverse of `decodeScenario`:
 * unlimited anchorages lose their capacity, built-in rule sets become their ids, and every optional key the
 * scenario leaves out stays out. `decodeScenario(encodeScenario(s))` gives back `s`.
 */
export const encodeScenario = (scenario: Scenario): unknown => {
  const { port } = scenario;
  const file = {
    id: scenario.id,
    name: scenario.name,
    description: scenario.description,
    port: {
      name: port.name,
      areas: port.areas.map((a) => ({ id: a.id, name: a.name, nameZh: a.nameZh })),
      berths: port.berths.map((b) => ({
        id: b.id,
        area: b.area,
        length: b.length,
        depth: b.depth,
        cargo: [...b.cargo],
        foreignTradeOpen: b.foreignTradeOpen,
        rates: { ...b.rates },
        overheadHours: b.overheadHours,
        ...optional(
          "closures",
          b.closures?.map((c) => ({ start: c.start, end: c.end, ...optional("reason", c.reason) })),
        ),
        ...optional(
          "quay",
          b.quay === undefined
            ? undefined
            : {
                clearanceMetres: b.quay.clearanceMetres,
                clearanceShare: b.quay.clearanceShare,
                ...optional("maxShips", b.quay.maxShips),
                ...optional("depths", b.quay.depths?.map((d) => ({ from: d.from, to: d.to, depth: d.depth }))),
              },
        ),
      })),
      anchorages: port.anchorages.map((a: ScenarioAnchorage) => ({
        id: a.id,
        name: a.name,
        kind: a.kind,
        ...optional("capacity", a.capacity === Infinity ? undefined : a.capacity),
        ...optional("area", a.area),
      })),
      shiftHours: port.shiftHours,
      ...optional("tide", port.tide === undefined ? undefined : { ...port.tide }),
    },
    traffic: scenario.traffic.map(encodeStream),
    ...optional("calls", scenario.calls?.map(encodeCall)),
    rules: scenario.rules.map(encodeRuleSet),
    horizon: scenario.horizon,
    warmup: scenario.warmup,
    replications: scenario.replications,
    seed: scenario.seed,
    ...optional("clearance", scenario.clearance === undefined ? undefined : clearanceToFile(scenario.clearance)),
  };
  // Round-trip through JSON semantics: drops undefined values and copies shared objects (e.g. distributions).
  return JSON.parse(JSON.stringify(file)) as unknown;
};
