import type { CargoKind } from "../Port.ts";
import { drawAt, extendStreamName, type Random, StreamReader, streamName, subStreamName } from "../Random.ts";
import type { CallRecord } from "../SimulationResult.ts";
import type { TradeClass } from "../TradeClass.ts";
import type { ClearanceFlow, ClearanceParams } from "./ClearanceParams.ts";
import { samplerOf } from "./samplerOf.ts";
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

/** Inspection codes of `ClearanceColumns.inspection`. */
export const NO_INSPECTION = 0;
export const CONVENTIONAL = 1;
export const NON_INTRUSIVE = 2;

/**
 * The simulated units of a run, one column per field (unit i at index i of each), in `clearCargo`'s order:
 * imports then exports per call, calls in the given order. `ClearanceUnit` (clearCargo.ts) says what each means.
 * The detail columns are empty unless asked for: the KPIs need only `hours`, `weight`, `isImport` and `call`.
 */
export interface ClearanceColumns {
  readonly length: number;
  /** Index of the unit's call in `input.calls`. */
  readonly call: Int32Array;
  /** 1 for an import, 0 for an export. */
  readonly isImport: Uint8Array;
  readonly weight: Float64Array;
  readonly hours: Float64Array;
  readonly from: Float64Array;
  readonly lodged: Float64Array;
  readonly reviewed: Float64Array;
  readonly ready: Float64Array;
  readonly release: Float64Array;
  /** NO_INSPECTION, CONVENTIONAL or NON_INTRUSIVE. */
  readonly inspection: Uint8Array;
}

/** The flow of a call: its class and cargo, else its class alone; undefined when none applies. */
export const flowOf = (flows: readonly ClearanceFlow[], tradeClass: TradeClass, cargo: CargoKind): ClearanceFlow | undefined =>
  flows.find((f) => f.tradeClass === tradeClass && f.cargo === cargo) ??
  flows.find((f) => f.tradeClass === tradeClass && f.cargo === undefined);

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

/** A duration drawn by `sampler` (see samplerOf.ts) from the sub-stream at `place` of stream `name`. */
const duration = (reader: StreamReader, sampler: (rng: Random) => number, name: number, place: number): number =>
  sampler(reader.read(subStreamName(name, place)));

/** Units of `volume × share` in units of `size`, as a whole number (a part unit counts as one). */
const unitCount = (volume: number, share: number, size: number): number => Math.ceil((volume * share) / size - 1e-9);

/** How many times the unit loop of `clearUnits` runs for `count` units: k = 0, 1, … while k < min(count, max). */
const loops = (count: number, max: number): number => Math.max(0, Math.ceil(Math.min(count, max)));

/**
 * Every simulated cargo unit of the served calls (arriving from the warm-up on), as columns; `detail` fills the
 * columns beyond the KPIs' four (`ClearanceUnit` in clearCargo.ts says what each means; docs/clearance.md has the
 * model). Written for a year of traffic per run in a few milliseconds: no object per unit, each call's stream named
 * without building the name, only the draws that matter made, the flow of each (class, cargo) looked up once.
 */
