import type { BerthUtilisation, Kpis, WaitStats } from "../kpis.ts";
import { CARGO_KINDS, type CargoKind, type Closure, type Port } from "../Port.ts";
import type { CallRecord } from "../SimulationResult.ts";
import { mean, quantileSorted } from "../stats.ts";
import { TRADE_CLASS_IDS, type TradeClass } from "../TradeClass.ts";
import type { VesselCall } from "../VesselCall.ts";
import type { RunScratch } from "./RunScratch.ts";
import { sortNumbers } from "./sortNumbers.ts";

export const EMPTY_WAIT_STATS: WaitStats = {
  served: 0,
  meanWait: NaN,
  p50Wait: NaN,
  p90Wait: NaN,
  p95Wait: NaN,
  maxWait: NaN,
  probWait: NaN,
  meanService: NaN,
  awtAst: NaN,
  meanTurnaround: NaN,
  meanOvertaken: NaN,
  meanTideWait: NaN,
};

/**
 * The sums of a group of served records besides their waits: time alongside, turnaround, overtaking, tide waits,
 * waits > 0.
 */
class GroupSums {
  n = 0;
  service = 0;
  turnaround = 0;
  overtaken = 0;
  tideWait = 0;
  waited = 0;

  add(wait: number, service: number, turnaround: number, overtaken: number, tideWait: number): void {
    this.n++;
    this.service += service;
    this.turnaround += turnaround;
    this.overtaken += overtaken;
    this.tideWait += tideWait;
    if (wait > 0) this.waited++;
  }
}

/** The statistics of a group of `sums.n` served records whose waits are `waits`, which it sorts in place. */
const statsOf = (waits: Float64Array, sums: GroupSums): WaitStats => {
  const n = sums.n;
  if (n === 0) return EMPTY_WAIT_STATS;
  sortNumbers(waits);
  const meanWait = mean(waits);
  const meanService = sums.service / n;
  return {
    served: n,
    meanWait,
    p50Wait: quantileSorted(waits, 0.5),
    p90Wait: quantileSorted(waits, 0.9),
    p95Wait: quantileSorted(waits, 0.95),
    maxWait: waits[waits.length - 1]!,
    probWait: sums.waited / n,
    meanService,
    awtAst: meanWait / meanService,
    meanTurnaround: sums.turnaround / n,
    meanOvertaken: sums.overtaken / n,
    meanTideWait: sums.tideWait / n,
  };
};

// Slots of WaitSums' buffers in a RunScratch (after simulate's own).
const WAITS = 8;
const GROUPS = 0;

/**
 * The running sums behind `waitStats`, fed served records one at a time, in order; each record's group (a small
 * integer, e.g. its trade class) is noted with its wait, so that one buffer serves every group (`groupStats`).
 */
export class WaitSums {
  private waits: Float64Array;
  private groups: Uint8Array;
  private readonly sums = new GroupSums();

  /** `scratch`: take the buffers from a run's reused arrays (RunScratch) instead of allocating them. */
  constructor(capacity: number, scratch?: RunScratch) {
    const size = Math.max(16, capacity);
    this.waits = scratch === undefined ? new Float64Array(size) : scratch.float64(WAITS, size);
    this.groups = scratch === undefined ? new Uint8Array(size) : scratch.uint8(GROUPS, size);
  }

  get n(): number {
    return this.sums.n;
  }

  add(c: CallRecord, group = 0): void {
    this.addServed(c.wait, c.end! - c.serviceStart!, c.end! - c.arrival, c.overtaken, c.tideWait, group);
  }

  /** `add` of a served call given by its figures: wait, time alongside, turnaround, ships overtaking it, tide wait. */
  addServed(wait: number, service: number, turnaround: number, overtaken: number, tideWait: number, group: number): void {
    const i = this.sums.n;
    if (i === this.waits.length) {
      const waits = new Float64Array(2 * i);
      waits.set(this.waits);
      this.waits = waits;
      const groups = new Uint8Array(2 * i);
      groups.set(this.groups);
      this.groups = groups;
    }
    this.waits[i] = wait;
    this.groups[i] = group;
    this.sums.add(wait, service, turnaround, overtaken, tideWait);
  }

  /**
   * The statistics of each group g < `sums.length` whose `wanted[g]` is set (`sums[g]`: that group's sums), in one
   * pass over the waits; undefined for the others. Call before `stats`, which sorts the waits.
   */
  groupStats(sums: readonly GroupSums[], wanted: readonly boolean[]): (WaitStats | undefined)[] {
    // Each wanted group gets a slice of one buffer, in group order; a wait goes to its group's slice.
    const start = new Int32Array(sums.length + 1);
    for (let g = 0; g < sums.length; g++) start[g + 1] = start[g]! + (wanted[g] ? sums[g]!.n : 0);
    const waits = new Float64Array(start[sums.length]!);
    const next = start.slice(0, sums.length);
    const n = this.sums.n;
    for (let i = 0; i < n; i++) {
      const g = this.groups[i]!;
      if (g < sums.length && wanted[g]) waits[next[g]!++] = this.waits[i]!;
    }
    return sums.map((group, g) => (wanted[g] ? statsOf(waits.subarray(start[g]!, start[g + 1]!), group) : undefined));
  }

