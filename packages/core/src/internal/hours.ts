import type { Closure } from "../Port.ts";

/** Hours of [a0, a1) within [b0, b1). */
export const overlap = (a0: number, a1: number, b0: number, b1: number): number => Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));

/** Hours of [from, to) covered by at least one closure; overlapping closures count once. */
export const closedHours = (closures: readonly Closure[], from: number, to: number): number => {
  const sorted = [...closures].sort((a, b) => a.start - b.start);
  let total = 0;
  let coveredTo = from;
  for (const c of sorted) {
    const start = Math.max(c.start, coveredTo);
    const end = Math.min(c.end, to);
    if (end > start) {
      total += end - start;
      coveredTo = end;
    }
  }
  return total;
};

/** Hours covered by at least one of the [start, end) pairs (flattened). */
export const unionHours = (pairs: readonly number[]): number => {
  const spans: { start: number; end: number }[] = [];
  for (let k = 0; k < pairs.length; k += 2) spans.push({ start: pairs[k]!, end: pairs[k + 1]! });
  spans.sort((a, b) => a.start - b.start);
  let total = 0;
  let coveredTo = -Infinity;
  for (const s of spans) {
    const start = Math.max(s.start, coveredTo);
    if (s.end > start) {
      total += s.end - start;
      coveredTo = s.end;
    }
  }
  return total;
};
