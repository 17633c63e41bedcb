import { eligibleBerths, fits, rejectionReason } from "./compatibility.ts";
import { EventQueue } from "./EventQueue.ts";
import { AnchorageState, OUTSIDE } from "./internal/AnchorageState.ts";
import { BerthState } from "./internal/BerthState.ts";
import { TimeWeighted } from "./internal/TimeWeighted.ts";
import { computeKpis } from "./kpis.ts";
import type { Port } from "./Port.ts";
import { shipOrder } from "./priority.ts";
import type { RuleSet } from "./RuleSet.ts";
import { serviceHours } from "./serviceTime.ts";
import type { CallRecord, LogEntry, SimulationResult } from "./SimulationResult.ts";
import type { VesselCall } from "./VesselCall.ts";

export interface SimulationInput {
  readonly port: Port;
  readonly calls: readonly VesselCall[];
  readonly rules: RuleSet;
  /** Hours; no ship is berthed at or after it. Calls arriving at or after it are still accounted for (waiting). */
  readonly horizon: number;
  /** Hours at the start excluded from KPIs (calls arriving before it, and time-weighted statistics). */
  readonly warmup?: number;
  /** Keep the event log (costs memory: about four entries per call). */
  readonly log?: boolean;
}

// Event kinds, and their priorities at equal times: berths free and reopen first, then ships arrive, and the
// dispatcher runs last, once per instant, so it sees every ship and berth of that instant together.
const DEPART = 0;
const REOPEN = 1;
const ARRIVE = 2;
const DISPATCH = 3;

interface Waiting {
  readonly index: number;
  readonly id: string;
  readonly tradeClass: VesselCall["tradeClass"];
  readonly arrival: number;
  readonly berths: readonly number[];
  assigned: boolean;
}

/**
 * Runs one deterministic, non-preemptive discrete-event simulation of the port under one rule set.
 * Same input ⇒ same output, whatever order `calls` and `port.berths` are listed in (calls are taken in
 * (arrival, id) order; berth ties go by berth id).
 */
