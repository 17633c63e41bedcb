import type { DualSearch } from "./DualSearch.ts";
import type { Lagrangian } from "./Lagrangian.ts";
import { MasterLP } from "./MasterLP.ts";
import type { Schedule } from "./Schedule.ts";

/**
 * Maximises the Lagrangian bound L(π) by column generation (Kelley's cutting planes on the dual, stabilised by
 * Wentges smoothing): the master LP over the berth paths found so far gives duals π; the pricing DP at a point
 * between π and the best duals so far both evaluates L there (a valid bound whatever the point) and returns each
 * berth's cheapest path, added as a column when it prices out. It stops when no path prices out at the master's
 * own duals: then L = the master's value = the LP relaxation of the time-indexed model.
 */
export class ColumnGeneration implements DualSearch {
  readonly master: MasterLP;
  /** Best L(π) so far (raw). */
  best = -Infinity;
  readonly bestPi: Float64Array;
  converged = false;
  steps = 0;
  private readonly pi: Float64Array;
  private alpha = 0.5;
  private readonly n: number;

  constructor(
    private readonly lag: Lagrangian,
    bigM: Float64Array,
  ) {
    const n = (this.n = lag.count.length);
    this.master = new MasterLP(n, lag.berths, bigM);
    this.bestPi = Float64Array.from(lag.start);
    this.pi = new Float64Array(n);
    this.best = 0;
    for (const v of lag.start) this.best += v;
  }

  /** Adds the berth sequences of a plan as columns (their relaxation cost: grid starts). */
  addSchedule(s: Schedule): void {
    for (let k = 0; k < s.seq.length; k++) {
      const seq = s.seq[k]!;
      if (seq.length === 0) continue;
      let cost = 0;
      for (const i of seq) cost += this.lag.gridCost(i, k, s.start[i]!);
      this.add(k, Int32Array.from(seq), cost);
    }
  }

  private add(k: number, ships: Int32Array, cost: number): boolean {
    // Merge repeated ships (the relaxation may serve one twice) into one row entry with a count.
    const sorted = Int32Array.from(ships).sort();
    const rows: number[] = [];
    const vals: number[] = [];
    for (const i of sorted) {
      if (rows.length > 0 && rows[rows.length - 1] === i) vals[vals.length - 1]!++;
      else {
        rows.push(i);
        vals.push(1);
      }
    }
    rows.push(this.n + k);
    vals.push(1);
    const r = Int32Array.from(rows);
    const v = Float64Array.from(vals);
    if (this.master.reducedCost(cost, r, v) >= -1e-7) return false;
    this.master.addColumn(cost, r, v);
    return true;
  }

  /**
   * One round: simplex pivots on the master (a bounded number, so a round stays short), then pricing at the
   * smoothed duals. Returns false once converged — or if the simplex fails numerically, which leaves the best
   * bound found so far, still valid.
   */
  step(): boolean {
    if (this.converged) return false;
    this.steps++;
    let optimal: boolean;
    try {
      optimal = this.master.solve(50 * this.master.r);
    } catch {
      this.converged = true;
      return false;
    }
    const y = this.master.y;
    for (;;) {
      const a = this.alpha;
      for (let i = 0; i < this.n; i++) this.pi[i] = a * this.bestPi[i]! + (1 - a) * y[i]!;
      let added = 0;
      const value = this.lag.evaluate(this.pi, (k, ships, cost) => {
        if (this.add(k, ships, cost)) added++;
      });
      if (value > this.best) {
        this.best = value;
        this.bestPi.set(this.pi);
      }
      if (added > 0) {
        this.alpha = Math.min(0.9, this.alpha + 0.1);
        return true;
      }
      if (!optimal) return true; // the master is not done yet: no convergence to conclude
      if (a === 0) break;
      this.alpha = 0; // mispricing: price at the master's own duals
    }
    this.converged = true;
    return false;
  }
}
