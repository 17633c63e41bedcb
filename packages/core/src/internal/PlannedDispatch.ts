import {
  type BerthPlanner,
  classWeight,
  DEFAULT_LOOKAHEAD_HOURS,
  type PlanningBerth,
  type PlanningShip,
} from "../BerthPlanner.ts";
import type { Berth } from "../Port.ts";
import type { RuleSet } from "../RuleSet.ts";
import { serviceHours } from "../serviceTime.ts";
import type { VesselCall } from "../VesselCall.ts";
import type { BerthState } from "./BerthState.ts";
import { NO_BERTH, type UsableBerths } from "./UsableBerths.ts";
import type { WaitingList } from "./WaitingList.ts";

/** What the planned dispatcher reads of a run; the arrays are the simulator's own, read but never written. */
export interface PlannedDispatchRun {
  readonly planner: BerthPlanner | undefined;
  readonly rules: RuleSet;
  readonly horizon: number;
  readonly shiftHours: number;
  /** In berth-id order: index j is berth j everywhere. */
  readonly berths: readonly Berth[];
  /** In (arrival, id) order, with their arrival times. */
  readonly calls: readonly VesselCall[];
  readonly arrivalOf: Float64Array;
  readonly state: BerthState;
  readonly waiting: WaitingList;
  readonly usableBerths: UsableBerths;
  /** The usable-berths id of each call that has arrived. */
  readonly usableId: Int32Array;
  /** Berth index of each call once berthed, −1 before. */
  readonly berthOf: Int32Array;
  /** End of each berthed call's stay. */
  readonly endOf: Float64Array;
  /** Asks for a dispatching instant at t (> now): the simulator re-plans then even if nothing else happens. */
  readonly wake: (t: number) => void;
}

/** Planned starts within this relative tolerance of now count as now (a planner may add hours in another order). */
const sameInstant = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/**
 * The dispatcher of the `optimised` rule set. At an instant t at which some ship at anchor could start at some
 * free berth, it builds a `PlanningSnapshot` (every berth with the time it frees; the ships at anchor and those
 * expected by t + lookahead, with their hours at each usable berth and their class weight), asks the planner, and
 * commits — in the plan's order — each line that starts at t, for a ship at anchor, at a berth free and open for
 * its whole stay (the simulator then re-plans at its next event). Ships alongside are never moved (non-preemptive).
 *
 * Deferred ships are re-planned at every later event. So that a plan that leaves a berth idle until a start that is
 * no event (not an arrival, departure or reopening) is still carried out, the earliest start after t of a ship at
 * anchor in the plan is also a wake-up: at worst a deferred ship waits for its planned start, never forever.
 */
export class PlannedDispatch {
  private readonly planner: BerthPlanner;
  private readonly lookahead: number;
  private readonly weightOf: Float64Array;
  private readonly hoursOf: ((number | null)[] | undefined)[];
  private nextWake = -Infinity;
  /**
   * Per berth, when the last ship berthed there leaves: the time the snapshot gives a berth that has no room now.
   * At a shared quay that is the last of the ships alongside to leave, an early bound for a quay with room sooner.
   */
  private readonly busyUntil: Float64Array;

  constructor(private readonly run: PlannedDispatchRun) {
    const { rules, planner } = run;
    if (planner === undefined)
      throw new Error(
        `rule set "${rules.id}" (kind "optimised") needs a planner: pass SimulationInput.planner, ` +
          "e.g. rollingPlanner() from @berthsim/optimize",
      );
    this.planner = planner;
    this.lookahead = rules.lookaheadHours ?? DEFAULT_LOOKAHEAD_HOURS;
    this.busyUntil = new Float64Array(run.berths.length).fill(-Infinity);
    this.weightOf = Float64Array.from(run.calls, (c) => classWeight(rules, c.tradeClass));
    this.hoursOf = new Array(run.calls.length);
  }

