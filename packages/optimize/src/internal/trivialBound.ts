import type { Problem } from "./Problem.ts";

/**
 * Per ship, the least weighted service time it can have on its own: min over berths of w · (earliest start + h −
 * arrival), counting only berths where that start keeps its windows (a later start only breaks them more). The sum
 * is a lower bound; an `Infinity` entry means the ship fits nowhere, so no plan keeps every window.
 */
export const trivialPerShip = (p: Problem): Float64Array => {
  const out = new Float64Array(p.n).fill(Infinity);
  for (let i = 0; i < p.n; i++)
    for (const k of p.berthsOf[i]!) {
      const t = p.est(i, k, -Infinity);
      if (p.violation(i, k, t) > 0) continue;
      const c = p.cost(i, k, t);
      if (c < out[i]!) out[i] = c;
    }
  return out;
};
