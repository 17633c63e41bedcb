/**
 * Statistical validation of the foreign-trade priority rule set (kind "priority": non-preemptive, FCFS within a
 * class) against the exact non-preemptive priority formulas: Cobham's for M/M/1 and its M/M/c form for equal
 * exponential service, with three classes taking 20 %, 40 % and 40 % of the arrivals. Each replication also runs
 * FCFS on the same ships (common random numbers) to check Kleinrock's conservation law.
 *
 * The intervals are simultaneous 95 % intervals over the file's ten interval checks (Bonferroni, see
 * `simultaneousCi`), for the reason given in queueing.validation.test.ts. Seeds were fixed before the first run.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { mmcPriorityWaits, mmcWait, RULE_SETS } from "../src/index.ts";
import {
  type ClassShare,
  classLambdas,
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
const CALLS = 40_000; // arrivals per replication after the warm-up
const TIMEOUT = 180_000; // generous: the machine may be shared

// Highest first, in the order of the foreign-trade priority rule set.
const CLASSES: readonly ClassShare[] = [
  { tradeClass: "nearSeaDirect", share: 0.2 },
  { tradeClass: "ningboFeeder", share: 0.4 },
  { tradeClass: "domesticDirect", share: 0.4 },
];

const EXPERIMENTS = [
  { c: 1, rho: 0.7, formula: "Cobham's formula" },
  { c: 2, rho: 0.8, formula: "the M/M/c priority formula" },
];
/** Per experiment: one check per class, the conservation law, and the paired difference with FCFS. */
const FAMILY = EXPERIMENTS.length * (CLASSES.length + 2);

const weightedClassWait = (o: Observation): number => CLASSES.reduce((s, k, i) => s + k.share * o.classWaits[i]!, 0);

describe.each(EXPERIMENTS)(
  "Foreign-trade priority on $c berth(s) at ρ = $rho with three exponential classes (shares 0.2/0.4/0.4)",
  ({ c, rho, formula }) => {
    const service = { kind: "exponential", mean: MEAN_SERVICE } as const;
    const queue: TextbookQueue = { berths: c, rho, service, classes: CLASSES };
    const exact = mmcPriorityWaits(c, classLambdas(queue), MEAN_SERVICE).map((w) => w / MEAN_SERVICE);
    let priority: Observation[] = [];
    let fcfs: Observation[] = [];
    beforeAll(() => {
      const plan = { seed: seedFor(`M/M/${c} priority rho=${rho}`), replications: REPLICATIONS, calls: CALLS };
      [priority, fcfs] = replicate(queue, plan, [RULE_SETS.priority, RULE_SETS.fcfs]) as [Observation[], Observation[]];
    }, TIMEOUT);

    const classes = CLASSES.map((k, i) => ({ ...k, i }));
    it.each(classes)(`gives class $tradeClass the mean wait of ${formula} within a simultaneous 95 % CI`, ({ i }) => {
      const interval = simultaneousCi(priority.map((o) => o.classWaits[i]!), FAMILY);
      expect(covers(interval, exact[i]!), `exact ${exact[i]!.toFixed(4)} outside ${formatCi(interval, 4)}`).toBe(true);
      expect(interval.halfWidth / exact[i]!, `${formatCi(interval, 4)} is too wide`).toBeLessThan(0.15);
    });

    it("lets each class wait longer than the class above it", () => {
      const means = CLASSES.map((_, i) => priority.reduce((s, o) => s + o.classWaits[i]!, 0) / priority.length);
      for (let i = 1; i < means.length; i++) expect(means[i]!).toBeGreaterThan(means[i - 1]!);
    });

    it("conserves the FCFS wait: Erlang C's Wq lies within a simultaneous 95 % CI of Σ (λ_k/λ)·Wq,k", () => {
      const interval = simultaneousCi(priority.map(weightedClassWait), FAMILY);
      const fcfsExact = mmcWait(c, rho, 1);
      expect(covers(interval, fcfsExact), `exact ${fcfsExact.toFixed(4)} outside ${formatCi(interval, 4)}`).toBe(true);
    });

    it("on the same ships, Σ (λ_k/λ)·Wq,k under priority minus the FCFS wait has a simultaneous 95 % CI containing 0", () => {
      const interval = simultaneousCi(priority.map((o, k) => weightedClassWait(o) - fcfs[k]!.wait), FAMILY);
      expect(covers(interval, 0), `difference ${formatCi(interval, 4)}`).toBe(true);
    });
  },
);
