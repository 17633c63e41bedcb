/**
 * The maximum of a step function (ships at an anchorage) in each bucket of `bucketHours` over [0, horizon): a
 * series of bounded size that a chart can draw, however many times the value changed.
 */
export class BucketMax {
  readonly max: number[];
  private value = 0;
  /** Buckets before this one have been filled with every value they saw. */
  private bucket = 0;

  constructor(
    private readonly bucketHours: number,
    horizon: number,
  ) {
    this.max = new Array<number>(Math.max(0, Math.ceil(horizon / bucketHours))).fill(0);
  }

  /** The value changes to `next` at t (t never decreases). */
  set(t: number, next: number): void {
    const b = Math.min(Math.floor(t / this.bucketHours), this.max.length);
    // The old value held from the last change to t: through the buckets before this one, and into this one
    // unless t is its very start.
    const last = b < this.max.length && t > b * this.bucketHours ? b : b - 1;
    for (let k = this.bucket; k <= last; k++) if (this.value > this.max[k]!) this.max[k] = this.value;
    this.bucket = b;
    this.value = next;
    if (b < this.max.length && next > this.max[b]!) this.max[b] = next;
  }

  /** Fills the buckets up to the horizon and returns the series. */
  finish(): number[] {
    this.set(this.max.length * this.bucketHours, this.value);
    return this.max;
  }
}

/** Bucket length for a series over `horizon` hours: a day, or longer so that there are at most 2,000 buckets. */
export const bucketHoursFor = (horizon: number): number => 24 * Math.max(1, Math.ceil(horizon / (24 * 2000)));
