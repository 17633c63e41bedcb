import type { Berth, Port } from "./Port.ts";
import { isForeignTrade } from "./TradeClass.ts";
import type { VesselCall } from "./VesselCall.ts";

/**
 * Whether a berth can ever take a ship, ignoring closures and occupancy: length overall ≤ berth length,
 * draft ≤ depth, cargo kind handled (with a rate), and foreign-trade ships only at berths open to them.
 */
export const fits = (berth: Berth, call: VesselCall): boolean =>
  call.loa <= berth.length &&
  call.draft <= berth.depth &&
  berth.cargo.includes(call.cargo) &&
  (berth.rates[call.cargo] ?? 0) > 0 &&
  (berth.foreignTradeOpen || !isForeignTrade(call.tradeClass));

const fmt = (x: number): string => x.toFixed(1);

/**
 * Why no berth among `berths` can take the call, or `undefined` when one can. The reason names the first
 * rule that empties the candidate set, in the order cargo → foreign-trade opening → length → draft, e.g.
 * `draft 14.2 m exceeds the depth of every berth that handles container (max 13.0 m)`.
 */
export const rejectionReason = (berths: readonly Berth[], call: VesselCall, where = "the port"): string | undefined => {
  if (berths.some((b) => fits(b, call))) return undefined;
  let candidates = berths.filter((b) => b.cargo.includes(call.cargo) && (b.rates[call.cargo] ?? 0) > 0);
  if (candidates.length === 0) return `no berth in ${where} handles cargo "${call.cargo}"`;
  if (isForeignTrade(call.tradeClass)) {
    candidates = candidates.filter((b) => b.foreignTradeOpen);
    if (candidates.length === 0)
      return `foreign-trade ship, but no berth in ${where} that handles "${call.cargo}" is open to foreign ships`;
  }
  const maxLength = Math.max(...candidates.map((b) => b.length));
  const longEnough = candidates.filter((b) => call.loa <= b.length);
  if (longEnough.length === 0)
    return `length overall ${fmt(call.loa)} m exceeds every suitable berth in ${where} (max ${fmt(maxLength)} m)`;
  const maxDepth = Math.max(...longEnough.map((b) => b.depth));
  return `draft ${fmt(call.draft)} m exceeds the depth of every suitable berth in ${where} (max ${fmt(maxDepth)} m)`;
};

/** The berths a call may ever use under a queue scope: every berth of the port, or those of its home area. */
export const eligibleBerths = (port: Port, call: VesselCall, scope: "port" | "area"): readonly Berth[] =>
  scope === "area" && call.homeArea !== undefined ? port.berths.filter((b) => b.area === call.homeArea) : port.berths;
