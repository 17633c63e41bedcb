import { eligibleBerths, fits } from "../compatibility.ts";
import type { Berth, Port } from "../Port.ts";
import { type OrderReason, orderReason } from "../priority.ts";
import type { RuleSet } from "../RuleSet.ts";
import { serviceHours } from "../serviceTime.ts";
import type { CallRecord, CallStatus, SimulationResult } from "../SimulationResult.ts";
import type { TradeClass } from "../TradeClass.ts";
import type { VesselCall } from "../VesselCall.ts";

/**
 * Why a ship berthed ahead of the explained one while it waited: a step of the dispatching order (priority.ts),
 * or `closureAhead` when the ship ranked after it but the berth was not open for the explained ship's whole stay
 * (a closure was coming), so the dispatcher passed it over there.
 */
export type AheadReason = OrderReason | "closureAhead";

/** Another ship, as an explanation names it. */
export interface ShipRef {
  readonly call: string;
  readonly name: string;
  readonly tradeClass: TradeClass;
  readonly arrival: number;
}

export interface WaitExplanation {
  readonly call: ShipRef;
  readonly status: CallStatus;
  readonly wait: number;
  readonly tideWait: number;
  readonly rejectReason?: string;
  /** Present when the ship waited for a tide window: its draft, the channel's low-water depth, the window's start. */
  readonly tide?: { readonly draft: number; readonly lowWaterDepth: number; readonly until: number };
  /** When it joined the berth queue (arrival, or the end of its tide wait) and when its wait ended. */
  readonly queued: number;
  readonly waitedUntil: number;
  /** The berths it could use (fit, scope of the rule set). */
  readonly usableBerths: readonly string[];
  /** Where it waited, and hours outside full anchorages (with the anchorages of its kind that were full). */
  readonly anchorage?: { readonly at: string; readonly hoursOutside: number; readonly full: readonly string[] };
  /** Usable berths that were busy when it joined the queue, each with the earlier arrival that held it and until when. */
  readonly busy: readonly { readonly berth: string; readonly ship: ShipRef; readonly since: number; readonly until: number | undefined }[];
  /** Ships berthed at a usable berth while it waited (including at the instant it joined), with the reason. */
  readonly ahead: readonly { readonly ship: ShipRef; readonly berth: string; readonly at: number; readonly reason: AheadReason }[];
  /** Closures of usable berths that kept it off them at some instant of its wait (they overlapped its stay there). */
  readonly closures: readonly { readonly berth: string; readonly start: number; readonly end: number; readonly reason?: string }[];
  /** Where and when it berthed; absent unless served. */
  readonly berth?: string;
  readonly berthingStart?: number;
  readonly waitingAtHorizon: boolean;
  readonly horizon: number;
  readonly rules: RuleSet;
}

export interface ExplainInput {
  readonly port: Port;
  /** The calls given to `simulate`. */
  readonly calls: readonly VesselCall[];
  /** Its result, simulated with `log: true`. */
  readonly result: SimulationResult;
}

const refOf = (c: VesselCall | CallRecord): ShipRef => ({ call: c.id, name: c.name, tradeClass: c.tradeClass, arrival: c.arrival });

/**
 * Explains the wait of call `id` from the simulation's own trace (its event log) and the rule set's order: the
 * tide, full anchorages, berths busy with earlier arrivals, every ship berthed ahead of it at a berth it could use
 * and the rule that put it ahead, closures of those berths; or that it was rejected, or still waiting at the
 * horizon. Returns undefined when no call has that id; throws when the result has no log.
 */
