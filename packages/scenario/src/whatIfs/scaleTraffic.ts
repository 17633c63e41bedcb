import { type LinerService, type PoissonStream, TRADE_CLASS_IDS, type TradeClass, type TrafficStream } from "@berthsim/core";
import type { Scenario } from "../Scenario.ts";
import { arity, findStream, numberArg, unknown, type WhatIf } from "./WhatIf.ts";

type StreamSpec = { readonly id: "scale-stream"; readonly stream: string; readonly percent: number };
type ClassSpec = { readonly id: "scale-class"; readonly tradeClass: TradeClass; readonly percent: number };

const percentArg = (text: string | undefined): number | string =>
  numberArg(text?.replace(/%$/, ""), "a change in percent greater than -100 (e.g. +20 or -10)", (x) => x > -100);

const signed = (p: number): string => (p >= 0 ? `+${p}` : String(p));

const extraId = (liner: LinerService): string => `${liner.id}-extra`;

/** Extra calls of a liner service: random arrivals of the same ships, `perWeek` a week. */
const extraCalls = (liner: LinerService, perWeek: number): PoissonStream => ({
  kind: "poisson",
  id: extraId(liner),
  name: `${liner.name ?? liner.id} extra`,
  tradeClass: liner.tradeClass,
  cargo: liner.cargo,
  ...(liner.homeArea === undefined ? {} : { homeArea: liner.homeArea }),
  ...(liner.dangerousShare === undefined ? {} : { dangerousShare: liner.dangerousShare }),
  perWeek,
  vessel: liner.vessel,
});

/**
 * Scales the calls of the streams `ids` by (1 + percent/100). A random stream's rate is scaled. A liner keeps its
 * timetable; more calls come as a random stream `<liner>-extra` with the same ships (created, or raised when it
 * exists); fewer calls cannot be taken from a fixed timetable, so shrinking a liner is refused.
 */
const scaleStreams = (scenario: Scenario, ids: ReadonlySet<string>, percent: number): Scenario | string => {
  const factor = 1 + percent / 100;
  const liners = scenario.traffic.filter((s): s is LinerService => ids.has(s.id) && s.kind === "liner");
  if (percent < 0 && liners.length > 0)
    return `liner service "${liners[0]!.id}" calls on fixed days and cannot be scaled down; edit its days in a scenario file`;
  let traffic: TrafficStream[] = scenario.traffic.map((s) =>
    ids.has(s.id) && s.kind === "poisson" ? { ...s, perWeek: s.perWeek * factor } : s,
  );
  for (const liner of liners) {
    const more = liner.days.length * (factor - 1);
    if (more === 0) continue;
    const existing = traffic.find((s) => s.id === extraId(liner));
    if (existing === undefined) traffic = [...traffic, extraCalls(liner, more)];
    else if (existing.kind === "poisson")
      traffic = traffic.map((s) => (s === existing ? { ...existing, perWeek: existing.perWeek + more } : s));
    else return `stream "${existing.id}" exists and is not a random stream; rename it to scale "${liner.id}"`;
  }
  return { ...scenario, traffic };
};

/** More or fewer calls of one stream. */
export const scaleStream: WhatIf<StreamSpec> = {
  id: "scale-stream",
  syntax: "scale-stream:<stream>:<±percent>",
  example: "scale-stream:ningbo-feeder:+20",
  description: "Scale the calls of one traffic stream by ± percent (liners grow by extra random calls).",
  descriptionZh: "按百分比增减某一船流的到港艘次（班轮的增量以随机到港补充）。",
  params: [
    { name: "stream", type: "stream id", description: "The stream to scale." },
    { name: "percent", type: "percent", description: "Change in calls, e.g. +20 or -10 (greater than -100)." },
  ],
  parse: (args) => {
    const bad = arity(args, 2, 2, "scale-stream:<stream>:<±percent>");
    if (bad !== undefined) return bad;
    const percent = percentArg(args[1]);
    return typeof percent === "string" ? percent : { id: "scale-stream", stream: args[0]!, percent };
  },
  format: (s) => `scale-stream:${s.stream}:${signed(s.percent)}`,
  apply: (scenario, spec) => {
    const stream = findStream(scenario, spec.stream);
    return typeof stream === "string" ? stream : scaleStreams(scenario, new Set([stream.id]), spec.percent);
  },
};

/** More or fewer calls of every stream of one trade class. */
export const scaleClass: WhatIf<ClassSpec> = {
  id: "scale-class",
  syntax: "scale-class:<class>:<±percent>",
  example: "scale-class:nearSeaDirect:+20",
  description: "Scale the calls of every stream of one trade class by ± percent.",
  descriptionZh: "按百分比增减某一贸易类别全部船流的到港艘次。",
  params: [
    { name: "class", type: "trade class", description: `One of ${TRADE_CLASS_IDS.join(", ")}.` },
    { name: "percent", type: "percent", description: "Change in calls, e.g. +20 or -10 (greater than -100)." },
  ],
  parse: (args) => {
    const bad = arity(args, 2, 2, "scale-class:<class>:<±percent>");
    if (bad !== undefined) return bad;
    const tradeClass = TRADE_CLASS_IDS.find((c) => c === args[0]);
    if (tradeClass === undefined) return unknown("class", args[0]!, TRADE_CLASS_IDS);
    const percent = percentArg(args[1]);
    return typeof percent === "string" ? percent : { id: "scale-class", tradeClass, percent };
  },
  format: (s) => `scale-class:${s.tradeClass}:${signed(s.percent)}`,
  apply: (scenario, spec) => {
    const ids = new Set(scenario.traffic.filter((s) => s.tradeClass === spec.tradeClass).map((s) => s.id));
    if (ids.size === 0) return `no stream of class "${spec.tradeClass}" in the scenario`;
    return scaleStreams(scenario, ids, spec.percent);
  },
};
