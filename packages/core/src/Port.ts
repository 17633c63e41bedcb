import type { Tide } from "./tide.ts";

/**
 * The port: areas, berths and anchorages. Lengths and depths in metres, rates in cargo units per hour
 * (TEU/h for containers, t/h for bulk and break bulk, m³/h ≈ t/h for liquids), times in hours (see time.ts).
 *
 * A berth holds one ship at a time, unless it has a `quay`: then it is a shared quay (berth line) of `length`
 * metres that holds several ships side by side by length (see Quay.ts and docs/model.md, "Shared quays").
 */
import type { Quay } from "./Quay.ts";

export type CargoKind = "container" | "coal" | "grain" | "liquidBulk" | "breakBulk";

export const CARGO_KINDS: readonly CargoKind[] = ["container", "coal", "grain", "liquidBulk", "breakBulk"];

export interface Area {
  readonly id: string;
  readonly name: string;
  readonly nameZh: string;
}

/** A window [start, end) in which a berth takes no ship (maintenance, dredging). */
export interface Closure {
  readonly start: number;
  readonly end: number;
  readonly reason?: string;
}

export interface Berth {
  readonly id: string;
  readonly area: string;
  readonly length: number;
  readonly depth: number;
  readonly cargo: readonly CargoKind[];
  /** Open to foreign-trade ships (对外开放泊位). Domestic ships may use any berth. */
  readonly foreignTradeOpen: boolean;
  /** Net handling rate per cargo kind, units per hour, for a whole ship at this berth. */
  readonly rates: Readonly<Partial<Record<CargoKind, number>>>;
  /** Fixed time per call at this berth: mooring, lashing, paperwork, unmooring (hours). */
  readonly overheadHours: number;
  readonly closures?: readonly Closure[];
  /** Present for a shared quay: several ships at once by length, with clearance and a depth profile. */
  readonly quay?: Quay;
}

export type AnchorageKind = "general" | "dangerousGoods";

export interface Anchorage {
  readonly id: string;
  readonly name: string;
  readonly kind: AnchorageKind;
  /** Ships it holds at once; `Infinity` for open water. Ships beyond it wait outside and are counted. */
  readonly capacity: number;
  /** The port area it serves: ships of that home area wait here first. */
  readonly area?: string;
}

export interface Port {
  readonly name: string;
  readonly areas: readonly Area[];
  readonly berths: readonly Berth[];
  readonly anchorages: readonly Anchorage[];
  /** Time from berth assignment to start of service: pilotage from the anchorage and berthing (hours). */
  readonly shiftHours: number;
  /** Tide windows of the approach channel: deep ships wait for one before joining the berth queue (tide.ts). */
  readonly tide?: Tide;
}
