/**
 * Prints the figures of docs/jiaxing-scenario.md, section "Simulated (20 replications, mean ± 95 % CI
 * half-width)": per scenario the table of container-berth utilisation and mean wait per class for every rule set,
 * the bulk-group utilisations, the dangerous-goods anchorage figures, P90 waits, tide waits and container
 * throughput; then the default's anchorages after the `expand-dg-anchorages` what-if.
 * Replication k = 0…19 uses `replicationSeed(scenario.seed, k)`, the same seeds as the CLI. Run with
 *
 *   npx tsx packages/scenario/scripts/scenario-tables.ts
 *
 * and paste the output into that section when the core or the scenarios change.
 */
import { confidenceInterval95, type Kpis, type TradeClass } from "@berthsim/core";
import { applyWhatIfs, jiaxingCongested, jiaxingDefault, runReplication, type Scenario } from "../src/index.ts";

const REPLICATIONS = 20;

/** Berth groups as docs/jiaxing-scenario.md defines them (ids of packages/scenario/src/jiaxingPort.ts). */
const CONTAINER_GROUPS: readonly (readonly [string, readonly string[]])[] = [
  ["all container berths", ["B23", "B24", "B25-26", "D3", "D4", "D5", "D6", "D8"]],
  ["Zhapu D", ["D3", "D4", "D5", "D6", "D8"]],
  ["Dushan B", ["B23", "B24", "B25-26"]],
];
const BULK_GROUPS: readonly (readonly [string, readonly string[]])[] = [
  ["coal", ["C1", "C2"]],
  ["grain", ["G1"]],
  ["Dushan liquid", ["A3", "A4"]],
  ["Zhapu liquid", ["E1", "E2", "E3", "E4"]],
  ["ZP3", ["ZP3"]],
  ["Haiyan", ["Q1", "Q2"]],
];
const CLASSES: readonly (readonly [TradeClass, string])[] = [
  ["nearSeaDirect", "near-sea"],
  ["ningboFeeder", "Ningbo feeder"],
  ["foreignOther", "other foreign"],
  ["domesticDirect", "domestic direct"],
  ["domesticBulk", "domestic bulk"],
];
const DG_ANCHORAGES: readonly (readonly [string, string])[] = [
  ["chenshan", "Chenshan"],
  ["dushan-2", "Dushan No. 2"],
];

/** Ships alongside as a share of ship places over the group's berths: ship-hours ÷ (places × open hours), a shared
 * quay counting as many places as the ships it takes at once. */
const groupUtilisation = (kpis: Kpis, berths: readonly string[], port: Scenario["port"]): number => {
  let occupied = 0;
  let open = 0;
  for (const b of kpis.berths) {
    if (!berths.includes(b.berth)) continue;
    occupied += b.shipHours;
    open += (port.berths.find((x) => x.id === b.berth)?.quay?.maxShips ?? 1) * b.openHours;
  }
  return open > 0 ? occupied / open : NaN;
};

const anchorage = (kpis: Kpis, id: string): Kpis["anchorages"][number] => {
  const a = kpis.anchorages.find((x) => x.id === id);
  if (a === undefined) throw new Error(`no anchorage "${id}"`);
  return a;
};

/** "mean ± half-width" of one figure over the replications. */
const ci = (xs: readonly number[], digits: number): string => {
  const { mean, halfWidth } = confidenceInterval95(xs);
  return `${mean.toFixed(digits)} ± ${halfWidth.toFixed(digits)}`;
};

/** KPIs per rule set (scenario order), each a list over replications k = 0…REPLICATIONS − 1. */
const replicate = (scenario: Scenario): Kpis[][] => {
  const perRule: Kpis[][] = scenario.rules.map(() => []);
  for (let k = 0; k < REPLICATIONS; k++) {
    const results = runReplication(scenario, k, { log: false });
    results.forEach((r, i) => perRule[i]!.push(r.kpis));
  }
  return perRule;
};

const wait = (kpis: Kpis, c: TradeClass, key: "meanWait" | "p90Wait" | "meanTideWait"): number => kpis.byClass[c]?.[key] ?? NaN;

