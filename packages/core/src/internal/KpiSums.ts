import type { BerthUtilisation, Kpis, WaitStats } from "../kpis.ts";
import { CARGO_KINDS, type CargoKind, type Closure, type Port } from "../Port.ts";
import type { CallRecord } from "../SimulationResult.ts";
import { TRADE_CLASS_IDS, type TradeClass } from "../TradeClass.ts";
import type { VesselCall } from "../VesselCall.ts";
import type { RunScratch } from "./RunScratch.ts";
import { GroupSums, WaitSums } from "./WaitSums.ts";

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

// Places of a call's doubles in `KpiSums.figures`.
export const F_VOLUME = 0;
export const F_ARRIVAL = 1;
export const F_LOA = 2;
export const F_START = 3;
export const F_SERVICE_START = 4;
export const F_END = 5;
export const F_WAIT = 6;
export const F_TIDE_WAIT = 7;
const FIGURES = 8;

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

  /**
   * The doubles of the call `addCall` adds next, at the places F_…, written there by the caller: passed as
   * arguments to a call that is not inlined, each double would be boxed (a million calls, 5 × 16 MB of garbage).
   */
  readonly figures = new Float64Array(FIGURES);

  add(c: CallRecord): void {
    const served = c.status === "served";
    const f = this.figures;
    f[F_VOLUME] = c.volume;
    f[F_ARRIVAL] = c.arrival;
    f[F_LOA] = c.loa;
    f[F_START] = served ? c.berthingStart! : NaN;
    f[F_SERVICE_START] = served ? c.serviceStart! : NaN;
    f[F_END] = served ? c.end! : NaN;
    f[F_WAIT] = c.wait;
    f[F_TIDE_WAIT] = c.tideWait;
    if (c.tradeClass !== this.lastClass) {
      this.lastClass = c.tradeClass;
      this.lastSlot = slotOf(TRADE_CLASS_IDS, c.tradeClass);
    }
    this.addCall(
      c,
      this.lastSlot,
      slotOf(CARGO_KINDS, c.cargo),
      c.status,
      served ? this.berthSlotOf(c.berth!) : -1,
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
   * keeps no records need not build one per call): the doubles in `figures` (volume, arrival, length, berthing
   * start, service start and end — read only when served —, wait and the part of it spent waiting for the tide),
   * the call's index in TRADE_CLASS_IDS and in CARGO_KINDS (-1 for one outside: then `c` is read), its status, its
   * berth's slot (`berthSlotOf`, -1 if none), ships overtaking it, and whether it waited outside full anchorages.
   */
  addCall(
    c: Pick<VesselCall, "cargo">,
    classSlot: number,
    cargoSlot: number,
    status: CallRecord["status"],
    slot: number,
    overtaken: number,
    outside: boolean,
  ): void {
    const { warmup, horizon } = this;
    const f = this.figures;
    const start = f[F_START]!;
    const end = f[F_END]!;
    const arrival = f[F_ARRIVAL]!;
    this.arrived++;
    const isServed = status === "served";
    if (isServed) {
      this.servedCount++;
      if (slot >= 0) {
        const hours = overlap(start, end, warmup, horizon);
        this.metreHours[slot] += f[F_LOA]! * hours;
        this.shipHours[slot] += hours;
        const stays = this.hasQuays ? this.staysBySlot[slot] : undefined;
        if (stays === undefined) this.occupied[slot] += hours;
        else if (hours > 0) stays.push(Math.max(start, warmup), Math.min(end, horizon));
      }
      if (start >= warmup && start < horizon) {
        if (cargoSlot >= 0) this.throughput[cargoSlot] += f[F_VOLUME]!;
        else (this.otherThroughput ??= {})[c.cargo] = (this.otherThroughput[c.cargo] as number) + f[F_VOLUME]!;
      }
    } else if (status === "waiting") this.waitingCount++;
    else if (status === "rejected") this.rejectedCount++;
    // Call statistics cover arrivals in the observation window.
    if (!(arrival >= warmup && arrival < horizon)) return;
    if (outside) this.outsideShips++;
    const s = classSlot;
    if (s >= 0) this.present[s] = true;
    if (!isServed) return;
    const wait = f[F_WAIT]!;
    const tideWait = f[F_TIDE_WAIT]!;
    const service = end - f[F_SERVICE_START]!;
    const turnaround = end - arrival;
    // The group of a class outside TRADE_CLASS_IDS (none in decoded input) is never asked for.
    this.served.addServed(wait, service, turnaround, overtaken, tideWait, s >= 0 ? s : 255);
    if (s >= 0) this.groups[s]!.add(wait, service, turnaround, overtaken, tideWait);
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
