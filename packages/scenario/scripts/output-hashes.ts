/**
 * Output hashes: a SHA-256 (first 16 hex digits) of every output of a fixed set of simulations — the traffic, the
 * full results with the event log, the KPI-only results, the clearance KPIs and units, and Monte Carlo KPI vectors —
 * for both built-in scenarios, seven what-ifs and an M/M/10 run (325 lines). A change meant to leave every result
 * as it was (a speed-up, a refactor) is checked by running this before and after and comparing:
 *
 *   npx tsx packages/scenario/scripts/output-hashes.ts > /tmp/before.txt   # on the base commit
 *   npx tsx packages/scenario/scripts/output-hashes.ts > /tmp/after.txt    # with the change
 *   diff /tmp/before.txt /tmp/after.txt                                    # empty: byte-identical
 *
 * `--optimised` adds the optimised rule set on replication 0 of the default scenario (about a second more).
 */
import { createHash } from "node:crypto";
import {
  BUILT_IN_RULE_SETS,
  clearCargo,
  clearCargoKpis,
  generateTraffic,
  type PoissonStream,
  type Port,
  replicationSeed,
  RULE_SETS,
  simulate,
} from "@berthsim/core";
import {
  applyWhatIfs,
  jiaxingCongested,
  jiaxingDefault,
  parseWhatIfSpec,
  plannerFor,
  replicationCalls,
  replicationVectors,
  type Scenario,
} from "../src/index.ts";

const WHAT_IFS = [
  "split-quay:B25-26:2",
  "expand-dg-anchorages:2",
  "pool-queues",
  "split-queues",
  "cap:12",
  "scale-class:nearSeaDirect:50",
  "close-berth:E1:0:500",
];

// JSON with non-finite numbers and typed arrays spelled out (JSON.stringify would write null and objects).
const json = (x: unknown): string =>
  JSON.stringify(x, (_k, v: unknown) =>
    typeof v === "number" && !Number.isFinite(v) ? String(v) : v instanceof Float64Array ? Array.from(v) : v,
  );
const hash = (x: unknown): string => createHash("sha256").update(json(x)).digest("hex").slice(0, 16);
const out = (label: string, x: unknown): void => console.log(`${label.padEnd(60)} ${hash(x)}`);

const withWhatIf = (scenario: Scenario, text: string): Scenario => {
  const parsed = parseWhatIfSpec(text);
  if (!parsed.ok) throw new Error(parsed.errors.join("; "));
  const applied = applyWhatIfs(scenario, [parsed.spec]);
  if (!applied.ok) throw new Error(applied.errors.join("; "));
  return applied.scenario;
};

const scenarios: [string, Scenario][] = [
  ["default", jiaxingDefault],
  ["congested", jiaxingCongested],
  ...WHAT_IFS.map((w): [string, Scenario] => [`default+${w}`, withWhatIf(jiaxingDefault, w)]),
];
const optimised = process.argv.includes("--optimised");

for (const [name, s] of scenarios) {
  for (let k = 0; k < 2; k++) {
    const calls = replicationCalls(s, k);
    out(`${name} r${k} traffic`, calls);
    const ruleSets = [...BUILT_IN_RULE_SETS, ...(optimised && k === 0 && name === "default" ? [RULE_SETS.optimised] : [])];
    for (const rules of ruleSets) {
      const run = { port: s.port, calls, rules, horizon: s.horizon, warmup: s.warmup, planner: plannerFor(rules) };
      const full = simulate({ ...run, log: true });
      out(`${name} r${k} ${rules.id} full+log`, full);
      out(`${name} r${k} ${rules.id} kpis-only`, simulate({ ...run, records: false }));
      if (s.clearance === undefined) continue;
      const input = { calls: full.calls, params: s.clearance, seed: replicationSeed(s.seed, k), warmup: s.warmup };
      out(`${name} r${k} ${rules.id} clearCargoKpis`, clearCargoKpis(input, s.port.areas.map((a) => a.id)));
      if (rules.id === "fcfs") out(`${name} r${k} ${rules.id} clearCargo`, clearCargo(input));
    }
  }
  out(`${name} replicationVectors 0..4`, replicationVectors(s, 0, 4));
}

// M/M/10 at ρ = 0.7 as in the kernel bench, ≈ 100,000 calls.
const port: Port = {
  name: "M/M/10",
  areas: [{ id: "A", name: "A", nameZh: "A" }],
  berths: Array.from({ length: 10 }, (_, j) => ({
    id: `B${j}`,
    area: "A",
    length: 400,
    depth: 20,
    cargo: ["container"],
    foreignTradeOpen: true,
    rates: { container: 100 },
    overheadHours: 0,
  })),
  anchorages: [],
  shiftHours: 0,
};
const stream: PoissonStream = {
  kind: "poisson",
  id: "mmc",
  tradeClass: "domesticDirect",
  cargo: "container",
  perWeek: 0.7 * 168,
  vessel: {
    loa: { kind: "deterministic", value: 200 },
    draft: { kind: "deterministic", value: 10 },
    volume: { kind: "deterministic", value: 0 },
    serviceHours: { kind: "exponential", mean: 10 },
  },
};
const mm = generateTraffic([stream], 100_000 / 0.7, 7);
for (const rules of BUILT_IN_RULE_SETS) {
  out(`mm10 ${rules.id} full`, simulate({ port, calls: mm, rules, horizon: 1e9 }));
  out(`mm10 ${rules.id} kpis`, simulate({ port, calls: mm, rules, horizon: 1e9, records: false }));
}
