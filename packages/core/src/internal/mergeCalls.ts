import type { VesselCall } from "../VesselCall.ts";

/** A list of calls in (arrival, id) order, with its arrival times alongside, so that most comparisons read no call. */
interface Run {
  readonly calls: readonly VesselCall[];
  readonly arrival: Float64Array;
}

/**
 * Merges two runs: a call of `b` goes before one of `a` only when strictly earlier by (arrival, id), so calls equal
 * in both keep `a`'s first. (Arrivals are compared with `<` and `===`, as `byArrivalThenId` orders them: never NaN.)
 */
const mergeTwo = (a: Run, b: Run): Run => {
  const na = a.calls.length;
  const nb = b.calls.length;
  const calls: VesselCall[] = [];
  const arrival = new Float64Array(na + nb);
  let i = 0;
  let j = 0;
  while (i < na && j < nb) {
    const ta = a.arrival[i]!;
    const tb = b.arrival[j]!;
    if (tb < ta || (tb === ta && b.calls[j]!.id < a.calls[i]!.id)) {
      arrival[calls.length] = tb;
      calls.push(b.calls[j++]!);
    } else {
      arrival[calls.length] = ta;
      calls.push(a.calls[i++]!);
    }
  }
  for (; i < na; i++) {
    arrival[calls.length] = a.arrival[i]!;
    calls.push(a.calls[i]!);
  }
  for (; j < nb; j++) {
    arrival[calls.length] = b.arrival[j]!;
    calls.push(b.calls[j]!);
  }
  return { calls, arrival };
};

/**
 * Merges lists of calls, each in (arrival, id) order, into one list in that order; calls with the same arrival and
 * id come in list order. That is exactly the stable sort of the lists' concatenation by (arrival, id).
 *
 * Neighbouring lists are merged in pairs, round after round (a bottom-up merge sort whose runs are the lists):
 * stable because a merge keeps the left list's call on a full tie, and each call is compared about log2(lists)
 * times, on arrival times kept in Float64Arrays.
 */
export const mergeCalls = (lists: readonly (readonly VesselCall[])[]): VesselCall[] => {
  let runs: Run[] = lists.map((calls) => ({ calls, arrival: Float64Array.from(calls, (c) => c.arrival) }));
  if (runs.length === 0) return [];
  while (runs.length > 1) {
    const next: Run[] = [];
    for (let k = 0; k < runs.length; k += 2) next.push(k + 1 < runs.length ? mergeTwo(runs[k]!, runs[k + 1]!) : runs[k]!);
    runs = next;
  }
  // A single list is copied, as the merge of several is a new array.
  return [...runs[0]!.calls];
};
