import type { Snapshot } from "../../src/Snapshot.ts";

/**
 * The exact optimum of a tiny snapshot by enumeration, written apart from the solver: every ordered partition of
 * the ships over the berths (ship j goes into any of the j + m slots), each berth scheduled as early as its order
 * allows — which is optimal for a given order, since every cost and window only gets worse with a later start.
 * 7 ships on 3 berths: 9!/2 = 181,440 orders. Returns `Infinity` when no order keeps every window.
 */
export const bruteForce = (s: Snapshot): number => {
  const n = s.ships.length;
  const m = s.berths.length;
  const seqs: number[][] = s.berths.map(() => []);
  const berthCost = (k: number): number => {
    const berth = s.berths[k]!;
    let ready = berth.open;
    let total = 0;
    for (const i of seqs[k]!) {
      const ship = s.ships[i]!;
      const h = ship.handling[k];
      if (h === null || h === undefined) return Infinity;
      let t = Math.max(ready, ship.arrival);
      for (const c of berth.closures ?? []) if (t < c.end && t + h > c.start) t = c.end;
      if (t > (ship.latestStart ?? Infinity) || t + h > Math.min(ship.latestEnd ?? Infinity, berth.close ?? Infinity))
        return Infinity;
      total += ship.weight * (t + h - ship.arrival);
      ready = t + h;
    }
    return total;
  };
  let best = Infinity;
  const place = (j: number): void => {
    if (j === n) {
      let total = 0;
      for (let k = 0; k < m && total < best; k++) total += berthCost(k);
      if (total < best) best = total;
      return;
    }
    for (let k = 0; k < m; k++) {
      const seq = seqs[k]!;
      if (s.ships[j]!.handling[k] === null) continue;
      for (let pos = 0; pos <= seq.length; pos++) {
        seq.splice(pos, 0, j);
        place(j + 1);
        seq.splice(pos, 1);
      }
    }
  };
  place(0);
  return best;
};
