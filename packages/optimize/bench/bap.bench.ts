/**
 * DBAP benchmark: every instance of ../shared/bap-instances (Cordeau I1 and Kramer et al. 2019), solved under the
 * targets of the issue — 1 s for the 25–35-ship files, 10 s for the 200–250-ship ones — next to the FCFS and
 * priority dispatching plans. Prints a table and writes it into docs/optimizer.md between the bench markers.
 *
 *     pnpm bench:bap                       # or: npx tsx packages/optimize/bench/bap.bench.ts
 *     pnpm bench:bap --clock wall          # time limits on wall-clock time instead of process CPU time
 *     pnpm bench:bap --only 25x5 --no-write
 *
 * Time limits are read on process CPU time by default, so that a busy shared machine gives the solver the same
 * budget as an idle one; the wall time is printed next to it. Every plan is checked by `validatePlan`.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { fcfsSchedule, planObjective, prioritySchedule, type Snapshot, solve, validatePlan } from "../src/index.ts";
import { cordeau, cordeauNames, INSTANCES_DIR, kramer, kramerNames } from "../test/helpers/instances.ts";

const SMALL_LIMIT_S = 0.95; // target: under 1 s
const LARGE_LIMIT_S = 9.5; // target: under 10 s
const SEED = 1;
const DOC = fileURLToPath(new URL("../../../docs/optimizer.md", import.meta.url));
const START = "<!-- bench:bap:start -->";
const END = "<!-- bench:bap:end -->";

const args = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const clockKind = flag("--clock") ?? "cpu";
const only = flag("--only");
const write = !args.includes("--no-write");
const cpuClock = () => process.cpuUsage().user / 1000;
const clock = clockKind === "wall" ? () => performance.now() : cpuClock;

interface Row {
  readonly group: string;
  readonly name: string;
  readonly n: number;
  readonly m: number;
  readonly objective: number;
  readonly lowerBound: number;
  readonly gap: number;
  readonly time: number;
  readonly wall: number;
  readonly fcfs: number;
  readonly priority: number;
  readonly optimal: boolean;
}

const run = (group: string, name: string, s: Snapshot, limit: number): Row => {
  const w0 = performance.now();
  const r = solve(s, { seed: SEED, timeLimit: limit, clock });
  const wall = (performance.now() - w0) / 1000;
  const check = validatePlan(s, r.plan);
  if (!check.valid) throw new Error(`${name}: invalid plan: ${check.errors.slice(0, 3).join("; ")}`);
  if (Math.abs(check.objective - r.objective) > 1e-6)
    throw new Error(`${name}: objective ${r.objective} ≠ ${check.objective}`);
  const fcfs = fcfsSchedule(s);
  const priority = prioritySchedule(s);
  for (const p of [fcfs, priority]) if (!validatePlan(s, p).valid) throw new Error(`${name}: invalid dispatching plan`);
  return {
    group,
    name,
    n: s.ships.length,
    m: s.berths.length,
    objective: r.objective,
    lowerBound: r.lowerBound,
    gap: r.gap,
    time: r.elapsed / 1000,
    wall,
    fcfs: planObjective(s, fcfs),
    priority: planObjective(s, priority),
    optimal: r.optimal,
  };
};

const jobs: [group: string, name: string, load: () => Snapshot, limit: number][] = [
  ...cordeauNames().map((f): [string, string, () => Snapshot, number] => [
    `I1 ${f.slice(0, -3)}`,
    f,
    () => cordeau(f),
    SMALL_LIMIT_S,
  ]),
  ...kramerNames().map((f): [string, string, () => Snapshot, number] => [
    `Kramer ${f.slice(0, -7)}`,
    f,
    () => kramer(f),
    LARGE_LIMIT_S,
  ]),
].filter(([, name]) => only === undefined || name.includes(only));

const header =
  "| instance | n | m | objective | lower bound | gap % | time s | wall s | FCFS | priority rule | best known¹ |";
const rule = "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |";
const fmt = (x: number, d = 2) => x.toFixed(d);
const line = (r: Row) =>
  `| ${r.name} | ${r.n} | ${r.m} | ${r.objective}${r.optimal ? " ✓" : ""} | ${r.lowerBound} | ${fmt(100 * r.gap)} | ${fmt(r.time)} | ${fmt(r.wall)} | ${r.fcfs} | ${r.priority} | — |`;

const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? "?"}, Node ${process.version}, load average at start ${loadavg()
  .map((x) => x.toFixed(1))
  .join(" / ")}`;
console.error(`instances: ${INSTANCES_DIR}\nmachine: ${machine}\nclock: ${clockKind}`);
console.log(header);
console.log(rule);
const rows: Row[] = [];
for (const [group, name, load, limit] of jobs) {
  const row = run(group, name, load(), limit);
  rows.push(row);
  console.log(line(row));
}

const groups = [...new Set(rows.map((r) => r.group))];
const summaryHeader =
  "| set | files | proven optimal | mean gap % | max gap % | mean time s | max time s | objective ÷ FCFS |";
const summaryRule = "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |";
const summary = groups.map((g) => {
  const rs = rows.filter((r) => r.group === g);
  const mean = (f: (r: Row) => number) => rs.reduce((a, r) => a + f(r), 0) / rs.length;
  const max = (f: (r: Row) => number) => Math.max(...rs.map(f));
  return `| ${g} | ${rs.length} | ${rs.filter((r) => r.optimal).length} | ${fmt(100 * mean((r) => r.gap))} | ${fmt(100 * max((r) => r.gap))} | ${fmt(mean((r) => r.time))} | ${fmt(max((r) => r.time))} | ${fmt(
    mean((r) => r.objective / r.fcfs),
    3,
  )} |`;
});
console.log(`\n${summaryHeader}\n${summaryRule}\n${summary.join("\n")}`);

if (write && only === undefined) {
  const date = new Date().toISOString().slice(0, 10);
  const block = [
    START,
    `Command: \`pnpm bench:bap\` (seed ${SEED}; time limits ${SMALL_LIMIT_S} s and ${LARGE_LIMIT_S} s on ${clockKind === "cpu" ? "process CPU time" : "wall-clock time"}). Date: ${date}. Machine: ${machine}.`,
    "",
    summaryHeader,
    summaryRule,
    ...summary,
    "",
    header,
    rule,
    ...rows.map(line),
    "",
    "✓ = proven optimal (objective = lower bound). Gap = (objective − lower bound) ÷ objective. time = solver time on the limit's clock, wall = wall-clock time of the same run. FCFS and priority rule: the dispatching plans of `fcfsSchedule` and `prioritySchedule` (identical here: every ship has weight 1).",
    "¹ Neither the instance files nor FORMAT.md publish optimal or best-known values, so the column is empty; the lower bound certifies each result instead.",
    END,
  ].join("\n");
  const doc = readFileSync(DOC, "utf8");
  const a = doc.indexOf(START);
  const b = doc.indexOf(END);
  if (a < 0 || b < a) throw new Error(`${DOC}: bench markers ${START} … ${END} not found`);
  writeFileSync(DOC, doc.slice(0, a) + block + doc.slice(b + END.length));
  console.error(`wrote ${DOC}`);
}
