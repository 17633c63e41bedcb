import type { BerthUtilisation, Kpis, WaitStats } from "../kpis.ts";
import { CARGO_KINDS, type CargoKind, type Closure, type Port } from "../Port.ts";
import type { CallRecord } from "../SimulationResult.ts";
import { mean, quantileSorted } from "../stats.ts";
import { TRADE_CLASS_IDS, type TradeClass } from "../TradeClass.ts";
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

/** The running sums behind `waitStats`, fed served records one at a time, in order. */
export class WaitSums {
  private waits: Float64Array;
  n = 0;
  private sumService = 0;
  private sumTurnaround = 0;
  private sumOvertaken = 0;
  private sumTideWait = 0;
  private waited = 0;

  constructor(capacity: number) {
    this.waits = new Float64Array(Math.max(16, capacity));
  }

  add(c: CallRecord): void {
    if (this.n === this.waits.length) {
      const grown = new Float64Array(2 * this.n);
      grown.set(this.waits);
      this.waits = grown;
    }
    this.waits[this.n++] = c.wait;
    this.sumService += c.end! - c.serviceStart!;
    this.sumTurnaround += c.end! - c.arrival;
    this.sumOvertaken += c.overtaken;
    this.sumTideWait += c.tideWait;
    if (c.wait > 0) this.waited++;
  }

  stats(): WaitStats {
    const n = this.n;
    if (n === 0) return EMPTY_WAIT_STATS;
    const waits = this.waits.subarray(0, n);
    sortNumbers(waits);
    const meanWait = mean(waits);
    const meanService = this.sumService / n;
    return {
      served: n,
      meanWait,
      p50Wait: quantileSorted(waits, 0.5),
      p90Wait: quantileSorted(waits, 0.9),
      p95Wait: quantileSorted(waits, 0.95),
      maxWait: waits[waits.length - 1]!,
      probWait: this.waited / n,
      meanService,
      awtAst: meanWait / meanService,
      meanTurnaround: this.sumTurnaround / n,
      meanOvertaken: this.sumOvertaken / n,
      meanTideWait: this.sumTideWait / n,
    };
  }
}

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
  private readonly throughput = Object.fromEntries(CARGO_KINDS.map((k) => [k, 0])) as Record<CargoKind, number>;
  private readonly served: WaitSums;
  private readonly groups = TRADE_CLASS_IDS.map(() => new WaitSums(0));
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
  ) {
    for (const b of port.berths) if (!this.berthSlot.has(b.id)) this.berthSlot.set(b.id, this.berthSlot.size);
    this.occupied = new Float64Array(this.berthSlot.size);
    this.metreHours = new Float64Array(this.berthSlot.size);
    this.shipHours = new Float64Array(this.berthSlot.size);
    for (const b of port.berths) if (b.quay !== undefined) this.quayStays.set(this.berthSlot.get(b.id)!, []);
    this.hasQuays = this.quayStays.size > 0;
    this.served = new WaitSums(expectedCalls);
  }

  add(c: CallRecord): void {
    const { warmup, horizon } = this;
    this.arrived++;
    const isServed = c.status === "served";
    if (isServed) {
      this.servedCount++;
      const slot = this.berthSlot.get(c.berth!);
      if (slot !== undefined) {
        const hours = overlap(c.berthingStart!, c.end!, warmup, horizon);
        this.metreHours[slot] += c.loa * hours;
        this.shipHours[slot] += hours;
        const stays = this.hasQuays ? this.quayStays.get(slot) : undefined;
        if (stays === undefined) this.occupied[slot] += hours;
        else if (hours > 0) stays.push(Math.max(c.berthingStart!, warmup), Math.min(c.end!, horizon));
      }
      if (c.berthingStart! >= warmup && c.berthingStart! < horizon) this.throughput[c.cargo] += c.volume;
    } else if (c.status === "waiting") this.waitingCount++;
    else if (c.status === "rejected") this.rejectedCount++;
    // Call statistics cover arrivals in the observation window.
    if (!(c.arrival >= warmup && c.arrival < horizon)) return;
    if (c.hoursOutside > 0 || c.anchorage === "outside") this.outsideShips++;
    if (c.tradeClass !== this.lastClass) {
      this.lastClass = c.tradeClass;
      this.lastSlot = TRADE_CLASS_IDS.indexOf(c.tradeClass);
    }
    const s = this.lastSlot;
    if (s >= 0) this.present[s] = true;
    if (!isServed) return;
    this.served.add(c);
    if (s >= 0) this.groups[s]!.add(c);
  }

  finish(queue: Kpis["queue"], anchorages: Kpis["anchorages"], outside: { mean: number; max: number }): Kpis {
    const { port, warmup, horizon } = this;
    for (const [slot, stays] of this.quayStays) this.occupied[slot] = unionHours(stays);
    const overall = this.served.stats();
    const byClass: Partial<Record<TradeClass, WaitStats>> = {};
    TRADE_CLASS_IDS.forEach((k, s) => {
      const group = this.groups[s]!;
      // A class with every served call has exactly the overall figures: copy them rather than sort the waits again.
      if (this.present[s]) byClass[k] = group.n === this.served.n && group.n > 0 ? { ...overall } : group.stats();
    });
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
      throughput: this.throughput,
    };
  }
}
