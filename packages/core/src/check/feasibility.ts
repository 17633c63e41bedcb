import type { Berth } from "../Port.ts";
import type { VesselCall } from "../VesselCall.ts";
import type { ScheduledCall, ScheduleIndex } from "./Schedule.ts";
import { joinTime } from "./tideWindow.ts";
import { closureDuring, handlingHours } from "./usable.ts";
import { violation, type Violation, type ViolationRule } from "./Violation.ts";

/** Equal up to a relative 1e-9: derived times (start + shift, start + handling) may be rounded differently. */
export const sameTime = (a: number, b: number): boolean =>
  Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

const h = (x: number): string => `${x} h`;

/**
 * Feasibility of every served line: a known berth the ship may use, berthed no earlier than its arrival (nor, for a
 * ship that needs the tide, than its window) and before the horizon, handling starting one shift time after berthing and ending one handling time after that,
 * no closure of the berth overlapping [berthingStart, end), and no two ships on one berth at once.
 * Comparisons are exact, except the two derived times, which allow a relative 1e-9.
 */
export const checkFeasibility = (index: ScheduleIndex): Violation[] => {
  const out: Violation[] = [];
  for (const [id, e] of index.entryById) {
    const call = index.callById.get(id);
    if (e.status !== "served" || call === undefined || e.berth === undefined) continue;
    const berth = index.berthById.get(e.berth);
    if (berth === undefined) {
      const message = `"${id}" is served at berth "${e.berth}", which the port does not have`;
      out.push(violation("unknownBerth", [id], message));
      continue;
    }
    if (e.berthingStart !== undefined) out.push(...lineViolations(index, call, berth, e.berthingStart, e));
  }
  out.push(...overlaps(index));
  return out;
};

const lineViolations = (
  index: ScheduleIndex,
  call: VesselCall,
  berth: Berth,
  start: number,
  { serviceStart, end }: ScheduledCall,
): Violation[] => {
  const { id } = call;
  const { horizon, port } = index.input;
  const out: Violation[] = [];
  const report = (rule: ViolationRule, message: string) =>
    out.push(violation(rule, [id], message, { berth: berth.id, t: start }));
  if (start < call.arrival)
    report("beforeArrival", `"${id}" is berthed at ${h(start)}, before it arrives at ${h(call.arrival)}`);
  else if (start < joinTime(port, call))
    report(
      "beforeTide",
      `"${id}" is berthed at ${h(start)}; drawing ${call.draft} m, more than the channel's ${port.tide!.lowWaterDepth} m ` +
        `at low water, it passes the channel only in the tide window opening at ${h(joinTime(port, call))}`,
    );
  if (!(start < horizon))
    report("afterHorizon", `"${id}" is berthed at ${h(start)}, not before the horizon ${h(horizon)}`);
  const alongside = start + port.shiftHours;
  if (serviceStart !== undefined && !sameTime(serviceStart, alongside))
    report(
      "shiftTime",
      `"${id}" starts handling at ${h(serviceStart)}; berthed at ${h(start)} with a shift time of ` +
        `${h(port.shiftHours)} it should be ${h(alongside)}`,
    );
  const compatible = index.usable.get(id)!.includes(berth);
  if (!compatible) {
    const why = whyNot(index, berth, call);
    report("incompatibleBerth", `"${id}" is served at berth "${berth.id}", which it may not use (${why})`);
  }
  if (compatible && serviceStart !== undefined && end !== undefined) {
    const handling = handlingHours(berth, call);
    if (!sameTime(end, serviceStart + handling))
      report(
        "serviceTime",
        `"${id}" ends at ${h(end)}; handling from ${h(serviceStart)} takes ${h(handling)} at "${berth.id}", ` +
          `so it should end at ${h(serviceStart + handling)}`,
      );
  }
  const closure = end === undefined ? undefined : closureDuring(berth, start, end);
  if (closure !== undefined)
    report(
      "closure",
      `"${id}" holds berth "${berth.id}" over [${start}, ${end}) h, which overlaps its closure ` +
        `[${closure.start}, ${closure.end}) h`,
    );
  return out;
};

/** Two ships on one berth at once: occupations [berthingStart, end) of one berth must not intersect. */
const overlaps = (index: ScheduleIndex): Violation[] => {
  const out: Violation[] = [];
  const byBerth = new Map<Berth, { id: string; start: number; end: number }[]>();
  for (const b of index.berthings) {
    const list = byBerth.get(b.berth) ?? [];
    list.push({ id: b.call.id, start: b.start, end: b.end });
    byBerth.set(b.berth, list);
  }
  for (const [berth, list] of byBerth) {
    // Sorted by start; each occupation is compared with the one reaching furthest among those before it. A ship
    // of zero duration conflicts only strictly inside another's occupation (it may come and go at its edges).
    let last: { id: string; start: number; end: number } | undefined;
    for (const o of list) {
      if (last !== undefined && o.start < last.end && o.end > last.start) {
        const message =
          `berth "${berth.id}" holds "${last.id}" over [${last.start}, ${last.end}) h ` +
          `and "${o.id}" over [${o.start}, ${o.end}) h at the same time`;
        out.push(violation("overlap", [last.id, o.id], message, { berth: berth.id, t: o.start }));
      }
      if (last === undefined || o.end > last.end) last = o;
    }
  }
  return out;
};

const whyNot = (index: ScheduleIndex, berth: Berth, call: VesselCall): string => {
  const { rules } = index.input;
  if (rules.queueScope === "area" && call.homeArea !== undefined && berth.area !== call.homeArea)
    return `queues per area: its home area is "${call.homeArea}", the berth's "${berth.area}"`;
  if (call.loa > berth.length) return `length overall ${call.loa} m > berth length ${berth.length} m`;
  if (call.draft > berth.depth) return `draft ${call.draft} m > depth ${berth.depth} m`;
  if (!berth.cargo.includes(call.cargo) || !((berth.rates[call.cargo] ?? 0) > 0))
    return `the berth does not handle "${call.cargo}" at a positive rate`;
  return `foreign-trade ship (${call.tradeClass}) at a berth not open to foreign ships`;
};
