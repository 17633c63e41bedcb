import type { Distribution } from "../Distribution.ts";
import type { CargoKind } from "../Port.ts";
import type { TradeClass } from "../TradeClass.ts";
import type { WorkWindow } from "./WorkCalendar.ts";

/**
 * Which calls carry cargo that clears customs, and how much of it: of a call of `tradeClass` (and `cargo`, when
 * given), `importShare` of its volume is discharged as imports and `exportShare` loaded as exports. A call takes
 * the flow of its class and cargo, else the flow of its class without a cargo; a call with no flow carries none
 * (domestic trade clears no customs).
 */
export interface ClearanceFlow {
  readonly tradeClass: TradeClass;
  readonly cargo?: CargoKind;
  readonly importShare: number;
  readonly exportShare: number;
}

/**
 * The action plan's efficiency measures (口岸提效) as switches on the clearance stage. With every lever off
 * the stage is the port before the plan; each lever, on, never makes any unit's clearance longer (same draws).
 */
export interface ClearanceLevers {
  /** Share (0–1) of import declarations lodged before the ship arrives (提前申报); the rest after arrival. */
  readonly advanceDeclaration: number;
  /** Tally during discharge (边卸船边理货): the tally report comes `tallyDuringDischargeHours` after discharge. */
  readonly tallyDuringDischarge: boolean;
  /** Same-day processing (日报日清): a declaration is reviewed by the end of the working day on which review starts. */
  readonly sameDayProcessing: boolean;
  /**
   * Longer service hours and inspection by appointment outside working hours (延长通关服务时间, 非工作时间预约查验):
   * review and inspection may also use `appointmentHours`, so weekend arrivals clear normally.
   */
  readonly outOfHoursInspection: boolean;
}

/**
 * The clearance stage after berthing (imports) or before loading (exports), per cargo unit: a container or a lot
 * of bulk. Hours are clock hours except where "open hours" says the work only runs while customs is open.
 * The meaning of every parameter and the Jiaxing values, with sources or "assumption", are in docs/clearance.md.
 */
export interface ClearanceParams {
  readonly flows: readonly ClearanceFlow[];
  /** Volume of one unit per cargo kind (TEU per container, tonnes per lot). */
  readonly unitSize: Readonly<Record<CargoKind, number>>;
  /** At most this many units of a call, per direction, are simulated; each stands for an equal share of them. */
  readonly maxUnitsPerCall: number;
  /** Targets of the whole-port clearance time: imports, exports (hours). */
  readonly importTargetHours: number;
  readonly exportTargetHours: number;
  /** Customs working hours: declarations are reviewed and cargo inspected only then. */
  readonly workingHours: readonly WorkWindow[];
  /** Extra open hours for review and inspection when `levers.outOfHoursInspection` is on. */
  readonly appointmentHours: readonly WorkWindow[];
  /** Hours after the ship's arrival at which an import declaration is lodged (without advance declaration). */
  readonly importLodging: Distribution;
  /** Hours before the ship's arrival at which an advance import declaration is lodged. */
  readonly advanceLodgingHours: number;
  /** Hours before the ship's service start at which an export declaration is lodged. */
  readonly exportLodging: Distribution;
  /** Share (0–1) of declarations released by the system at once, at any hour, with no review or inspection. */
  readonly autoReleaseShare: number;
  /** Review of a declaration, open hours. */
  readonly review: Distribution;
  /** Share (0–1) of reviewed units selected for inspection (布控查验). */
  readonly inspectionShare: number;
  /** Share (0–1) of inspections done non-intrusively (H986 scanner) rather than by opening the unit. */
  readonly nonIntrusiveShare: number;
  /** Moving the unit to the inspection site and notifying the parties, clock hours. */
  readonly inspectionPrep: Distribution;
  /** A conventional inspection, open hours. */
  readonly inspection: Distribution;
  /** A non-intrusive inspection, open hours (a unit's is never longer than its conventional one). */
  readonly nonIntrusiveInspection: Distribution;
  /** From the end of discharge to the tally report, clock hours (tally after discharge). */
  readonly tally: Distribution;
  /** From the end of discharge to the tally report with tally during discharge, clock hours (plan: 0.5). */
  readonly tallyDuringDischargeHours: number;
  readonly levers: ClearanceLevers;
}

/** Every lever off: the port before the action plan's efficiency measures. */
export const NO_LEVERS: ClearanceLevers = {
  advanceDeclaration: 0,
  tallyDuringDischarge: false,
  sameDayProcessing: false,
  outOfHoursInspection: false,
};
