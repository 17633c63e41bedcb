/**
 * Textbook queues built from berthsim's own parts, for validating the simulator against queueing theory:
 * c identical berths (no shift time, no overhead), Poisson arrivals from one stream per trade class, and service
 * times drawn from a given distribution through `VesselSpec.serviceHours`. Each replication k draws its traffic
 * with `replicationSeed(seed, k)`, so replications are independent and every rule set run on one replication sees
 * the same ships (common random numbers). Waits are reported in units of the mean service time.
 */
import {
  confidenceInterval95,
  type ConfidenceInterval,
  createRandom,
  type Distribution,
  generateTraffic,
  HOURS_PER_WEEK,
  meanOf,
  type PoissonStream,
  type Port,
  replicationSeed,
  RULE_SETS,
  type RuleSet,
  simulate,
  tQuantile975,
  type TradeClass,
} from "../../src/index.ts";

/**
 * A fixed seed named by a label ("M/M/2 ρ=0.7"), so that each experiment has its own independent random numbers
 * and keeps them when experiments are added, removed or reordered.
 */
export const seedFor = (label: string): number => Math.floor(createRandom(0, `validation/${label}`).next() * 2 ** 32);

/** One trade class of a textbook queue and its share of the arrivals. */
export interface ClassShare {
  readonly tradeClass: TradeClass;
  readonly share: number;
}

export interface TextbookQueue {
  /** Number of identical berths, c. */
  readonly berths: number;
  /** Utilisation per berth, ρ = λ·E[S] / c. */
  readonly rho: number;
  /** Service time of every call (hours). */
  readonly service: Distribution;
  /** Arrival classes, highest priority first; one class when absent. */
  readonly classes?: readonly ClassShare[];
}

export interface ReplicationPlan {
  readonly seed: number;
  readonly replications: number;
  /** Expected number of arrivals per replication in the observation window (after the warm-up). */
  readonly calls: number;
  /** Warm-up length in mean service times; `warmupFor(ρ)` when absent. */
  readonly warmup?: number;
}

/** What one replication measured, waits in mean service times. */
export interface Observation {
  readonly wait: number;
  readonly probWait: number;
  readonly utilisation: number;
  /** Mean wait of each class, in the order of `TextbookQueue.classes`. */
  readonly classWaits: readonly number[];
  readonly served: number;
  /**
   * Offered load per berth of the ships drawn for this replication (their service hours, arrivals in the window,
   * over c × window): what the utilisation should match. It tells a miss in the random input from one in the kernel.
   */
  readonly offeredLoad: number;
}

const ONE_CLASS: readonly ClassShare[] = [{ tradeClass: "nearSeaDirect", share: 1 }];

/**
 * A warm-up of five relaxation times of M/M/1 at the same ρ, E[S]/(1 − √ρ)² (Morse): the initial empty state
 * then biases the window's mean by far less than the confidence intervals resolve. M/M/c relaxes faster.
 */
export const warmupFor = (rho: number): number => 5 / (1 - Math.sqrt(rho)) ** 2;

/** A port of `c` identical berths that take every ship, with no shift time, no overhead and no anchorages. */
export const textbookPort = (c: number): Port => ({
  name: `${c} identical berths`,
  areas: [{ id: "A", name: "Textbook", nameZh: "教科书" }],
  berths: Array.from({ length: c }, (_, j) => ({
    id: `B${String(j + 1).padStart(2, "0")}`,
    area: "A",
    length: 400,
    depth: 20,
    cargo: ["container"],
    foreignTradeOpen: true,
    rates: { container: 1 },
    overheadHours: 0,
  })),
  anchorages: [],
  shiftHours: 0,
});

export const classesOf = (queue: TextbookQueue): readonly ClassShare[] => queue.classes ?? ONE_CLASS;

/** Arrival rate of each class, per hour, in the order of the classes. */
export const classLambdas = (queue: TextbookQueue): number[] => {
  const lambda = (queue.berths * queue.rho) / meanOf(queue.service);
  return classesOf(queue).map((k) => k.share * lambda);
};

/** One Poisson stream per class; every ship's service time is drawn from `queue.service`. */
export const textbookStreams = (queue: TextbookQueue): PoissonStream[] => {
  const lambdas = classLambdas(queue);
  return classesOf(queue).map((k, i) => ({
    kind: "poisson",
    id: k.tradeClass,
    tradeClass: k.tradeClass,
    cargo: "container",
    perWeek: lambdas[i]! * HOURS_PER_WEEK,
    vessel: {
      loa: { kind: "deterministic", value: 150 },
      draft: { kind: "deterministic", value: 8 },
      volume: { kind: "deterministic", value: 1 },
      serviceHours: queue.service,
    },
  }));
};