  /** The statistics of every record added (sorts the waits: call once, last). */
  stats(): WaitStats {
    return statsOf(this.waits.subarray(0, this.sums.n), this.sums);
  }
}

/** The index of `id` in a short list of ids, or -1: a plain loop, cheaper here than a Map or `indexOf`. */
const slotOf = (ids: readonly string[], id: string): number => {
  for (let i = 0; i < ids.length; i++) if (ids[i] === id) return i;
  return -1;
};

const overlap = (a0: number, a1: number, b0: number, b1: number): number => Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));

/** Hours of [from, to) covered by at least one closure; overlapping closures count once. */
const closedHours = (closures: readonly Closure[], from: number, to: number): number => {
  const sorted = [...closures].sort((a, b) => a.start - b.start);
  let total = 0;
  let coveredTo = from;
  for (const c of sorted) {
    const start = Math.max(c.start, coveredTo);
    const end = Math.min(c.end, to);
    if (end > start) {
      total += end - start;
      coveredTo = end;
    }
  }
  return total;
};

/** Hours covered by at least one of the [start, end) pairs (flattened). */
const unionHours = (pairs: readonly number[]): number => {
  const spans: { start: number; end: number }[] = [];
  for (let k = 0; k < pairs.length; k += 2) spans.push({ start: pairs[k]!, end: pairs[k + 1]! });
  spans.sort((a, b) => a.start - b.start);
  let total = 0;
  let coveredTo = -Infinity;
  for (const s of spans) {
    const start = Math.max(s.start, coveredTo);
    if (s.end > start) {
      total += s.end - start;
      coveredTo = s.end;
    }
  }
  return total;
};

/**
 * `computeKpis` as one pass: records are fed in order with `add`, then `finish` returns the KPIs. `simulate` feeds
 * each record as it builds it, while it is still in cache, instead of reading a million records a second time.
 * Every sum adds its terms in call order, as a filter followed by a loop would.
 */
export class KpiSums {
  private readonly berthSlot = new Map<string, number>();
  private readonly occupied: Float64Array;
  /** Hours of ships alongside, summed over ships (at a discrete berth the occupied hours). */
  private readonly shipHours: Float64Array;
  /** Metres of hull × hours alongside, per berth (see `metreUtilisation`). */
  private readonly metreHours: Float64Array;
  /** Per shared quay (by slot), its ships' stays in the window as [start, end) pairs: busy hours are their union. */
  private readonly quayStays = new Map<number, number[]>();
  private readonly hasQuays: boolean;
  private readonly throughput = new Float64Array(CARGO_KINDS.length);
  /** Throughput of cargo kinds outside CARGO_KINDS (none in decoded input), as the plain sum would give them. */
  private otherThroughput: Record<string, number> | undefined = undefined;
  private readonly served: WaitSums;
  private readonly groups = TRADE_CLASS_IDS.map(() => new GroupSums());
  private readonly present = TRADE_CLASS_IDS.map(() => false);
  private arrived = 0;
  private servedCount = 0;
  private waitingCount = 0;
  private rejectedCount = 0;
  private outsideShips = 0;
  private lastClass: TradeClass | undefined = undefined;
  private lastSlot = -1;

  constructor(
    private readonly port: Port,
    private readonly warmup: number,
    private readonly horizon: number,
    expectedCalls: number,
    scratch?: RunScratch,
  ) {
    for (const b of port.berths) if (!this.berthSlot.has(b.id)) this.berthSlot.set(b.id, this.berthSlot.size);
    this.occupied = new Float64Array(this.berthSlot.size);
    this.metreHours = new Float64Array(this.berthSlot.size);
    this.shipHours = new Float64Array(this.berthSlot.size);
    for (const b of port.berths) if (b.quay !== undefined) this.quayStays.set(this.berthSlot.get(b.id)!, []);
    this.hasQuays = this.quayStays.size > 0;
    this.served = new WaitSums(expectedCalls, scratch);
  }

  add(c: CallRecord): void {
    const served = c.status === "served";
    this.addCall(
      c,
      c.status,
      served ? this.berthSlotOf(c.berth!) : -1,
      served ? c.berthingStart! : NaN,
      served ? c.serviceStart! : NaN,
      served ? c.end! : NaN,
      c.wait,
      c.tideWait,
      c.overtaken,
      c.hoursOutside > 0 || c.anchorage === "outside",
    );
  }

  /** The slot `addCall` takes for the berth `id`, or -1 for a berth not in the port. */
  berthSlotOf(id: string): number {
    return this.berthSlot.get(id) ?? -1;
  }

