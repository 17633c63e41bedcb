import { type CallRecord, type OutcomeColumns, SERVED } from "../SimulationResult.ts";
import { CallDraws, type DrawnCall } from "./CallDraws.ts";
import { lastIndexIn } from "./FlowTable.ts";
import { TRADE_CLASS_IDS } from "../TradeClass.ts";
import { type ClearanceColumns, NO_INSPECTION, UNKNOWN_CLASS, unitLabel } from "./ClearanceColumns.ts";
import type { ClearanceParams } from "./ClearanceParams.ts";

export interface ClearanceInput {
  /**
   * The calls of one run, of which the served ones clear cargo: its records (`simulate(…).calls`), or its outcome
   * columns (`simulate({ …, records: false, columns: true }).columns`: no object per call, for Monte Carlo).
   */
  readonly calls: readonly CallRecord[] | OutcomeColumns;
  readonly params: ClearanceParams;
  /** Seed of the run; each call draws from its own stream `clearance/<call id>` (one sub-stream per direction). */
  readonly seed: number;
  /** Calls arriving before it are left out, as the berth KPIs leave them out. */
  readonly warmup?: number;
}

/** The draws of the last run, kept for the next one of the same seed and parameters (see CallDraws). */
const draws = new CallDraws();

/**
 * Every simulated cargo unit of the served calls (arriving from the warm-up on), written into `into` (its previous
 * contents are dropped; see `ClearanceColumns`) and returned, labelled with its area's index in `areas`; `detail`
 * fills the columns beyond the KPIs' (`ClearanceUnit` in clearCargo.ts says what each means; docs/clearance.md has
 * the model). Written for a year of traffic per run in well under a millisecond: one pass over the calls, no object
 * per unit and no new columns once `into` is large enough; each call's draws (CallDraws.ts) are made once per seed and parameters, so the rule sets
 * of a Monte Carlo replication after the first only add what berthing changes.
 */
