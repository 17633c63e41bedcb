import { TRADE_CLASS_IDS } from "@berthsim/core";
import { Schema } from "effect";
import { DistributionFile } from "./Distribution.ts";
import {
  field,
  Flag,
  HourOfDay,
  Id,
  named,
  NonEmptyText,
  NonNegative,
  optionalField,
  Positive,
  Probability,
  Text,
  Weekday,
} from "./fields.ts";
import { CargoKindFile } from "./Port.ts";

/* Traffic of a scenario file, as core/traffic.ts: liner services and Poisson streams; and explicit calls. */

export const TradeClassFile = Schema.Literals(TRADE_CLASS_IDS).annotate({
  identifier: "TradeClass",
  title: "Trade class",
  description:
    "nearSeaDirect 近洋直航, ningboFeeder 宁波支线, domesticDirect 内贸直航, foreignOther 其他外贸, domesticBulk 内贸散货.",
  expected: `one of ${TRADE_CLASS_IDS.map((c) => `"${c}"`).join(", ")}`,
});

const VesselSpecFile = named(
  Schema.Struct({
    loa: field(DistributionFile, "Length overall, m."),
    draft: field(DistributionFile, "Draft, m."),
    volume: field(DistributionFile, "Cargo handled per call, in the unit of the cargo's rate (TEU, t)."),
    serviceHours: optionalField(
      DistributionFile,
      "Explicit time alongside, hours; replaces the berth's overhead + volume ÷ rate (textbook queues).",
    ),
  }),
  { identifier: "VesselSpec", title: "Vessel sizes", description: "How the ships of a stream are sized, per call." },
);

const streamFields = {
  id: field(Id, "Stream id; its calls are numbered <id>-1, <id>-2, … and it has its own random numbers."),
  name: optionalField(NonEmptyText, "Vessel name prefix; the stream id when absent."),
  tradeClass: field(TradeClassFile, "Trade class of every call."),
  cargo: field(CargoKindFile, "Cargo kind of every call."),
  homeArea: optionalField(Id, "Area whose queue its calls join when queues are per area; any area when absent."),
  dangerousShare: optionalField(Probability, "Probability that a call carries dangerous goods.", 0),
  vessel: field(VesselSpecFile, "Ship sizes and call volumes."),
};

const PoissonStreamFile = named(
  Schema.Struct({
    kind: field(Schema.Literal("poisson"), 'Always "poisson".'),
    ...streamFields,
    perWeek: field(Positive, "Mean number of calls a week (random arrivals, a Poisson process)."),
  }),
  { identifier: "PoissonStream", title: "Random stream", description: "Calls arriving at random, perWeek a week on average." },
);

const LinerServiceFile = named(
  Schema.Struct({
    kind: field(Schema.Literal("liner"), 'Always "liner".'),
    ...streamFields,
    route: field(NonEmptyText, 'Route name (e.g. "Japan").'),
    days: field(Schema.NonEmptyArray(Weekday), "Weekdays it calls on, 0 = Monday … 6 = Sunday, each at most once."),
    hour: field(HourOfDay, "Scheduled hour of the day of each call."),
    lateness: field(DistributionFile, "Delay of each call behind its slot, hours."),
  }),
  {
    identifier: "LinerService",
    title: "Liner service",
    description: "A scheduled service calling on fixed weekdays at a fixed hour, each call late by a random delay.",
  },
  Schema.makeFilter((s) =>
    s.days
      .filter((d, i) => s.days.indexOf(d) !== i)
      .map((d) => ({ path: ["days"], issue: `expected each weekday at most once, got ${d} twice` })),
  ),
);

export const TrafficStreamFile = Schema.Union([LinerServiceFile, PoissonStreamFile])
  .pipe(Schema.toTaggedUnion("kind"))
  .annotate({
    identifier: "TrafficStream",
    title: "Traffic stream",
    expected: 'a traffic stream object whose "kind" is "liner" or "poisson"',
    description: 'A stream of calls, chosen by "kind": "liner" (scheduled) or "poisson" (random).',
  });

export const VesselCallFile = named(
  Schema.Struct({
    id: field(NonEmptyText, "Call id, unique among the calls."),
    name: field(NonEmptyText, "Vessel name."),
    tradeClass: field(TradeClassFile, "Trade class."),
    cargo: field(CargoKindFile, "Cargo kind."),
    loa: field(Positive, "Length overall, m."),
    draft: field(Positive, "Draft, m."),
    volume: field(NonNegative, "Cargo to handle, in the unit of the cargo's rate (TEU, t)."),
    arrival: field(NonNegative, "Arrival at the anchorage, hours from the scenario start; before the horizon."),
    dangerousGoods: optionalField(Flag, "Carries dangerous goods (waits at a dangerous-goods anchorage).", false),
    homeArea: optionalField(Id, "Area whose queue it joins when queues are per area."),
    serviceHours: optionalField(Positive, "Explicit time alongside, hours; replaces overhead + volume ÷ rate."),
    stream: optionalField(Text, "Stream it belongs to, for reports."),
  }),
  { identifier: "VesselCall", title: "Vessel call", description: "One ship's visit, given explicitly." },
);
