import type { ScheduleIndex } from "./Schedule.ts";
import { arrivedBefore } from "./dispatchOrder.ts";
import { fitsOnQuayAt } from "./quay.ts";
import { sweep } from "./sweep.ts";
import { couldBerthAt } from "./usable.ts";
import { violation, type Violation } from "./Violation.ts";

/**
 * How often each call was overtaken: the number of later arrivals (same instant: higher id) berthed, while it
 * was still waiting after that instant, at a berth it could have berthed at then. A ship berthed at the same
 * instant elsewhere was not overtaken: it left the anchorage at the same time. At a shared quay the ship could
 * have berthed there if it could have been placed instead of the later arrival (see `fitsOnQuayAt`).
 */
export const countOvertaken = (index: ScheduleIndex): Map<string, number> => {
  const { input, usable } = index;
  const counts = new Map<string, number>();
  sweep(index, (instant) => {
    const { t, berthings, waiting } = instant;
    for (const x of berthings)
      for (const y of waiting)
        if (
          arrivedBefore(y, x.call) &&
          couldBerthAt(input.port, usable.get(y.id)!, x.berth, y, t) &&
          (x.berth.quay === undefined || fitsOnQuayAt(instant, x.berth, y, x.call))
        )
          counts.set(y.id, (counts.get(y.id) ?? 0) + 1);
  });
  return counts;
};

/** Compares the `overtaken` figures a schedule reports (where it reports them) with `countOvertaken`. */
export const checkOvertakenCounts = (index: ScheduleIndex): Violation[] => {
  const counts = countOvertaken(index);
  const out: Violation[] = [];
  for (const [id, e] of index.entryById) {
    if (e.overtaken === undefined || !index.callById.has(id)) continue;
    const expected = counts.get(id) ?? 0;
    if (e.overtaken === expected) continue;
    const message =
      `"${id}" reports being overtaken ${e.overtaken} times; later arrivals were berthed ahead of it, ` +
      `at a berth it could use, ${expected} times`;
    out.push(violation("overtakenCount", [id], message));
  }
  return out;
};
