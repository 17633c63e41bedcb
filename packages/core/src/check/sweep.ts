import type { Berth } from "../Port.ts";
import type { VesselCall } from "../VesselCall.ts";
import type { Berthing, ScheduleIndex } from "./Schedule.ts";
import { joinTime } from "./tideWindow.ts";

/** The state of the port just after the schedule's berthings at one decision instant. */
export interface Instant {
  readonly t: number;
  /** Ships berthed at exactly t, in (call id) order. */
  readonly berthings: readonly Berthing[];
  /**
   * Ships that have arrived by t (and, in a port with a tide, passed the channel in a window), are not rejected,
   * and are still at anchor after t, in arrival order.
   */
  readonly waiting: readonly VesselCall[];
  /** Discrete berths holding no ship after t: every ship berthed there by t has left by t. */
  readonly idle: readonly Berth[];
  /** The ships alongside each shared quay after t (berthed by t, leaving after t), by quay. */
  readonly alongside: ReadonlyMap<Berth, readonly Berthing[]>;
}

/**
 * Visits, in time order, every instant at which the dispatcher decides: a ship arrives, a berth frees, a closure
 * ends, or the schedule berths a ship. Between two such instants nothing a rule looks at changes: a berth only
 * becomes usable for a ship when it frees or a closure ends, and a ship only starts waiting when it arrives.
 */
export const sweep = (index: ScheduleIndex, visit: (instant: Instant) => void): void => {
  const { input, entryById, berthings } = index;
  const startOf = new Map<VesselCall, number>(berthings.map((b) => [b.call, b.start]));
  // Calls that take part in dispatching: known to the schedule, neither rejected nor malformed.
  const candidates = [...index.callById.values()].filter(
    (c) => entryById.get(c.id)?.status === "waiting" || startOf.has(c),
  );
  const byArrival = (a: VesselCall, b: VesselCall): number => a.arrival - b.arrival || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  // When a ship joins the queue: on arrival, or when its tide window opens (docs/model.md, "Tide").
  const tide = input.port.tide;
  const joins = new Map<VesselCall, number>(candidates.map((c) => [c, joinTime(input.port, c)]));
  const joinOf = (c: VesselCall): number => joins.get(c)!;
  candidates.sort((a, b) => joinOf(a) - joinOf(b) || byArrival(a, b));

  const times = new Set<number>();
  for (const c of candidates) times.add(joinOf(c));
  for (const b of berthings) {
    times.add(b.start);
    times.add(b.end);
  }
  for (const b of input.port.berths) for (const c of b.closures ?? []) times.add(c.end);
  const instants = [...times].filter((t) => Number.isFinite(t)).sort((a, b) => a - b);

  const busyUntil = new Map<Berth, number>();
  const alongside = new Map<Berth, Berthing[]>();
  for (const b of input.port.berths) if (b.quay !== undefined) alongside.set(b, []);
  const waiting = new Set<VesselCall>();
  let nextArrival = 0;
  let nextBerthing = 0;
  for (const t of instants) {
    while (nextArrival < candidates.length && joinOf(candidates[nextArrival]!) <= t)
      waiting.add(candidates[nextArrival++]!);
    const at: Berthing[] = [];
    while (nextBerthing < berthings.length && berthings[nextBerthing]!.start <= t) {
      const b = berthings[nextBerthing++]!;
      if (b.start === t) at.push(b);
      busyUntil.set(b.berth, Math.max(busyUntil.get(b.berth) ?? -Infinity, b.end));
      alongside.get(b.berth)?.push(b);
    }
    for (const [quay, ships] of alongside) alongside.set(quay, ships.filter((b) => b.end > t));
    for (const c of waiting) if ((startOf.get(c) ?? Infinity) <= t) waiting.delete(c);
    const idle = input.port.berths.filter((b) => b.quay === undefined && (busyUntil.get(b) ?? -Infinity) <= t);
    const queue = [...waiting];
    if (tide !== undefined) queue.sort(byArrival);
    visit({ t, berthings: at, waiting: queue, idle, alongside });
  }
};
