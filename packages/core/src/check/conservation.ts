import type { ScheduleIndex } from "./Schedule.ts";
import { sameTime } from "./feasibility.ts";
import { violation, type Violation } from "./Violation.ts";

/**
 * Conservation: every input call appears exactly once and no other id does; a served line has a berth and its
 * three times, a waiting or rejected one has none; a call is rejected exactly when it arrives before the horizon
 * and no berth of its queue scope can take it (a call arriving at or after the horizon is never dispatched, so it
 * is waiting); and, when the schedule gives waits, each is arrival → berthing (to the horizon while waiting,
 * never negative; 0 when rejected).
 */
export const checkConservation = (index: ScheduleIndex): Violation[] => {
  const { input, callById, entryById, usable } = index;
  const out: Violation[] = [];
  for (const [id, n] of countIds(input.calls.map((c) => c.id)))
    if (n > 1)
      out.push(violation("duplicateInput", [id], `the input lists call "${id}" ${n} times; ids must be unique`));
  for (const [id, n] of countIds(input.schedule.map((e) => e.id))) {
    if (!callById.has(id))
      out.push(violation("unknownCall", [id], `the schedule has "${id}", which is not an input call`));
    else if (n > 1) out.push(violation("duplicateCall", [id], `the schedule lists "${id}" ${n} times instead of once`));
  }
  for (const id of callById.keys())
    if (!entryById.has(id)) out.push(violation("missingCall", [id], `input call "${id}" is missing from the schedule`));

  for (const [id, e] of entryById) {
    const call = callById.get(id);
    if (call === undefined) continue;
    const times = [e.berth, e.berthingStart, e.serviceStart, e.end];
    if (e.status === "served" && times.some((x) => x === undefined)) {
      const message = `"${id}" is served but lacks a berth, berthing start, service start or end`;
      out.push(violation("statusFields", [id], message));
    }
    if (e.status !== "served" && times.some((x) => x !== undefined))
      out.push(violation("statusFields", [id], `"${id}" is ${e.status} but has a berth or berthing times`));
    const takers = usable.get(id)!;
    const dispatched = call.arrival < input.horizon;
    if (e.status === "rejected" && takers.length > 0) {
      const names = takers.map((b) => `"${b.id}"`).join(", ");
      out.push(violation("wrongRejection", [id], `"${id}" is rejected, but berth ${names} of its queue can take it`));
    } else if (e.status === "rejected" && !dispatched) {
      const message =
        `"${id}" is rejected, but it arrives at ${call.arrival} h, not before the horizon ${input.horizon} h, ` +
        "so it is never dispatched: it is waiting";
      out.push(violation("wrongRejection", [id], message));
    }
    if (e.status === "waiting" && takers.length === 0 && dispatched) {
      const message = `"${id}" arrives before the horizon and no berth of its queue can take it: it must be rejected`;
      out.push(violation("missedRejection", [id], message));
    }
    if (e.wait !== undefined) {
      const expected = expectedWait(e.status, call.arrival, input.horizon, e.berthingStart);
      if (expected !== undefined && !sameTime(e.wait, expected)) {
        const message = `"${id}" (${e.status}) reports a wait of ${e.wait} h; it should be ${expected} h`;
        out.push(violation("waitField", [id], message));
      }
    }
  }
  return out;
};

const expectedWait = (
  status: "served" | "waiting" | "rejected",
  arrival: number,
  horizon: number,
  berthingStart: number | undefined,
): number | undefined => {
  if (status === "rejected") return 0;
  if (status === "waiting") return Math.max(0, horizon - arrival);
  return berthingStart === undefined ? undefined : berthingStart - arrival;
};

const countIds = (ids: readonly string[]): Map<string, number> => {
  const m = new Map<string, number>();
  for (const id of ids) m.set(id, (m.get(id) ?? 0) + 1);
  return m;
};
