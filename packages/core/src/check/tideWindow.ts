import type { Port } from "../Port.ts";
import type { VesselCall } from "../VesselCall.ts";

/**
 * When a call may join the berth queue: on arrival, or — in a port with tide windows, for a ship drawing more than
 * the channel's low-water depth — at the first instant ≥ arrival inside a window [phase + k·period, … +
 * windowHours) (docs/model.md, "Tide"). Restated here, not imported, so that the checker shares no code with the
 * simulator; the arithmetic is the same, so both give the same instant to the last bit.
 */
export const joinTime = (port: Port, call: VesselCall): number => {
  const tide = port.tide;
  const t = call.arrival;
  if (tide === undefined || !(call.draft > tide.lowWaterDepth)) return t;
  const k = Math.floor((t - tide.phase) / tide.period);
  const start = tide.phase + k * tide.period;
  return t < start + tide.windowHours ? Math.max(t, start) : Math.max(t, start + tide.period);
};
