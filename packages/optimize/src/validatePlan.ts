import type { Plan } from "./Plan.ts";
import type { Snapshot } from "./Snapshot.ts";

export interface PlanCheck {
  readonly valid: boolean;
  /** One line per broken rule, naming the ship and the berth. */
  readonly errors: readonly string[];
  /** Σ weight · (end − arrival) over the assigned ships. */
  readonly objective: number;
}

/**
 * Checks a plan against its snapshot, independently of the solver: every ship exactly once, at a berth it can
 * use, for exactly its handling time there, starting no earlier than its arrival and the berth's opening, ending
 * no later than the berth's closing, clear of the berth's closures, within the ship's own window (latest start,
 * latest end), and no two ships overlapping at a berth. `tolerance` (hours) absorbs floating-point noise.
 */
export const validatePlan = (snapshot: Snapshot, plan: Plan, tolerance = 1e-9): PlanCheck => {
  const errors: string[] = [];
  const shipIndex = new Map(snapshot.ships.map((s, i) => [s.id, i]));
  const berthIndex = new Map(snapshot.berths.map((b, k) => [b.id, k]));
  const seen = new Array<number>(snapshot.ships.length).fill(0);
  const byBerth: { ship: string; start: number; end: number }[][] = snapshot.berths.map(() => []);
  let objective = 0;
  for (const a of plan) {
    const i = shipIndex.get(a.ship);
    if (i === undefined) {
      errors.push(`ship "${a.ship}": not in the snapshot`);
      continue;
    }
    seen[i]!++;
    const ship = snapshot.ships[i]!;
    const k = berthIndex.get(a.berth);
    const at = `ship "${a.ship}" at berth "${a.berth}"`;
    if (k === undefined) {
      errors.push(`${at}: no such berth`);
      continue;
    }
    const berth = snapshot.berths[k]!;
    const h = ship.handling[k];
    if (h === null || h === undefined) {
      errors.push(`${at}: the ship cannot use this berth`);
      continue;
    }
    objective += ship.weight * (a.end - ship.arrival);
    if (Math.abs(a.end - a.start - h) > tolerance)
      errors.push(`${at}: occupies ${a.end - a.start} h, handling takes ${h} h`);
    if (a.start < ship.arrival - tolerance)
      errors.push(`${at}: starts at ${a.start}, before its arrival ${ship.arrival}`);
    if (a.start < berth.open - tolerance)
      errors.push(`${at}: starts at ${a.start}, before the berth opens at ${berth.open}`);
    if (berth.close !== undefined && a.end > berth.close + tolerance)
      errors.push(`${at}: ends at ${a.end}, after the berth closes at ${berth.close}`);
    if (ship.latestStart !== undefined && a.start > ship.latestStart + tolerance)
      errors.push(`${at}: starts at ${a.start}, after its latest start ${ship.latestStart}`);
    if (ship.latestEnd !== undefined && a.end > ship.latestEnd + tolerance)
      errors.push(`${at}: ends at ${a.end}, after its latest end ${ship.latestEnd}`);
    for (const c of berth.closures ?? [])
      if (a.start < c.end - tolerance && a.end > c.start + tolerance)
        errors.push(`${at}: [${a.start}, ${a.end}) overlaps the closure [${c.start}, ${c.end})`);
    byBerth[k]!.push({ ship: a.ship, start: a.start, end: a.end });
  }
  seen.forEach((c, i) => {
    if (c === 0) errors.push(`ship "${snapshot.ships[i]!.id}": not in the plan`);
    else if (c > 1) errors.push(`ship "${snapshot.ships[i]!.id}": planned ${c} times`);
  });
  byBerth.forEach((list, k) => {
    list.sort((x, y) => x.start - y.start);
    for (let q = 1; q < list.length; q++)
      if (list[q]!.start < list[q - 1]!.end - tolerance)
        errors.push(
          `berth "${snapshot.berths[k]!.id}": ship "${list[q]!.ship}" starts at ${list[q]!.start}, before ship "${list[q - 1]!.ship}" leaves at ${list[q - 1]!.end}`,
        );
  });
  return { valid: errors.length === 0, errors, objective };
};
