import type { ScheduleIndex } from "./Schedule.ts";
import { goesBefore, pastCap, rankOf } from "./dispatchOrder.ts";
import { fitsOnQuayAt } from "./quay.ts";
import { sweep } from "./sweep.ts";
import { couldBerthAt } from "./usable.ts";
import { violation, type Violation } from "./Violation.ts";

/**
 * Who goes first. Whenever the schedule berths ship x at berth b at instant t, no ship still waiting after t
 * that could have berthed at b at t (its queue scope, compatible, finishing before b's next closure) comes
 * before x in the rule set's order at t:
 * - `fcfs`: earlier arrival (same instant: lower id);
 * - `priority`: higher class (lower rank in `classOrder`), or the same class and earlier arrival (then lower id);
 * - `cappedPriority`: a ship that has waited `capHours` at t comes before every ship that has not, and such
 *   ships go FCFS among themselves; ships below the cap go as under `priority`. So a ship below the cap is
 *   berthed ahead of a waiting ship that could use the berth only if that ship is below the cap too and ranks
 *   lower; a ship past the cap only ahead of ships below the cap or past it and arrived later.
 * Ships berthed at the same instant t at other berths are not "waiting": among simultaneous berthings the
 * dispatcher's choice of berth decides, not the order.
 * At a shared quay, "could have berthed at b" means: could have been placed there instead of x (beside the other
 * ships alongside or berthed at t); a ship that fits nowhere on the quay may see a smaller, later one berthed.
 */
export const checkOrder = (index: ScheduleIndex): Violation[] => {
  const { input, usable } = index;
  const { rules } = input;
  const out: Violation[] = [];
  // A planner's order is no rule to check (see checkSchedule).
  if (rules.kind === "optimised") return out;
  const kind = rules.kind;
  sweep(index, (instant) => {
    const { t, berthings, waiting } = instant;
    for (const x of berthings) {
      const ahead = waiting.filter(
        (y) =>
          goesBefore(rules, t, y, x.call) &&
          couldBerthAt(input.port, usable.get(y.id)!, x.berth, y, t) &&
          (x.berth.quay === undefined || fitsOnQuayAt(instant, x.berth, y, x.call)),
      );
      if (ahead.length === 0) continue;
      const y = ahead[0]!;
      const describe = (c: typeof y): string =>
        rules.kind === "fcfs"
          ? `"${c.id}" (arrived ${c.arrival} h)`
          : `"${c.id}" (${c.tradeClass}, rank ${rankOf(rules, c.tradeClass)}, arrived ${c.arrival} h${
              pastCap(rules, t, c) ? ", past the cap" : ""
            })`;
      const more = ahead.length > 1 ? ` and ${ahead.length - 1} more` : "";
      const message =
        `at ${t} h berth "${x.berth.id}" goes to ${describe(x.call)} while ${describe(y)}${more} waits, ` +
        `could berth there, and comes first under ${rules.kind}`;
      out.push(violation(kind, [x.call.id, ...ahead.map((c) => c.id)], message, { berth: x.berth.id, t }));
    }
  });
  return out;
};
