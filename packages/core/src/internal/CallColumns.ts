import { type Berth, CARGO_KINDS } from "../Port.ts";
import { TRADE_CLASS_IDS } from "../TradeClass.ts";
import type { VesselCall } from "../VesselCall.ts";
import { AreaMasks } from "./AreaMasks.ts";
import type { RunScratch } from "./RunScratch.ts";
import type { UsableBerths } from "./UsableBerths.ts";

/**
 * What the event loop reads of each call, gathered in one pass over the calls in (arrival, id) order: arrival,
 * usable berths and what its service time needs. A million call objects are scattered over some 200 MB, so
 * each read of one is a cache miss; read once here, the loop runs on typed arrays (−20 % on the kernel bench).
 */
export interface CallColumns {
  /** The calls in (arrival, id) order: the input itself when it already is (the usual case), else a sorted copy. */
  readonly calls: readonly VesselCall[];
  readonly arrival: Float64Array;
  /** The id of the call's usable berths (`UsableBerths.idOf`). */
  readonly usableId: Int32Array;
  readonly volume: Float64Array;
  readonly loa: Float64Array;
  /** Read per arrival when the port has a tide (needsTide); filled only then (else empty). */
  readonly draft: Float64Array;
  /** Index of the call's cargo in CARGO_KINDS, of its class in TRADE_CLASS_IDS (-1 for one outside them). */
  readonly cargoSlot: Int8Array;
  readonly classSlot: Int8Array;
  /**
   * The berths of the call's home area as a bit set (bit j = berth j < 31; 0 for no home area): `homeMask` of
   * BerthState, kept per call so that a dispatch reads neither the call nor the area's name.
   */
  readonly home: Int32Array;
  /** Service time at berth j: `serviceHours(berths[j], calls[i])`, the same number, from the columns. */
  readonly serviceAt: (i: number, j: number) => number;
}

const NO_DRAFTS = new Float64Array(0);

const byArrivalThenId = (a: VesselCall, b: VesselCall): number =>
  a.arrival - b.arrival || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);


/**
 * The columns of `input` for a run on `berths` (in the run's berth order), in arrays of `scratch`; the drafts only
 * `withDraft` (a port with a tide).
 */
export const callColumns = (
  input: readonly VesselCall[],
  berths: readonly Berth[],
  usableBerths: UsableBerths,
  scratch: RunScratch,
  withDraft: boolean,
): CallColumns => {
  const n = input.length;
  const arrival = scratch.float64("arrival", n);
  const usableId = scratch.int32("usableId", n);
  const service = scratch.float64("service", n);
  // 1 when the call gives its service hours (then in `service`), else volume ÷ rate decides.
  const explicit = scratch.uint8("explicitService", n);
  const volume = scratch.float64("volume", n);
  const loa = scratch.float64("loa", n);
  const draft = withDraft ? scratch.float64("draft", n) : NO_DRAFTS;
  // A byte each: the slots are small (and the KPI pass streams them for every call).
  const cargoSlot = scratch.int8("cargoSlot", n);
  const classSlot = scratch.int8("classSlot", n);
  const home = scratch.int32("home", n);
  const areaMasks = new AreaMasks(berths);
  // The calls into the columns; with `check`, only while they are in order: returns where the order broke (or n).
  const fill = (calls: readonly VesselCall[], check: boolean): number => {
    let lastCargo: string | undefined;
    let lastClass: string | undefined;
    let lastHome: string | undefined;
    let h = 0;
    let k = -1;
    let s = -1;
    for (let i = 0; i < n; i++) {
      const c = calls[i]!;
      // The same test as the ascending-run scan of the engine's stable sort: when it passes, sorting is the identity.
      // A later arrival than the last call's passes it without reading that call again.
      const a = c.arrival;
      if (check && i > 0 && !(a > arrival[i - 1]!) && !(byArrivalThenId(c, calls[i - 1]!) >= 0)) return i;
      arrival[i] = a;
      usableId[i] = usableBerths.idOf(c);
      volume[i] = c.volume;
      loa[i] = c.loa;
      if (withDraft) draft[i] = c.draft;
      // Calls of one stream share cargo and class: the slots are looked up when they change.
      if (c.cargo !== lastCargo) k = CARGO_KINDS.indexOf((lastCargo = c.cargo));
      if (c.tradeClass !== lastClass) s = TRADE_CLASS_IDS.indexOf((lastClass = c.tradeClass));
      if (c.homeArea !== lastHome) h = areaMasks.of((lastHome = c.homeArea));
      cargoSlot[i] = k;
      classSlot[i] = s;
      home[i] = h;
      const hours = c.serviceHours;
      explicit[i] = hours != null ? 1 : 0;
      if (hours != null) service[i] = hours;
    }
    return n;
  };
  let calls = input;
  if (fill(input, true) < n) {
    calls = [...input].sort(byArrivalThenId);
    fill(calls, false);
  }
  const kinds = CARGO_KINDS.length;
  const overhead = Float64Array.from(berths, (b) => b.overheadHours);
  // A rate the berth does not have is NaN: volume ÷ NaN is NaN, as volume ÷ undefined.
  const rate = new Float64Array(berths.length * kinds);
  berths.forEach((b, j) => CARGO_KINDS.forEach((kind, k) => (rate[j * kinds + k] = b.rates[kind] ?? NaN)));
  const serviceAt = (i: number, j: number): number => {
    if (explicit[i] === 1) return service[i]!;
    const k = cargoSlot[i]!;
    // A cargo kind outside CARGO_KINDS (never in decoded input): read from the objects.
    if (k < 0) {
      const c = calls[i]!;
      return berths[j]!.overheadHours + c.volume / berths[j]!.rates[c.cargo]!;
    }
    return overhead[j]! + volume[i]! / rate[j * kinds + k]!;
  };
  return { calls, arrival, usableId, volume, loa, draft, cargoSlot, classSlot, home, serviceAt };
};