/**
 * Runs `plan.replications` independent replications of the queue under each rule set (FCFS when none given) and
 * returns the observations, one array per rule set. Every figure comes from the simulation's own KPIs.
 */
export const replicate = (
  queue: TextbookQueue,
  plan: ReplicationPlan,
  rules: readonly RuleSet[] = [RULE_SETS.fcfs],
): Observation[][] => {
  const meanService = meanOf(queue.service);
  const lambda = (queue.berths * queue.rho) / meanService;
  const warmup = (plan.warmup ?? warmupFor(queue.rho)) * meanService;
  const horizon = warmup + plan.calls / lambda;
  const port = textbookPort(queue.berths);
  const streams = textbookStreams(queue);
  const out: Observation[][] = rules.map(() => []);
  for (let k = 0; k < plan.replications; k++) {
    const calls = generateTraffic(streams, horizon, replicationSeed(plan.seed, k));
    let work = 0;
    for (const c of calls) if (c.arrival >= warmup) work += c.serviceHours!;
    const offeredLoad = work / (queue.berths * (horizon - warmup));
    rules.forEach((r, i) => {
      const { kpis } = simulate({ port, calls, rules: r, horizon, warmup });
      out[i]!.push({
        wait: kpis.overall.meanWait / meanService,
        probWait: kpis.overall.probWait,
        utilisation: kpis.port,
        classWaits: classesOf(queue).map((c) => (kpis.byClass[c.tradeClass]?.meanWait ?? NaN) / meanService),
        served: kpis.overall.served,
        offeredLoad,
      });
    });
  }
  return out;
};

/** 95 % confidence interval of one measured quantity across replications. */
export const ci = (observations: readonly Observation[], f: (o: Observation) => number): ConfidenceInterval =>
  confidenceInterval95(observations.map(f));

/** P(|T| ≤ t) for Student's t with an integer number of degrees of freedom (Abramowitz & Stegun 26.7.3–4). */
const tCentral = (t: number, df: number): number => {
  const theta = Math.atan(t / Math.sqrt(df));
  const sin = Math.sin(theta);
  const cos2 = Math.cos(theta) ** 2;
  if (df % 2 === 1) {
    let term = Math.cos(theta);
    let sum = df > 1 ? term : 0;
    for (let k = 3; k <= df - 2; k += 2) {
      term *= (cos2 * (k - 1)) / k;
      sum += term;
    }
    return (2 / Math.PI) * (theta + sin * sum);
  }
  let term = 1;
  let sum = 1;
  for (let k = 2; k <= df - 2; k += 2) {
    term *= (cos2 * (k - 1)) / k;
    sum += term;
  }
  return sin * sum;
};

/** Two-sided Student t quantile t_{1−α/2, df} for integer df, by bisection on the exact distribution function. */
export const tQuantile = (alpha: number, df: number): number => {
  let lo = 0;
  let hi = 1;
  while (tCentral(hi, df) < 1 - alpha) hi *= 2;
  for (let i = 0; i < 100; i++) {
    const mid = (lo + hi) / 2;
    if (tCentral(mid, df) < 1 - alpha) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
};

/**
 * One of `family` simultaneous 95 % confidence intervals (Bonferroni): the interval of confidenceInterval95 widened
 * to level 1 − 0.05/family, so that all `family` intervals cover their exact values together with probability
 * ≥ 95 %. A suite that asserts many plain 95 % intervals fails by chance on a correct simulator (one in twenty
 * each); this one does so at most once in twenty runs, whatever the number of checks.
 */
export const simultaneousCi = (xs: readonly number[], family: number): ConfidenceInterval => {
  const plain = confidenceInterval95(xs);
  const df = plain.n - 1;
  const halfWidth = (plain.halfWidth / tQuantile975(df)) * tQuantile(0.05 / family, df);
  return { ...plain, halfWidth, lower: plain.mean - halfWidth, upper: plain.mean + halfWidth };
};

/** For a plain 95 % interval: (estimate − exact) / standard error, how many standard errors it lies from `exact`. */
export const tStatistic = (interval: ConfidenceInterval, exact: number): number =>
  ((interval.mean - exact) * tQuantile975(interval.n - 1)) / interval.halfWidth;

/** Whether the interval contains `exact`. */
export const covers = (interval: ConfidenceInterval, exact: number): boolean =>
  interval.lower <= exact && exact <= interval.upper;

/** `mean ± halfWidth` with `digits` decimals, e.g. "4.012 ± 0.087". */
export const formatCi = (interval: ConfidenceInterval, digits = 3): string =>
  `${interval.mean.toFixed(digits)} ± ${interval.halfWidth.toFixed(digits)}`;
