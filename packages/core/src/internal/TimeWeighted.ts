/**
 * Time-weighted average and maximum of a step function (queue length, anchorage occupancy) over the
 * observation window [from, to): the warm-up is excluded, as is everything after the horizon.
 */
export class TimeWeighted {
  private value = 0;
  private since = 0;
  private area = 0;
  private peak = 0;
  /** Hours during which `value` was at or above `threshold` (for "time at capacity"). */
  private hoursAtThreshold = 0;

  constructor(
    private readonly from: number,
    private readonly to: number,
    private readonly threshold = Infinity,
  ) {}

  /** The value changes to `next` at time t (t never decreases). */
  set(t: number, next: number): void {
    this.accumulate(t);
    this.value = next;
    if (t >= this.from && t < this.to && next > this.peak) this.peak = next;
  }

  get current(): number {
    return this.value;
  }

  private accumulate(t: number): void {
    // A second change within one instant adds nothing (b ≤ a below) and cannot pass `from` (a ship that arrives
    // and berths at once sets the queue twice at one t).
    if (t === this.since) return;
    const a = Math.max(this.since, this.from);
    const b = Math.min(t, this.to);
    if (b > a) {
      this.area += this.value * (b - a);
      if (this.value >= this.threshold) this.hoursAtThreshold += b - a;
    }
    if (this.since < this.from && t >= this.from && this.value > this.peak) this.peak = this.value;
    this.since = t;
  }

  /** Closes the window and returns the summary. */
  finish(): { mean: number; max: number; hoursAtThreshold: number } {
    this.accumulate(this.to);
    const span = this.to - this.from;
    return { mean: span > 0 ? this.area / span : 0, max: this.peak, hoursAtThreshold: this.hoursAtThreshold };
  }
}
