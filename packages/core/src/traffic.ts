import { type Distribution, sample } from "./Distribution.ts";
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

/**
 * The calls of one stream over [0, horizon). Each stream draws from its own named generators — `arrivals/<id>`,
 * `ships/<id>` — and every call uses the same number of draws, so the calls of one stream do not depend on which
 * other streams exist, and rule sets compared on one seed see exactly the same ships (common random numbers).
 */
export const generateStream = (stream: TrafficStream, horizon: number, seed: number): VesselCall[] => {
  const arrivals = createRandom(seed, `arrivals/${stream.id}`);
  const ships = createRandom(seed, `ships/${stream.id}`);
  const times: number[] = [];
  if (stream.kind === "poisson") {
    const meanGap = HOURS_PER_WEEK / stream.perWeek;
    for (let t = -meanGap * Math.log(1 - arrivals.next()); t < horizon; t -= meanGap * Math.log(1 - arrivals.next()))
      times.push(t);
  } else {
    const slots = [...stream.days].sort((a, b) => a - b).map((d) => d * HOURS_PER_DAY + stream.hour);
    for (let week = 0; week * HOURS_PER_WEEK < horizon; week++)
      for (const slot of slots) {
        // Draw lateness for every scheduled slot, kept or not, so the sequence does not depend on the horizon.
        const t = week * HOURS_PER_WEEK + slot + sample(stream.lateness, arrivals);
        if (t < horizon) times.push(t);
      }
    times.sort((a, b) => a - b);
  }
  // Numbered from 1 without padding, so that a call keeps its id when the horizon changes.
  return times.map((arrival, n) => makeCall(stream, ships, arrival, String(n + 1)));
};

const makeCall = (stream: TrafficStream, rng: Random, arrival: number, n: string): VesselCall => {
  const v = stream.vessel;
  const loa = sample(v.loa, rng);
  const draft = sample(v.draft, rng);
  const volume = Math.max(0, sample(v.volume, rng));
  const service = v.serviceHours === undefined ? undefined : sample(v.serviceHours, rng);
  const dangerousGoods = rng.next() < (stream.dangerousShare ?? 0);
  const call: { -readonly [K in keyof VesselCall]: VesselCall[K] } = {
    id: `${stream.id}-${n}`,
    name: `${stream.name ?? stream.id} ${n}`,
    tradeClass: stream.tradeClass,
    cargo: stream.cargo,
    loa,
    draft,
    volume,
    arrival,
    dangerousGoods,
    stream: stream.id,
  };
  // Optional fields only when set, in this order (no spread of temporary objects: a million calls are made).
  if (stream.homeArea !== undefined) call.homeArea = stream.homeArea;
  if (service !== undefined) call.serviceHours = service;
  return call;
};

const byArrivalThenId = (a: VesselCall, b: VesselCall): number =>
  a.arrival - b.arrival || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Whether `calls` is already in (arrival, id) order. */
const isSorted = (calls: readonly VesselCall[]): boolean => {
  for (let i = 1; i < calls.length; i++) if (!(byArrivalThenId(calls[i]!, calls[i - 1]!) >= 0)) return false;
  return true;
};

/** Stable merge of two sorted lists: on a tie the call of `a` comes first. */
const merge = (a: readonly VesselCall[], b: readonly VesselCall[]): VesselCall[] => {
  const out: VesselCall[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(byArrivalThenId(b[j]!, a[i]!) < 0 ? b[j++]! : a[i++]!);
  while (i < a.length) out.push(a[i++]!);
  while (j < b.length) out.push(b[j++]!);
  return out;
};

/**
 * Every stream's calls over [0, horizon), ordered by (arrival, id); ties (a stream id used twice) keep the order of
 * `streams`. Each stream's calls nearly always come out in order already, so they are merged pairwise, neighbours
 * first, which gives exactly the stable sort of their concatenation in fewer comparisons.
 */
export const generateTraffic = (streams: readonly TrafficStream[], horizon: number, seed: number): VesselCall[] => {
  let lists = streams.map((s) => generateStream(s, horizon, seed));
  if (!lists.every(isSorted)) return lists.flat().sort(byArrivalThenId);
  if (lists.length === 0) return [];
  while (lists.length > 1) {
    const next: VesselCall[][] = [];
    for (let k = 0; k < lists.length; k += 2) next.push(k + 1 < lists.length ? merge(lists[k]!, lists[k + 1]!) : lists[k]!);
    lists = next;
  }
  return lists[0]!;
};