  /**
   * `add` of a call given by its figures rather than by a record, for a caller that has them at hand (a run that
   * keeps no records need not build one per call): the call (its cargo, volume, arrival, class and length), its
   * status, its berth's slot (`berthSlotOf`, -1 if none), berthing start, service start and end (read only when
   * served), wait, the part of it spent waiting for the tide, ships overtaking it, and whether it waited outside
   * full anchorages at some point.
   */
  addCall(
    c: Pick<VesselCall, "cargo" | "volume" | "arrival" | "tradeClass" | "loa">,
    status: CallRecord["status"],
    slot: number,
    start: number,
    serviceStart: number,
    end: number,
    wait: number,
    tideWait: number,
    overtaken: number,
    outside: boolean,
  ): void {
    const { warmup, horizon } = this;
    this.arrived++;
    const isServed = status === "served";
    if (isServed) {
      this.servedCount++;
      if (slot >= 0) {
        const hours = overlap(start, end, warmup, horizon);
        this.metreHours[slot] += c.loa * hours;
        this.shipHours[slot] += hours;
        const stays = this.hasQuays ? this.quayStays.get(slot) : undefined;
        if (stays === undefined) this.occupied[slot] += hours;
        else if (hours > 0) stays.push(Math.max(start, warmup), Math.min(end, horizon));
      }
      if (start >= warmup && start < horizon) {
        const k = slotOf(CARGO_KINDS, c.cargo);
        if (k >= 0) this.throughput[k] += c.volume;
        else (this.otherThroughput ??= {})[c.cargo] = (this.otherThroughput[c.cargo] as number) + c.volume;
      }
    } else if (status === "waiting") this.waitingCount++;
    else if (status === "rejected") this.rejectedCount++;
    // Call statistics cover arrivals in the observation window.
    if (!(c.arrival >= warmup && c.arrival < horizon)) return;
    if (outside) this.outsideShips++;
    if (c.tradeClass !== this.lastClass) {
      this.lastClass = c.tradeClass;
      this.lastSlot = slotOf(TRADE_CLASS_IDS, c.tradeClass);
    }
    const s = this.lastSlot;
    if (s >= 0) this.present[s] = true;
    if (!isServed) return;
    const service = end - serviceStart;
    const turnaround = end - c.arrival;
    // The group of a class outside TRADE_CLASS_IDS (none in decoded input) is never asked for.
    this.served.addServed(wait, service, turnaround, overtaken, tideWait, s >= 0 ? s : 255);
    if (s >= 0) this.groups[s]!.add(wait, service, turnaround, overtaken, tideWait);
  }

  finish(queue: Kpis["queue"], anchorages: Kpis["anchorages"], outside: { mean: number; max: number }): Kpis {
    const { port, warmup, horizon } = this;
    for (const [slot, stays] of this.quayStays) this.occupied[slot] = unionHours(stays);
    // Each class's waits are taken out of the overall buffer before `stats` sorts it.
    // A class with every served call has exactly the overall figures: they are copied rather than sorted again.
    const wanted = this.groups.map((group, s) => this.present[s]! && !(group.n === this.served.n && group.n > 0));
    const classStats = this.served.groupStats(this.groups, wanted);
    const overall = this.served.stats();
    const byClass: Partial<Record<TradeClass, WaitStats>> = {};
    TRADE_CLASS_IDS.forEach((k, s) => {
      if (this.present[s]) byClass[k] = classStats[s] ?? { ...overall };
    });
    const throughput = Object.fromEntries(CARGO_KINDS.map((k, i) => [k, this.throughput[i]!])) as Record<CargoKind, number>;
    const berths = port.berths.map((b) => {
      const closed = closedHours(b.closures ?? [], warmup, horizon);
      const openHours = horizon - warmup - closed;
      const slot = this.berthSlot.get(b.id)!;
      const occupiedHours = this.occupied[slot]!;
      const metreHours = this.metreHours[slot]!;
      const openMetreHours = b.length * openHours;
      return {
        berth: b.id,
        area: b.area,
        occupiedHours,
        openHours,
        utilisation: openHours > 0 ? occupiedHours / openHours : 0,
        shipHours: this.shipHours[slot]!,
        metreHours,
        openMetreHours,
        metreUtilisation: openMetreHours > 0 ? metreHours / openMetreHours : 0,
      };
    });
    const ratio = (group: readonly BerthUtilisation[]): number => {
      const open = group.reduce((s, b) => s + b.openHours, 0);
      return open > 0 ? group.reduce((s, b) => s + b.occupiedHours, 0) / open : 0;
    };
    const byLength = (group: readonly BerthUtilisation[]): number => {
      const open = group.reduce((s, b) => s + b.openMetreHours, 0);
      return open > 0 ? group.reduce((s, b) => s + b.metreHours, 0) / open : 0;
    };
    const areas: Record<string, number> = {};
    const areasByLength: Record<string, number> = {};
    for (const a of port.areas) {
      const group = berths.filter((b) => b.area === a.id);
      areas[a.id] = ratio(group);
      areasByLength[a.id] = byLength(group);
    }
    return {
      arrived: this.arrived,
      served: this.servedCount,
      waiting: this.waitingCount,
      rejected: this.rejectedCount,
      overall,
      byClass,
      berths,
      areas,
      port: ratio(berths),
      metreUtilisation: { areas: areasByLength, port: byLength(berths) },
      queue,
      anchorages,
      outside: { ships: this.outsideShips, ...outside },
      throughput: this.otherThroughput === undefined ? throughput : { ...throughput, ...this.otherThroughput },
    };
  }
}
