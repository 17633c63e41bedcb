import type { Plan } from "../Plan.ts";
import type { Problem } from "./Problem.ts";

/**
 * A solution as one ship sequence per berth. Every ship starts as early as its sequence allows (a semi-active
 * schedule), which loses nothing: the objective and every window only get worse with a later start. Move
 * evaluations recompute a berth from the changed position on and stop as soon as a ship's start is unchanged,
 * since from there on the rest of the berth is unchanged too.
 */
export class Schedule {
  readonly seq: number[][];
  readonly start: Float64Array;
  /** start + handling at the ship's berth, kept in step with `start`. */
  readonly end: Float64Array;
  readonly berthOf: Int32Array;
  readonly berthCost: Float64Array;
  total = 0;
  // Shift summaries per ship, for berths without closures: a run is a block of ships each starting right when the
  // previous one leaves. A delay d of ship j delays j's run by d and the next run by max(0, d − its idle time).
  /** Σ weight from the ship to the end of its run. */
  private readonly runW: Float64Array;
  /** The first ship of the next run on the berth, or −1. */
  private readonly nextRun: Int32Array;
  /** Idle hours before the ship (for the first ship of a run). */
  private readonly idle: Float64Array;
  /** min over the ship and those after it of (latest safe start − start): delays up to it cost no penalty. */
  private readonly slack: Float64Array;
  private readonly plain: Uint8Array;

  constructor(readonly p: Problem) {
    this.seq = Array.from({ length: p.m }, () => []);
    this.start = new Float64Array(p.n);
    this.end = new Float64Array(p.n);
    this.berthOf = new Int32Array(p.n).fill(-1);
    this.berthCost = new Float64Array(p.m);
    this.runW = new Float64Array(p.n);
    this.nextRun = new Int32Array(p.n);
    this.idle = new Float64Array(p.n);
    this.slack = new Float64Array(p.n);
    this.plain = Uint8Array.from(p.closures, (c) => (c.length === 0 ? 1 : 0));
  }

  copyFrom(o: Schedule): void {
    for (let k = 0; k < this.p.m; k++) {
      const a = this.seq[k]!;
      const b = o.seq[k]!;
      a.length = b.length;
      for (let q = 0; q < b.length; q++) a[q] = b[q]!;
    }
    this.start.set(o.start);
    this.end.set(o.end);
    this.berthOf.set(o.berthOf);
    this.berthCost.set(o.berthCost);
    this.runW.set(o.runW);
    this.nextRun.set(o.nextRun);
    this.idle.set(o.idle);
    this.slack.set(o.slack);
    this.total = o.total;
  }

  endOf(j: number): number {
    return this.end[j]!;
  }

  /** Recomputes the starts of berth k from position `from` on, and the berth's cost. */
  refresh(k: number, from = 0): void {
    const p = this.p;
    const s = this.seq[k]!;
    let ready = from > 0 ? this.endOf(s[from - 1]!) : -Infinity;
    for (let q = from; q < s.length; q++) {
      const j = s[q]!;
      const t = p.est(j, k, ready);
      this.start[j] = t;
      this.berthOf[j] = k;
      ready = t + p.h[j * p.m + k]!;
      this.end[j] = ready;
    }
    let c = 0;
    for (const j of s) c += p.cost(j, k, this.start[j]!);
    this.total += c - this.berthCost[k]!;
    this.berthCost[k] = c;
    if (this.plain[k]) this.summarise(k);
  }

  private summarise(k: number): void {
    const p = this.p;
    const s = this.seq[k]!;
    let next = -1;
    let w = 0;
    let slack = Infinity;
    for (let q = s.length - 1; q >= 0; q--) {
      const j = s[q]!;
      const idle = this.start[j]! - (q > 0 ? this.end[s[q - 1]!]! : -Infinity);
      w += p.weight[j]!;
      this.runW[j] = w;
      this.nextRun[j] = next;
      this.idle[j] = idle;
      slack = Math.min(slack, p.safe[j * p.m + k]! - this.start[j]!);
      this.slack[j] = slack;
      if (idle > 0) {
        next = j;
        w = 0;
      }
    }
  }

  /** Recomputes every berth and the total from scratch (drops accumulated rounding). */
  refreshAll(): void {
    this.total = 0;
    this.berthCost.fill(0);
    for (let k = 0; k < this.p.m; k++) this.refresh(k);
    let t = 0;
    for (let k = 0; k < this.p.m; k++) t += this.berthCost[k]!;
    this.total = t;
  }

  insert(k: number, pos: number, i: number): void {
    this.seq[k]!.splice(pos, 0, i);
    this.berthOf[i] = k;
    this.refresh(k, pos);
  }

  /** Takes ship i out of its berth; returns the position it had. */
  remove(i: number): number {
    const k = this.berthOf[i]!;
    const s = this.seq[k]!;
    const pos = s.indexOf(i);
    s.splice(pos, 1);
    this.berthOf[i] = -1;
    this.refresh(k, pos);
    return pos;
  }

