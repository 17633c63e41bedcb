import { drawAt, extendStreamName, streamName, subStreamName } from "../Random.ts";
import type { VesselCall } from "../VesselCall.ts";
import { TRADE_CLASS_IDS } from "../TradeClass.ts";
import { CONVENTIONAL, NO_INSPECTION, NON_INTRUSIVE, UNKNOWN_CLASS } from "./ClearanceColumns.ts";
import type { ClearanceParams } from "./ClearanceParams.ts";
import { ClearancePlan } from "./ClearancePlan.ts";
import { indexIn } from "./FlowTable.ts";

/** What a call's draws depend on (with the seed and parameters): a `VesselCall`'s or `CallRecord`'s fields. */
export type DrawnCall = Pick<VesselCall, "id" | "tradeClass" | "cargo" | "volume" | "arrival">;

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

/** How many times a unit loop `k = 0, 1, … while k < min(count, max)` runs. */
export const loops = (count: number, max: number): number => Math.max(0, Math.ceil(Math.min(count, max)));

/**
 * The part of each call's clearance that no berth rule set changes, kept for the next run of the same seed and
 * parameters: Monte Carlo clears the calls of one replication under every rule set, and the calls, their ids,
 * cargo and arrivals are the same in each — only berthing differs. So a call's draws are made once per replication
 * (its stream named, every duration and share drawn), and so is all that depends only on them and the arrival (an
 * import's lodging and review); `clearUnits` adds what depends on berthing (service start and end).
 *
 * After `slotOf(c, call)`, the call's counts are `importCount[c]`, `exportCount[c]` (≥ 0), an import's tally report
 * comes `tallyHours[c]` after the end of service, and its units are at the slots from the one returned, imports
 * first (`loops(count, maxUnitsPerCall)` of each). Per slot: `lodged` (imports: the instant; exports: hours before
 * service start), `review` (imports: the instant of review done; exports: the review's open hours, unless
 * `auto`), `inspection`, `prep` and `inspectionHours` (when inspected).
 *
 * An entry is keyed by the call's position in `calls` and checked against its id, class, cargo, volume and arrival
 * (all the draws depend on, with the seed and parameters), so a different list of calls is simply drawn afresh.
 */
export class CallDraws {
  plan: ClearancePlan | undefined;
  private prefix = NaN;
  private generation = 0;
  // Per call.
  private entryGeneration = new Int32Array(0);
  private first = new Int32Array(0);
  /** The slots of the position in this generation: `room[c]` of them from `home[c]`, reused by a call drawn afresh. */
  private home = new Int32Array(0);
  private room = new Int32Array(0);
  /** The call object last seen at the position: the same object is the same call (the core's input is never changed in place). */
  private objects: (DrawnCall | undefined)[] = [];
  private ids: (string | undefined)[] = [];
  private classes: (string | undefined)[] = [];
  private cargos: (string | undefined)[] = [];
  private volumes = new Float64Array(0);
  private arrivals = new Float64Array(0);
  importCount = new Float64Array(0);
  exportCount = new Float64Array(0);
  /** Units simulated of the call, both directions. */
  units = new Float64Array(0);
  tallyHours = new Float64Array(0);
  tradeClass = new Uint8Array(0);
  /** Whether `hoursFor` holds the call's units' hours when served from `servedFrom[c]` to `servedTo[c]`. */
  private berthed = new Uint8Array(0);
  private servedFrom = new Float64Array(0);
  private servedTo = new Float64Array(0);
  // Per unit slot.
  /** The unit's clearance hours when its call was served as `servedFrom`/`servedTo` say (see `berthed`). */
  hoursFor = new Float64Array(0);
  private used = 0;
  lodged = new Float64Array(0);
  review = new Float64Array(0);
  auto = new Uint8Array(0);
  inspection = new Uint8Array(0);
  prep = new Float64Array(0);
  inspectionHours = new Float64Array(0);

  /** Changes whenever a slot may stand for another unit than before (another seed or parameters). */
  get slotGeneration(): number {
    return this.generation;
  }

  /** Every slot returned so far in this generation is below it. */
  get slotCount(): number {
    return this.used;
  }

