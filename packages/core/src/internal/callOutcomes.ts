import type { Berth, Port } from "../Port.ts";
import type { Kpis } from "../kpis.ts";
import type { RuleSet } from "../RuleSet.ts";
import {
  type CallRecord,
  type CallStatus,
  type LogEntry,
  type OutcomeColumns,
  REJECTED,
  SERVED,
  type SimulationResult,
  WAITING,
} from "../SimulationResult.ts";
import type { VesselCall } from "../VesselCall.ts";
import { type AnchorageState, NOWHERE, OUTSIDE, whereAt } from "./AnchorageState.ts";
import type { CallColumns } from "./CallColumns.ts";
import { KpiSums } from "./KpiSums.ts";
import type { RunScratch } from "./RunScratch.ts";
import { statusAt } from "./statusAt.ts";
import type { TimeWeighted } from "./TimeWeighted.ts";

/** What a finished run knows of each call, in the simulator's typed arrays (index = call in (arrival, id) order). */
export interface RunOutcome {
  /** The port with its berths in id order: `berthOf` indexes them. */
  readonly port: Port;
  readonly calls: readonly VesselCall[];
  /** The calls' columns (arrival, volume, length, cargo and class slots) the KPIs read instead of the objects. */
  readonly columns: Pick<CallColumns, "arrival" | "volume" | "loa" | "cargoSlot" | "classSlot">;
  readonly horizon: number;
  readonly warmup: number;
  /** When each call joined the berth queue; undefined without a tide (then it is the arrival). */
  readonly joinOf: Float64Array | undefined;
  /** Berth index, −1 when not berthed. */
  readonly berthOf: Int32Array;
  readonly startOf: Float64Array;
  readonly endOf: Float64Array;
  /** Position along its quay of each berthed call; undefined in a port without quays (every position is 0). */
  readonly positionOf: Float64Array | undefined;
  readonly overtaken: Int32Array;
  /** Anchorage index, OUTSIDE or NOWHERE; undefined in a port without anchorages (every call NOWHERE). */
  readonly whereWaits: Int32Array | undefined;
  /** Rejected calls and why. */
  readonly rejected: ReadonlyMap<number, string | undefined>;
  readonly anchorages: AnchorageState;
  readonly queueLength: TimeWeighted;
}

const STATUS_CODE: Record<CallStatus, number> = { served: SERVED, waiting: WAITING, rejected: REJECTED };

/**
 * The end of a run: one record per call (when `keep`) and the KPIs. The KPIs are those of `computeKpis` on the
 * records; each record is fed to them as it is built. A run that keeps no records adds its calls from its columns
 * (`KpiSums.addRun`): no object per call.
 */
