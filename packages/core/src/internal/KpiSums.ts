import type { BerthUtilisation, Kpis, WaitStats } from "../kpis.ts";
import { CARGO_KINDS, type CargoKind, type Port } from "../Port.ts";
import type { CallRecord } from "../SimulationResult.ts";
import { TRADE_CLASS_IDS, type TradeClass } from "../TradeClass.ts";
import type { VesselCall } from "../VesselCall.ts";
import { OUTSIDE, whereAt } from "./AnchorageState.ts";
import { closedHours, overlap, unionHours } from "./hours.ts";
import { statusAt } from "./statusAt.ts";
import type { RunScratch } from "./RunScratch.ts";
import { GroupSums, WaitSums } from "./WaitSums.ts";

/** The index of `id` in a short list of ids, or -1: a plain loop, cheaper here than a Map or `indexOf`. */
const slotOf = (ids: readonly string[], id: string): number => {
  for (let i = 0; i < ids.length; i++) if (ids[i] === id) return i;
  return -1;
};

/** A finished run's calls as `KpiSums.addRun` reads them, by the run's call index i. */
export interface KpiRun {
  readonly calls: readonly Pick<VesselCall, "cargo">[];
  readonly arrival: Float64Array;
  readonly volume: Float64Array;
  readonly loa: Float64Array;
  readonly cargoSlot: Int8Array;
  readonly classSlot: Int8Array;
  /** The KPI slot (`berthSlotOf`) of the run's berth j. */
  readonly berthSlot: Int32Array;
  readonly berthOf: Int32Array;
  readonly startOf: Float64Array;
  readonly endOf: Float64Array;
  readonly overtaken: Int32Array;
  /** When each call joined the berth queue, with a tide; undefined without. */
  readonly joinOf: Float64Array | undefined;
  readonly rejected: ReadonlyMap<number, string | undefined>;
  /** Undefined in a port without anchorages. */
  readonly whereWaits: Int32Array | undefined;
  readonly outsideHours: ReadonlyMap<number, number>;
  readonly shiftHours: number;
}

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
  /**
   * Per shared quay (by slot; undefined for a discrete berth), its ships' stays in the window as [start, end) pairs:
   * busy hours are their union.
   */
  private readonly staysBySlot: (number[] | undefined)[] = [];
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
    for (const b of port.berths) if (b.quay !== undefined) this.staysBySlot[this.berthSlot.get(b.id)!] ??= [];
    this.hasQuays = this.staysBySlot.length > 0;
    this.served = new WaitSums(expectedCalls, scratch);
  }

  /** Adds one call, from its record. */
  add(c: CallRecord): void {
    const { warmup, horizon } = this;
    if (c.tradeClass !== this.lastClass) {
      this.lastClass = c.tradeClass;
      this.lastSlot = slotOf(TRADE_CLASS_IDS, c.tradeClass);
    }
    const s = this.lastSlot;
    this.arrived++;
    const isServed = c.status === "served";
    if (isServed) {
      this.servedCount++;
      const start = c.berthingStart!;
      const end = c.end!;
      const slot = this.berthSlotOf(c.berth!);
      if (slot >= 0) {
        const hours = overlap(start, end, warmup, horizon);
        this.metreHours[slot] += c.loa * hours;
        this.shipHours[slot] += hours;
        const stays = this.hasQuays ? this.staysBySlot[slot] : undefined;
        if (stays === undefined) this.occupied[slot] += hours;
        else if (hours > 0) stays.push(Math.max(start, warmup), Math.min(end, horizon));
      }
      if (start >= warmup && start < horizon) {
        const k = slotOf(CARGO_KINDS, c.cargo);
        if (k >= 0) this.throughput[k] += c.volume;
        else (this.otherThroughput ??= {})[c.cargo] = (this.otherThroughput[c.cargo] as number) + c.volume;
      }
    } else if (c.status === "waiting") this.waitingCount++;
    else if (c.status === "rejected") this.rejectedCount++;
    // Call statistics cover arrivals in the observation window.
    if (!(c.arrival >= warmup && c.arrival < horizon)) return;
    if (c.hoursOutside > 0 || c.anchorage === "outside") this.outsideShips++;
    if (s >= 0) this.present[s] = true;
    if (!isServed) return;
    const service = c.end! - c.serviceStart!;
    const turnaround = c.end! - c.arrival;
    // The group of a class outside TRADE_CLASS_IDS (none in decoded input) is never asked for.
    this.served.addServed(c.wait, service, turnaround, c.overtaken, c.tideWait, s >= 0 ? s : 255);
    if (s >= 0) this.groups[s]!.add(c.wait, service, turnaround, c.overtaken, c.tideWait);
  }

  /** The slot of the berth `id` in the sums, or -1 for a berth not in the port. */
  berthSlotOf(id: string): number {
    return this.berthSlot.get(id) ?? -1;
  }

  /**
   * `add` of every call of a finished run, from the run's columns rather than from records: the same sums, term
   * by term in call order, with the counters and the berths' and classes' sums updated in one loop; a call's
   * status by `statusAt`.
   */
  addRun(r: KpiRun): void {
    const { warmup, horizon, metreHours, shipHours, occupied, throughput, served, groups, present } = this;
    const { calls, arrival, volume, loa, cargoSlot, classSlot, berthSlot, berthOf, startOf, endOf, overtaken } = r;
    const { joinOf, rejected, whereWaits, outsideHours, shiftHours } = r;
    const stays = this.hasQuays ? this.staysBySlot : undefined;
    const anyOutsideHours = outsideHours.size > 0;
    const n = calls.length;
    let servedCount = 0;
    let waitingCount = 0;
    let rejectedCount = 0;
    let outsideShips = 0;
    for (let i = 0; i < n; i++) {
      const j = berthOf[i]!;
      const status = statusAt(i, berthOf, rejected);
      const isServed = status === "served";
      const a = arrival[i]!;
      let start = 0;
      let end = 0;
      if (isServed) {
        servedCount++;
        start = startOf[i]!;
        end = endOf[i]!;
        const slot = berthSlot[j]!;
        if (slot >= 0) {
          const hours = overlap(start, end, warmup, horizon);
          metreHours[slot] += loa[i]! * hours;
          shipHours[slot] += hours;
          const quay = stays === undefined ? undefined : stays[slot];
          if (quay === undefined) occupied[slot] += hours;
          else if (hours > 0) quay.push(Math.max(start, warmup), Math.min(end, horizon));
        }
        if (start >= warmup && start < horizon) {
          const k = cargoSlot[i]!;
          if (k >= 0) throughput[k] += volume[i]!;
          else {
            const cargo = calls[i]!.cargo;
            (this.otherThroughput ??= {})[cargo] = (this.otherThroughput[cargo] as number) + volume[i]!;
          }
        }
      } else if (status === "waiting") waitingCount++;
      else rejectedCount++;
      // Call statistics cover arrivals in the observation window.
      if (!(a >= warmup && a < horizon)) continue;
      if (whereAt(whereWaits, i) === OUTSIDE || (anyOutsideHours && (outsideHours.get(i) ?? 0) > 0)) outsideShips++;
      const s = classSlot[i]!;
      if (s >= 0) present[s] = true;
      if (!isServed) continue;
      const wait = start - a;
      const tideWait = joinOf === undefined ? 0 : Math.max(0, Math.min(joinOf[i]!, horizon) - a);
      const service = end - (start + shiftHours);
      const turnaround = end - a;
      const o = overtaken[i]!;
      served.addServed(wait, service, turnaround, o, tideWait, s >= 0 ? s : 255);
      if (s >= 0) groups[s]!.add(wait, service, turnaround, o, tideWait);
    }
    this.arrived += n;
    this.servedCount += servedCount;
    this.waitingCount += waitingCount;
    this.rejectedCount += rejectedCount;
    this.outsideShips += outsideShips;
  }

  finish(queue: Kpis["queue"], anchorages: Kpis["anchorages"], outside: { mean: number; max: number }): Kpis {
    const { port, warmup, horizon } = this;
    this.staysBySlot.forEach((stays, slot) => {
      if (stays !== undefined) this.occupied[slot] = unionHours(stays);
    });
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
