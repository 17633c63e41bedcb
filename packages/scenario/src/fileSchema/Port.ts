import { CARGO_KINDS, type CargoKind, M2_PERIOD_HOURS } from "@berthsim/core";
import { Schema } from "effect";
import {
  field,
  Flag,
  Id,
  named,
  NonEmptyText,
  NonNegative,
  NonNegativeInt,
  optionalField,
  Positive,
  PositiveInt,
  Text,
} from "./fields.ts";

/* The port of a scenario file, as core/Port.ts: areas, berths (with closures) and anchorages. */

export const CargoKindFile = Schema.Literals(CARGO_KINDS).annotate({
  identifier: "CargoKind",
  title: "Cargo kind",
  description: "container (rates in TEU/h), coal, grain, liquidBulk or breakBulk (t/h; m³/h ≈ t/h for liquids).",
  expected: `one of ${CARGO_KINDS.map((c) => `"${c}"`).join(", ")}`,
});

const AreaFile = named(
  Schema.Struct({
    id: field(Id, 'Area id, referred to by berths, anchorages and streams (e.g. "dushan").'),
    name: field(NonEmptyText, "Name in English."),
    nameZh: field(Text, "Name in Chinese (e.g. 独山港区)."),
  }),
  { identifier: "Area", title: "Area", description: "A port area (港区) with its own berths and, per area, its own queue." },
);

const ClosureFile = named(
  Schema.Struct({
    start: field(NonNegative, "Start of the closure, hours from the scenario start."),
    end: field(NonNegative, "End of the closure (exclusive), hours from the scenario start; after start."),
    reason: optionalField(Text, "Why (maintenance, dredging); for reports only."),
  }),
  { identifier: "Closure", title: "Closure", description: "A planned window [start, end) in which the berth takes no ship." },
  Schema.makeFilter((c) =>
    c.end > c.start ? undefined : { path: ["end"], issue: `expected an end after start (${c.start} h), got ${c.end}` },
  ),
);

const RatesFile = named(
  Schema.Struct(
    Object.fromEntries(
      CARGO_KINDS.map((c) => [c, optionalField(Positive, `Net rate for ${c}, ${c === "container" ? "TEU" : "t"}/h.`)]),
    ) as { readonly [K in CargoKind]: ReturnType<typeof optionalField<typeof Positive>> },
  ),
  {
    identifier: "Rates",
    title: "Handling rates",
    description: "Net handling rate per cargo kind for a whole ship at this berth: TEU/h for containers, t/h otherwise.",
  },
);

const QuaySegmentFile = named(
  Schema.Struct({
    from: field(NonNegative, "Start of the stretch, m from the quay's start."),
    to: field(Positive, "End of the stretch (exclusive), m from the quay's start; after from."),
    depth: field(Positive, "Depth alongside on this stretch, m."),
  }),
  { identifier: "QuaySegment", title: "Quay stretch", description: "A stretch [from, to) of a quay with one depth alongside." },
  Schema.makeFilter((s) =>
    s.to > s.from ? undefined : { path: ["to"], issue: `expected an end after from (${s.from} m), got ${s.to}` },
  ),
);

const QuayFile = named(
  Schema.Struct({
    clearanceMetres: field(NonNegative, "Clearance a ship keeps beyond its far end, m (added to clearanceShare × its length)."),
    clearanceShare: field(NonNegative, "Clearance as a share of the ship's length overall (0.1 = 10 %)."),
    maxShips: optionalField(PositiveInt, "Most ships alongside at once; absent: as many as fit by length."),
    depths: optionalField(
      Schema.NonEmptyArray(QuaySegmentFile),
      "Depth by stretch from the quay's start: contiguous, covering the whole length, the deepest equal to the " +
        "berth's depth. Absent: the berth's depth everywhere.",
    ),
  }),
  {
    identifier: "Quay",
    title: "Shared quay",
    description:
      "Makes the berth a shared quay (berth line): it holds several ships side by side, each over [position, position + length overall + clearance).",
  },
);

/** Depth stretches that do not cover the quay [0, length) end to end, or whose deepest is not the berth's depth. */
const depthIssues = (length: number, depth: number, segments: readonly { from: number; to: number; depth: number }[]) => {
  const at = (i: number, key: string, issue: string) => ({ path: ["quay", "depths", i, key], issue });
  const out = [];
  if (segments[0]!.from !== 0) out.push(at(0, "from", `expected 0: the stretches must start at the quay's start, got ${segments[0]!.from}`));
  segments.forEach((s, i) => {
    const prev = segments[i - 1];
    if (prev !== undefined && s.from !== prev.to)
      out.push(at(i, "from", `expected ${prev.to} (where depths[${i - 1}] ends): the stretches must be contiguous, got ${s.from}`));
  });
  const last = segments.length - 1;
  if (segments[last]!.to !== length)
    out.push(at(last, "to", `expected ${length} (the berth's length): the stretches must cover the whole quay, got ${segments[last]!.to}`));
  const deepest = Math.max(...segments.map((s) => s.depth));
  if (deepest !== depth)
    out.push({ path: ["depth"], issue: `expected ${deepest}, the deepest stretch of quay.depths, got ${depth}` });
  return out;
};

