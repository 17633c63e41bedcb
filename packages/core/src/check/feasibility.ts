import type { Berth } from "../Port.ts";
import type { VesselCall } from "../VesselCall.ts";
import type { ScheduledCall, ScheduleIndex } from "./Schedule.ts";
import { joinTime } from "./tideWindow.ts";
import { heldMetres, shallowestUnder } from "./quay.ts";
import { closureDuring, handlingHours } from "./usable.ts";
import { violation, type Violation, type ViolationRule } from "./Violation.ts";

/** Equal up to a relative 1e-9: derived times (start + shift, start + handling) may be rounded differently. */
export const sameTime = (a: number, b: number): boolean =>
  Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

const h = (x: number): string => `${x} h`;

/**
 * Feasibility of every served line: a known berth the ship may use, berthed no earlier than its arrival (nor, for a
 * ship that needs the tide, than its window) and before the horizon, handling starting one shift time after berthing
 * and ending one handling time after that, no closure of the berth overlapping [berthingStart, end), and no two ships
 * on one berth at once. At a shared quay instead: a position from which the ship, with its clearance, lies on the
 * quay, its hull in water at least its draft deep; no two ships holding the same metres at the same time; never more
 * ships than `maxShips`.
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
  out.push(...overlaps(index), ...quayOverlaps(index));
  return out;
};

/**
 * At a shared quay, two ships never hold the same metres at the same time: [position, position + loa + clearance)
 * × [berthingStart, end) of two ships must not intersect, and no more than `maxShips` are alongside at once.
 * Lines without a position are reported by `lineViolations`.
 */
const quayOverlaps = (index: ScheduleIndex): Violation[] => {
  const out: Violation[] = [];
  const active = new Map<Berth, { id: string; from: number; to: number; start: number; end: number }[]>();
  // Berthings come by start time: each is compared with the ships still alongside on its quay.
  for (const b of index.berthings) {
    const quay = b.berth.quay;
    if (quay === undefined || b.position === undefined) continue;
    const still = (active.get(b.berth) ?? []).filter((o) => o.end > b.start);
    // A ship of zero duration holds nothing (as a berth's occupation of zero duration conflicts with nothing).
    const here = b.end > b.start ? still : [];
    const me = { id: b.call.id, from: b.position, to: b.position + heldMetres(quay, b.call.loa), start: b.start, end: b.end };
    for (const o of here)
      if (o.from < me.to && me.from < o.to) {
        const message =
          `quay "${b.berth.id}" holds "${o.id}" over [${o.from}, ${o.to}) m × [${o.start}, ${o.end}) h ` +
          `and "${me.id}" over [${me.from}, ${me.to}) m × [${me.start}, ${me.end}) h`;
        out.push(violation("quayOverlap", [o.id, me.id], message, { berth: b.berth.id, t: b.start }));
      }
    if (quay.maxShips !== undefined && here.length + 1 > quay.maxShips && here.length > 0) {
      const message = `quay "${b.berth.id}" holds ${here.length + 1} ships at ${b.start} h, more than its ${quay.maxShips}`;
      out.push(violation("quayShips", [...here.map((o) => o.id), me.id], message, { berth: b.berth.id, t: b.start }));
    }
    active.set(b.berth, b.end > b.start ? [...still, me] : still);
  }
  return out;
};

const lineViolations = (
  index: ScheduleIndex,
  call: VesselCall,
  berth: Berth,
  start: number,
  { serviceStart, end, position }: ScheduledCall,
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
  const quay = berth.quay;
  if (quay === undefined && position !== undefined && position !== 0)
    report("quayPosition", `"${id}" is at position ${position} m of berth "${berth.id}", which holds one ship (position 0)`);
  if (quay !== undefined && position === undefined)
    report("quayPosition", `"${id}" is served at quay "${berth.id}" without a position`);
  if (quay !== undefined && position !== undefined) {
    const far = position + heldMetres(quay, call.loa);
    if (!(position >= 0 && far <= berth.length))
      report(
        "quayPosition",
        `"${id}" holds [${position}, ${far}) m of quay "${berth.id}" (length overall ${call.loa} m and clearance), ` +
          `outside its ${berth.length} m`,
      );
    const depth = shallowestUnder(berth, position, position + call.loa);
    if (depth < call.draft)
      report(
        "quayDepth",
        `"${id}" (draft ${call.draft} m) lies at [${position}, ${position + call.loa}) m of quay "${berth.id}", ` +
          `where the water is ${depth} m deep`,
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
    if (b.berth.quay !== undefined) continue;
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
