import type { CallRecord } from "@berthsim/core";

/** One call served under both rule sets whose berthing start or berth differs. */
export interface Move {
  readonly id: string;
  readonly base: CallRecord;
  readonly other: CallRecord;
  /** Berthing start under the other rule set minus under the baseline, hours (negative: earlier). */
  readonly delta: number;
  readonly berthChanged: boolean;
}

export interface ScheduleDiff {
  /** Calls served under both. */
  readonly common: number;
  /** Moves, largest |delta| first (ties: berth changes, then by call id). */
  readonly moves: readonly Move[];
  readonly earlier: number;
  readonly later: number;
  readonly berthChanged: number;
  /** delta of every call served under both, by call id (0 when it did not move). */
  readonly deltaOf: ReadonlyMap<string, number>;
}

/**
 * How the berthing of each call differs between two runs on the same ships (same call ids): a call moved when
 * its berthing start differs by more than `tolerance` hours or it berthed at another berth.
 */
export const diffSchedules = (base: readonly CallRecord[], other: readonly CallRecord[], tolerance = 1e-6): ScheduleDiff => {
  const baseById = new Map(base.filter((c) => c.status === "served").map((c) => [c.id, c]));
  const moves: Move[] = [];
  const deltaOf = new Map<string, number>();
  let earlier = 0;
  let later = 0;
  let berthChanged = 0;
  for (const o of other) {
    const b = o.status === "served" ? baseById.get(o.id) : undefined;
    if (b === undefined) continue;
    const raw = o.berthingStart! - b.berthingStart!;
    const delta = Math.abs(raw) > tolerance ? raw : 0;
    deltaOf.set(o.id, delta);
    const changed = o.berth !== b.berth;
    if (delta < 0) earlier++;
    if (delta > 0) later++;
    if (changed) berthChanged++;
    if (delta !== 0 || changed) moves.push({ id: o.id, base: b, other: o, delta, berthChanged: changed });
  }
  moves.sort(
    (a, b) =>
      Math.abs(b.delta) - Math.abs(a.delta) ||
      Number(b.berthChanged) - Number(a.berthChanged) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  return { common: deltaOf.size, moves, earlier, later, berthChanged, deltaOf };
};
