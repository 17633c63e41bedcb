/**
 * Prints the figures of docs/shared-quays.md: the default Jiaxing scenario with Dushan B25/B26 and Zhapu E4 as
 * shared quays (the default), as single berths (one ship each, whatever its length), and as fixed sub-berths
 * (B25 and B26 of 250 m; E4 as three berths of 120 m). Each variant runs replications k = 0…19 on the same calls
 * (`replicationSeed(seed, k)`, common random numbers), under FCFS and priority, port-wide; differences are paired
 * per replication. A second part adds, as an assumption, a stream of 50,000-t ships at Dushan (the "50k + 10k"
 * combination of the sources). Run with
 *
 *   npx tsx packages/scenario/scripts/shared-quays.ts
 */
import {
  type Berth,
  type CallRecord,
  confidenceInterval95,
  type Port,
  RULE_SETS,
  type RuleSet,
  type SimulationResult,
  simulate,
  type TradeClass,
  type TrafficStream,
} from "@berthsim/core";
import { jiaxingDefault, replicationCalls, type Scenario } from "../src/index.ts";

const REPLICATIONS = 20;
const RULES: readonly RuleSet[] = [RULE_SETS.fcfs, RULE_SETS.priority];

type Variant = "shared" | "single" | "fixed";
const VARIANTS: readonly (readonly [Variant, string])[] = [
  ["shared", "shared quays"],
  ["single", "single berths"],
  ["fixed", "fixed sub-berths"],
];

/** The port of a variant: B25/B26 and E4 as shared quays (default), single berths, or fixed sub-berths. */
const portOf = (variant: Variant): Port => {
  const berths = jiaxingDefault.port.berths.flatMap((b): Berth[] => {
    if (b.quay === undefined || variant === "shared") return [b];
    const { quay: _, ...single } = b;
    if (variant === "single") return [single];
    const n = b.quay.maxShips ?? 1;
    const ids = b.id === "B25-26" ? ["B25", "B26"] : Array.from({ length: n }, (_, k) => `${b.id}${"abc"[k]}`);
    return ids.map((id) => ({ ...single, id, length: b.length / n }));
  });
  return { ...jiaxingDefault.port, berths };
};

/** Berths of each stretch of quay, whatever the variant calls them. */
const STRETCHES: readonly (readonly [string, (id: string) => boolean])[] = [
  ["B25/B26", (id) => id.startsWith("B25") || id === "B26"],
  ["E4", (id) => id.startsWith("E4")],
];
const GROUPS: readonly (readonly [string, readonly string[]])[] = [
  ["Dushan container berths (B23, B24, B25/B26)", ["B23", "B24", "B25", "B26", "B25-26"]],
  ["Zhapu liquid berths (E1–E4)", ["E1", "E2", "E3", "E4", "E4a", "E4b", "E4c"]],
];
/** Streams whose ships use the stretches: Dushan containers and general cargo, Zhapu chemicals. */
const STREAM_GROUPS: readonly (readonly [string, readonly string[]])[] = [
  ["Dushan container and general-cargo ships", ["se-asia", "yangshan-feeder", "dushan-domestic", "general-dushan", "dushan-50k"]],
  ["Zhapu chemical tankers", ["chemicals-foreign", "chemicals-domestic"]],
];
const CLASSES: readonly (readonly [TradeClass, string])[] = [
  ["nearSeaDirect", "near-sea"],
  ["ningboFeeder", "Ningbo feeder"],
  ["foreignOther", "other foreign"],
  ["domesticDirect", "domestic direct"],
  ["domesticBulk", "domestic bulk"],
];

/** Metre-hours used ÷ metre-hours open over the berths matching `pick`. */
const metreUtil = (r: SimulationResult, pick: (id: string) => boolean): number => {
  const group = r.kpis.berths.filter((b) => pick(b.berth));
  return group.reduce((s, b) => s + b.metreHours, 0) / group.reduce((s, b) => s + b.openMetreHours, 0);
};

/** Mean wait (h) of the served calls of some streams that arrived in the observation window. */
const streamWait = (r: SimulationResult, streams: readonly string[]): number => {
  const calls = r.calls.filter(
    (c: CallRecord) => c.status === "served" && streams.includes(c.stream ?? "") && c.arrival >= r.warmup,
  );
  return calls.reduce((s, c) => s + c.wait, 0) / calls.length;
};

