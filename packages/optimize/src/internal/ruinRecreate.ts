import type { Random } from "@berthsim/core";
import type { Schedule } from "./Schedule.ts";

const pick = (rng: Random, n: number): number => Math.floor(rng.next() * n);

/**
 * Chooses `q` ships to take out: at random, or the ships starting nearest in time to a random one (a time slice
 * across berths, where reordering pays), or a window of a random ship's berth plus one or two other berths that
 * can take it. Writes them to `out`, returns how many.
 */
export const ruin = (
  s: Schedule,
  rng: Random,
  q: number,
  out: Int32Array,
  key: Float64Array,
  idx: Int32Array,
): number => {
  const p = s.p;
  const n = p.n;
  q = Math.min(q, n);
  const kind = rng.next();
  if (kind < 0.2) {
    for (let i = 0; i < n; i++) idx[i] = i;
    for (let c = 0; c < q; c++) {
      const j = c + pick(rng, n - c);
      const t = idx[c]!;
      idx[c] = idx[j]!;
      idx[j] = t;
      out[c] = idx[c]!;
    }
    return q;
  }
  const r = pick(rng, n);
  const t0 = s.start[r]!;
  if (kind < 0.6) {
    for (let i = 0; i < n; i++) {
      idx[i] = i;
      key[i] = Math.abs(s.start[i]! - t0) + rng.next();
    }
    const sorted = Array.from(idx).sort((a, b) => key[a]! - key[b]!);
    for (let c = 0; c < q; c++) out[c] = sorted[c]!;
    return q;
  }
  // A block of two or three berths around the same time.
  const ks = [s.berthOf[r]!];
  const others = p.berthsOf[r]!.filter((k) => k !== ks[0]);
  const extra = Math.min(others.length, 1 + pick(rng, 2));
  for (let c = 0; c < extra; c++) {
    const j = pick(rng, others.length - c) + c;
    const t = others[c]!;
    others[c] = others[j]!;
    others[j] = t;
    ks.push(others[c]!);
  }
  let cnt = 0;
  for (const k of ks)
    for (const i of s.seq[k]!) {
      idx[cnt] = i;
      key[i] = Math.abs(s.start[i]! - t0) + rng.next();
      cnt++;
    }
  const sorted = Array.from(idx.subarray(0, cnt)).sort((a, b) => key[a]! - key[b]!);
  const take = Math.min(q, cnt);
  for (let c = 0; c < take; c++) out[c] = sorted[c]!;
  return take;
};

/** Takes the ships out (each berth recomputed once) and puts them back one by one at their cheapest place. */
export const recreate = (s: Schedule, rng: Random, removed: Int32Array, count: number, key: Float64Array): void => {
  const p = s.p;
  const touched = new Uint8Array(p.m);
  const first = new Int32Array(p.m).fill(2 ** 30);
  for (let c = 0; c < count; c++) {
    const i = removed[c]!;
    const k = s.berthOf[i]!;
    const seq = s.seq[k]!;
    const pos = seq.indexOf(i);
    seq.splice(pos, 1);
    s.berthOf[i] = -1;
    touched[k] = 1;
    if (pos < first[k]!) first[k] = pos;
  }
  for (let k = 0; k < p.m; k++) if (touched[k]) s.refresh(k, first[k]!);
  // Reinsert by arrival, jittered so that close arrivals are tried in either order.
  const jitter = rng.next() < 0.5 ? 0 : 8 * rng.next();
  const order = Array.from(removed.subarray(0, count));
  for (const i of order) key[i] = p.arrival[i]! + jitter * rng.next();
  if (rng.next() < 0.15) for (const i of order) key[i] = rng.next();
  order.sort((a, b) => key[a]! - key[b]!);
  const where = new Int32Array(2);
  for (const i of order) {
    s.bestInsertion(i, where);
    s.insert(where[0]!, where[1]!, i);
  }
};
