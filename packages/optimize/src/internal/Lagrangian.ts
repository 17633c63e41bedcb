import type { Problem } from "./Problem.ts";

/** Receives a berth's best path in the relaxation: its ships in time order, its cost, its reduced cost. */
export type PathSink = (berth: number, ships: Int32Array, cost: number, reduced: number) => void;

/** Grid steps above which the time-indexed relaxation is not built (the trivial bound is used instead). */
const MAX_GRID_STEPS = 200_000;

/**
 * The Lagrangian relaxation of the time-indexed formulation (the generalised set-partitioning model of Buhrkal
 * et al. 2011): relax "each ship served exactly once" with multipliers λ. What remains splits by berth into a
 * shortest path over time — at each step the berth idles one step or serves some ship from then on — solved by
 * dynamic programming in O(T · ships) per berth. For any λ,
 *
 *     L(λ) = Σ_i λ_i + Σ_k min over berth-k paths of Σ_(i,t) (c_ikt − λ_i)  ≤  optimum,
 *
 * because a plan's ships on berth k form such a path, and its cost is Σ_i λ_i + Σ_i (c_i − λ_i). Interval
 * packing is totally unimodular, so max_λ L(λ) equals the LP relaxation of the time-indexed model.
 *
 * Time grid: step δ (1 h for integer data; otherwise ¼ h, coarser on long horizons, finer for short handling).
 * A real plan maps to a grid path by t' = ⌊T/δ⌋, h' = ⌊h/δ⌋ — starts, openings, closings, closures and
 * non-overlap all survive the flooring, and the grid cost w(δ(t'+h') − a) is at most the real one — so the bound
 * stays valid.
 *
 * Starts are capped where no better-than-incumbent plan can put them: ship i's cost is at most the incumbent's
 * minus every other ship's least cost. The bound is thus one on min(optimum, incumbent), which is all a gap needs.
 */
export class Lagrangian {
  /** False when the relaxation proves that no plan keeps every window (some ship has no slot at all). */
  readonly feasible: boolean = true;
  /** False when the grid would be too fine; `bound` is then just the trivial one. */
  readonly built: boolean = false;
  readonly delta: number = 1;
  /** The trivial per-ship bounds: multipliers for which L(λ) is the trivial bound. */
  readonly start: Float64Array;
  /** Evaluations of L so far. */
  evaluations = 0;
  /** Per ship: how often it was in the last relaxed solution (the subgradient is 1 − count). */
  readonly count: Int32Array;

  // Per berth, entries e = eligible ships sorted by grid arrival.
  private readonly ship: Int32Array[] = [];
  private readonly hq: Int32Array[] = [];
  private readonly aq: Int32Array[] = [];
  private readonly last: Int32Array[] = [];
  private readonly base: Float64Array[] = [];
  private readonly wd: Float64Array[] = [];
  private readonly hi: Int32Array[] = [];
  private readonly bl: Float64Array;
  private readonly bucketHead: Int32Array;
  private readonly bucketNext: Int32Array;
  private readonly groupOf: Int32Array[] = [];
  private readonly ghq: Int32Array[] = [];
  private readonly gwd: Float64Array[] = [];
  private readonly gStart: Int32Array[] = [];
  private readonly heap: Int32Array;
  private readonly heapSize: Int32Array;
  private readonly path: Int32Array;
  private readonly tStart: Int32Array;
  private readonly tEnd: Int32Array;
  private readonly nextStop: Int32Array[] = [];
  private readonly g: Float64Array;
  private readonly choice: Int32Array;