interface Figure {
  readonly label: string;
  readonly of: (r: SimulationResult) => number;
  readonly digits: number;
}

const FIGURES: readonly Figure[] = [
  ...STRETCHES.map(([name, pick]) => ({ label: `metre-hour utilisation, ${name}`, of: (r: SimulationResult) => metreUtil(r, pick), digits: 3 })),
  ...GROUPS.map(([name, ids]) => ({ label: `metre-hour utilisation, ${name}`, of: (r: SimulationResult) => metreUtil(r, (id) => ids.includes(id)), digits: 3 })),
  { label: "metre-hour utilisation, port", of: (r) => r.kpis.metreUtilisation.port, digits: 3 },
  ...STREAM_GROUPS.map(([name, ids]) => ({ label: `mean wait (h), ${name}`, of: (r: SimulationResult) => streamWait(r, ids), digits: 2 })),
  ...CLASSES.map(([c, name]) => ({ label: `mean wait (h), ${name}`, of: (r: SimulationResult) => r.kpis.byClass[c]?.meanWait ?? NaN, digits: 2 })),
  { label: "calls rejected", of: (r) => r.kpis.rejected, digits: 1 },
];

const fmt = (xs: readonly number[], digits: number): string => {
  const { mean, halfWidth } = confidenceInterval95(xs);
  return `${mean.toFixed(digits)} ± ${halfWidth.toFixed(digits)}`;
};

const study = (title: string, scenario: Scenario): void => {
  // results[variant][rule][k]
  const results = new Map<Variant, SimulationResult[][]>(VARIANTS.map(([v]) => [v, RULES.map(() => [])]));
  for (let k = 0; k < REPLICATIONS; k++) {
    const calls = replicationCalls(scenario, k);
    for (const [v] of VARIANTS)
      RULES.forEach((rules, i) =>
        results.get(v)![i]!.push(
          simulate({ port: portOf(v), calls, rules, horizon: scenario.horizon, warmup: scenario.warmup }),
        ),
      );
  }
  const out: string[] = [`### ${title}`, ""];
  RULES.forEach((rules, i) => {
    out.push(`**${rules.id}** (mean ± 95 % CI half-width over ${REPLICATIONS} replications; differences paired)`, "");
    out.push("| figure | shared quays | single berths | fixed sub-berths | shared − single | shared − fixed |");
    out.push("| --- | --- | --- | --- | --- | --- |");
    for (const f of FIGURES) {
      const per = (v: Variant) => results.get(v)![i]!.map(f.of);
      const diff = (v: Variant) => per("shared").map((x, k) => x - per(v)[k]!);
      out.push(
        `| ${f.label} | ${fmt(per("shared"), f.digits)} | ${fmt(per("single"), f.digits)} | ${fmt(per("fixed"), f.digits)} | ` +
          `${fmt(diff("single"), f.digits)} | ${fmt(diff("fixed"), f.digits)} |`,
      );
    }
    out.push("");
  });
  console.log(out.join("\n"));
};

/**
 * Assumption, for the sensitivity study only: half a call a week of a 50,000-t container ship (about 4,000 TEU,
 * 255–275 m, draft up to 12.5 m) at Dushan, the size B25/B26 was built for, exchanging 800 TEU on average.
 */
const FIFTY_K: TrafficStream = {
  kind: "poisson",
  id: "dushan-50k",
  name: "Dushan 50k-t",
  tradeClass: "foreignOther",
  cargo: "container",
  homeArea: "dushan",
  perWeek: 0.5,
  vessel: {
    loa: { kind: "triangular", min: 255, mode: 265, max: 275 },
    draft: { kind: "triangular", min: 11, mode: 12, max: 12.5 },
    volume: { kind: "erlang", k: 2, mean: 800 },
  },
};

study("Default traffic", jiaxingDefault);
study("With 50,000-t ships at Dushan (assumption: 0.5 a week)", { ...jiaxingDefault, traffic: [...jiaxingDefault.traffic, FIFTY_K] });