  /** Readies the draws of a run of `calls` calls under `params` and `seed`, keeping those of the last run if alike. */
  use(params: ClearanceParams, seed: number, calls: number): ClearancePlan {
    const prefix = streamName(seed, "clearance/");
    if (this.plan?.params !== params) this.plan = new ClearancePlan(params);
    else if (prefix === this.prefix) {
      if (calls > this.first.length) this.growCalls(calls);
      return this.plan;
    }
    this.prefix = prefix;
    this.generation++;
    this.used = 0;
    if (calls > this.first.length) this.growCalls(calls);
    return this.plan;
  }

  /** The first unit slot of call `c` of the run, its draws made unless they are kept; −1 when it clears nothing. */
  slotOf(c: number, call: DrawnCall): number {
    if (this.entryGeneration[c] === this.generation && this.objects[c] === call) return this.first[c]!;
    if (
      this.entryGeneration[c] === this.generation &&
      this.ids[c] === call.id &&
      this.classes[c] === call.tradeClass &&
      this.cargos[c] === call.cargo &&
      same(this.volumes[c]!, call.volume) &&
      same(this.arrivals[c]!, call.arrival)
    ) {
      this.objects[c] = call;
      return this.first[c]!;
    }
    // A call drawn afresh in the same generation (another list of calls) reuses its position's slots if they hold it.
    const room = this.entryGeneration[c] === this.generation ? this.room[c]! : -1;
    this.entryGeneration[c] = this.generation;
    this.objects[c] = call;
    this.ids[c] = call.id;
    this.classes[c] = call.tradeClass;
    this.cargos[c] = call.cargo;
    this.volumes[c] = call.volume;
    this.arrivals[c] = call.arrival;
    return (this.first[c] = this.draw(c, call, room));
  }

  /** `call.arrival` of call c of the run, read without reading the call when it is the one last seen there. */
  arrivalOf(c: number, call: DrawnCall): number {
    return this.entryGeneration[c] === this.generation && this.objects[c] === call ? this.arrivals[c]! : call.arrival;
  }

  /** Whether the hours of call c's units in `hoursFor` are those of service from `start` to `end`. */
  hoursKept(c: number, start: number, end: number): boolean {
    return this.berthed[c] === 1 && same(this.servedFrom[c]!, start) && same(this.servedTo[c]!, end);
  }

  /** Says that `hoursFor` now holds the hours of call c's units served from `start` to `end`. */
  keepHours(c: number, start: number, end: number): void {
    this.berthed[c] = 1;
    this.servedFrom[c] = start;
    this.servedTo[c] = end;
  }

  private draw(c: number, call: DrawnCall, room: number): number {
    this.berthed[c] = 0;
    if (room < 0) room = this.room[c] = 0;
    const plan = this.plan!;
    const { params, flows, open, office } = plan;
    const classIndex = indexIn(TRADE_CLASS_IDS, call.tradeClass);
    this.tradeClass[c] = classIndex < 0 ? UNKNOWN_CLASS : classIndex;
    const counted = flows.count(call.tradeClass, classIndex, call.cargo, call.volume);
    const imports = counted ? flows.imports : 0;
    const exports = counted ? flows.exports : 0;
    this.importCount[c] = imports;
    this.exportCount[c] = exports;
    this.units[c] = 0;
    if (imports === 0 && exports === 0) return -1;
    const { levers, maxUnitsPerCall, autoReleaseShare, inspectionShare, nonIntrusiveShare } = params;
    const importUnits = loops(imports, maxUnitsPerCall);
    const units = importUnits + loops(exports, maxUnitsPerCall);
    this.units[c] = units;
    let first = this.home[c]!;
    if (units > room) {
      first = this.home[c] = this.reserve(units);
      this.room[c] = units;
    }
    const callName = extendStreamName(this.prefix, call.id);
    const arrival = call.arrival;
    for (let direction = 0; direction < 2; direction++) {
      const isImport = direction === 0;
      const count = isImport ? imports : exports;
      if (count === 0) continue;
      const name = subStreamName(callName, direction);
      if (isImport) {
        // The tally report of the whole call, whether or not tally runs during discharge.
        const tally = plan.tally(subStreamName(name, AT_TALLY));
        this.tallyHours[c] = levers.tallyDuringDischarge ? Math.min(tally, params.tallyDuringDischargeHours) : tally;
      }
      const simulated = Math.min(count, maxUnitsPerCall);
      let slot = isImport ? first : first + importUnits;
      for (let k = 0; k < simulated; k++, slot++) {
        // The unit's draws, each at its own place (see DRAWS), made only when needed.
        const at = 1 + k * DRAWS;
        const lodging = isImport
          ? chance(levers.advanceDeclaration, name, at + AT_ADVANCE)
            ? arrival - params.advanceLodgingHours
            : arrival + plan.importLodging(subStreamName(name, at + AT_LODGING))
          : plan.exportLodging(subStreamName(name, at + AT_LODGING));
        const auto = chance(autoReleaseShare, name, at + AT_AUTO);
        let review = isImport ? lodging : NaN;
        let inspection = NO_INSPECTION;
        if (!auto) {
          const hours = plan.review(subStreamName(name, at + AT_REVIEW));
          if (isImport) {
            // Review in open hours; with same-day processing, done by the end of the office's working day it starts on.
            review = open.addOpenHours(lodging, hours);
            if (levers.sameDayProcessing) review = Math.min(review, office.endOfWorkingDay(lodging));
          } else review = hours;
          if (chance(inspectionShare, name, at + AT_INSPECT))
            inspection = chance(nonIntrusiveShare, name, at + AT_NON_INTRUSIVE) ? NON_INTRUSIVE : CONVENTIONAL;
        }
        this.lodged[slot] = lodging;
        this.review[slot] = review;
        this.auto[slot] = auto ? 1 : 0;
        this.inspection[slot] = inspection;
        if (inspection !== NO_INSPECTION) {
          const conventional = plan.inspection(subStreamName(name, at + AT_CONVENTIONAL_HOURS));
          // A unit's non-intrusive inspection is never longer than its conventional one.
          this.inspectionHours[slot] =
            inspection === NON_INTRUSIVE
              ? Math.min(conventional, plan.nonIntrusiveInspection(subStreamName(name, at + AT_NON_INTRUSIVE_HOURS)))
              : conventional;
          this.prep[slot] = plan.inspectionPrep(subStreamName(name, at + AT_PREP));
        }
      }
    }
    return first;
  }

