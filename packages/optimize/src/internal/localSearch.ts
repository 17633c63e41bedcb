import type { Random } from "@berthsim/core";
import type { Schedule } from "./Schedule.ts";

const EPS = 1e-9;

/** Fisher–Yates shuffle of 0..n−1 into `out`, from the seeded generator. */
export const shuffle = (out: Int32Array, rng: Random): Int32Array => {
  for (let i = 0; i < out.length; i++) out[i] = i;
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng.next() * (i + 1));
    const t = out[i]!;
    out[i] = out[j]!;
    out[j] = t;
  }
  return out;
};

/**
 * Relocate: take each ship (in random order) out and put it back at its cheapest place on any berth (its own
 * included) when that is cheaper than where it was. Returns whether anything moved.
 */
export const relocatePass = (s: Schedule, order: Int32Array, where: Int32Array, len = order.length): boolean => {
  let moved = false;
  for (let x = 0; x < len; x++) {
    const i = order[x]!;
    const k = s.berthOf[i]!;
    const before = s.total;
    const pos = s.remove(i);
    const gain = before - s.total;
    const d = s.bestInsertion(i, where);
    if (d < gain - EPS) {
      s.insert(where[0]!, where[1]!, i);
      moved = true;
    } else s.insert(k, pos, i);
  }
  return moved;
};

/**
 * Swap: exchange two ships, on two berths that can each take the other's ship, or within one berth. Pairs are
 * limited to ships whose starts lie within `window` hours of each other: farther swaps only add waiting in a
 * congested plan and cost most of the time. First improvement; returns whether anything moved.
 */
export const swapPass = (s: Schedule, window: number, tail: Int32Array, focus?: Uint8Array): boolean => {
  const p = s.p;
  const m = p.m;
  let moved = false;
  for (let k1 = 0; k1 < m; k1++) {
    for (let a = 0; a < s.seq[k1]!.length; a++) {
      const i = s.seq[k1]![a]!;
      const iFocus = focus === undefined || focus[i] === 1;
      // Within the berth: positions b > a.
      for (let b = a + 1; b < s.seq[k1]!.length; b++) {
        const s1 = s.seq[k1]!;
        const j = s1[b]!;
        if (!iFocus && focus![j] !== 1) continue;
        if (s.start[j]! - s.start[i]! > window) break;
        let len = 0;
        for (let q = a; q < s1.length; q++) tail[len++] = s1[q]!;
        tail[0] = j;
        tail[b - a] = i;
        if (s.tailDelta(k1, a, tail, len, b - a) < -EPS) {
          s1[a] = j;
          s1[b] = i;
          s.refresh(k1, a);
          moved = true;
          break;
        }
      }
      const iNow = s.seq[k1]![a]!;
      // Across berths k2 > k1.
      for (let k2 = k1 + 1; k2 < m; k2++) {
        if (Number.isNaN(p.h[iNow * m + k2]!)) continue;
        const s2 = s.seq[k2]!;
        for (let b = 0; b < s2.length; b++) {
          const j = s2[b]!;
          const dt = s.start[j]! - s.start[iNow]!;
          if (dt < -window) continue;
          if (dt > window) break;
          if (Number.isNaN(p.h[j * m + k1]!)) continue;
          if (focus !== undefined && focus[iNow] !== 1 && focus[j] !== 1) continue;
          const d = s.replaceDelta(k1, a, j) + s.replaceDelta(k2, b, iNow);
          if (d < -EPS) {
            s.seq[k1]![a] = j;
            s2[b] = iNow;
            s.berthOf[j] = k1;
            s.berthOf[iNow] = k2;
            s.refresh(k1, a);
            s.refresh(k2, b);
            moved = true;
            break;
          }
        }
        if (s.seq[k1]![a] !== iNow) break;
      }
    }
  }
  return moved;
};

/** Relocate and swap passes until neither improves: a local optimum for both neighbourhoods. */
export const localSearch = (s: Schedule, rng: Random, window: number): void => {
  const order = new Int32Array(s.p.n);
  const where = new Int32Array(2);
  const tail = new Int32Array(s.p.n);
  for (;;) {
    const a = relocatePass(s, shuffle(order, rng), where);
    const b = swapPass(s, window, tail);
    if (!a && !b) return;
  }
};

/**
 * Relocate and swap restricted to the ships starting within `window` hours of [from, to] (where a ruin-and-
 * recreate step changed the plan), until neither improves. Much cheaper than `localSearch` on large plans.
 */
export const focusedSearch = (
  s: Schedule,
  rng: Random,
  window: number,
  from: number,
  to: number,
  scratch: FocusScratch,
): void => {
  const { order, where, tail, focus } = scratch;
  const n = s.p.n;
  for (let round = 0; round < 20; round++) {
    let len = 0;
    focus.fill(0);
    for (let i = 0; i < n; i++) {
      const t = s.start[i]!;
      if (t >= from - window && t <= to + window) {
        order[len++] = i;
        focus[i] = 1;
      }
    }
    for (let x = len - 1; x > 0; x--) {
      const y = Math.floor(rng.next() * (x + 1));
      const t = order[x]!;
      order[x] = order[y]!;
      order[y] = t;
    }
    const a = relocatePass(s, order, where, len);
    const b = swapPass(s, window, tail, focus);
    if (!a && !b) return;
  }
};

export interface FocusScratch {
  readonly order: Int32Array;
  readonly where: Int32Array;
  readonly tail: Int32Array;
  readonly focus: Uint8Array;
}

export const focusScratch = (n: number): FocusScratch => ({
  order: new Int32Array(n),
  where: new Int32Array(2),
  tail: new Int32Array(n),
  focus: new Uint8Array(n),
});
