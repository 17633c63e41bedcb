import type { VesselCall } from "../VesselCall.ts";

/**
 * Merges lists of calls, each in (arrival, id) order, into one list in that order; calls with the same arrival and
 * id come in list order. That is exactly the stable sort of the lists' concatenation by (arrival, id).
 *
 * A k-way merge: a binary heap of the lists, keyed by their next call's (arrival, id, list index) — a strict order,
 * so the heap's choices are forced. The next arrivals sit in a Float64Array, so most comparisons read no call.
 */
export const mergeCalls = (lists: readonly (readonly VesselCall[])[]): VesselCall[] => {
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
