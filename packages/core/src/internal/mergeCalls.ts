import type { VesselCall } from "../VesselCall.ts";

/** A bucket holding more calls than this sends the merge back to the heap (insertion sort is quadratic). */
const MAX_BUCKET = 32;

/**
 * Merges lists of calls, each in (arrival, id) order, into one list in that order; calls with the same arrival and
 * id come in list order. That is exactly the stable sort of the lists' concatenation by (arrival, id).
 *
 * Usually a bucket sort: one bucket per call over the range of arrivals (a call's bucket never decreases with its
 * arrival), filled in list order, each bucket then put in (arrival, id) order by a stable insertion sort — a few
 * linear passes with predictable branches. When the arrivals are not all finite, all equal, or crowd into a few
 * buckets, a k-way merge: a binary heap of the lists, keyed by their next call's (arrival, id, list index) — a strict
 * order, so the heap's choices are forced. Its next arrivals sit in a Float64Array, so most comparisons read no call.
 */
export const mergeCalls = (lists: readonly (readonly VesselCall[])[]): VesselCall[] =>
  mergeByBuckets(lists) ?? mergeByHeap(lists);

/** The k-way merge of `mergeCalls`. */
export const mergeByHeap = (lists: readonly (readonly VesselCall[])[]): VesselCall[] => {
  const k = lists.length;
  const next = new Int32Array(k); // position of each list's next call
  const head = new Float64Array(k); // its arrival
  const heap = new Int32Array(k);
  let size = 0;
  const before = (a: number, b: number): boolean => {
    const ta = head[a]!;
    const tb = head[b]!;
    if (ta !== tb) return ta < tb;
    const ia = lists[a]![next[a]!]!.id;
    const ib = lists[b]![next[b]!]!.id;
    return ia !== ib ? ia < ib : a < b;
  };
  const siftDown = (from: number): void => {
    const x = heap[from]!;
    let i = from;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= size) break;
      const c = l + 1 < size && before(heap[l + 1]!, heap[l]!) ? l + 1 : l;
      if (!before(heap[c]!, x)) break;
      heap[i] = heap[c]!;
      i = c;
    }
    heap[i] = x;
  };
  let total = 0;
  for (let j = 0; j < k; j++) {
    const list = lists[j]!;
    total += list.length;
    if (list.length === 0) continue;
    head[j] = list[0]!.arrival;
    heap[size++] = j;
  }
  for (let i = (size >> 1) - 1; i >= 0; i--) siftDown(i);
  const out: VesselCall[] = [];
  for (let n = 0; n < total; n++) {
    const j = heap[0]!;
    const list = lists[j]!;
    out.push(list[next[j]!]!);
    const p = ++next[j]!;
    if (p < list.length) head[j] = list[p]!.arrival;
    else heap[0] = heap[--size]!;
    if (size > 0) siftDown(0);
  }
  return out;
};

/** The bucket sort of `mergeCalls`, or undefined when it does not apply (see there). */
export const mergeByBuckets = (lists: readonly (readonly VesselCall[])[]): VesselCall[] | undefined => {
  let total = 0;
  for (const list of lists) total += list.length;
  const arrival = new Float64Array(total);
  let min = Infinity;
  let max = -Infinity;
  let n = 0;
  for (const list of lists)
    for (let p = 0; p < list.length; p++) {
      const t = list[p]!.arrival;
      if (!Number.isFinite(t)) return undefined;
      arrival[n++] = t;
      if (t < min) min = t;
      if (t > max) max = t;
    }
  const width = (max - min) / total;
  if (!(width > 0 && Number.isFinite(width))) return undefined;
  // Bucket of the n-th call (concatenation order), and the buckets' starts (counting sort).
  const bucket = new Int32Array(total);
  const start = new Int32Array(total + 1);
  for (let i = 0; i < total; i++) {
    const b = Math.min(total - 1, Math.floor((arrival[i]! - min) / width));
    bucket[i] = b;
    if (++start[b + 1]! > MAX_BUCKET) return undefined;
  }
  for (let b = 0; b < total; b++) start[b + 1]! += start[b]!;
  // Scatter in concatenation order, so that each bucket starts in list order (what makes the sort stable).
  const order = new Int32Array(total);
  const fill = start.slice(0, total);
  for (let i = 0; i < total; i++) order[fill[bucket[i]!]!++] = i;
  const calls: VesselCall[] = [];
  for (const list of lists) for (let p = 0; p < list.length; p++) calls.push(list[p]!);
  const out: VesselCall[] = [];
  for (let b = 0; b < total; b++) {
    const from = start[b]!;
    const to = start[b + 1]!;
    // Stable insertion sort of the bucket by (arrival, id): a call moves left only past calls strictly after it.
    for (let x = from + 1; x < to; x++) {
      const i = order[x]!;
      const t = arrival[i]!;
      let y = x;
      for (; y > from; y--) {
        const h = order[y - 1]!;
        const th = arrival[h]!;
        if (!(t < th || (t === th && calls[i]!.id < calls[h]!.id))) break;
        order[y] = h;
      }
      order[y] = i;
    }
    for (let x = from; x < to; x++) out.push(calls[order[x]!]!);
  }
  return out;
};