  /**
   * Cost change of inserting ship i (not scheduled) at position `pos` of berth k. Returns as soon as the change
   * reaches `limit` (the caller's best so far), since it can only grow.
   */
  insertionDelta(k: number, i: number, pos: number, limit = Infinity): number {
    const p = this.p;
    const m = p.m;
    const s = this.seq[k]!;
    const ready0 = pos > 0 ? this.endOf(s[pos - 1]!) : -Infinity;
    let t = p.est(i, k, ready0);
    let delta = p.cost(i, k, t);
    let ready = t + p.h[i * m + k]!;
    if (pos < s.length && this.plain[k]) {
      // Fast path: delay the runs after the insertion without visiting their ships.
      const j = s[pos]!;
      const d = ready - this.start[j]!;
      if (d <= 0) return delta;
      if (d <= this.slack[j]!) return this.addRunDelays(j, d, delta);
    }
    for (let q = pos; q < s.length && delta < limit; q++) {
      const j = s[q]!;
      const old = this.start[j]!;
      if (ready <= old) break;
      t = p.est(j, k, ready);
      if (t === old) break;
      delta += p.cost(j, k, t) - p.cost(j, k, old);
      ready = t + p.h[j * m + k]!;
    }
    return delta;
  }

  /**
   * The fast path of the deltas: `delta` plus the cost of delaying ship j's run, and the runs after it, by d hours
   * (0 < d ≤ j's slack), each run absorbing the idle time before the next. Added in run order, as before.
   */
  private addRunDelays(j: number, d: number, delta: number): number {
    for (;;) {
      delta += d * this.runW[j]!;
      const nx = this.nextRun[j]!;
      if (nx < 0) return delta;
      d -= this.idle[nx]!;
      if (d <= 0) return delta;
      j = nx;
    }
  }

  /** Cost change of replacing the ship at position `pos` of berth k by ship i (not on berth k). */
  replaceDelta(k: number, pos: number, i: number): number {
    const p = this.p;
    const m = p.m;
    const s = this.seq[k]!;
    const out = s[pos]!;
    const ready0 = pos > 0 ? this.endOf(s[pos - 1]!) : -Infinity;
    let t = p.est(i, k, ready0);
    let delta = p.cost(i, k, t) - p.cost(out, k, this.start[out]!);
    let ready = t + p.h[i * m + k]!;
    if (pos + 1 < s.length && this.plain[k] && ready >= this.end[out]!) {
      const j = s[pos + 1]!;
      const d = ready - this.start[j]!;
      if (d <= 0) return delta;
      if (d <= this.slack[j]!) return this.addRunDelays(j, d, delta);
    }
    for (let q = pos + 1; q < s.length; q++) {
      const j = s[q]!;
      const old = this.start[j]!;
      t = p.est(j, k, ready);
      if (t === old) break;
      delta += p.cost(j, k, t) - p.cost(j, k, old);
      ready = t + p.h[j * m + k]!;
    }
    return delta;
  }

  /**
   * Cost change of berth k when positions `from`… hold `tail[0..len)` instead (the same ships, reordered up to
   * tail index `lastChanged`, unchanged after it).
   */
  tailDelta(k: number, from: number, tail: Int32Array, len: number, lastChanged: number): number {
    const p = this.p;
    const m = p.m;
    let ready = from > 0 ? this.endOf(this.seq[k]![from - 1]!) : -Infinity;
    let delta = 0;
    for (let q = 0; q < len; q++) {
      const j = tail[q]!;
      const old = this.start[j]!;
      const t = p.est(j, k, ready);
      if (q > lastChanged && t === old) break;
      if (t !== old) delta += p.cost(j, k, t) - p.cost(j, k, old);
      ready = t + p.h[j * m + k]!;
    }
    return delta;
  }

  /** The cheapest place for ship i (not scheduled): writes berth and position to `out`, returns the cost change. */
  bestInsertion(i: number, out: Int32Array): number {
    let best = Infinity;
    for (const k of this.p.berthsOf[i]!) {
      const s = this.seq[k]!;
      // Positions before the last ship that ends by i's arrival cannot beat appending after it; skip them.
      // Ends increase along a berth, so that ship is found by bisection.
      const a = this.p.arrival[i]!;
      let lo = 0;
      let hi = s.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (this.end[s[mid]!]! <= a) lo = mid + 1;
        else hi = mid;
      }
      for (let pos = lo; pos <= s.length; pos++) {
        const d = this.insertionDelta(k, i, pos, best);
        if (d < best) {
          best = d;
          out[0] = k;
          out[1] = pos;
        }
      }
    }
    return best;
  }

  toPlan(): Plan {
    const { snapshot } = this.p;
    return snapshot.ships.map((ship, i) => {
      const k = this.berthOf[i]!;
      return { ship: ship.id, berth: snapshot.berths[k]!.id, start: this.start[i]!, end: this.endOf(i) };
    });
  }
}
