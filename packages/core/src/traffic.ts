import { type Distribution, sampler } from "./Distribution.ts";
import { mergeCalls } from "./internal/mergeCalls.ts";
import type { CargoKind } from "./Port.ts";
import { createRandom, type Random } from "./Random.ts";
import { HOURS_PER_DAY, HOURS_PER_WEEK } from "./time.ts";
import type { TradeClass } from "./TradeClass.ts";
import type { VesselCall } from "./VesselCall.ts";

/** How the ships of a stream are sized. Volume in the cargo's unit; `serviceHours` overrides volume ÷ rate. */
export interface VesselSpec {
  readonly loa: Distribution;
  readonly draft: Distribution;
  readonly volume: Distribution;
  readonly serviceHours?: Distribution;
}

interface StreamBase {
  readonly id: string;
  /** Vessel name prefix; the stream id when absent. */
  readonly name?: string;
  readonly tradeClass: TradeClass;
  readonly cargo: CargoKind;
  readonly homeArea?: string;
  /** Probability that a call carries dangerous goods (liquid chemicals, say). */
  readonly dangerousShare?: number;
  readonly vessel: VesselSpec;
}

/** Random arrivals: a Poisson process with `perWeek` calls a week on average. */
export interface PoissonStream extends StreamBase {
  readonly kind: "poisson";
  readonly perWeek: number;
}

/** A scheduled liner service: calls on fixed weekdays (0 = Monday) at a fixed hour, each late by a random delay. */
export interface LinerService extends StreamBase {
  readonly kind: "liner";
  readonly route: string;
  readonly days: readonly number[];
  readonly hour: number;
  readonly lateness: Distribution;
}

export type TrafficStream = PoissonStream | LinerService;

/** The arrival times of one stream over [0, horizon), in order, drawn from its `arrivals` generator. */
const arrivalTimes = (stream: TrafficStream, horizon: number, arrivals: Random): number[] => {
  const times: number[] = [];
  if (stream.kind === "poisson") {
    const meanGap = HOURS_PER_WEEK / stream.perWeek;
    for (let t = -meanGap * Math.log(1 - arrivals.next()); t < horizon; t -= meanGap * Math.log(1 - arrivals.next()))
      times.push(t);
    return times;
  }
  const slots = [...stream.days].sort((a, b) => a - b).map((d) => d * HOURS_PER_DAY + stream.hour);
  const lateness = sampler(stream.lateness);
  for (let week = 0; week * HOURS_PER_WEEK < horizon; week++)
    for (const slot of slots) {
      // Draw lateness for every scheduled slot, kept or not, so the sequence does not depend on the horizon.
      const t = week * HOURS_PER_WEEK + slot + lateness(arrivals);
      if (t < horizon) times.push(t);
    }
  return times.sort((a, b) => a - b);
};

/**
 * The calls of one stream over [0, horizon). Each stream draws from its own named generators — `arrivals/<id>`,
 * `ships/<id>` — and every call uses the same number of draws, so the calls of one stream do not depend on which
 * other streams exist, and rule sets compared on one seed see exactly the same ships (common random numbers).
 */
export const generateStream = (stream: TrafficStream, horizon: number, seed: number): VesselCall[] => {
  const times = arrivalTimes(stream, horizon, createRandom(seed, `arrivals/${stream.id}`));
  const ships = createRandom(seed, `ships/${stream.id}`);
  // Samplers and name prefixes are worked out once per stream, not once per call.
  const v = stream.vessel;
  const loaOf = sampler(v.loa);
  const draftOf = sampler(v.draft);
  const volumeOf = sampler(v.volume);
  const serviceOf = v.serviceHours === undefined ? undefined : sampler(v.serviceHours);
  const dangerousShare = stream.dangerousShare ?? 0;
  const idPrefix = `${stream.id}-`;
  const namePrefix = `${stream.name ?? stream.id} `;
  const { tradeClass, cargo, homeArea } = stream;
  const streamId = stream.id;
  const calls: VesselCall[] = [];
  for (let k = 0; k < times.length; k++) {
    // Numbered from 1 without padding, so that a call keeps its id when the horizon changes.
    const n = String(k + 1);
    // Draws in a fixed order: length, draft, volume, service time (when given), dangerous goods.
    const loa = loaOf(ships);
    const draft = draftOf(ships);
    const volume = Math.max(0, volumeOf(ships));
    const service = serviceOf === undefined ? undefined : serviceOf(ships);
    const dangerousGoods = ships.next() < dangerousShare;
    const id = idPrefix + n;
    const name = namePrefix + n;
    const arrival = times[k]!;
    // One literal per combination of the optional fields, in the order id … stream, homeArea, serviceHours, so each
    // call is built in one allocation with every field in the object (a field added later goes to a separate store).
    calls.push(
      homeArea === undefined
        ? service === undefined
          ? { id, name, tradeClass, cargo, loa, draft, volume, arrival, dangerousGoods, stream: streamId }
          : { id, name, tradeClass, cargo, loa, draft, volume, arrival, dangerousGoods, stream: streamId, serviceHours: service }
        : service === undefined
          ? { id, name, tradeClass, cargo, loa, draft, volume, arrival, dangerousGoods, stream: streamId, homeArea }
          : { id, name, tradeClass, cargo, loa, draft, volume, arrival, dangerousGoods, stream: streamId, homeArea, serviceHours: service },
    );
  }
  return calls;
};

const byArrivalThenId = (a: VesselCall, b: VesselCall): number =>
  a.arrival - b.arrival || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Whether `calls` is already in (arrival, id) order. */
const isSorted = (calls: readonly VesselCall[]): boolean => {
  for (let i = 1; i < calls.length; i++) if (!(byArrivalThenId(calls[i]!, calls[i - 1]!) >= 0)) return false;
  return true;
};

/**
 * Every stream's calls over [0, horizon), ordered by (arrival, id); ties (a stream id used twice) keep the order of
 * `streams`. Each stream's calls nearly always come out in order already, so they are merged (`mergeCalls`), which
 * gives exactly the stable sort of their concatenation in fewer comparisons; otherwise that sort is done.
 */
export const generateTraffic = (streams: readonly TrafficStream[], horizon: number, seed: number): VesselCall[] => {
  const lists = streams.map((s) => generateStream(s, horizon, seed));
  if (!lists.every(isSorted)) return lists.flat().sort(byArrivalThenId);
  return lists.length === 1 ? lists[0]! : mergeCalls(lists);
};
