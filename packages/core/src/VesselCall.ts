import type { CargoKind } from "./Port.ts";
import type { TradeClass } from "./TradeClass.ts";

/** One ship's visit to the port. Arrival is the time it reaches the anchorage and asks for a berth. */
export interface VesselCall {
  readonly id: string;
  readonly name: string;
  readonly tradeClass: TradeClass;
  readonly cargo: CargoKind;
  /** Length overall, m. */
  readonly loa: number;
  /** Draft, m. */
  readonly draft: number;
  /** Cargo to handle, in the unit of the cargo kind's rate (TEU, t). */
  readonly volume: number;
  readonly arrival: number;
  readonly dangerousGoods: boolean;
  /** The port area whose queue it joins when queues are per area; with a pooled queue it may use any area. */
  readonly homeArea?: string;
  /** Explicit service time (hours) that replaces overhead + volume ÷ rate; textbook queues use it. */
  readonly serviceHours?: number;
  /** The stream that generated it (liner service or random stream id), for reports. */
  readonly stream?: string;
}
