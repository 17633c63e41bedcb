/** Buckets larger than this are sorted with a comparator rather than by insertion. */
const SMALL_BUCKET = 32;

/**
 * Clearance times in order, for their quantiles: after `sort(hours, weight, label, n)`, `times[r]`, `weights[r]`
 * and `labels[r]` are the time, weight and label (any number the caller tags a unit with) of the unit of rank r
 * (r < n), ranked by time, ties in index order (as a stable sort gives them), NaN times last. The weights and labels
 * travel with the times so that a pass in time order reads memory in order, not at random.
 *
 * A bucket sort: one bucket per unit over the range of the finite times, filled in index order, then each bucket
 * sorted by insertion (a large one, from clustered times, with a comparator). A run's times spread evenly enough
 * that this is a few passes over typed arrays, several times faster than any sort that compares.
 *
 * One object serves run after run: its arrays grow when a run needs more room and are never shrunk, so their
 * lengths are capacities; only the first n entries are the last sort's, and they are overwritten by the next.
 */
export class TimeOrder {
  times = new Float64Array(0);
  weights = new Float64Array(0);
  labels = new Int32Array(0);
  private bucket = new Uint32Array(0);
  private start = new Uint32Array(0);

  sort(hours: Float64Array, weight: Float64Array, label: Int32Array, n: number): void {
    if (n > this.times.length) {
      const size = Math.max(n, 2 * this.times.length, 256);
      this.times = new Float64Array(size);
      this.weights = new Float64Array(size);
      this.labels = new Int32Array(size);
      this.bucket = new Uint32Array(size);
      this.start = new Uint32Array(size + 4);
    }
    const { times, weights, labels, bucket, start } = this;
    let lo = Infinity;
    let hi = -Infinity;
    for (let i = 0; i < n; i++) {
      const h = hours[i]!;
      // Finite (NaN fails both).
      if (h > -Infinity && h < Infinity) {
        if (h < lo) lo = h;
        if (h > hi) hi = h;
      }
    }
    // Buckets: 0 for −∞, 1 … n for the finite times, n + 1 for +∞, n + 2 for NaN.
    const range = hi - lo;
    const scale = range > 0 && Number.isFinite(n / range) ? n / range : 0;
    start.fill(0, 0, n + 4);
    for (let i = 0; i < n; i++) {
      const h = hours[i]!;
      const b =
        h > -Infinity && h < Infinity
          ? 1 + Math.min(n - 1, Math.floor((h - lo) * scale))
          : h === -Infinity
            ? 0
            : h === Infinity
              ? n + 1
              : n + 2;
      bucket[i] = b;
      start[b + 1]!++;
    }
    for (let b = 1; b < n + 4; b++) start[b]! += start[b - 1]!;
    // Filling moves each bucket's start to its end: afterwards bucket b is [start[b − 1], start[b]), in index order.
    for (let i = 0; i < n; i++) {
      const at = start[bucket[i]!]!++;
      times[at] = hours[i]!;
      weights[at] = weight[i]!;
      labels[at] = label[i]!;
    }
    for (let b = 1; b <= n; b++) {
      const from = start[b - 1]!;
      const to = start[b]!;
      if (to - from > SMALL_BUCKET) this.sortLarge(from, to);
      else
        for (let k = from + 1; k < to; k++) {
          const h = times[k]!;
          let j = k - 1;
          if (!(times[j]! > h)) continue;
          const w = weights[k]!;
          const l = labels[k]!;
          for (; j >= from && times[j]! > h; j--) {
            times[j + 1] = times[j]!;
            weights[j + 1] = weights[j]!;
            labels[j + 1] = labels[j]!;
          }
          times[j + 1] = h;
          weights[j + 1] = w;
          labels[j + 1] = l;
        }
    }
  }

  /** Sorts the entries [from, to), in index order so far, by time, ties by place (so, still, by index). */
  private sortLarge(from: number, to: number): void {
    const { times, weights, labels } = this;
    // Often many equal times (exports released at lodging take 0 h), already in order.
    let sorted = true;
    for (let k = from + 1; k < to && sorted; k++) sorted = times[k - 1]! <= times[k]!;
    if (sorted) return;
    const places = Array.from({ length: to - from }, (_, j) => from + j).sort((x, y) => times[x]! - times[y]! || x - y);
    const [t, w, l] = [times.slice(from, to), weights.slice(from, to), labels.slice(from, to)];
    places.forEach((p, j) => {
      times[from + j] = t[p - from]!;
      weights[from + j] = w[p - from]!;
      labels[from + j] = l[p - from]!;
    });
  }
}
