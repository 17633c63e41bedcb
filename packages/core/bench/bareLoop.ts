// The kernel benchmark's reference (kernel.bench.ts): the same M/M/c workload as a bare typed-array event loop.

/**
 * The bare loop: FCFS M/M/c with a binary min-heap in typed arrays keyed (time, kind) — departures before
 * arrivals at equal times, as in the kernel — and a FIFO queue in an Int32Array ring. The next arrival is
 * scheduled when one fires, so the heap never holds more than c + 1 events. Returns each call's wait, in `buffers`
 * when given (the bench reuses them from run to run, as `simulate` reuses its per-call arrays: a fresh 12 MB per
 * run would make V8 run full collections that trace the caller's million call objects, and land in any run).
 */
export const bareLoop = (
  arrival: Float64Array,
  service: Float64Array,
  c: number,
  buffers?: { readonly waits: Float64Array; readonly ring: Int32Array },
): { waits: Float64Array; meanWait: number } => {
  const n = arrival.length;
  const waits = buffers?.waits.subarray(0, n) ?? new Float64Array(n);
  const cap = c + 2;
  const hTime = new Float64Array(cap);
  const hKind = new Int32Array(cap); // 0 = departure, 1 = arrival
  const hCall = new Int32Array(cap);
  let size = 0;
  const ring = buffers !== undefined && n > 0 ? buffers.ring.subarray(0, n) : new Int32Array(n === 0 ? 1 : n);
  let head = 0;
  let tail = 0;
  let queued = 0;
  let free = c;
  let sumWait = 0;

  const push = (t: number, k: number, i: number): void => {
    let j = size++;
    while (j > 0) {
      const p = (j - 1) >> 1;
      const pt = hTime[p]!;
      if (pt < t || (pt === t && hKind[p]! <= k)) break;
      hTime[j] = pt;
      hKind[j] = hKind[p]!;
      hCall[j] = hCall[p]!;
      j = p;
    }
    hTime[j] = t;
    hKind[j] = k;
    hCall[j] = i;
  };

  if (n > 0) push(arrival[0]!, 1, 0);
  while (size > 0) {
    const t = hTime[0]!;
    const k = hKind[0]!;
    const i = hCall[0]!;
    // Pop: sift the last element down from the root.
    const last = --size;
    if (last > 0) {
      const lt = hTime[last]!;
      const lk = hKind[last]!;
      const li = hCall[last]!;
      let j = 0;
      for (;;) {
        let m = 2 * j + 1;
        if (m >= last) break;
        const r = m + 1;
        if (r < last && (hTime[r]! < hTime[m]! || (hTime[r] === hTime[m] && hKind[r]! < hKind[m]!))) m = r;
        if (hTime[m]! > lt || (hTime[m] === lt && hKind[m]! >= lk)) break;
        hTime[j] = hTime[m]!;
        hKind[j] = hKind[m]!;
        hCall[j] = hCall[m]!;
        j = m;
      }
      hTime[j] = lt;
      hKind[j] = lk;
      hCall[j] = li;
    }
    if (k === 1) {
      if (i + 1 < n) push(arrival[i + 1]!, 1, i + 1);
      if (free > 0) {
        free--;
        waits[i] = 0;
        push(t + service[i]!, 0, i);
      } else {
        ring[tail] = i;
        tail = tail + 1 === ring.length ? 0 : tail + 1;
        queued++;
      }
    } else if (queued > 0) {
      const q = ring[head]!;
      head = head + 1 === ring.length ? 0 : head + 1;
      queued--;
      const w = t - arrival[q]!;
      waits[q] = w;
      sumWait += w;
      push(t + service[q]!, 0, q);
    } else free++;
  }
  return { waits, meanWait: n > 0 ? sumWait / n : NaN };
};
