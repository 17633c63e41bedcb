import { tradeClassInfo } from "../TradeClass.ts";
import type { AheadReason, ShipRef, WaitExplanation } from "./explainWait.ts";

const h = (x: number): string => `${Number.isInteger(x) ? x : x.toFixed(2).replace(/0$/, "")} h`;

const className = (c: ShipRef["tradeClass"]): string => tradeClassInfo(c).label.toLowerCase();

const ship = (s: ShipRef): string => `${s.name} (${s.call}, ${className(s.tradeClass)}, arrived ${h(s.arrival)})`;

/** The rule that put a ship ahead, in words. */
export const aheadReasonText = (reason: AheadReason, e: Pick<WaitExplanation, "rules">): string => {
  switch (reason) {
    case "pastCap":
      return `it had waited past the ${e.rules.capHours ?? "?"} h anti-starvation cap`;
    case "higherClass":
      return `higher class under ${e.rules.id}`;
    case "earlierArrival":
      return `earlier arrival (${e.rules.kind === "fcfs" ? "first come, first served" : "same class rank, FCFS"})`;
    case "lowerId":
      return "same arrival instant and class rank, lower id";
    case "closureAhead":
      return "the berth's coming closure left too little time for this ship's stay there";
  }
};

/**
 * The explanation as plain text, one fact a line: the verdict first (served after a wait, still waiting at the
 * horizon, or rejected with the reason), then tide, anchorage, busy berths, ships berthed ahead, closures.
 */
export const renderExplanation = (e: WaitExplanation): string => {
  const lines: string[] = [];
  const who = `${e.call.name} (${e.call.call}, ${className(e.call.tradeClass)}), arrived ${h(e.call.arrival)}`;
  if (e.status === "rejected") return `${who}: rejected: ${e.rejectReason ?? "no usable berth"}\n`;
  const split = e.tideWait > 0 ? ` (tide ${h(e.tideWait)}, berth ${h(e.wait - e.tideWait)})` : "";
  if (e.status === "waiting")
    lines.push(`${who}: still waiting at the horizon (${h(e.horizon)}), after ${h(e.wait)}${split}; rules ${e.rules.id}`);
  else if (e.wait === 0) lines.push(`${who}: berthed at ${e.berth} on arrival, no wait; rules ${e.rules.id}`);
  else lines.push(`${who}: waited ${h(e.wait)}${split}, then berthed at ${e.berth} at ${h(e.berthingStart!)}; rules ${e.rules.id}`);
  if (e.tide !== undefined)
    lines.push(
      `tide: draft ${e.tide.draft.toFixed(1)} m exceeds the channel's low-water depth ${e.tide.lowWaterDepth.toFixed(1)} m; ` +
        `waited for the window opening at ${h(e.tide.until)}`,
    );
  if (e.wait === 0) return `${lines.join("\n")}\n`;
  if (e.anchorage !== undefined) {
    const a = e.anchorage;
    lines.push(
      a.hoursOutside > 0 || a.at === "outside"
        ? `anchorage: waited ${h(a.hoursOutside)} outside: ${a.full.join(", ")} full${a.at === "outside" ? "" : `, then at ${a.at}`}`
        : `anchorage: waited at ${a.at}`,
    );
  }
  lines.push(`usable berths: ${e.usableBerths.join(", ")}`);
  if (e.busy.length > 0) {
    lines.push(`busy when it joined the queue at ${h(e.queued)}:`);
    for (const b of e.busy)
      lines.push(`  ${b.berth}: ${ship(b.ship)}, berthed ${h(b.since)}, until ${b.until === undefined ? "after the horizon" : h(b.until)}`);
  }
  if (e.ahead.length > 0) {
    lines.push("berthed ahead of it:");
    for (const a of e.ahead) lines.push(`  ${h(a.at)} ${a.berth}: ${ship(a.ship)}: ${aheadReasonText(a.reason, e)}`);
  }
  if (e.closures.length > 0) {
    lines.push("closures:");
    for (const c of e.closures) lines.push(`  ${c.berth} closed ${h(c.start)}–${h(c.end)}${c.reason === undefined ? "" : ` (${c.reason})`}`);
  }
  return `${lines.join("\n")}\n`;
};