export const simulate = (input: SimulationInput): SimulationResult => {
  const { port, rules, horizon } = input;
  const warmup = input.warmup ?? 0;
  const calls = [...input.calls].sort((a, b) => a.arrival - b.arrival || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const berths = [...port.berths].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const sortedPort: Port = { ...port, berths };
  const state = new BerthState(berths);
  const anchorages = new AnchorageState(port.anchorages, warmup, horizon);
  const queueLength = new TimeWeighted(warmup, horizon);
  const log: LogEntry[] | undefined = input.log ? [] : undefined;
  const events = new EventQueue(calls.length + berths.length + 16);

  const n = calls.length;
  const berthOf = new Int32Array(n).fill(-1);
  const startOf = new Float64Array(n);
  const overtaken = new Int32Array(n);
  const whereWaits: (number | undefined)[] = new Array(n);
  const rejected: (string | undefined)[] = new Array(n);
  const waiting: Waiting[] = [];
  let dispatchPending = false;
  const order = shipOrder(rules);

  for (let i = 0; i < n; i++) events.push(calls[i]!.arrival, ARRIVE, ARRIVE, i);
  berths.forEach((b, j) => {
    for (const c of b.closures ?? []) if (c.end < horizon) events.push(c.end, REOPEN, REOPEN, j);
  });

  const requestDispatch = (t: number): void => {
    if (dispatchPending) return;
    dispatchPending = true;
    events.push(t, DISPATCH, DISPATCH, 0);
  };

  const arrive = (t: number, i: number): void => {
    const call = calls[i]!;
    log?.push({ t, event: "arrive", call: call.id });
    const scoped = eligibleBerths(sortedPort, call, rules.queueScope);
    const usable: number[] = [];
    scoped.forEach((b) => {
      if (fits(b, call)) usable.push(state.indexOf(b.id));
    });
    if (usable.length === 0) {
      const where = scoped === berths ? "the port" : `area "${call.homeArea}"`;
      rejected[i] = rejectionReason(scoped, call, where);
      log?.push({ t, event: "reject", call: call.id });
      return;
    }
    const w: Waiting = { index: i, id: call.id, tradeClass: call.tradeClass, arrival: call.arrival, berths: usable, assigned: false };
    // Insert in dispatch order (binary search), so the queue is always sorted for fcfs and priority rules.
    let lo = 0;
    let hi = waiting.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (order(t, waiting[mid]!, w) <= 0) lo = mid + 1;
      else hi = mid;
    }
    waiting.splice(lo, 0, w);
    queueLength.set(t, waiting.length);
    requestDispatch(t);
  };

  const assign = (t: number, w: Waiting, j: number, service: number): void => {
    const i = w.index;
    const end = t + port.shiftHours + service;
    state.occupy(j, i);
    berthOf[i] = j;
    startOf[i] = t;
    events.push(end, DEPART, DEPART, j);
    const moved = anchorages.leave(t, i, whereWaits[i]);
    if (moved !== undefined) {
      log?.push({ t, event: "anchor", call: calls[moved.moved]!.id, at: port.anchorages[moved.to]!.id });
      whereWaits[moved.moved] = moved.to;
    }
    log?.push({ t, event: "berth", call: w.id, at: berths[j]!.id });
  };

  // Counts, for each ship still waiting that arrived before w, whether w's berth j was one it could use now.
  const countOvertaking = (t: number, w: Waiting, j: number): void => {
    for (const other of waiting) {
      if (other.index >= w.index || !other.berths.includes(j)) continue;
      if (state.availableFor(j, t, port.shiftHours + serviceHours(berths[j]!, calls[other.index]!)))
        overtaken[other.index]!++;
    }
  };

  const dispatch = (t: number): void => {
    dispatchPending = false;
    if (state.freeCount > 0 && waiting.length > 0) {
      if (rules.kind === "cappedPriority") waiting.sort((a, b) => order(t, a, b));
      let assigned = 0;
      for (const w of waiting) {
        if (state.freeCount === 0) break;
        const call = calls[w.index]!;
        const j = state.choose(w.berths, t, (b) => port.shiftHours + serviceHours(b, call), rules.berthChoice);
        if (j < 0) continue;
        countOvertaking(t, w, j);
        assign(t, w, j, serviceHours(berths[j]!, call));
        w.assigned = true;
        assigned++;
      }
      if (assigned > 0) {
        let k = 0;
        for (const w of waiting) if (!w.assigned) waiting[k++] = w;
        waiting.length = k;
        queueLength.set(t, k);
      }
    }
    // Ships that arrived and could not berth at once go to an anchorage.
    for (const w of waiting) {
      if (whereWaits[w.index] !== undefined || w.arrival !== t) continue;
      const where = anchorages.enter(t, w.index, calls[w.index]!.dangerousGoods);
      whereWaits[w.index] = where;
      if (where !== undefined) {
        const at = where === OUTSIDE ? "outside" : port.anchorages[where]!.id;
        log?.push({ t, event: "anchor", call: w.id, at });
      }
    }
  };

  while (events.size > 0 && events.peekTime() < horizon) {
    const kind = events.pop();
    const t = events.lastTime;
    const subject = events.lastSubject;
    if (kind === ARRIVE) arrive(t, subject);
    else if (kind === DEPART) {
      log?.push({ t, event: "depart", call: calls[state.occupantOf(subject)]!.id, at: berths[subject]!.id });
      state.release(subject, t);
      requestDispatch(t);
    } else if (kind === REOPEN) requestDispatch(t);
    else dispatch(t);
  }

  const anchorageSummaries = anchorages.finish(horizon);
  // Every record is built by one literal with every field present, so they all share one hidden class:
  // spreads of optional fields made property access in the KPIs several times slower.
  const records: CallRecord[] = calls.map((c, i) => {
    const where = whereWaits[i];
    const reason = rejected[i];
    const j = berthOf[i]!;
    const b = j >= 0 ? berths[j]! : undefined;
    const start = b === undefined ? undefined : startOf[i]!;
    const serviceStart = start === undefined ? undefined : start + port.shiftHours;
    const status = reason !== undefined ? "rejected" : b === undefined ? "waiting" : "served";
    return {
      id: c.id,
      name: c.name,
      tradeClass: c.tradeClass,
      cargo: c.cargo,
      volume: c.volume,
      arrival: c.arrival,
      dangerousGoods: c.dangerousGoods,
      status,
      wait: status === "rejected" ? 0 : start === undefined ? Math.max(0, horizon - c.arrival) : start - c.arrival,
      overtaken: overtaken[i]!,
      anchorage: where === undefined ? undefined : where === OUTSIDE ? "outside" : port.anchorages[where]!.id,
      hoursOutside: anchorages.outsideHours.get(i) ?? 0,
      berth: b?.id,
      area: b?.area,
      berthingStart: start,
      serviceStart,
      end: b === undefined ? undefined : serviceStart! + serviceHours(b, c),
      rejectReason: reason,
      stream: c.stream,
    };
  });
  const kpis = computeKpis({
    port: sortedPort,
    calls: records,
    warmup,
    horizon,
    queue: queueLength.finish(),
    anchorages: anchorageSummaries,
    outside: anchorages.outsideTracker.finish(),
  });
  return { rules, horizon, warmup, calls: records, kpis, ...(log === undefined ? {} : { log }) };
};
