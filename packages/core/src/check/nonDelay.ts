import type { ScheduleIndex } from "./Schedule.ts";
import { fitsOnQuayAt } from "./quay.ts";
import { sweep } from "./sweep.ts";
import { couldBerthAt } from "./usable.ts";
import { violation, type Violation } from "./Violation.ts";

/**
 * Non-delay, under every rule set: at each decision instant t before the horizon, once the schedule's berthings
 * at t are made, no berth is idle while a waiting ship could berth there at t. The exceptions are exactly those
 * of `couldBerthAt`: the berth is outside the ship's queue scope or cannot take it, or the ship could not finish
 * (shift time plus handling) before one of the berth's closures. A berth is busy from berthing start to end, so
 * during the shift time too; nothing is berthed at or after the horizon. A shared quay is never idle as a
 * whole: it breaks the rule when a waiting ship that may use it could be placed beside the ships alongside.
 */
export const checkNonDelay = (index: ScheduleIndex): Violation[] => {
  const { input, usable } = index;
  const out: Violation[] = [];
  sweep(index, (instant) => {
    const { t, waiting, idle, alongside } = instant;
    if (!(t < input.horizon)) return;
    for (const berth of [...idle, ...alongside.keys()]) {
      const could = waiting.filter(
        (c) =>
          couldBerthAt(input.port, usable.get(c.id)!, berth, c, t) &&
          (berth.quay === undefined || fitsOnQuayAt(instant, berth, c)),
      );
      if (could.length === 0) continue;
      const names = could.map((c) => `"${c.id}"`).join(", ");
      const verb = could.length > 1 ? "wait" : "waits";
      const state = berth.quay === undefined ? "is idle" : "has room";
      const message = `at ${t} h berth "${berth.id}" ${state} while ${names} ${verb} and could berth there`;
      out.push(violation("nonDelay", could.map((c) => c.id), message, { berth: berth.id, t }));
    }
  });
  return out;
};
