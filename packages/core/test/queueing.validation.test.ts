/**
 * Statistical validation of the simulator against the exact results in src/queueing.ts: Erlang C for FCFS on c
 * identical berths with Poisson arrivals and exponential service, and Pollaczek–Khinchine for one berth with
 * Erlang-2 and deterministic service. Each experiment runs independent replications (fixed seed, warm-up) and
 * asserts that the exact value lies inside the simulated value's confidence interval.
 *
 * The intervals are simultaneous 95 % intervals over the whole file (Bonferroni, see `simultaneousCi`): with 54
 * checks, plain 95 % intervals would miss about three times per run on a correct simulator, and the first run with
 * them did miss 9 times (docs/validation.md lists per-row 95 % intervals, and how many of them miss).
 * Seeds were fixed before the first run and never changed; sizes follow the time budget (~60 s for both files).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { type Distribution, erlangC, mg1Wait, mmcWait, scvOf } from "../src/index.ts";
import {
  covers,
  formatCi,
  type Observation,
  replicate,
  seedFor,
  simultaneousCi,
  type TextbookQueue,
} from "./helpers/textbookQueue.ts";

const MEAN_SERVICE = 12; // hours; every wait below is in mean service times
const REPLICATIONS = 20;
const CALLS = 20_000; // arrivals per replication after the warm-up
const TIMEOUT = 180_000; // generous: the machine may be shared

const MMC = [1, 2, 3, 5].flatMap((c) => [0.5, 0.7, 0.8].map((rho) => ({ c, rho })));
const MG1 = (["Erlang-2", "deterministic"] as const).flatMap((name) => [0.5, 0.7, 0.8].map((rho) => ({ name, rho })));
/** Three checks per experiment; the family of the simultaneous intervals. */
const FAMILY = 3 * (MMC.length + MG1.length);

const SERVICE: Readonly<Record<"exponential" | "Erlang-2" | "deterministic", Distribution>> = {
  exponential: { kind: "exponential", mean: MEAN_SERVICE },
  "Erlang-2": { kind: "erlang", k: 2, mean: MEAN_SERVICE },
  deterministic: { kind: "deterministic", value: MEAN_SERVICE },
};

const run = (label: string, queue: TextbookQueue): Observation[] =>
  replicate(queue, { seed: seedFor(label), replications: REPLICATIONS, calls: CALLS })[0]!;

/**
 * Asserts that `exact` lies in the simultaneous 95 % interval of `f` over the replications, and that the interval
 * is narrow enough (half-width below `maxRelHalfWidth` of the exact value) for the check to mean something.
 */
const expectInside = (
  observations: readonly Observation[],
  f: (o: Observation) => number,
  exact: number,
  maxRelHalfWidth: number,
): void => {
  const interval = simultaneousCi(observations.map(f), FAMILY);
  expect(covers(interval, exact), `exact ${exact.toFixed(4)} outside ${formatCi(interval, 4)}`).toBe(true);
  expect(interval.halfWidth / exact, `${formatCi(interval, 4)} is too wide to test ${exact.toFixed(4)}`).toBeLessThan(
    maxRelHalfWidth,
  );
};

describe.each(MMC)(
  "FCFS on $c identical berths at ρ = $rho with Poisson arrivals and exponential service (M/M/c)",
  ({ c, rho }) => {
    let observations: Observation[] = [];
    beforeAll(() => {
      observations = run(`M/M/${c} rho=${rho}`, { berths: c, rho, service: SERVICE.exponential });
    }, TIMEOUT);

    it("reproduces the Erlang C mean wait Wq/E[S] = C(c, a)/(c(1 − ρ)) within a simultaneous 95 % CI", () => {
      expectInside(observations, (o) => o.wait, mmcWait(c, rho, 1), 0.15);
    });

    it("reproduces the probability of waiting P(wait > 0) = C(c, a) within a simultaneous 95 % CI", () => {
      expectInside(observations, (o) => o.probWait, erlangC(c, c * rho), 0.05);
    });

    it("measures a berth utilisation equal to ρ within a simultaneous 95 % CI", () => {
      expectInside(observations, (o) => o.utilisation, rho, 0.02);
    });
  },
);

describe.each(MG1)(
  "FCFS on one berth at ρ = $rho with Poisson arrivals and $name service (M/G/1)",
  ({ name, rho }) => {
    const service = SERVICE[name];
    let observations: Observation[] = [];
    beforeAll(() => {
      observations = run(`M/${name}/1 rho=${rho}`, { berths: 1, rho, service });
    }, TIMEOUT);

    it("reproduces the Pollaczek–Khinchine mean wait ρ(1 + cs²)/(2(1 − ρ))·E[S] within a simultaneous 95 % CI", () => {
      expectInside(observations, (o) => o.wait, mg1Wait(rho, 1, scvOf(service)), 0.15);
    });

    it("has ships wait with probability ρ, the chance of finding the berth busy, within a simultaneous 95 % CI", () => {
      expectInside(observations, (o) => o.probWait, rho, 0.05);
    });

    it("measures a berth utilisation equal to ρ within a simultaneous 95 % CI", () => {
      expectInside(observations, (o) => o.utilisation, rho, 0.02);
    });
  },
);