  /** One dispatching round at t; `commit(i, j)` berths call i at berth j now. */
  round(t: number, commit: (i: number, j: number) => void): void {
    const { calls, state, waiting, berths, horizon, arrivalOf, berthOf } = this.run;
    if (!this.canStartNow(t)) return;

    const planningBerths: PlanningBerth[] = berths.map((b, j) => ({
      id: b.id,
      free: state.isFree(j) ? t : Math.max(t, this.busyUntil[j]!),
      closures: b.closures ?? [],
    }));
    const atAnchor: number[] = [];
    for (let q = 0; q < waiting.size; q++) atAnchor.push(waiting.at(q));
    atAnchor.sort((a, b) => a - b);
    const indexOf = new Map<string, number>();
    const ships: PlanningShip[] = [];
    const add = (i: number, usable: number, atAnchor: boolean): void => {
      const c = calls[i]!;
      indexOf.set(c.id, i);
      const hours = this.hoursAt(i, usable);
      const weight = this.weightOf[i]!;
      ships.push({ id: c.id, tradeClass: c.tradeClass, arrival: c.arrival, waiting: atAnchor, hours, weight });
    };
    for (const i of atAnchor) add(i, this.run.usableId[i]!, true);
    const until = Math.min(t + this.lookahead, horizon);
    for (let i = this.firstAfter(t); i < calls.length && arrivalOf[i]! <= until && arrivalOf[i]! < horizon; i++) {
      const usable = this.run.usableBerths.idOf(calls[i]!);
      if (usable !== NO_BERTH) add(i, usable, false);
    }

    const plan = this.planner.plan({ now: t, horizon, berths: planningBerths, ships });
    let wakeAt = Infinity;
    for (const line of plan) {
      const i = indexOf.get(line.ship);
      if (i === undefined) throw new Error(this.bug(t, line, `no ship "${line.ship}" is in the snapshot`));
      // The berth's index from BerthState's id map, not a scan of the berths per plan line.
      const j = state.has(line.berth) ? state.indexOf(line.berth) : -1;
      if (j < 0) throw new Error(this.bug(t, line, `the port has no berth "${line.berth}"`));
      if (this.hoursOf[i]![j] === null)
        throw new Error(this.bug(t, line, `the ship may not use berth "${line.berth}"`));
      const atAnchor = arrivalOf[i]! <= t;
      if (!atAnchor || berthOf[i]! >= 0) continue;
      if (!sameInstant(line.start, t)) {
        if (line.start < t) throw new Error(this.bug(t, line, "the start is before now"));
        if (line.start < wakeAt) wakeAt = line.start;
        continue;
      }
      // At a shared quay `availableFor` also places the ship (the position `occupy` then uses).
      if (state.availableFor(j, t, calls[i]!, this.run.rules.berthChoice)) {
        commit(i, j);
        this.busyUntil[j] = Math.max(this.busyUntil[j]!, this.run.endOf[i]!);
      }
    }
    // One wake-up per re-plan at most, and none while an earlier one is pending.
    if (wakeAt < horizon && (wakeAt < this.nextWake || this.nextWake <= t)) {
      this.nextWake = wakeAt;
      this.run.wake(wakeAt);
    }
  }

  /** Whether a ship at anchor could be berthed at t at some free berth open for its stay: else nothing to commit. */
  private canStartNow(t: number): boolean {
    const { waiting, state, usableBerths, usableId, calls } = this.run;
    for (let q = 0; q < waiting.size; q++) {
      const i = waiting.at(q);
      for (const j of usableBerths.lists[usableId[i]!]!) if (state.availableFor(j, t, calls[i]!, this.run.rules.berthChoice)) return true;
    }
    return false;
  }

  /** Hours call i would hold each berth (shift + service), null where it may not berth; computed once per call. */
  private hoursAt(i: number, usable: number): (number | null)[] {
    const cached = this.hoursOf[i];
    if (cached !== undefined) return cached;
    const { berths, calls, shiftHours } = this.run;
    const hours: (number | null)[] = new Array<number | null>(berths.length).fill(null);
    for (const j of this.run.usableBerths.lists[usable]!) hours[j] = shiftHours + serviceHours(berths[j]!, calls[i]!);
    this.hoursOf[i] = hours;
    return hours;
  }

  /** The first call arriving after t (calls are in arrival order). */
  private firstAfter(t: number): number {
    const a = this.run.arrivalOf;
    let lo = 0;
    let hi = a.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (a[mid]! <= t) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private bug(t: number, line: { ship: string; berth: string; start: number }, why: string): string {
    const where = `line (ship "${line.ship}", berth "${line.berth}", start ${line.start} h)`;
    return `planner of rule set "${this.run.rules.id}" at ${t} h: ${where}: ${why}`;
  }
}
