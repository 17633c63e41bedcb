import type { CargoKind } from "../Port.ts";
import type { TradeClass } from "../TradeClass.ts";
import { ClearanceColumns, CONVENTIONAL, NO_INSPECTION, NON_INTRUSIVE } from "./ClearanceColumns.ts";
import { type ClearanceInput, clearUnits, isOutcomeColumns } from "./clearUnits.ts";

export type ClearanceDirection = "import" | "export";

export type Inspection = "none" | "conventional" | "nonIntrusive";

const INSPECTIONS: Record<number, Inspection> = {
  [NO_INSPECTION]: "none",
  [CONVENTIONAL]: "conventional",
  [NON_INTRUSIVE]: "nonIntrusive",
};

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

/** Filled again by every call; the units returned share nothing with it. */
const columns = new ClearanceColumns();

/**
 * Every simulated cargo unit of the served calls (arriving from the warm-up on), imports then exports per call,
 * calls in the given order. Pure and deterministic: same input ⇒ same units. Each call draws from its own named
 * stream, and every draw of a unit has a fixed place in it whatever the levers (clearUnits.ts, `AT_…`), so a unit
 * sees the same lodging, review, inspection and tally draws with and without a lever, and under every berth rule
 * set (common random numbers). The engine is `clearUnits`; the Monte Carlo KPIs come from it without these
 * objects (`clearCargoKpis`).
 */
export const clearCargo = (input: ClearanceInput): ClearanceUnit[] => {
  const u = clearUnits(input, true, columns);
  const units: ClearanceUnit[] = [];
  for (let i = 0; i < u.length; i++) {
    const c = u.call[i]!;
    const calls = input.calls;
    const call = isOutcomeColumns(calls) ? calls.calls[c]! : calls[c]!;
    units.push({
      call: call.id,
      direction: u.isImport[i] === 1 ? "import" : "export",
      tradeClass: call.tradeClass,
      cargo: call.cargo,
      area: isOutcomeColumns(calls) ? calls.berths[calls.berth[c]!]!.area : calls[c]!.area,
      weight: u.weight[i]!,
      from: u.from[i]!,
      lodged: u.lodged[i]!,
      reviewed: u.reviewed[i]!,
      ready: u.ready[i]!,
      inspection: INSPECTIONS[u.inspection[i]!]!,
      release: u.release[i]!,
      hours: u.hours[i]!,
    });
  }
  return units;
};
