import { drawAt, extendStreamName, streamName, subStreamName } from "../Random.ts";
import type { CallRecord } from "../SimulationResult.ts";
import { TRADE_CLASS_IDS } from "../TradeClass.ts";
import { type ClearanceColumns, CONVENTIONAL, NO_INSPECTION, NON_INTRUSIVE, UNKNOWN_CLASS } from "./ClearanceColumns.ts";
import type { ClearanceParams } from "./ClearanceParams.ts";
import { FlowTable, indexIn } from "./FlowTable.ts";
import { streamSamplerOf } from "./samplerOf.ts";
import { WorkCalendar } from "./WorkCalendar.ts";

export interface ClearanceInput {
  /** The served calls of one run (other statuses are skipped), e.g. `simulate(…).calls`. */
  readonly calls: readonly CallRecord[];
  readonly params: ClearanceParams;
  /** Seed of the run; each call draws from its own stream `clearance/<call id>` (one sub-stream per direction). */
  readonly seed: number;
  /** Calls arriving before it are left out, as the berth KPIs leave them out. */
  readonly warmup?: number;
}

/**
 * Where each draw of a call's direction lies in its stream `clearance/<call id>` → sub-stream 0 (imports) or 1
 * (exports): the tally at 0, then DRAWS places per unit. A share's uniform is the stream's draw at its place, a
 * duration is sampled from the sub-stream at its place. Every draw has its place whatever the levers and whether
 * or not it is made, so each unit sees the same numbers under every lever setting and rule set (common random
 * numbers), and a draw that cannot matter (the review of a unit released by the system) is not made.
 */
const AT_TALLY = 0;
const AT_AUTO = 0;
const AT_ADVANCE = 1;
const AT_LODGING = 2;
const AT_REVIEW = 3;
const AT_INSPECT = 4;
const AT_NON_INTRUSIVE = 5;
const AT_PREP = 6;
const AT_CONVENTIONAL_HOURS = 7;
const AT_NON_INTRUSIVE_HOURS = 8;
const DRAWS = 9;

/** Whether the event of probability `share` happens, by the uniform at `place` of stream `name`. */
const chance = (share: number, name: number, place: number): boolean => share >= 1 || (share > 0 && drawAt(name, place) < share);

/** How many times the unit loop of `clearUnits` runs for `count` units: k = 0, 1, … while k < min(count, max). */
const loops = (count: number, max: number): number => Math.max(0, Math.ceil(Math.min(count, max)));

/**
 * Every simulated cargo unit of the served calls (arriving from the warm-up on), written into `into` (its previous
 * contents are dropped; see `ClearanceColumns`) and returned; `detail` fills the columns beyond the KPIs' (`ClearanceUnit`
 * in clearCargo.ts says what each means; docs/clearance.md has the model). Written for a year of traffic per run
 * in well under a millisecond: one pass over the calls, no object per unit and no new columns once `into` is large
 * enough, each call's stream named without building the name, only the draws that matter made, the flow of each
 * (class, cargo) worked out once.
 */
