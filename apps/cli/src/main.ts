import { BUILT_IN_SCENARIOS, findScenario } from "@berthsim/scenario";
import { compareRuleSets } from "./compareRuleSets.ts";
import { renderComparison } from "./kpiTable.ts";

const usage = `usage: berthsim compare [SCENARIO] [--replications N]

Runs a built-in scenario (default: jiaxing-default) under each of its rule sets and prints waiting times per trade
class and berth utilisation, as means over replications with 95 % confidence intervals.
Built-in scenarios: ${BUILT_IN_SCENARIOS.map((s) => s.id).join(", ")}`;

const fail = (message: string, code: number): never => {
  process.stderr.write(`berthsim: ${message}\n`);
  process.exit(code);
};

const main = (argv: readonly string[]): void => {
  const [command = "compare", ...rest] = argv;
  if (command === "--help" || command === "-h") return void process.stdout.write(`${usage}\n`);
  if (command !== "compare") fail(`unknown command "${command}"\n${usage}`, 2);
  let scenarioId = "jiaxing-default";
  let replications: number | undefined;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === "--help" || arg === "-h") return void process.stdout.write(`${usage}\n`);
    if (arg === "--replications") {
      const n = Number(rest[++i]);
      if (!Number.isInteger(n) || n < 1) fail(`--replications: expected a whole number ≥ 1, got ${rest[i]}`, 2);
      replications = n;
    } else if (arg.startsWith("-")) fail(`unknown option "${arg}"\n${usage}`, 2);
    else scenarioId = arg;
  }
  const scenario = findScenario(scenarioId) ?? fail(`no built-in scenario "${scenarioId}"\n${usage}`, 1);
  const n = replications ?? scenario.replications;
  process.stdout.write(renderComparison(scenario, compareRuleSets(scenario, n), n));
};

main(process.argv.slice(2));