const BerthFile = named(
  Schema.Struct({
    id: field(Id, 'Berth id (e.g. "D5").'),
    area: field(Id, "Id of the area the berth belongs to."),
    length: field(Positive, "Quay length, m: takes ships with a length overall up to it."),
    depth: field(Positive, "Depth alongside, m: takes ships with a draft up to it."),
    cargo: field(Schema.NonEmptyArray(CargoKindFile), "Cargo kinds it handles; each needs a rate."),
    foreignTradeOpen: field(Flag, "Open to foreign-trade ships (对外开放泊位); domestic ships may use any berth."),
    rates: field(RatesFile, "Net handling rate for each listed cargo kind."),
    overheadHours: field(NonNegative, "Fixed time per call at this berth, hours: mooring, lashing, paperwork, unmooring."),
    closures: optionalField(Schema.Array(ClosureFile), "Planned closures; none when absent.", []),
    quay: optionalField(QuayFile, "Present for a shared quay that holds several ships by length; absent: one ship at a time."),
  }),
  {
    identifier: "Berth",
    title: "Berth",
    description: "A berth holds one ship at a time; with `quay`, several side by side along its length.",
  },
  Schema.makeFilter((b) => [
    ...b.cargo
      .filter((c) => b.rates[c] === undefined)
      .map((c) => ({ path: ["rates", c], issue: `missing: the berth handles "${c}" but has no rate for it` })),
    ...CARGO_KINDS.filter((c) => b.rates[c] !== undefined && !b.cargo.includes(c)).map((c) => ({
      path: ["rates", c],
      issue: `a rate for "${c}", which is not in the berth's cargo list (${b.cargo.join(", ")})`,
    })),
    ...b.cargo
      .filter((c, i) => b.cargo.indexOf(c) !== i)
      .map((c) => ({ path: ["cargo"], issue: `"${c}" is listed twice` })),
    ...(b.quay?.depths === undefined ? [] : depthIssues(b.length, b.depth, b.quay.depths)),
    // Overlapping windows would count closed hours twice in the utilisation.
    ...(b.closures ?? []).flatMap((c, i) => {
      const j = (b.closures ?? []).findIndex((d, k) => k < i && d.start < c.end && c.start < d.end);
      const d = b.closures?.[j];
      return d === undefined
        ? []
        : [{ path: ["closures", i], issue: `overlaps closures[${j}] (${d.start}–${d.end} h); merge them into one` }];
    }),
  ]),
);

const AnchorageFile = named(
  Schema.Struct({
    id: field(Id, 'Anchorage id (e.g. "chenshan").'),
    name: field(NonEmptyText, "Name."),
    kind: field(
      Schema.Literals(["general", "dangerousGoods"]).annotate({ expected: '"general" or "dangerousGoods"' }),
      "general, or dangerousGoods: dangerous-goods ships wait only at dangerous-goods anchorages.",
    ),
    capacity: optionalField(NonNegativeInt, "Ships it holds at once; absent = unlimited (open water)."),
    area: optionalField(Id, "Id of the area it lies off; for reports and checks only."),
  }),
  {
    identifier: "Anchorage",
    title: "Anchorage",
    description: "Where ships wait for a berth. Ships beyond a full anchorage's capacity wait outside and are counted.",
  },
);

const TideFile = named(
  Schema.Struct({
    period: optionalField(Positive, "Hours between the starts of two windows; semidiurnal tide (M2): 12.42.", M2_PERIOD_HOURS),
    windowHours: field(Positive, "Length of each window, hours; at most the period."),
    phase: optionalField(NonNegative, "Start of the first window, hours from the scenario start; below the period.", 0),
    lowWaterDepth: field(Positive, "Channel depth at low water, m: ships with a larger draft wait for a window."),
  }),
  {
    identifier: "Tide",
    title: "Tide windows",
    description:
      "Ships whose draft exceeds the channel's low-water depth pass the channel only in a window of windowHours " +
      "that recurs every period hours (on a rising tide), then join the berth queue.",
  },
  Schema.makeFilter((t) => [
    ...(t.windowHours <= (t.period ?? M2_PERIOD_HOURS)
      ? []
      : [{ path: ["windowHours"], issue: `expected at most the period (${t.period ?? M2_PERIOD_HOURS} h), got ${t.windowHours}` }]),
    ...((t.phase ?? 0) < (t.period ?? M2_PERIOD_HOURS)
      ? []
      : [{ path: ["phase"], issue: `expected a phase below the period (${t.period ?? M2_PERIOD_HOURS} h), got ${t.phase}` }]),
  ]),
);

export const PortFile = named(
  Schema.Struct({
    name: field(NonEmptyText, "Name of the port."),
    areas: field(Schema.NonEmptyArray(AreaFile), "The port areas."),
    berths: field(Schema.NonEmptyArray(BerthFile), "The berths, in any order (ties go by berth id)."),
    anchorages: optionalField(Schema.Array(AnchorageFile), "The anchorages; none (open water) when absent.", []),
    shiftHours: field(NonNegative, "Hours from berth assignment to start of handling: pilotage and berthing."),
    tide: optionalField(TideFile, "Tide windows of the approach channel; no tide restriction when absent."),
  }),
  { identifier: "Port", title: "Port", description: "Areas, berths and anchorages." },
);