export const clearUnits = (input: ClearanceInput, detail: boolean, into: ClearanceColumns): ClearanceColumns => {
  const { params, calls } = input;
  const warmup = input.warmup ?? 0;
  const { levers, maxUnitsPerCall } = params;
  const office = new WorkCalendar(params.workingHours);
  const open = levers.outOfHoursInspection ? new WorkCalendar([...params.workingHours, ...params.appointmentHours]) : office;
  const flows = new FlowTable(params);
  const advanceShare = levers.advanceDeclaration;
  const { autoReleaseShare, inspectionShare, nonIntrusiveShare, advanceLodgingHours } = params;
  const sameDay = levers.sameDayProcessing;
  const tallyDuringDischarge = levers.tallyDuringDischarge;
  const prefix = streamName(input.seed, "clearance/");
  const tallyOf = streamSamplerOf(params.tally);
  const importLodging = streamSamplerOf(params.importLodging);
  const exportLodging = streamSamplerOf(params.exportLodging);
  const review = streamSamplerOf(params.review);
  const inspectionPrep = streamSamplerOf(params.inspectionPrep);
  const conventionalInspection = streamSamplerOf(params.inspection);
  const nonIntrusiveInspection = streamSamplerOf(params.nonIntrusiveInspection);
  into.length = 0;
  let i = 0;
  for (let c = 0; c < calls.length; c++) {
    const call = calls[c]!;
    if (call.status !== "served" || call.arrival < warmup || call.serviceStart === undefined || call.end === undefined)
      continue;
    const classIndex = indexIn(TRADE_CLASS_IDS, call.tradeClass);
    if (!flows.count(call.tradeClass, classIndex, call.cargo, call.volume)) continue;
    const { imports, exports } = flows;
    if (imports === 0 && exports === 0) continue;
    into.reserve(i + loops(imports, maxUnitsPerCall) + loops(exports, maxUnitsPerCall), detail);
    const callName = extendStreamName(prefix, call.id);
    const { arrival, serviceStart, end } = call;
    const tradeClass = classIndex < 0 ? UNKNOWN_CLASS : classIndex;
    for (let direction = 0; direction < 2; direction++) {
      const isImport = direction === 0;
      const count = isImport ? imports : exports;
      if (count === 0) continue;
      const name = subStreamName(callName, direction);
      // Imports are ready at the tally report of the whole call, whether or not tally runs during discharge.
      let arrivalReady = NaN;
      if (isImport) {
        const tally = tallyOf(subStreamName(name, AT_TALLY));
        arrivalReady = end + (tallyDuringDischarge ? Math.min(tally, params.tallyDuringDischargeHours) : tally);
      }
      const simulated = Math.min(count, maxUnitsPerCall);
      const weight = count / simulated;
      for (let k = 0; k < simulated; k++, i++) {
        // The unit's draws, each at its own place (see DRAWS), made only when needed.
        const at = 1 + k * DRAWS;
        const lodged = isImport
          ? chance(advanceShare, name, at + AT_ADVANCE)
            ? arrival - advanceLodgingHours
            : arrival + importLodging(subStreamName(name, at + AT_LODGING))
          : serviceStart - exportLodging(subStreamName(name, at + AT_LODGING));
        const ready = isImport ? arrivalReady : lodged;
        let reviewed = lodged;
        let inspection = NO_INSPECTION;
        if (!chance(autoReleaseShare, name, at + AT_AUTO)) {
          // Review in open hours; with same-day processing, done by the end of the office's working day it starts on.
          reviewed = open.addOpenHours(lodged, review(subStreamName(name, at + AT_REVIEW)));
          if (sameDay) reviewed = Math.min(reviewed, office.endOfWorkingDay(lodged));
          if (chance(inspectionShare, name, at + AT_INSPECT))
            inspection = chance(nonIntrusiveShare, name, at + AT_NON_INTRUSIVE) ? NON_INTRUSIVE : CONVENTIONAL;
        }
        const cleared = Math.max(ready, reviewed);
        let release = cleared;
        if (inspection !== NO_INSPECTION) {
          const conventional = conventionalInspection(subStreamName(name, at + AT_CONVENTIONAL_HOURS));
          // A unit's non-intrusive inspection is never longer than its conventional one.
          const hours =
            inspection === NON_INTRUSIVE
              ? Math.min(conventional, nonIntrusiveInspection(subStreamName(name, at + AT_NON_INTRUSIVE_HOURS)))
              : conventional;
          release = open.addOpenHours(cleared + inspectionPrep(subStreamName(name, at + AT_PREP)), hours);
        }
        const from = isImport ? arrival : lodged;
        into.call[i] = c;
        into.isImport[i] = isImport ? 1 : 0;
        into.tradeClass[i] = tradeClass;
        into.weight[i] = weight;
        into.hours[i] = release - from;
        if (detail) {
          into.from[i] = from;
          into.lodged[i] = lodged;
          into.reviewed[i] = reviewed;
          into.ready[i] = ready;
          into.release[i] = release;
          into.inspection[i] = inspection;
        }
      }
    }
    into.length = i;
  }
  return into;
};
