import { TimeOrder } from "./TimeOrder.ts";

/** Beyond this share of units changed since the last sort, sorting afresh is cheaper than patching. */
const PATCH_SHARE = 0.25;

/**
 * A `TimeOrder` that patches its last order rather than sorting afresh when most units are as they were: Monte
 * Carlo clears the calls of a replication once per rule set, and berthing differently changes the times of few of
 * them. `sortKeyed(…, key, generation)` gives exactly what `sort(hours, weight, label, n)` gives.
 *
 * Each unit comes with a key (`key[i]`, distinct within a sort, < `keyCount`) that names the same unit in every sort
 * of one `generation`, such that two units present in two sorts of a generation are in the same index order in both
 * (as a call's units are: calls keep their places, a call's units their order). Then the units whose time, weight
 * and label are unchanged keep their relative rank, and only the others need sorting and merging in.
 */
export class KeyedTimeOrder extends TimeOrder {
  private generation = NaN;
  private run = 0;
  /** The key of the unit of rank r of the last sort; `count` of them. */
  private rankKey = new Int32Array(0);
  private count = 0;
  // Per key: the run it was last sorted in, its time, weight and label then; `index` its index in this run.
  private seen = new Int32Array(0);
  private keyHours = new Float64Array(0);
  private keyWeight = new Float64Array(0);
  private keyLabel = new Int32Array(0);
  private index = new Int32Array(0);
  // Scratch: the changed units' indices; the kept units' indices, by rank; the indices 0, 1, …
  private changed = new Int32Array(0);
  private keptIndex = new Int32Array(0);
  private identity = new Int32Array(0);

  sortKeyed(
    hours: Float64Array,
    weight: Float64Array,
    label: Int32Array,
    n: number,
    key: Int32Array,
    keyCount: number,
    generation: number,
  ): void {
    if (keyCount > this.seen.length) this.growKeys(keyCount);
    if (n > this.changed.length) {
      const size = Math.max(n, 2 * this.changed.length, 256);
      this.changed = new Int32Array(size);
      this.keptIndex = new Int32Array(size);
      this.rankKey = copyInto(this.rankKey, new Int32Array(size));
    }
    const run = ++this.run;
    const { seen, keyHours, keyWeight, keyLabel, index, changed } = this;
    let m = 0;
    if (generation === this.generation)
      for (let i = 0; i < n; i++) {
        const k = key[i]!;
        const h = hours[i]!;
        const kh = keyHours[k]!;
        // The same time to the bit (−0 apart from 0, NaN alike), weight and label.
        if (seen[k] === run - 1 && (h === kh ? h !== 0 || 1 / h === 1 / kh : h !== h && kh !== kh) && same(keyWeight[k]!, weight[i]!) && keyLabel[k] === label[i]) {
          seen[k] = run;
          index[k] = i;
        } else changed[m++] = i;
      }
    const patching = generation === this.generation && m <= PATCH_SHARE * n;
    if (patching) this.patch(hours, weight, label, n, key, m);
    else this.sortAfresh(hours, weight, label, n, key);
    this.generation = generation;
    this.count = n;
    // Every unit's entry says this run: the changed units' (or, sorted afresh, all units') written now.
    const { rankKey } = this;
    if (patching)
      for (let j = 0; j < m; j++) this.enter(run, key[changed[j]!]!, hours[changed[j]!]!, weight[changed[j]!]!, label[changed[j]!]!);
    else for (let r = 0; r < n; r++) this.enter(run, rankKey[r]!, this.times[r]!, this.weights[r]!, this.labels[r]!);
  }

  private enter(run: number, k: number, hours: number, weight: number, label: number): void {
    this.seen[k] = run;
    this.keyHours[k] = hours;
    this.keyWeight[k] = weight;
    this.keyLabel[k] = label;
  }

  private sortAfresh(hours: Float64Array, weight: Float64Array, label: Int32Array, n: number, key: Int32Array): void {
    if (n > this.identity.length) this.identity = Int32Array.from({ length: Math.max(n, 2 * this.identity.length) }, (_, i) => i);
    // Sorted with each unit's index as its label, then the labels and keys put in by index.
    this.sort(hours, weight, this.identity, n);
    const { labels, rankKey } = this;
    for (let r = 0; r < n; r++) {
      const i = labels[r]!;
      labels[r] = label[i]!;
      rankKey[r] = key[i]!;
    }
  }

  /** The kept units in their last order, the `m` changed ones (indices in `changed`) sorted and merged in. */
  private patch(hours: Float64Array, weight: Float64Array, label: Int32Array, n: number, key: Int32Array, m: number): void {
    if (n > this.times.length) {
      const size = Math.max(n, 2 * this.times.length);
      this.times = copyInto(this.times, new Float64Array(size));
      this.weights = copyInto(this.weights, new Float64Array(size));
      this.labels = copyInto(this.labels, new Int32Array(size));
    }
    const { times, weights, labels, rankKey, seen, index, keptIndex, run } = this;
    // The kept units to the front, in rank order.
    let kept = 0;
    for (let r = 0; r < this.count; r++) {
      const k = rankKey[r]!;
      if (seen[k] !== run) continue;
      times[kept] = times[r]!;
      weights[kept] = weights[r]!;
      labels[kept] = labels[r]!;
      rankKey[kept] = k;
      keptIndex[kept++] = index[k]!;
    }
    const changed = this.changed.subarray(0, m).sort((a, b) => (before(hours, a, b) ? -1 : before(hours, b, a) ? 1 : 0));
    // Merged from the back, so the kept units move only up.
    let a = kept - 1;
    let b = m - 1;
    for (let w = n - 1; b >= 0; w--) {
      const j = changed[b]!;
      if (a >= 0 && !before(hours, keptIndex[a]!, j)) {
        times[w] = times[a]!;
        weights[w] = weights[a]!;
        labels[w] = labels[a]!;
        rankKey[w] = rankKey[a]!;
        a--;
      } else {
        times[w] = hours[j]!;
        weights[w] = weight[j]!;
        labels[w] = label[j]!;
        rankKey[w] = key[j]!;
        b--;
      }
    }
  }

  private growKeys(keyCount: number): void {
    const size = Math.max(keyCount, 2 * this.seen.length, 256);
    this.seen = copyInto(this.seen, new Int32Array(size));
    this.keyHours = copyInto(this.keyHours, new Float64Array(size));
    this.keyWeight = copyInto(this.keyWeight, new Float64Array(size));
    this.keyLabel = copyInto(this.keyLabel, new Int32Array(size));
    this.index = copyInto(this.index, new Int32Array(size));
  }
}

/**
 * Whether unit i ranks before unit j as `TimeOrder.sort` ranks them: by time, −0 and 0 alike, NaN last, ties by
 * index.
 */
const before = (hours: Float64Array, i: number, j: number): boolean => {
  const hi = hours[i]!;
  const hj = hours[j]!;
  if (hi < hj) return true;
  if (hi > hj) return false;
  // Equal, or NaN on one side or both.
  const nanI = hi !== hi;
  const nanJ = hj !== hj;
  return nanI === nanJ ? i < j : nanJ;
};

/** The same value (Object.is, unboxed). */
const same = (a: number, b: number): boolean => (a === b ? a !== 0 || 1 / a === 1 / b : a !== a && b !== b);

const copyInto = <T extends Int32Array | Float64Array>(old: T, into: T): T => {
  into.set(old as never);
  return into;
};
