import type { Snapshot } from "../Snapshot.ts";

/**
 * Penalty per hour of a broken hard window (ship deadline, berth closing). A plan that breaks one only comes out of
 * the solver when no plan keeps them all; `validatePlan` then lists what is broken.
 */
export const VIOLATION_PENALTY = 1e6;

/**
 * A snapshot compiled to flat typed arrays, the form every algorithm here works on. Ship i at berth k:
 * `h[i * m + k]`, NaN when forbidden. Berth closures become flat [start, end) pairs per berth.
 */
export class Problem {
  readonly n: number;
  readonly m: number;
  readonly arrival: Float64Array;
  readonly weight: Float64Array;
  readonly h: Float64Array;
  readonly berthsOf: readonly Int32Array[];
  readonly open: Float64Array;
  readonly close: Float64Array;
  readonly closures: readonly Float64Array[];
  readonly latestStart: Float64Array;
  readonly latestEnd: Float64Array;
  /** True when every time, handling and weight is an integer, so every plan's objective is an integer. */
  readonly integral: boolean;
  /** Latest start of ship i at berth k that keeps every window: `safe[i * m + k]`. */
  readonly safe: Float64Array;

  constructor(readonly snapshot: Snapshot) {
    const { ships, berths } = snapshot;
    const n = (this.n = ships.length);
    const m = (this.m = berths.length);
    this.arrival = Float64Array.from(ships, (s) => s.arrival);
    this.weight = Float64Array.from(ships, (s) => s.weight);
    this.latestStart = Float64Array.from(ships, (s) => s.latestStart ?? Infinity);
    this.latestEnd = Float64Array.from(ships, (s) => s.latestEnd ?? Infinity);
    this.open = Float64Array.from(berths, (b) => b.open);
    this.close = Float64Array.from(berths, (b) => b.close ?? Infinity);
    this.closures = berths.map((b) => Float64Array.from((b.closures ?? []).flatMap((c) => [c.start, c.end])));
    this.h = new Float64Array(n * m).fill(NaN);
    const berthsOf: Int32Array[] = [];
    let integral = true;
    const isInt = (x: number) => !Number.isFinite(x) || Number.isInteger(x);
    ships.forEach((s, i) => {
      if (s.handling.length !== m)
        throw new Error(`ship "${s.id}": ${s.handling.length} handling times for ${m} berths`);
      const ks: number[] = [];
      s.handling.forEach((v, k) => {
        if (v === null) return;
        if (!(v > 0)) throw new Error(`ship "${s.id}": handling ${v} h at berth "${berths[k]!.id}" is not positive`);
        this.h[i * m + k] = v;
        ks.push(k);
        integral &&= isInt(v);
      });
      if (ks.length === 0) throw new Error(`ship "${s.id}": no berth can take it (every handling time is null)`);
      berthsOf.push(Int32Array.from(ks));
      integral &&= isInt(s.arrival) && isInt(s.weight);
    });
    this.berthsOf = berthsOf;
    for (const b of berths)
      integral &&=
        isInt(b.open) && isInt(b.close ?? Infinity) && (b.closures ?? []).every((c) => isInt(c.start) && isInt(c.end));
    this.integral = integral;
    this.safe = new Float64Array(n * m);
    for (let i = 0; i < n; i++)
      for (let k = 0; k < m; k++)
        this.safe[i * m + k] = Math.min(
          this.latestStart[i]!,
          Math.min(this.latestEnd[i]!, this.close[k]!) - this.h[i * m + k]!,
        );
  }

  /** Earliest start at berth k for ship i once the berth is free at `ready`: after arrival, opening and closures. */
  est(i: number, k: number, ready: number): number {
    let t = ready;
    const a = this.arrival[i]!;
    if (a > t) t = a;
    const o = this.open[k]!;
    if (o > t) t = o;
    const c = this.closures[k]!;
    if (c.length === 0) return t;
    const h = this.h[i * this.m + k]!;
    for (let j = 0; j < c.length; j += 2) if (t < c[j + 1]! && t + h > c[j]!) t = c[j + 1]!;
    return t;
  }

  /** Hours by which a start at t breaks ship i's window or berth k's closing (0 when it keeps them). */
  violation(i: number, k: number, t: number): number {
    const end = t + this.h[i * this.m + k]!;
    return Math.max(0, t - this.latestStart[i]!) + Math.max(0, end - Math.min(this.latestEnd[i]!, this.close[k]!));
  }

  /** Weighted service time of ship i starting at t at berth k, plus the penalty for a broken window. */
  cost(i: number, k: number, t: number): number {
    const ik = i * this.m + k;
    const end = t + this.h[ik]!;
    const c = this.weight[i]! * (end - this.arrival[i]!);
    if (t <= this.safe[ik]!) return c;
    const late =
      Math.max(0, t - this.latestStart[i]!) + Math.max(0, end - Math.min(this.latestEnd[i]!, this.close[k]!));
    return late > 0 ? c + VIOLATION_PENALTY * late : c;
  }
}
