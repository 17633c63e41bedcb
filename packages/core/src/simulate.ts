import { eligibleBerths, rejectionReason } from "./compatibility.ts";
import { EventQueue } from "./EventQueue.ts";
import { AnchorageState, NOWHERE, OUTSIDE, whereAt } from "./internal/AnchorageState.ts";
import { BerthState } from "./internal/BerthState.ts";
import { runResult } from "./internal/callOutcomes.ts";
import { Overtaking } from "./internal/Overtaking.ts";
import { RunScratch } from "./internal/RunScratch.ts";
import { PlannedDispatch } from "./internal/PlannedDispatch.ts";
import { TimeWeighted } from "./internal/TimeWeighted.ts";
import { MAX_MASK_BERTHS, NO_BERTH } from "./internal/UsableBerths.ts";
import { WaitingList } from "./internal/WaitingList.ts";
import type { Port } from "./Port.ts";
import { preparationFor } from "./PreparedCalls.ts";
import { classRanks, shipOrderByIndex } from "./priority.ts";
import type { LogEntry, SimulationResult } from "./SimulationResult.ts";
import { needsTide, nextWindow } from "./tide.ts";
import type { SimulationInput } from "./SimulationInput.ts";

// Event kinds, and their priorities at equal times: berths free and reopen first, then ships arrive, and the
// dispatcher runs last, once per instant, so it sees every ship and berth of that instant together.
// Only departures and reopenings go through the event queue: arrivals are already in time order, so the next one
// is read off the call list (it fires when strictly earlier than the queue's head), and the dispatcher is a flag
// that fires when the clock is about to leave its instant. Events come in the order a single queue keyed
// (time, kind, sequence) would give, and the heap holds at most (ships alongside + closures) entries, not one per
// call (plus the optimised rule set's pending wake-ups). A departure names its call, not its berth: a shared quay
// holds several ships.
const DEPART = 0;
const REOPEN = 1;
// A ship that waited for a tide window passes the channel and joins the queue (before new arrivals at that instant).
const TIDE = 2;


/**
 * Runs one deterministic, non-preemptive discrete-event simulation of the port under one rule set.
 * Same input ⇒ same output, whatever order `calls` and `port.berths` are listed in (calls are taken in
 * (arrival, id) order; berth ties go by berth id).
 */
export const simulate = (input: SimulationInput): SimulationResult => {
  const scratch = RunScratch.acquire();
  try {
    return run(input, scratch);
  } finally {
    scratch.release();
  }
};

