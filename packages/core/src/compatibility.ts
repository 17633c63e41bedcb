import type { Berth, Port } from "./Port.ts";
import { quayExtent, quayHolds } from "./Quay.ts";
import { isForeignTrade } from "./TradeClass.ts";
import type { VesselCall } from "./VesselCall.ts";

/**
 * Whether the berth is long and deep enough for the ship: length overall ≤ berth length and draft ≤ depth; at a
 * shared quay, the ship with its clearance fits on the quay somewhere its hull lies in water deep enough.
 */
export const holds = (berth: Berth, loa: number, draft: number): boolean =>
  loa <= berth.length && draft <= berth.depth && (berth.quay === undefined || quayHolds(berth, berth.quay, loa, draft));

/**
 * Whether a berth can ever take a ship, ignoring closures and occupancy: long and deep enough (`holds`), cargo
 * kind handled (with a rate), and foreign-trade ships only at berths open to them.
 */
export const fits = (berth: Berth, call: VesselCall): boolean =>
  holds(berth, call.loa, call.draft) &&
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
  // At a quay the ship needs its clearance too: the longest ship it takes is shorter than the quay.
  const maxLength = Math.max(...candidates.map((b) => b.length));
  const longEnough = candidates.filter(
    (b) => call.loa <= b.length && (b.quay === undefined || quayExtent(b.quay, call.loa) <= b.length),
  );
  if (longEnough.length === 0)
    return (
      `length overall ${fmt(call.loa)} m exceeds every suitable berth in ${where} (max ${fmt(maxLength)} m` +
      `${candidates.some((b) => b.quay !== undefined && call.loa <= b.length) ? ", less a quay's clearance" : ""})`
    );
  const maxDepth = Math.max(...longEnough.map((b) => b.depth));
  if (call.draft <= maxDepth)
    return (
      `draft ${fmt(call.draft)} m: no suitable quay in ${where} has a stretch that deep long enough ` +
      `for its length overall ${fmt(call.loa)} m`
    );
  return `draft ${fmt(call.draft)} m exceeds the depth of every suitable berth in ${where} (max ${fmt(maxDepth)} m)`;
};

/** The berths a call may ever use under a queue scope: every berth of the port, or those of its home area. */
export const eligibleBerths = (port: Port, call: VesselCall, scope: "port" | "area"): readonly Berth[] =>
  scope === "area" && call.homeArea !== undefined ? port.berths.filter((b) => b.area === call.homeArea) : port.berths;