  constructor(
    private readonly p: Problem,
    trivialPerShip: Float64Array,
    incumbent: number,
  ) {
    const { n, m } = p;
    this.start = Float64Array.from(trivialPerShip);
    this.count = new Int32Array(n);
    this.tStart = new Int32Array(m);
    this.tEnd = new Int32Array(m);
    this.bl = new Float64Array(n);
    this.bucketNext = new Int32Array(n);
    this.heap = new Int32Array(n);
    this.heapSize = new Int32Array(n);
    let minH = Infinity;
    for (const v of p.h) if (v < minH) minH = v;
    // Latest start any plan at most as costly as the incumbent could use (semi-active, cost-capped).
    let sumTrivial = 0;
    for (const c of trivialPerShip) sumTrivial += c;
    let releaseMax = -Infinity;
    for (const a of p.arrival) releaseMax = Math.max(releaseMax, a);
    for (let k = 0; k < m; k++) {
      releaseMax = Math.max(releaseMax, p.open[k]!);
      const c = p.closures[k]!;
      for (let j = 1; j < c.length; j += 2) releaseMax = Math.max(releaseMax, c[j]!);
    }
    let sumMaxH = 0;
    for (let i = 0; i < n; i++) {
      let mh = 0;
      for (const k of p.berthsOf[i]!) mh = Math.max(mh, p.h[i * m + k]!);
      sumMaxH += mh;
    }
    const semiActiveCap = releaseMax + sumMaxH;

    // Integer data: δ = 1, exact. Otherwise a quarter hour (flooring then loses under half an hour per ship),
    // coarser when the horizon would need more than ~4,000 steps, and never more than the shortest handling, so
    // that no job shrinks to zero steps on the grid.
    let delta = 1;
    if (!p.integral) {
      let horizon = 0;
      for (let k = 0; k < m; k++) horizon = Math.max(horizon, Math.min(p.close[k]!, semiActiveCap) - p.open[k]!);
      delta = 1 / 4;
      while (horizon / delta > 4000 && 2 * delta <= minH) delta *= 2;
      while (delta > minH && delta > 1 / 64) delta /= 2;
    }
    this.delta = delta;
    const fl = (x: number) => (x === Infinity ? 2 ** 30 : Math.floor(x / delta + 1e-9));

    let steps = 0;
    const slack = incumbent - sumTrivial;
    type Entry = { e: number; i: number; aq: number; hq: number; last: number; uncapped: number };
    const entries: Entry[][] = [];
    for (let k = 0; k < m; k++) {
      const list: Entry[] = [];
      const t0 = fl(p.open[k]!);
      let tEnd = t0;
      for (let i = 0; i < n; i++) {
        const h = p.h[i * m + k]!;
        if (Number.isNaN(h)) continue;
        const hq = Math.floor(h / delta + 1e-9);
        const w = p.weight[i]!;
        const aq = Math.max(fl(p.arrival[i]!), t0);
        // Deadlines and the closing floor to the grid as t' + h' ≤ ⌊d/δ⌋ (see the class comment).
        const uncapped = Math.min(
          fl(Math.min(semiActiveCap, p.latestStart[i]!)),
          fl(Math.min(p.latestEnd[i]!, p.close[k]!)) - hq,
        );
        let last = uncapped;
        if (w > 0 && Number.isFinite(slack))
          last = Math.min(last, fl(p.arrival[i]! - h + (slack + trivialPerShip[i]!) / w));
        if (uncapped < aq) continue;
        list.push({ e: list.length, i, aq, hq, last, uncapped });
        tEnd = Math.max(tEnd, last);
      }
      list.sort((x, y) => x.aq - y.aq || x.i - y.i);
      entries.push(list);
      this.tStart[k] = t0;
      this.tEnd[k] = tEnd;
      steps += tEnd - t0 + 1;
    }
    if (steps > MAX_GRID_STEPS * Math.max(1, m) || minH < delta) {
      this.g = new Float64Array(0);
      this.choice = new Int32Array(0);
      this.path = new Int32Array(0);
      this.bucketHead = new Int32Array(0);
      return;
    }
    let maxLen = 0;
    for (let k = 0; k < m; k++) maxLen = Math.max(maxLen, this.tEnd[k]! - this.tStart[k]! + 1);
    let maxHq = 0;
    for (const list of entries) for (const x of list) maxHq = Math.max(maxHq, x.hq);
    this.g = new Float64Array(maxLen + maxHq + 2);
    this.choice = new Int32Array(maxLen + 1);
    this.path = new Int32Array(maxLen + 1);
    this.bucketHead = new Int32Array(maxLen + 1);

    const hasSlot = new Uint8Array(n);
    for (let k = 0; k < m; k++) {
      const list = entries[k]!;
      const t0 = this.tStart[k]!;
      const len = this.tEnd[k]! - t0 + 1;
      // Grid time by which a job started at t must end (the next closure's start, or the closing).
      const c = p.closures[k]!;
      const stopAt = (t: number): number => {
        let stop = fl(p.close[k]!);
        for (let j = 0; j < c.length; j += 2) if (t < fl(c[j + 1]!) && fl(c[j]!) < stop) stop = fl(c[j]!);
        return stop;
      };
      const stop = Int32Array.from({ length: len }, (_, t) => stopAt(t0 + t));
      this.nextStop.push(stop);
      const fits = (x: Entry, to: number): boolean => {
        for (let t = x.aq; t <= to; t++) if (t + x.hq <= stopAt(t)) return true;
        return false;
      };
      const kept = list.filter((x) => x.last >= x.aq && fits(x, x.last));
      // Feasibility ignores the cost cap: a ship that only the cap shuts out is no proof of infeasibility.
      for (const x of list) if (!hasSlot[x.i] && fits(x, x.uncapped)) hasSlot[x.i] = 1;
      this.ship.push(Int32Array.from(kept, (x) => x.i));
      this.hq.push(Int32Array.from(kept, (x) => x.hq));
      this.aq.push(Int32Array.from(kept, (x) => x.aq));
      this.last.push(Int32Array.from(kept, (x) => x.last));
      this.base.push(Float64Array.from(kept, (x) => p.weight[x.i]! * (delta * x.hq - p.arrival[x.i]!)));
      this.wd.push(Float64Array.from(kept, (x) => p.weight[x.i]! * delta));
      this.hi.push(new Int32Array(kept.length));
      // Groups of entries with equal grid handling and weight, each with a heap segment as long as the group.
      const groupKey = new Map<string, number>();
      const groupOf = new Int32Array(kept.length);
      const ghq: number[] = [];
      const gwd: number[] = [];
      const size: number[] = [];
      kept.forEach((x, e) => {
        const key = `${x.hq}/${p.weight[x.i]!}`;
        let gr = groupKey.get(key);
        if (gr === undefined) {
          gr = ghq.length;
          groupKey.set(key, gr);
          ghq.push(x.hq);
          gwd.push(p.weight[x.i]! * delta);
          size.push(0);
        }
        groupOf[e] = gr;
        size[gr]!++;
      });
      const gStart = new Int32Array(ghq.length);
      for (let gr = 1; gr < ghq.length; gr++) gStart[gr] = gStart[gr - 1]! + size[gr - 1]!;
      this.groupOf.push(groupOf);
      this.ghq.push(Int32Array.from(ghq));
      this.gwd.push(Float64Array.from(gwd));
      this.gStart.push(gStart);
    }
    this.built = true;
    if (hasSlot.some((v) => v === 0)) this.feasible = false;
  }