export const clearUnits = (
  input: ClearanceInput,
  detail: boolean,
  into: ClearanceColumns,
  areas: readonly string[] = [],
): ClearanceColumns => {
  const { params, calls } = input;
  const warmup = input.warmup ?? 0;
  const { office, open } = draws.use(params, input.seed, callCount(calls));
  const { maxUnitsPerCall } = params;
  const sameDay = params.levers.sameDayProcessing;
  into.length = 0;
  let i = 0;
  // Service start and end of the call being cleared: passed in a typed array, not as arguments, so that a call of
  // `clear` (not inlined) boxes no number.
  const served = new Float64Array(2);
  // Call c of the run, served from `served[0]` to `served[1]` at a berth of area `area` (index in `areas`, −1 for
  // none), clears its units.
  const clear = (c: number, call: DrawnCall, area: number): void => {
    const first = draws.slotOf(c, call);
    if (first < 0) return;
    const serviceStart = served[0]!;
    const end = served[1]!;
    const imports = draws.importCount[c]!;
    const exports = draws.exportCount[c]!;
    into.reserve(i + draws.units[c]!, detail);
    const arrival = draws.arrivalOf(c, call);
    const classIndex = draws.tradeClass[c] === UNKNOWN_CLASS ? -1 : draws.tradeClass[c]!;
    const importLabel = unitLabel(true, classIndex, TRADE_CLASS_IDS.length, area, areas.length);
    const exportLabel = unitLabel(false, classIndex, TRADE_CLASS_IDS.length, area, areas.length);
    const { lodged: lodging, review, auto, inspection: inspections, prep, inspectionHours, hoursFor } = draws;
    // Served as in the last run (most calls, under another rule set): the units' hours are as they were then.
    const kept = !detail && draws.hoursKept(c, serviceStart, end);
    let slot = first;
    for (let direction = 0; direction < 2; direction++) {
      const isImport = direction === 0;
      const count = isImport ? imports : exports;
      if (count === 0) continue;
      const simulated = Math.min(count, maxUnitsPerCall);
      const weight = count / simulated;
      const label = isImport ? importLabel : exportLabel;
      if (kept) {
        for (let k = 0; k < simulated; k++, i++, slot++) {
          into.label[i] = label;
          into.weight[i] = weight;
          into.hours[i] = hoursFor[slot]!;
          into.slot[i] = slot;
        }
        continue;
      }
      // Imports are ready at the tally report of the whole call.
      const arrivalReady = isImport ? end + draws.tallyHours[c]! : NaN;
      for (let k = 0; k < simulated; k++, i++, slot++) {
        const lodged = isImport ? lodging[slot]! : serviceStart - lodging[slot]!;
        const ready = isImport ? arrivalReady : lodged;
        let reviewed = lodged;
        if (isImport) reviewed = review[slot]!;
        else if (auto[slot] === 0) {
          // Review in open hours; with same-day processing, done by the end of the office's working day it starts on.
          reviewed = open.addOpenHours(lodged, review[slot]!);
          if (sameDay) reviewed = Math.min(reviewed, office.endOfWorkingDay(lodged));
        }
        const inspection = inspections[slot]!;
        const cleared = Math.max(ready, reviewed);
        const release = inspection === NO_INSPECTION ? cleared : open.addOpenHours(cleared + prep[slot]!, inspectionHours[slot]!);
        const from = isImport ? arrival : lodged;
        const hours = release - from;
        into.label[i] = label;
        into.weight[i] = weight;
        into.hours[i] = hours;
        into.slot[i] = slot;
        hoursFor[slot] = hours;
        if (detail) {
          into.call[i] = c;
          into.isImport[i] = isImport ? 1 : 0;
          into.from[i] = from;
          into.lodged[i] = lodged;
          into.reviewed[i] = reviewed;
          into.ready[i] = ready;
          into.release[i] = release;
          into.inspection[i] = inspection;
        }
      }
    }
    if (!kept) draws.keepHours(c, serviceStart, end);
    into.length = i;
  };
  if (isOutcomeColumns(calls)) {
    const { status, berth, berths, serviceStart, end } = calls;
    // Per berth, once per run rather than per call.
    const areaOf = Int32Array.from(berths, (b) => areaIndex(areas, b.area));
    for (let c = 0; c < calls.calls.length; c++) {
      if (status[c] !== SERVED) continue;
      const call = calls.calls[c]!;
      if (draws.arrivalOf(c, call) < warmup) continue;
      served[0] = serviceStart[c]!;
      served[1] = end[c]!;
      clear(c, call, areaOf[berth[c]!]!);
    }
  } else
    for (let c = 0; c < calls.length; c++) {
      const call = calls[c]!;
      if (call.status !== "served" || call.arrival < warmup || call.serviceStart === undefined || call.end === undefined)
        continue;
      served[0] = call.serviceStart;
      served[1] = call.end;
      clear(c, call, areaIndex(areas, call.area));
    }
  return into;
};

/** The generation and count of the slots of the last `clearUnits` (`ClearanceColumns.slot`; see CallDraws). */
export const lastSlots = (): { readonly generation: number; readonly count: number } => ({
  generation: draws.slotGeneration,
  count: draws.slotCount,
});

/** The index of `area` in `areas`, the last if listed twice; −1 for none. */
const areaIndex = (areas: readonly string[], area: string | undefined): number => (area === undefined ? -1 : lastIndexIn(areas, area));

/** Whether a run's calls are given as outcome columns rather than records. */
export const isOutcomeColumns = (calls: ClearanceInput["calls"]): calls is OutcomeColumns => !Array.isArray(calls);

/** The number of calls of a run, given as records or as outcome columns. */
export const callCount = (calls: ClearanceInput["calls"]): number =>
  isOutcomeColumns(calls) ? calls.calls.length : calls.length;
