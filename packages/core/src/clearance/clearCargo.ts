import { sample } from "../Distribution.ts";
import type { CargoKind } from "../Port.ts";
import { createRandom, type Random } from "../Random.ts";
import type { CallRecord } from "../SimulationResult.ts";
import type { TradeClass } from "../TradeClass.ts";
import type { ClearanceFlow, ClearanceParams } from "./ClearanceParams.ts";
import { WorkCalendar } from "./WorkCalendar.ts";

export type ClearanceDirection = "import" | "export";

export type Inspection = "none" | "conventional" | "nonIntrusive";

/**
 * One simulated cargo unit's way through clearance. Imports are measured from the ship's arrival at the
 * anchorage to release (so berth waiting counts); exports from the lodging of the declaration to release
 * (ready to load). See docs/clearance.md.
 */
export interface ClearanceUnit {
  readonly call: string;
  readonly direction: ClearanceDirection;
  readonly tradeClass: TradeClass;
  readonly cargo: CargoKind;
  /** The area of the berth the ship used. */
  readonly area: string | undefined;
  /** How many of the call's cargo units this one stands for (units of the call ÷ units simulated). */
  readonly weight: number;
  /** Start of the measured time: the ship's arrival (imports) or the declaration's lodging (exports). */
  readonly from: number;
  readonly lodged: number;
  /** Review done (the lodging instant for a declaration released by the system). */
  readonly reviewed: number;
  /** Goods ready for customs: the tally report (imports), the lodging (exports: the unit is at the terminal). */
  readonly ready: number;
  readonly inspection: Inspection;
  readonly release: number;
  /** Clearance time, release − from. */
  readonly hours: number;
}

export interface ClearanceInput {
  /** The served calls of one run (other statuses are skipped), e.g. `simulate(…).calls`. */
  readonly calls: readonly CallRecord[];
  readonly params: ClearanceParams;
  /** Seed of the run; each call draws from its own streams `clearance/<call id>/import` and `…/export`. */
  readonly seed: number;
  /** Calls arriving before it are left out, as the berth KPIs leave them out. */
  readonly warmup?: number;
}

/** The flow of a call: its class and cargo, else its class alone; undefined when none applies. */
export const flowOf = (flows: readonly ClearanceFlow[], tradeClass: TradeClass, cargo: CargoKind): ClearanceFlow | undefined =>
  flows.find((f) => f.tradeClass === tradeClass && f.cargo === cargo) ??
  flows.find((f) => f.tradeClass === tradeClass && f.cargo === undefined);

/**
 * Every simulated cargo unit of the served calls (arriving from the warm-up on), imports then exports per call,
 * calls in the given order. Pure and deterministic: same input ⇒ same units. Each call draws from its own named
 * streams, and every unit makes the same draws whatever the levers, so a unit sees the same lodging, review,
 * inspection and tally draws with and without a lever, and under every berth rule set (common random numbers).
 */
export const clearCargo = (input: ClearanceInput): ClearanceUnit[] => {
  const { params, seed } = input;
  const warmup = input.warmup ?? 0;
  const levers = params.levers;
  const office = new WorkCalendar(params.workingHours);
  const open = levers.outOfHoursInspection ? new WorkCalendar([...params.workingHours, ...params.appointmentHours]) : office;

  // Review in open hours; with same-day processing, done by the end of the office's working day it starts on.
  const review = (lodged: number, hours: number): number => {
    const done = open.addOpenHours(lodged, hours);
    return levers.sameDayProcessing ? Math.min(done, office.endOfWorkingDay(lodged)) : done;
  };

  const units: ClearanceUnit[] = [];
  const clearUnit = (
    call: CallRecord,
    direction: ClearanceDirection,
    rng: Random,
    weight: number,
    arrivalReady: number,
  ): void => {
    // Every draw is made, in this order, whatever the levers (common random numbers).
    const uAuto = rng.next();
    const uAdvance = rng.next();
    const lodging = sample(direction === "import" ? params.importLodging : params.exportLodging, rng);
    const reviewHours = sample(params.review, rng);
    const uInspect = rng.next();
    const uNonIntrusive = rng.next();
    const prep = sample(params.inspectionPrep, rng);
    const conventional = sample(params.inspection, rng);
    const nonIntrusive = Math.min(conventional, sample(params.nonIntrusiveInspection, rng));

    const lodged =
      direction === "import"
        ? uAdvance < levers.advanceDeclaration
          ? call.arrival - params.advanceLodgingHours
          : call.arrival + lodging
        : call.serviceStart! - lodging;
    const ready = direction === "import" ? arrivalReady : lodged;
    const auto = uAuto < params.autoReleaseShare;
    const reviewed = auto ? lodged : review(lodged, reviewHours);
    const inspection: Inspection =
      auto || !(uInspect < params.inspectionShare)
        ? "none"
        : uNonIntrusive < params.nonIntrusiveShare
          ? "nonIntrusive"
          : "conventional";
    const cleared = Math.max(ready, reviewed);
    const release =
      inspection === "none"
        ? cleared
        : open.addOpenHours(cleared + prep, inspection === "nonIntrusive" ? nonIntrusive : conventional);
    const from = direction === "import" ? call.arrival : lodged;
    units.push({
      call: call.id,
      direction,
      tradeClass: call.tradeClass,
      cargo: call.cargo,
      area: call.area,
      weight,
      from,
      lodged,
      reviewed,
      ready,
      inspection,
      release,
      hours: release - from,
    });
  };

  for (const call of input.calls) {
    if (call.status !== "served" || call.arrival < warmup || call.serviceStart === undefined || call.end === undefined)
      continue;
    const flow = flowOf(params.flows, call.tradeClass, call.cargo);
    if (flow === undefined) continue;
    const size = params.unitSize[call.cargo];
    for (const direction of ["import", "export"] as const) {
      const share = direction === "import" ? flow.importShare : flow.exportShare;
      const count = Math.ceil((call.volume * share) / size - 1e-9);
      if (!(count > 0)) continue;
      const rng = createRandom(seed, `clearance/${call.id}/${direction}`);
      // The tally report of the whole call: drawn first, whether or not tally runs during discharge.
      const tally = sample(params.tally, rng);
      const tallyHours = params.levers.tallyDuringDischarge ? Math.min(tally, params.tallyDuringDischargeHours) : tally;
      const simulated = Math.min(count, params.maxUnitsPerCall);
      for (let k = 0; k < simulated; k++) clearUnit(call, direction, rng, count / simulated, call.end + tallyHours);
    }
  }
  return units;
};
