import type { Closure } from "@berthsim/core";

/**
 * A berth-allocation problem at one instant: the discrete dynamic berth allocation problem (DBAP) of the
 * literature. Times are hours (as everywhere in berthsim, see core `time.ts`) on any common origin; the benchmark
 * files use integer hours from the start of their horizon.
 *
 * A plan gives every ship one berth and a start T with T ≥ arrival, T ≥ berth open, T + h ≤ berth close,
 * [T, T + h) clear of the berth's closures and of every other ship at that berth, and the ship's own window
 * (T ≤ latestStart, T + h ≤ latestEnd). It minimises Σ weight · (T + h − arrival): weighted waiting + handling.
 */
export interface SnapshotBerth {
  readonly id: string;
  /** Earliest start of any handling here: the berth's opening, or when the ship now alongside leaves. */
  readonly open: number;
  /** Latest end of any handling here; absent when the berth does not close within the plan. */
  readonly close?: number;
  /** Windows [start, end) in which the berth takes no ship (maintenance); sorted by start, disjoint. */
  readonly closures?: readonly Closure[];
}

export interface SnapshotShip {
  readonly id: string;
  /** When the ship is ready to berth (its arrival or ETA); the earliest start. */
  readonly arrival: number;
  /** Handling hours at each berth, in the order of `Snapshot.berths`; `null` where the ship cannot berth. */
  readonly handling: readonly (number | null)[];
  /** Cost per hour in port (waiting + handling); carries the class priority. */
  readonly weight: number;
  /** Latest start of handling (the Cordeau `b_i` read as a berthing deadline). */
  readonly latestStart?: number;
  /** Latest end of handling (the Kramer / Lalla-Ruiz `t'_i`). */
  readonly latestEnd?: number;
}

export interface Snapshot {
  readonly name: string;
  readonly berths: readonly SnapshotBerth[];
  readonly ships: readonly SnapshotShip[];
}
