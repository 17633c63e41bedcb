import type { MonteCarloAccumulator } from "./MonteCarloAccumulator.ts";
import type { StopRule } from "./stopRule.ts";

/** Replications [from, to) of one scenario: the unit of work handed to a thread. */
export interface Batch {
  readonly from: number;
  readonly to: number;
}

export interface RunPlan {
  /** Replications to run; with a stop rule, the most that will be run. */
  readonly replications: number;
  /** Replications per batch (default `defaultBatchSize(replications)`); the stop rule is checked per batch. */
  readonly batchSize?: number;
  readonly until?: StopRule;
}

/** Why a run ended: every planned replication was folded, or the stop rule was met. */
export type RunOutcome = "completed" | "stopRuleMet";

/**
 * Batch size that depends on the plan only (never on the number of threads), so that where a stop rule stops —
 * and so every figure — is the same on one thread or many: about 16 batches, 1 to 25 replications each.
 */
export const defaultBatchSize = (replications: number): number =>
  Math.max(1, Math.min(25, Math.ceil(replications / 16)));

/**
 * The bookkeeping of one Monte Carlo run, independent of where replications are computed. Batches are handed
 * out in order (`next`), may come back in any order (`accept`), and are folded into the accumulator strictly
 * in replication order — so the estimates are bit-identical whatever the number of threads. Results that
 * arrive early wait in a reorder buffer; a driver bounds it by not handing out batches too far ahead of
 * `folded` (see `runPool`). After each folded batch the stop rule, if any, is checked.
 */
export class MonteCarloRun {
  readonly accumulator: MonteCarloAccumulator;
  readonly replications: number;
  readonly batchSize: number;
  readonly until: StopRule | undefined;
  private nextFrom = 0;
  private foldedTo = 0;
  private readonly buffer = new Map<number, { to: number; values: Float64Array }>();
  private stopped = false;

  constructor(accumulator: MonteCarloAccumulator, plan: RunPlan) {
    const { replications } = plan;
    if (!Number.isInteger(replications) || replications < 1)
      throw new Error(`MonteCarloRun: replications must be a whole number ≥ 1, got ${replications}`);
    const batchSize = plan.batchSize ?? defaultBatchSize(replications);
    if (!Number.isInteger(batchSize) || batchSize < 1)
      throw new Error(`MonteCarloRun: batch size must be a whole number ≥ 1, got ${batchSize}`);
    if (plan.until !== undefined && !accumulator.keys.includes(plan.until.key))
      throw new Error(`MonteCarloRun: stop rule on unknown KPI "${plan.until.key}"`);
    this.accumulator = accumulator;
    this.replications = replications;
    this.batchSize = batchSize;
    this.until = plan.until;
  }

  /** Replications folded into the accumulator so far. */
  get folded(): number {
    return this.foldedTo;
  }

  /** True once every planned replication is folded or the stop rule is met. */
  get done(): boolean {
    return this.stopped || this.foldedTo >= this.replications;
  }

  get outcome(): RunOutcome | undefined {
    return this.stopped ? "stopRuleMet" : this.foldedTo >= this.replications ? "completed" : undefined;
  }

  /** Replications handed out but not folded yet (in flight or buffered). */
  get ahead(): number {
    return this.nextFrom - this.foldedTo;
  }

  /** The next batch to compute, or undefined when none is left (or the run is done). */
  next(): Batch | undefined {
    if (this.done || this.nextFrom >= this.replications) return undefined;
    const from = this.nextFrom;
    const to = Math.min(this.replications, from + this.batchSize);
    this.nextFrom = to;
    return { from, to };
  }

  /**
   * Takes the KPI vectors of batch [from, to) (`(to − from) × stride` numbers) and folds every batch that is
   * now next in order. Results of a run that is already done are ignored.
   */
  accept(from: number, values: Float64Array): void {
    if (this.done) return;
    const to = Math.min(this.replications, from + this.batchSize);
    if (from < this.foldedTo || from >= this.nextFrom || this.buffer.has(from))
      throw new Error(`MonteCarloRun: unexpected batch from replication ${from}`);
    const stride = this.accumulator.stride;
    if (values.length !== (to - from) * stride)
      throw new Error(`MonteCarloRun: batch [${from}, ${to}) has ${values.length} numbers, expected ${(to - from) * stride}`);
    this.buffer.set(from, { to, values });
    for (let b = this.buffer.get(this.foldedTo); b !== undefined && !this.stopped; b = this.buffer.get(this.foldedTo)) {
      this.buffer.delete(this.foldedTo);
      this.accumulator.addMany(b.values, b.to - this.foldedTo);
      this.foldedTo = b.to;
      if (this.until !== undefined && this.accumulator.maxHalfWidth(this.until.key) <= this.until.halfWidth)
        this.stopped = true;
    }
    if (this.stopped) this.buffer.clear();
  }
}