export const explainWait = (input: ExplainInput, id: string): WaitExplanation | undefined => {
  const { port, result } = input;
  const { rules, horizon } = result;
  const log = result.log;
  if (log === undefined) throw new Error("explainWait needs a result simulated with log: true");
  const record = result.calls.find((c) => c.id === id);
  const call = input.calls.find((c) => c.id === id);
  if (record === undefined || call === undefined) return undefined;
  const byId = new Map(input.calls.map((c) => [c.id, c]));

  const base = { call: refOf(call), status: record.status, wait: record.wait, tideWait: record.tideWait, horizon, rules };
  const none = { usableBerths: [], busy: [], ahead: [], closures: [], waitingAtHorizon: false };
  if (record.status === "rejected")
    return { ...base, ...none, queued: call.arrival, waitedUntil: call.arrival, ...opt("rejectReason", record.rejectReason) };

  const queued = call.arrival + record.tideWait;
  const waitedUntil = record.berthingStart ?? horizon;
  const usable = eligibleBerths(port, call, rules.queueScope).filter((b) => fits(b, call));
  const usableIds = new Set(usable.map((b) => b.id));

  // Replay the log: who held each usable berth when the ship joined the queue, and who was berthed after.
  const holder = new Map<string, { call: string; since: number }>();
  const busyAtJoin = new Map<string, { call: string; since: number }>();
  const ahead: WaitExplanation["ahead"][number][] = [];
  let snapshotTaken = false;
  const snapshot = (): void => {
    if (snapshotTaken) return;
    snapshotTaken = true;
    for (const [berth, h] of holder) busyAtJoin.set(berth, h);
  };
  for (const e of log) {
    if (e.t > queued || (e.t === queued && e.event === "berth")) snapshot();
    if (e.t >= waitedUntil && !(e.t === waitedUntil && e.event === "depart")) break;
    if (e.at === undefined || !usableIds.has(e.at)) continue;
    if (e.event === "depart") holder.delete(e.at);
    if (e.event !== "berth") continue;
    holder.set(e.at, { call: e.call, since: e.t });
    if (e.t < queued || e.call === id) continue;
    const other = byId.get(e.call)!;
    const reason = orderReason(rules, e.t, other, call) ?? "closureAhead";
    ahead.push({ ship: refOf(other), berth: e.at, at: e.t, reason });
  }
  snapshot();

  const departures = new Map<string, number>();
  const departureOf = (berth: string, holderId: string): number | undefined => {
    const key = `${berth}\u0000${holderId}`;
    if (!departures.has(key)) {
      const d = log.find((e) => e.event === "depart" && e.at === berth && e.call === holderId);
      if (d !== undefined) departures.set(key, d.t);
    }
    return departures.get(key);
  };
  const busy = usable.flatMap((b) => {
    const h = busyAtJoin.get(b.id);
    return h === undefined ? [] : [{ berth: b.id, ship: refOf(byId.get(h.call)!), since: h.since, until: departureOf(b.id, h.call) }];
  });

  const stay = (b: Berth): number => port.shiftHours + serviceHours(b, call);
  const closures = usable.flatMap((b) =>
    (b.closures ?? [])
      // A closure keeps the ship off a berth at t when it overlaps [t, t + stay): for some t of the wait, that is this.
      .filter((c) => c.start < waitedUntil + stay(b) && c.end > queued && waitedUntil > queued)
      .map((c) => ({ berth: b.id, start: c.start, end: c.end, ...opt("reason", c.reason) })),
  );

  const full = port.anchorages.filter((a) => (a.kind === "dangerousGoods") === call.dangerousGoods).map((a) => a.id);
  const outside = record.hoursOutside > 0 || record.anchorage === "outside";
  const anchorage =
    record.anchorage === undefined && !outside
      ? undefined
      : { at: record.anchorage ?? "outside", hoursOutside: record.hoursOutside, full: outside ? full : [] };
  const tide = port.tide;

  return {
    ...base,
    ...(record.tideWait > 0 && tide !== undefined
      ? { tide: { draft: call.draft, lowWaterDepth: tide.lowWaterDepth, until: queued } }
      : {}),
    queued,
    waitedUntil,
    usableBerths: usable.map((b) => b.id),
    ...(anchorage === undefined ? {} : { anchorage }),
    busy,
    ahead,
    closures,
    ...opt("berth", record.berth),
    ...opt("berthingStart", record.berthingStart),
    waitingAtHorizon: record.status === "waiting",
  };
};

const opt = <K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } =>
  (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