const run = (input: SimulationInput, scratch: RunScratch): SimulationResult => {
  const { port, rules, horizon } = input;
  const warmup = input.warmup ?? 0;
  const prepared = preparationFor(port, input.calls, rules.queueScope, input.prepared, scratch);
  const { berths, usableBerths, columns } = prepared;
  const sortedPort: Port = { ...port, berths };
  const hasQuays = berths.some((b) => b.quay !== undefined);
  const state = new BerthState(berths, port.shiftHours, prepared.shortestLoa);
  const { calls, arrival: arrivalOf, usableId, serviceAt, loa: loaOf, draft: draftOf, home: homeOf } = columns;
  const tide = port.tide;
  // When each call joined the berth queue: its arrival, or the start of its tide window. Without a tide it is the
  // arrival array itself (nothing copied, nothing written).
  let joinOf = arrivalOf;
  if (tide !== undefined) {
    joinOf = scratch.float64("join", arrivalOf.length);
    joinOf.set(arrivalOf);
  }
  const anchorages = new AnchorageState(port.anchorages, warmup, horizon);
  const queueLength = new TimeWeighted(warmup, horizon);
  const log: LogEntry[] | undefined = input.log ? [] : undefined;
  const events = new EventQueue(berths.length + 16);

  const n = calls.length;
  const berthOf = scratch.int32("berth", n).fill(-1);
  // Written when a call berths and read only for berthed calls (berthOf ≥ 0): not cleared from the last run.
  const startOf = scratch.float64("start", n);
  const endOf = scratch.float64("end", n); // start + shift + service, the same sum as serviceStart + service
  // Metres from the quay's start, kept only where there are quays: at a discrete berth it is 0.
  const positionOf = hasQuays ? scratch.float64("position", n) : undefined;
  const overtaken = scratch.int32("overtaken", n).fill(0);
  // Per-call state lives in typed arrays (no holes, no boxed numbers), reused from run to run (RunScratch). Where a
  // call waits is an anchorage index, OUTSIDE, or NOWHERE (not at anchor, or open water); kept only in a port with
  // anchorages: without, every call is NOWHERE.
  const whereWaits = port.anchorages.length > 0 ? scratch.int32("whereWaits", n).fill(NOWHERE) : undefined;
  const rejected = new Map<number, string | undefined>();
  // The queue holds call indices, in dispatch order; a call's usable berths are shared arrays, named by an id
  // (see UsableBerths).
  const waiting = new WaitingList();
  const usableLists = usableBerths.lists;
  const usableMasks = usableBerths.masks;
  const useMasks = berths.length <= MAX_MASK_BERTHS;
  // The dispatching order on the calls' columns (the objects are read only for ids, on a tie of arrivals).
  const rank = scratch.int32("rank", n);
  if (rules.kind !== "fcfs") classRanks(rules, columns.classSlot, calls, rank);
  const order = shipOrderByIndex(rules, arrivalOf, rank, (i) => calls[i]!.id);
  // The waiting list's order at the instant `orderTime` (one comparator for the run, not one per dispatch).
  let orderTime = 0;
  const byOrderNow = (a: number, b: number): number => order(orderTime, a, b);
  const resort = rules.kind === "cappedPriority";
  const choice = rules.berthChoice;

  berths.forEach((b, j) => {
    for (const c of b.closures ?? []) if (c.end < horizon) events.push(c.end, REOPEN, REOPEN, j);
  });
  // The `optimised` rule set commits a planner's berthings instead of the loop below; a wake-up is a reopening
  // of no berth (it only makes the dispatcher run).
  const planned =
    rules.kind === "optimised"
      ? new PlannedDispatch({
          planner: input.planner,
          rules,
          horizon,
          shiftHours: port.shiftHours,
          berths,
          calls,
          arrivalOf,
          state,
          waiting,
          usableBerths,
          usableId,
          berthOf,
          endOf,
          wake: (at) => events.push(at, REOPEN, REOPEN, -1),
        })
      : undefined;

  // Call i arrives (at its arrival time); returns whether it joined the queue, and so wants a dispatch.
  const arrive = (i: number): boolean => {
    const t = arrivalOf[i]!;
    log?.push({ t, event: "arrive", call: calls[i]!.id });
    if (tide !== undefined && needsTide(tide, draftOf[i]!) && usableId[i] !== NO_BERTH) {
      const open = nextWindow(tide, t);
      if (open > t) {
        joinOf[i] = open;
        events.push(open, TIDE, TIDE, i);
        return false;
      }
    }
    return join(i, t);
  };

  // Call i joins the berth queue at t (its arrival, or the end of its tide wait); returns whether it did.
  const join = (i: number, t: number): boolean => {
    const id = usableId[i]!;
    if (id === NO_BERTH) {
      reject(i, t);
      return false;
    }
    // Insert in dispatch order (binary search), so the queue is always sorted for fcfs and priority rules. Under
    // those (sorted, whatever the time) the last place is tried first: under fcfs a ship goes after every other.
    let lo = 0;
    let hi = waiting.size;
    if (!resort && hi > 0 && order(t, waiting.at(hi - 1), i) <= 0) lo = hi;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (order(t, waiting.at(mid), i) <= 0) lo = mid + 1;
      else hi = mid;
    }
    waiting.insert(lo, i);
    queueLength.set(t, waiting.size);
    return true;
  };

  // A call that fits no berth (of the port, or of its area) is rejected with the reason.
  const reject = (i: number, t: number): void => {
    const call = calls[i]!;
    const scoped = eligibleBerths(sortedPort, call, rules.queueScope);
    const where = scoped === berths ? "the port" : `area "${call.homeArea}"`;
    rejected.set(i, rejectionReason(scoped, call, where));
    log?.push({ t, event: "reject", call: call.id });
  };

  const assign = (t: number, i: number, j: number, service: number): void => {
    const end = t + port.shiftHours + service;
    // A departure names the call, not the berth: a quay holds several.
    if (positionOf !== undefined) positionOf[i] = state.position[j]!;
    state.occupy(j, i, loaOf[i]!);
    berthOf[i] = j;
    startOf[i] = t;
    endOf[i] = end;
    events.push(end, DEPART, DEPART, i);
    // A ship that waited nowhere frees no anchorage place (`leave` would do nothing).
    if (whereAt(whereWaits, i) !== NOWHERE) leaveAnchorage(t, i);
    log?.push({ t, event: "berth", call: calls[i]!.id, at: berths[j]!.id });
  };
  // Ship i leaves its anchorage for a berth at t; a ship waiting outside may take its place.
  const leaveAnchorage = (t: number, i: number): void => {
    const moved = anchorages.leave(t, i, whereWaits![i]!);
    if (moved !== undefined) {
      log?.push({ t, event: "anchor", call: calls[moved.moved]!.id, at: port.anchorages[moved.to]!.id });
      whereWaits![moved.moved] = moved.to;
    }
  };

  const overtaking = new Overtaking({
    calls,
    berths,
    state,
    waiting,
    usableBerths,
    usableId,
    useMasks,
    hasQuays,
    berthOf,
    endOf,
    positionOf,
    overtaken,
  });

  // The dispatcher, once per instant t; `arrivals`: whether any call arrived at t. It has nothing to do unless a
  // berth is free and a ship waits, or a ship arrived that may need an anchorage (the caller skips it otherwise).
  const dispatch = (t: number, arrivals: boolean): void => {
    if (t !== overtaking.time) overtaking.flush();
    if (state.freeCount > 0 && waiting.size > 0) {
      if (resort) {
        orderTime = t;
        waiting.sort(byOrderNow);
      }
      const before = overtaking.pending;
      if (planned !== undefined) plannedRound(planned, t);
      else for (let q = 0; q < waiting.size; q++) {
        if (state.freeCount === 0) break;
        const i = waiting.at(q);
        const id = usableId[i]!;
        // Most ships waiting when a berth frees cannot use it: they are passed over without a search.
        if (useMasks && (usableMasks[id]! & state.freeBits) === 0) continue;
        const call = calls[i]!;
        const j = useMasks
          ? state.chooseInHome(usableMasks[id]!, homeOf[i]!, t, call, choice)
          : state.choose(usableLists[id]!, t, call, choice);
        if (j < 0) continue;
        assign(t, i, j, serviceAt(i, j));
        overtaking.berthed(i, t);
      }
      if (overtaking.pending > before) {
        waiting.removeBerthed(berthOf);
        queueLength.set(t, waiting.size);
      }
    }
    // Ships that arrived and could not berth at once go to an anchorage (none did unless one arrived at t).
    if (arrivals && port.anchorages.length > 0) toAnchorages(t);
  };
  // The parts of a dispatch that most runs skip, out of it: the smaller the dispatcher, the more of what it calls
  // the optimising compiler inlines into it.
  const plannedRound = (plan: PlannedDispatch, t: number): void =>
    plan.round(t, (i, j) => {
      assign(t, i, j, serviceAt(i, j));
      overtaking.berthed(i, t);
    });
  const toAnchorages = (t: number): void => {
    for (let q = 0; q < waiting.size; q++) {
      const i = waiting.at(q);
      if (whereWaits![i] !== NOWHERE || joinOf[i] !== t) continue;
      const where = anchorages.enter(t, i, calls[i]!.dangerousGoods, calls[i]!.homeArea);
      whereWaits![i] = where ?? NOWHERE;
      if (where !== undefined) {
        const at = where === OUTSIDE ? "outside" : port.anchorages[where]!.id;
        log?.push({ t, event: "anchor", call: calls[i]!.id, at });
      }
    }
  };

  let next = 0; // the next call to arrive
  const plainArrivals = tide === undefined && log === undefined;
  let dispatchPending = false;
  let dispatchTime = 0;
  let arrivals = false; // whether a call arrived at dispatchTime
  for (;;) {
    // `1 / 0`, not the global `Infinity`: with the global, optimised code boxed these times (a heap number per
    // event; the sampling heap profiler showed ≈ 20 MB less garbage per million calls without).
    const arrival = next < n ? arrivalOf[next]! : 1 / 0;
    const queued = events.size > 0 ? events.peekTime() : 1 / 0;
    if (dispatchPending && arrival > dispatchTime && queued > dispatchTime) {
      dispatchPending = false;
      if ((state.freeCount > 0 && waiting.size > 0) || (arrivals && port.anchorages.length > 0))
        dispatch(dispatchTime, arrivals);
      arrivals = false;
    } else if (arrival < queued) {
      // With quays the overtaking count reads the quays' state, so it is taken as soon as the instant is over.
      if (hasQuays && overtaking.pending > 0 && arrival > overtaking.time) overtaking.flush();
      if (!(arrival < horizon)) break;
      // Without a tide or a log, an arrival is a join (one call fewer per arrival).
      if ((plainArrivals ? join(next, arrival) : arrive(next)) && !dispatchPending) {
        dispatchPending = true;
        dispatchTime = arrival;
      }
      next++;
      arrivals = true;
    } else {
      if (hasQuays && overtaking.pending > 0 && queued > overtaking.time) overtaking.flush();
      if (events.size === 0 || !(queued < horizon)) break;
      const kind = events.pop();
      const t = events.lastTime;
      const subject = events.lastSubject;
      if (kind === DEPART) {
        const j = berthOf[subject]!;
        log?.push({ t, event: "depart", call: calls[subject]!.id, at: berths[j]!.id });
        state.release(j, t, subject);
      }
      // A berth that frees or reopens matters only to a waiting ship: with none, a ship that joins later in the
      // instant asks for the dispatch itself (as a tide's ship does here).
      if (!dispatchPending && (waiting.size > 0 || kind === TIDE)) {
        dispatchPending = true;
        dispatchTime = t;
        arrivals = false;
      }
      if (kind === TIDE) {
        // Count the overtakings of the last instant first: the ship was not waiting for a berth then, and, having
        // arrived earlier than the ships berthed, it would otherwise be counted as overtaken by them.
        if (t !== overtaking.time) overtaking.flush();
        log?.push({ t, event: "tide", call: calls[subject]!.id });
        join(subject, t);
        arrivals = true;
      }
    }
  }
  overtaking.flush();

  return runResult(
    {
      port: sortedPort,
      calls,
      columns,
      horizon,
      warmup,
      joinOf: tide === undefined ? undefined : joinOf,
      berthOf,
      startOf,
      endOf,
      positionOf,
      overtaken,
      whereWaits,
      rejected,
      anchorages,
      queueLength,
    },
    rules,
    { records: input.records ?? true, columns: input.columns === true, log },
    scratch,
  );
};