export const callOutcomes = (run: RunOutcome, keep: boolean, scratch?: RunScratch): { records: CallRecord[]; kpis: Kpis } => {
  const { port, calls, horizon, warmup, joinOf, berthOf, startOf, endOf, positionOf, overtaken, whereWaits, rejected, anchorages } =
    run;
  const berths = port.berths;
  const n = calls.length;
  const anchorageSummaries = anchorages.finish(horizon);
  const kpiSums = new KpiSums(port, warmup, horizon, n, scratch);
  // A call's figures, as its record gives them.
  const reasonOf = (i: number): string | undefined => (rejected.size === 0 ? undefined : rejected.get(i));
  const waitOf = (c: VesselCall, i: number, status: CallStatus): number =>
    status === "rejected" ? 0 : berthOf[i]! < 0 ? Math.max(0, horizon - c.arrival) : startOf[i]! - c.arrival;
  const tideWaitOf = (c: VesselCall, i: number, status: CallStatus): number =>
    joinOf === undefined || status === "rejected" ? 0 : Math.max(0, Math.min(joinOf[i]!, horizon) - c.arrival);
  const hoursOutsideOf = (i: number): number =>
    anchorages.outsideHours.size === 0 ? 0 : (anchorages.outsideHours.get(i) ?? 0);
  const anchorageOf = (i: number): string | undefined => {
    const where = whereAt(whereWaits, i);
    return where === NOWHERE ? undefined : where === OUTSIDE ? "outside" : port.anchorages[where]!.id;
  };
  // Every record is built by one literal with every field present, so they all share one hidden class:
  // spreads of optional fields made property access in the KPIs several times slower.
  const recordOf = (c: VesselCall, i: number): CallRecord => {
    const reason = reasonOf(i);
    const j = berthOf[i]!;
    const b = j >= 0 ? berths[j]! : undefined;
    const start = b === undefined ? undefined : startOf[i]!;
    const serviceStart = start === undefined ? undefined : start + port.shiftHours;
    const status = statusAt(i, berthOf, rejected);
    return {
      id: c.id,
      name: c.name,
      tradeClass: c.tradeClass,
      cargo: c.cargo,
      volume: c.volume,
      arrival: c.arrival,
      dangerousGoods: c.dangerousGoods,
      status,
      wait: waitOf(c, i, status),
      tideWait: tideWaitOf(c, i, status),
      overtaken: overtaken[i]!,
      anchorage: anchorageOf(i),
      hoursOutside: hoursOutsideOf(i),
      berth: b?.id,
      area: b?.area,
      position: b === undefined ? undefined : positionOf === undefined ? 0 : positionOf[i]!,
      loa: c.loa,
      berthingStart: start,
      serviceStart,
      end: b === undefined ? undefined : endOf[i]!,
      rejectReason: reason,
      stream: c.stream,
    };
  };
  const records: CallRecord[] = [];
  if (keep) {
    for (let i = 0; i < n; i++) {
      const record = recordOf(calls[i]!, i);
      kpiSums.add(record);
      records.push(record);
    }
  } else {
    // The same sums as `kpiSums.add(recordOf(c, i))` for every call, without building the records, and from the
    // columns rather than the call objects (scattered in memory: a cache miss each).
    const { arrival, volume, loa, cargoSlot, classSlot } = run.columns;
    kpiSums.addRun({
      calls, arrival, volume, loa, cargoSlot, classSlot,
      berthOf, startOf, endOf, overtaken, joinOf, rejected, whereWaits,
      berthSlot: Int32Array.from(berths, (b) => kpiSums.berthSlotOf(b.id)),
      outsideHours: anchorages.outsideHours,
      shiftHours: port.shiftHours,
    });
  }
  const kpis = kpiSums.finish(run.queueLength.finish(), anchorageSummaries, anchorages.outsideTracker.finish());
  return { records, kpis };
};

/**
 * The outcome of each call as columns (`SimulationResult.columns`), copied out of the run's arrays (which the next
 * run reuses): the status, berth and times its record would have.
 */
export const outcomeColumns = (
  calls: readonly VesselCall[],
  berths: readonly Berth[],
  berthOf: Int32Array,
  startOf: Float64Array,
  endOf: Float64Array,
  rejected: ReadonlyMap<number, string | undefined>,
  shiftHours: number,
): OutcomeColumns => {
  const n = calls.length;
  const status = new Uint8Array(n);
  const berth = Int32Array.from(berthOf);
  const berthingStart = new Float64Array(n);
  const serviceStart = new Float64Array(n);
  const end = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    status[i] = STATUS_CODE[statusAt(i, berthOf, rejected)];
    // Branches, not `berthed ? x : NaN`: V8's optimised code boxed each such value (a heap number per call).
    if (berth[i]! >= 0) {
      berthingStart[i] = startOf[i]!;
      serviceStart[i] = startOf[i]! + shiftHours;
      end[i] = endOf[i]!;
    } else {
      berthingStart[i] = NaN;
      serviceStart[i] = NaN;
      end[i] = NaN;
    }
  }
  return { calls, status, berth, berths, berthingStart, serviceStart, end };
};

/**
 * The result of a finished run: its records (when `records`), KPIs, the anchorages' occupancy series, the outcome
 * columns (when `columns`) and the event log (when kept).
 */
export const runResult = (
  run: RunOutcome,
  rules: RuleSet,
  options: { readonly records: boolean; readonly columns: boolean; readonly log: LogEntry[] | undefined },
  scratch: RunScratch,
): SimulationResult => {
  const { records, kpis } = callOutcomes(run, options.records, scratch);
  const { port, calls, berthOf, startOf, endOf, rejected } = run;
  const { log } = options;
  const outcome = options.columns ? outcomeColumns(calls, port.berths, berthOf, startOf, endOf, rejected, port.shiftHours) : undefined;
  return {
    rules,
    horizon: run.horizon,
    warmup: run.warmup,
    calls: records,
    kpis,
    anchorageSeries: run.anchorages.series(),
    ...(log === undefined ? {} : { log }),
    ...(outcome === undefined ? {} : { columns: outcome }),
  };
};
