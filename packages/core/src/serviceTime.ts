import type { Berth } from "./Port.ts";
import type { VesselCall } from "./VesselCall.ts";

/**
 * Hours a call occupies a berth once berthed: its explicit `serviceHours` when given, otherwise the berth's
 * fixed overhead plus volume ÷ the berth's rate for the call's cargo. Only called for berths that `fits`.
 */
export const serviceHours = (berth: Berth, call: VesselCall): number =>
  call.serviceHours ?? berth.overheadHours + call.volume / berth.rates[call.cargo]!;