  get berths(): number {
    return this.p.m;
  }

  /**
   * L(λ); fills `count`, and hands each berth's best path (ships in order, its grid cost) to `onPath` when given.
   */
  evaluate(lambda: Float64Array, onPath?: PathSink): number {
    this.count.fill(0);
    this.evaluations++;
    let total = 0;
    for (const l of lambda) total += l;
    for (let k = 0; k < this.p.m; k++) total += this.berthPath(k, lambda, onPath);
    return total;
  }

  /** Grid cost of ship i starting at real time `start` at berth k: what a plan's path costs in the relaxation. */
  gridCost(i: number, k: number, start: number): number {
    const d = this.delta;
    const h = this.p.h[i * this.p.m + k]!;
    return this.p.weight[i]! * (d * (Math.floor(start / d + 1e-9) + Math.floor(h / d + 1e-9)) - this.p.arrival[i]!);
  }

  /**
   * min over berth-k paths of Σ (c − λ) (≤ 0: the empty path), by DP backwards in time; adds the ships of the
   * best path to `count` and leaves the path in `choice`. Only entries with c_ikt < λ_i can beat idling one step
   * (the DP value is non-decreasing in t), so each entry is active for t in [arrival, hi] only.
   */
  berthPath(k: number, lambda: Float64Array, onPath?: PathSink): number {
    const g = this.g;
    const choice = this.choice;
    const ship = this.ship[k]!;
    const hq = this.hq[k]!;
    const aq = this.aq[k]!;
    const base = this.base[k]!;
    const wd = this.wd[k]!;
    const hi = this.hi[k]!;
    const last = this.last[k]!;
    const bl = this.bl;
    const stop = this.nextStop[k]!;
    const len = ship.length;
    const t0 = this.tStart[k]!;
    const span = this.tEnd[k]! - t0 + 1;
    // Bucket the entries by the last step they are worth serving at (hi), so each joins its heap at t = hi.
    const head = this.bucketHead;
    const nextIn = this.bucketNext;
    head.fill(-1, 0, span);
    for (let e = 0; e < len; e++) {
      const l = lambda[ship[e]!]! - base[e]!;
      bl[e] = -l;
      const cut = wd[e]! > 0 ? Math.ceil(l / wd[e]!) - 1 : l > 0 ? last[e]! : -1;
      const h = Math.min(last[e]!, cut, t0 + span - 1);
      hi[e] = h;
      if (h < aq[e]!) continue;
      nextIn[e] = head[h - t0]!;
      head[h - t0] = e;
    }
    // Entries with the same grid handling and weight share g[t + h] and w·δ·t: per such group, only the active
    // entry with the least (base − λ) matters. A min-heap per group; entries that arrive after t drop off its top.
    const gOf = this.groupOf[k]!;
    const ghq = this.ghq[k]!;
    const gwd = this.gwd[k]!;
    const gStart = this.gStart[k]!;
    const G = ghq.length;
    const hs = this.heapSize;
    const heap = this.heap;
    hs.fill(0, 0, G);
    g.fill(0, 0, span + 1);
    for (let t = span - 1; t >= 0; t--) {
      const at = t + t0;
      for (let e = head[t]!; e >= 0; e = nextIn[e]!) {
        const gr = gOf[e]!;
        const off = gStart[gr]!;
        // sift up
        let c = hs[gr]!++;
        const key = bl[e]!;
        while (c > 0) {
          const parent = (c - 1) >> 1;
          const pe = heap[off + parent]!;
          if (bl[pe]! < key || (bl[pe]! === key && pe < e)) break;
          heap[off + c] = pe;
          c = parent;
        }
        heap[off + c] = e;
      }
      let best = g[t + 1]!;
      let ch = -1;
      const lim = stop[t]! - at;
      for (let gr = 0; gr < G; gr++) {
        let size = hs[gr]!;
        if (size === 0) continue;
        const off = gStart[gr]!;
        while (size > 0 && aq[heap[off]!]! > at) {
          // pop: move the last entry down from the root
          size--;
          const e = heap[off + size]!;
          const key = bl[e]!;
          let c = 0;
          for (;;) {
            let child = 2 * c + 1;
            if (child >= size) break;
            const r = child + 1;
            if (r < size) {
              const a = heap[off + child]!;
              const b = heap[off + r]!;
              if (bl[b]! < bl[a]! || (bl[b]! === bl[a]! && b < a)) child = r;
            }
            const ce = heap[off + child]!;
            if (key < bl[ce]! || (key === bl[ce]! && e < ce)) break;
            heap[off + c] = ce;
            c = child;
          }
          heap[off + c] = e;
        }
        hs[gr] = size;
        if (size === 0) continue;
        const hh = ghq[gr]!;
        if (hh > lim) continue;
        const end = t + hh;
        const e = heap[off]!;
        const v = bl[e]! + gwd[gr]! * at + (end <= span ? g[end]! : 0);
        if (v < best || (v === best && ch >= 0 && e < ch)) {
          best = v;
          ch = e;
        }
      }
      g[t] = best;
      choice[t] = ch;
    }
    const path = this.path;
    let len2 = 0;
    let cost = 0;
    for (let t = 0; t < span;) {
      const e = choice[t]!;
      if (e < 0) t++;
      else {
        this.count[ship[e]!]!++;
        path[len2++] = ship[e]!;
        cost += base[e]! + wd[e]! * (t + t0);
        t += hq[e]!;
      }
    }
    if (onPath !== undefined && len2 > 0) onPath(k, path.subarray(0, len2), cost, g[0]!);
    return g[0]!;
  }
}