/** The dangerous-goods anchorage line of one rule set: hours full and over capacity, ships outside. */
const anchorageLine = (runs: readonly Kpis[]): string => {
  const full = DG_ANCHORAGES.map(
    ([id, name]) =>
      `${name} full ${ci(runs.map((k) => anchorage(k, id).hoursAtCapacity), 0)} h, ` +
      `over capacity ${ci(runs.map((k) => anchorage(k, id).hoursOverCapacity), 1)} h`,
  );
  const both = ci(runs.map((k) => k.outside.ships), 1);
  return `${full.join(", ")}; ships that found both full ${both}`;
};

const printScenario = (scenario: Scenario): void => {
  const perRule = replicate(scenario);
  const out: string[] = [`### \`${scenario.id}\``, ""];
  const header = ["rule set", ...CONTAINER_GROUPS.map(([name]) => name), ...CLASSES.map(([, label]) => label)];
  out.push(`| ${header.join(" | ")} |`, `| ${header.map(() => "---").join(" | ")} |`);
  scenario.rules.forEach((rules, i) => {
    const runs = perRule[i]!;
    const cells = [
      `\`${rules.id}\``,
      ...CONTAINER_GROUPS.map(([, ids]) => ci(runs.map((k) => groupUtilisation(k, ids, scenario.port)), 3)),
      ...CLASSES.map(([c]) => ci(runs.map((k) => wait(k, c, "meanWait")), 2)),
    ];
    out.push(`| ${cells.join(" | ")} |`);
  });

  out.push("", "Bulk-group utilisation:");
  scenario.rules.forEach((rules, i) => {
    const runs = perRule[i]!;
    const groups = BULK_GROUPS.map(([name, ids]) => `${name} ${ci(runs.map((k) => groupUtilisation(k, ids, scenario.port)), 3)}`);
    out.push(`- \`${rules.id}\` (${rules.queueScope}): ${groups.join(", ")}`);
  });

  out.push("", "P90 wait (h) and container throughput:");
  scenario.rules.forEach((rules, i) => {
    const runs = perRule[i]!;
    const p90 = CLASSES.map(([c, label]) => `${label} ${ci(runs.map((k) => wait(k, c, "p90Wait")), 2)}`);
    const teu = confidenceInterval95(runs.map((k) => k.throughput.container)).mean;
    out.push(`- \`${rules.id}\`: P90 ${p90.join(", ")}; ${(teu / 1e6).toFixed(2)} M TEU`);
  });

  out.push("", "Tide wait (h), mean per served call of the class (part of the mean wait above):");
  scenario.rules.forEach((rules, i) => {
    const runs = perRule[i]!;
    const tide = CLASSES.map(([c, label]) => `${label} ${ci(runs.map((k) => wait(k, c, "meanTideWait")), 2)}`);
    out.push(`- \`${rules.id}\`: ${tide.join(", ")}`);
  });

  out.push("", "Anchorages (means over replications):");
  scenario.rules.forEach((rules, i) => {
    const runs = perRule[i]!;
    const general = runs.map((k) => anchorage(k, "caiqishan").max);
    out.push(
      `- \`${rules.id}\`: ${anchorageLine(runs)}; ` +
        `general anchorage max ${Math.min(...general)}–${Math.max(...general)} (mean ${ci(general, 1)})`,
    );
  });
  const window = scenario.horizon - scenario.warmup;
  out.push("", `Observation window: ${window.toLocaleString("en-US")} h.`, "");
  console.log(out.join("\n"));
};

for (const scenario of [jiaxingDefault, jiaxingCongested]) printScenario(scenario);

const expanded = applyWhatIfs(jiaxingDefault, [{ id: "expand-dg-anchorages" }]);
if (!expanded.ok) throw new Error(expanded.errors.join("\n"));
const after = replicate(expanded.scenario);
console.log(`Dangerous-goods anchorages of \`${jiaxingDefault.id}\` after \`expand-dg-anchorages\`:`);
jiaxingDefault.rules.forEach((rules, i) => console.log(`- \`${rules.id}\`: ${anchorageLine(after[i]!)}`));
