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
  return {
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
    ...(stream.homeArea === undefined ? {} : { homeArea: stream.homeArea }),
    ...(service === undefined ? {} : { serviceHours: service }),
  };
};

/** Every stream's calls over [0, horizon), ordered by (arrival, id). */
export const generateTraffic = (streams: readonly TrafficStream[], horizon: number, seed: number): VesselCall[] =>
  streams
    .flatMap((s) => generateStream(s, horizon, seed))
    .sort((a, b) => a.arrival - b.arrival || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
