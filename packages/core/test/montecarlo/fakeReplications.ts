import { createRandom, MonteCarloAccumulator } from "../../src/index.ts";

/** Two rule sets × two KPIs; replication k's numbers depend on k only (a stand-in for simulating it). */
export const KEYS = ["wait", "util"];
export const RULE_SETS = [
  { id: "a", name: "A" },
  { id: "b", name: "B" },
];

export const replicationValues = (k: number): number[] => {
  const r = createRandom(7, `replication/${k}`);
  const wait = 10 + 4 * r.next();
  return [wait, r.next(), wait - 2 * r.next(), r.next()];
};

export const computeBatch = (from: number, to: number): Float64Array =>
  Float64Array.from(Array.from({ length: to - from }, (_, j) => replicationValues(from + j)).flat());

export const accumulator = (): MonteCarloAccumulator => new MonteCarloAccumulator({ keys: KEYS, ruleSets: RULE_SETS });

/** The estimates of replications 0 … n − 1 added one by one, as JSON. */
export const sequentialJson = (n: number): string => {
  const acc = accumulator();
  for (let k = 0; k < n; k++) acc.add(replicationValues(k));
  return JSON.stringify(acc.estimates());
};
