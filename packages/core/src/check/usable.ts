import type { Berth, Closure, Port } from "../Port.ts";
import type { RuleSet } from "../RuleSet.ts";
import { TRADE_CLASSES, type TradeClass } from "../TradeClass.ts";
import type { VesselCall } from "../VesselCall.ts";
import { fitsBeside } from "./quay.ts";

// The checker's own reading of docs/model.md ("Which berths a ship can use", "How long it stays at the berth").
// It deliberately does not import compatibility.ts or serviceTime.ts: a mistake there must not hide here.

const FOREIGN: ReadonlySet<TradeClass> = new Set(TRADE_CLASSES.filter((c) => c.foreignTrade).map((c) => c.id));

/** The berths of a call's queue: with queues per area, those of its home area (when it has one); else all. */
export const scopeBerths = (port: Port, rules: RuleSet, call: VesselCall): readonly Berth[] =>
  rules.queueScope === "area" && call.homeArea !== undefined
    ? port.berths.filter((b) => b.area === call.homeArea)
    : port.berths;

/**
 * Whether the berth can ever take the ship, closures and occupancy aside: long and deep enough (at a shared quay:
 * alone on it, with its clearance, somewhere deep enough), handling its cargo at a positive rate, and open to
 * foreign ships if the ship is foreign trade.
 */
export const canTake = (berth: Berth, call: VesselCall): boolean => {
  if (call.loa > berth.length || call.draft > berth.depth) return false;
  if (berth.quay !== undefined && !fitsBeside(berth, berth.quay, [], call)) return false;
  if (!berth.cargo.includes(call.cargo)) return false;
  const rate = berth.rates[call.cargo];
  if (rate === undefined || !(rate > 0)) return false;
  return berth.foreignTradeOpen || !FOREIGN.has(call.tradeClass);
};

/** Berths of the call's scope that can take it; empty means the call must be rejected on arrival. */
export const usableBerths = (port: Port, rules: RuleSet, call: VesselCall): readonly Berth[] =>
  scopeBerths(port, rules, call).filter((b) => canTake(b, call));

/** Hours alongside: the explicit service time when given, else the berth's fixed time plus volume ÷ rate. */
export const handlingHours = (berth: Berth, call: VesselCall): number => {
  if (call.serviceHours !== undefined) return call.serviceHours;
  return berth.overheadHours + call.volume / (berth.rates[call.cargo] ?? 0);
};

/** The first closure of the berth overlapping [from, to), if any (windows are half-open). */
export const closureDuring = (berth: Berth, from: number, to: number): Closure | undefined =>
  (berth.closures ?? []).find((c) => c.start < to && c.end > from);

/**
 * Whether a berth that is free at `t` could take the ship at `t`: the berth is one it may use and the ship,
 * berthed now, would be done (shift time plus handling) before any closure of the berth begins.
 */
export const couldBerthAt = (
  port: Port,
  usable: readonly Berth[],
  berth: Berth,
  call: VesselCall,
  t: number,
): boolean =>
  usable.includes(berth) && closureDuring(berth, t, t + port.shiftHours + handlingHours(berth, call)) === undefined;
