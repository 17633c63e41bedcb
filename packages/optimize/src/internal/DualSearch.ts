import type { Lagrangian } from "./Lagrangian.ts";

/** A method that raises the Lagrangian bound L(λ) one step at a time. */
export interface DualSearch {
  /** Best L(λ) so far (raw, before rounding). */
  readonly best: number;
  readonly steps: number;
  /** One step towards max L, given the incumbent's cost; false once no further step can help. */
  step(target: number): boolean;
}

/**
 * Subgradient ascent on L(λ): the Polyak step θ·(target − L)/‖g‖² along g = 1 − (times each ship is served in the
 * relaxed solution), θ halved after 20 steps without a better bound. Cheap per step, slow at the end; used when
 * the master LP of column generation would be too large for the dense simplex.
 */
export class Subgradient implements DualSearch {
  best: number;
  steps = 0;
  private readonly lambda: Float64Array;
  private theta = 1;
  private since = 0;

  constructor(
    private readonly lag: Lagrangian,
    start: Float64Array = lag.start,
  ) {
    this.lambda = Float64Array.from(start);
    this.best = 0;
    for (const v of lag.start) this.best += v;
  }

  step(target: number): boolean {
    if (this.theta < 1e-4) return false;
    const { lambda } = this;
    const count = this.lag.count;
    const value = this.lag.evaluate(lambda);
    this.steps++;
    if (value > this.best) {
      this.best = value;
      this.since = 0;
    } else if (++this.since >= 20) {
      this.theta /= 2;
      this.since = 0;
    }
    let norm = 0;
    for (const c of count) norm += (1 - c) * (1 - c);
    if (norm === 0) return false; // the relaxed solution is a plan: L is the optimum
    const len = (this.theta * Math.max(target - value, 1e-3 * Math.abs(target) + 1e-6)) / norm;
    for (let i = 0; i < lambda.length; i++) lambda[i]! += len * (1 - count[i]!);
    return true;
  }
}
