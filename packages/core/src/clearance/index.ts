export { type ClearanceFlow, type ClearanceLevers, type ClearanceParams, NO_LEVERS } from "./ClearanceParams.ts";
export { clearCargo, type ClearanceDirection, type ClearanceUnit, type Inspection } from "./clearCargo.ts";
export {
  clearCargoKpis,
  type ClearanceKpis,
  clearanceKpis,
  type ClearanceStats,
  clearanceStats,
  type ClearanceTargets,
  type DirectionKpis,
} from "./clearanceKpis.ts";
export { clearanceKeys, clearanceVector } from "./clearanceVector.ts";
export { type ClearanceInput } from "./clearUnits.ts";
export { flowOf } from "./FlowTable.ts";
export { WorkCalendar, type WorkWindow } from "./WorkCalendar.ts";