  /** `units` new slots; the first one's index. */
  private reserve(units: number): number {
    const first = this.used;
    this.used += units;
    if (this.used > this.lodged.length) {
      const size = Math.max(this.used, 2 * this.lodged.length, 1024);
      this.lodged = copy(this.lodged, new Float64Array(size));
      this.review = copy(this.review, new Float64Array(size));
      this.auto = copy(this.auto, new Uint8Array(size));
      this.inspection = copy(this.inspection, new Uint8Array(size));
      this.prep = copy(this.prep, new Float64Array(size));
      this.inspectionHours = copy(this.inspectionHours, new Float64Array(size));
      this.hoursFor = copy(this.hoursFor, new Float64Array(size));
    }
    return first;
  }

  private growCalls(calls: number): void {
    const size = Math.max(calls, 2 * this.first.length);
    this.entryGeneration = copy(this.entryGeneration, new Int32Array(size));
    this.first = copy(this.first, new Int32Array(size));
    this.home = copy(this.home, new Int32Array(size));
    this.room = copy(this.room, new Int32Array(size));
    this.volumes = copy(this.volumes, new Float64Array(size));
    this.arrivals = copy(this.arrivals, new Float64Array(size));
    this.importCount = copy(this.importCount, new Float64Array(size));
    this.exportCount = copy(this.exportCount, new Float64Array(size));
    this.units = copy(this.units, new Float64Array(size));
    // Packed arrays, written anywhere below their length (a far write past the end would make a slow dictionary).
    for (const list of [this.objects, this.ids, this.classes, this.cargos]) for (let c = list.length; c < size; c++) list.push(undefined);
    this.tallyHours = copy(this.tallyHours, new Float64Array(size));
    this.tradeClass = copy(this.tradeClass, new Uint8Array(size));
    this.berthed = copy(this.berthed, new Uint8Array(size));
    this.servedFrom = copy(this.servedFrom, new Float64Array(size));
    this.servedTo = copy(this.servedTo, new Float64Array(size));
  }
}

/** Equal as numbers are to the draws: the same value, −0 apart from 0, NaN equal to NaN (Object.is, unboxed). */
const same = (a: number, b: number): boolean => (a === b ? a !== 0 || 1 / a === 1 / b : a !== a && b !== b);

const copy = <T extends Int32Array | Uint8Array | Float64Array>(old: T, into: T): T => {
  into.set(old as never);
  return into;
};
