import type { Scenario } from "../Scenario.ts";
import type { ScenarioAnchorage } from "./fromFile.ts";

/*
 * Checks across objects of a scenario that one object's schema cannot see: unique ids, areas that exist,
 * times inside the horizon. Each problem is a `path: message` line, paths as in the scenario file.
 */

const duplicates = (ids: readonly string[], path: (i: number) => string, what: string): string[] =>
  ids.flatMap((id, i) => {
    const first = ids.indexOf(id);
    return first === i ? [] : [`${path(i)}.id: duplicate ${what} id "${id}" (also ${path(first)})`];
  });

/** Duplicate ids of areas, berths, anchorages, streams, calls and rule sets. */
export const checkDuplicateIds = (s: Scenario): string[] => [
  ...duplicates(s.port.areas.map((a) => a.id), (i) => `port.areas[${i}]`, "area"),
  ...duplicates(s.port.berths.map((b) => b.id), (i) => `port.berths[${i}]`, "berth"),
  ...duplicates(s.port.anchorages.map((a) => a.id), (i) => `port.anchorages[${i}]`, "anchorage"),
  ...duplicates(s.traffic.map((t) => t.id), (i) => `traffic[${i}]`, "stream"),
  ...duplicates((s.calls ?? []).map((c) => c.id), (i) => `calls[${i}]`, "call"),
  ...duplicates(s.rules.map((r) => r.id), (i) => `rules[${i}]`, "rule set"),
];

/** Areas named by berths, anchorages, streams and calls that the port does not have. */
export const checkAreaReferences = (s: Scenario): string[] => {
  const areas = [...new Set(s.port.areas.map((a) => a.id))];
  const known = new Set(areas);
  const check = (area: string | undefined, path: string): string[] =>
    area === undefined || known.has(area) ? [] : [`${path}: unknown area "${area}" (areas: ${areas.join(", ")})`];
  return [
    ...s.port.berths.flatMap((b, i) => check(b.area, `port.berths[${i}].area`)),
    ...s.port.anchorages.flatMap((a: ScenarioAnchorage, i) => check(a.area, `port.anchorages[${i}].area`)),
    ...s.traffic.flatMap((t, i) => check(t.homeArea, `traffic[${i}].homeArea`)),
    ...(s.calls ?? []).flatMap((c, i) => check(c.homeArea, `calls[${i}].homeArea`)),
  ];
};

/** The warm-up ends before the horizon, explicit calls arrive before it, and closures end after they start. */
export const checkTimes = (s: Scenario): string[] => [
  ...(s.warmup < s.horizon ? [] : [`warmup: expected less than the horizon (${s.horizon} h), got ${s.warmup}`]),
  ...(s.calls ?? []).flatMap((c, i) =>
    c.arrival < s.horizon ? [] : [`calls[${i}].arrival: expected a time before the horizon (${s.horizon} h), got ${c.arrival}`],
  ),
  ...s.port.berths.flatMap((b, i) =>
    (b.closures ?? []).flatMap((c, j) =>
      c.end > c.start
        ? []
        : [`port.berths[${i}].closures[${j}].end: expected an end after start (${c.start} h), got ${c.end}`],
    ),
  ),
];
