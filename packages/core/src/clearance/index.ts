export { type ClearanceFlow, type ClearanceLevers, type ClearanceParams, NO_LEVERS } from "./ClearanceParams.ts";
export {
  clearCargo,
  type ClearanceDirection,
  type ClearanceInput,
  type ClearanceUnit,
  flowOf,
  type Inspection,
} from "./clearCargo.ts";
export { type ClearanceKpis, clearanceKpis, type ClearanceStats, clearanceStats, type DirectionKpis } from "./clearanceKpis.ts";
export { clearanceKeys, clearanceVector } from "./clearanceVector.ts";
export { WorkCalendar, type WorkWindow } from "./WorkCalendar.ts";