export const clearUnits = (input: ClearanceInput, detail: boolean): ClearanceColumns => {
  const { params, calls } = input;
  const warmup = input.warmup ?? 0;
  const { levers, maxUnitsPerCall } = params;
  const office = new WorkCalendar(params.workingHours);
  const open = levers.outOfHoursInspection ? new WorkCalendar([...params.workingHours, ...params.appointmentHours]) : office;

  // First pass: the units each call simulates per direction, so the columns are allocated once, to size.
  const flows = new Map<TradeClass, Map<CargoKind, ClearanceFlow | null>>();
  const counts = new Float64Array(2 * calls.length);
  let length = 0;
  for (let c = 0; c < calls.length; c++) {
    const call = calls[c]!;
    if (call.status !== "served" || call.arrival < warmup || call.serviceStart === undefined || call.end === undefined)
      continue;
    let ofClass = flows.get(call.tradeClass);
    if (ofClass === undefined) flows.set(call.tradeClass, (ofClass = new Map()));
    let flow = ofClass.get(call.cargo);
    if (flow === undefined) ofClass.set(call.cargo, (flow = flowOf(params.flows, call.tradeClass, call.cargo) ?? null));
    if (flow === null) continue;
    const size = params.unitSize[call.cargo];
    const imports = unitCount(call.volume, flow.importShare, size);
    const exports = unitCount(call.volume, flow.exportShare, size);
    // NaN and ≤ 0 counts simulate nothing.
    counts[2 * c] = imports > 0 ? imports : 0;
    counts[2 * c + 1] = exports > 0 ? exports : 0;
    length += loops(counts[2 * c]!, maxUnitsPerCall) + loops(counts[2 * c + 1]!, maxUnitsPerCall);
  }

  const columns: ClearanceColumns = {
    length,
    call: new Int32Array(length),
    isImport: new Uint8Array(length),
    weight: new Float64Array(length),
    hours: new Float64Array(length),
    from: new Float64Array(detail ? length : 0),
    lodged: new Float64Array(detail ? length : 0),
    reviewed: new Float64Array(detail ? length : 0),
    ready: new Float64Array(detail ? length : 0),
    release: new Float64Array(detail ? length : 0),
    inspection: new Uint8Array(detail ? length : 0),
  };

  const advanceShare = levers.advanceDeclaration;
  const { autoReleaseShare, inspectionShare, nonIntrusiveShare, advanceLodgingHours } = params;
  const sameDay = levers.sameDayProcessing;
  const prefix = streamName(input.seed, "clearance/");
  const reader = new StreamReader();
  const tallySampler = samplerOf(params.tally);
  const importLodging = samplerOf(params.importLodging);
  const exportLodging = samplerOf(params.exportLodging);
  const review = samplerOf(params.review);
  const inspectionPrep = samplerOf(params.inspectionPrep);
  const conventionalInspection = samplerOf(params.inspection);
  const nonIntrusiveInspection = samplerOf(params.nonIntrusiveInspection);
  let i = 0;
  for (let c = 0; c < calls.length; c++) {
    const importCount = counts[2 * c]!;
    const exportCount = counts[2 * c + 1]!;
    if (importCount === 0 && exportCount === 0) continue;
    const call = calls[c]!;
    const callName = extendStreamName(prefix, call.id);
    for (let direction = 0; direction < 2; direction++) {
      const isImport = direction === 0;
      const count = isImport ? importCount : exportCount;
      if (count === 0) continue;
      const name = subStreamName(callName, direction);
      // The tally report of the whole call, whether or not tally runs during discharge.
      const tally = duration(reader, tallySampler, name, AT_TALLY);
      const tallyHours = levers.tallyDuringDischarge ? Math.min(tally, params.tallyDuringDischargeHours) : tally;
      const arrivalReady = call.end! + tallyHours;
      const simulated = Math.min(count, maxUnitsPerCall);
      const weight = count / simulated;
      for (let k = 0; k < simulated; k++, i++) {
        // The unit's draws, each at its own place (see DRAWS), made only when needed.
        const at = 1 + k * DRAWS;
        const lodged = isImport
          ? chance(advanceShare, name, at + AT_ADVANCE)
            ? call.arrival - advanceLodgingHours
            : call.arrival + duration(reader, importLodging, name, at + AT_LODGING)
          : call.serviceStart! - duration(reader, exportLodging, name, at + AT_LODGING);
        const ready = isImport ? arrivalReady : lodged;
        let reviewed = lodged;
        let inspection = NO_INSPECTION;
        if (!chance(autoReleaseShare, name, at + AT_AUTO)) {
          // Review in open hours; with same-day processing, done by the end of the office's working day it starts on.
          reviewed = open.addOpenHours(lodged, duration(reader, review, name, at + AT_REVIEW));
          if (sameDay) reviewed = Math.min(reviewed, office.endOfWorkingDay(lodged));
          if (chance(inspectionShare, name, at + AT_INSPECT))
            inspection = chance(nonIntrusiveShare, name, at + AT_NON_INTRUSIVE) ? NON_INTRUSIVE : CONVENTIONAL;
        }
        const cleared = Math.max(ready, reviewed);
        let release = cleared;
        if (inspection !== NO_INSPECTION) {
          const conventional = duration(reader, conventionalInspection, name, at + AT_CONVENTIONAL_HOURS);
          // A unit's non-intrusive inspection is never longer than its conventional one.
          const hours =
            inspection === NON_INTRUSIVE
              ? Math.min(conventional, duration(reader, nonIntrusiveInspection, name, at + AT_NON_INTRUSIVE_HOURS))
              : conventional;
          release = open.addOpenHours(cleared + duration(reader, inspectionPrep, name, at + AT_PREP), hours);
        }
        const from = isImport ? call.arrival : lodged;
        columns.call[i] = c;
        columns.isImport[i] = isImport ? 1 : 0;
        columns.weight[i] = weight;
        columns.hours[i] = release - from;
        if (detail) {
          columns.from[i] = from;
          columns.lodged[i] = lodged;
          columns.reviewed[i] = reviewed;
          columns.ready[i] = ready;
          columns.release[i] = release;
          columns.inspection[i] = inspection;
        }
      }
    }
  }
  return columns;
};
