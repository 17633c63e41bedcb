/**
 * The clearance stage's cost per run: one year of the default Jiaxing scenario (replications 0 and 1, each simulated
 * once under each of its rule sets), then, timed, what Monte Carlo does after every simulation — the clearance KPIs
 * of the run's served calls written into a vector (`replicationClearance` + `clearanceVector`), replication by
 * replication, each one's rule sets in turn as Monte Carlo runs them (the stage draws a replication's numbers for its
 * first rule set and reuses them for the others: CallDraws.ts). A run is one rule set; the figure is the median over
 * ROUNDS rounds of the time per run, with `simulate` of the same year timed alongside for scale. Run with `npx tsx packages/scenario/bench/clearance.bench.ts`; docs/benchmarks.md
 * ("Clearance stage") records the figures.
 *
 * `--against <git revision>`: also times that revision's clearance code (its packages/core/src, exported to a
 * temporary directory and imported), interleaved round by round with this one in the same process, so that the
 * load of the shared machine weighs on both alike, and says whether both give the same vectors to the bit (they
 * do not across a change of how the stage draws its random numbers; the overall means are then shown side by side).
 *
 * Then, for the whole of it, `replicationVectors` (what a Monte Carlo worker runs) over MONTE_CARLO_REPLICATIONS
 * replications of every rule set, with and without the scenario's `clearance` key, alternating, MONTE_CARLO_REPEATS
 * times: the stage's share of a Monte Carlo run.
 *
 * Target (checked here, never in timed tests): ≤ 1 ms per run, at worst 2 ms — 1,000 replications × 3 rule sets
 * in under 10 s on 2 cores leave ≈ 6 ms per run for simulation and clearance together.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { availableParallelism, cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import * as core from "@berthsim/core";
import { clearanceVector, replicationSeed, simulate, type SimulationResult } from "@berthsim/core";
import { jiaxingDefault, replicationCalls, replicationClearance, replicationVectors, type Scenario } from "../src/index.ts";

const SCENARIO: Scenario = jiaxingDefault;
const REPLICATIONS = [0, 1];
const WARMUP_ROUNDS = 10;
const ROUNDS = 41;
const MONTE_CARLO_REPLICATIONS = 4;
const MONTE_CARLO_REPEATS = 3;
const TARGET_MS = 1;
const WORST_MS = 2;

type Core = typeof core;

/** The clearance vector of one run, the way the current code writes it in Monte Carlo. */
const current = ({ k, result }: Run, out: Float64Array): void => {
  clearanceVector(SCENARIO.port, replicationClearance(SCENARIO, k, result)!, out);
};

/** A simulated year: replication k under one rule set. */
interface Run {
  readonly k: number;
  readonly result: SimulationResult;
}

/**
 * The same with another revision's core: its `clearCargoKpis` (what its Monte Carlo ran) where it has one, else
 * the functions every revision has, clearCargo then the KPIs.
 */
const baseline =
  (old: Core) =>
  ({ k, result }: Run, out: Float64Array): void => {
    const params = SCENARIO.clearance!;
    const input = { calls: result.calls, params, seed: replicationSeed(SCENARIO.seed, k), warmup: SCENARIO.warmup };
    const areas = SCENARIO.port.areas.map((a) => a.id);
    // An older core may lack clearCargoKpis, whatever the current types say.
    const viaKpis = (old as Partial<Core>).clearCargoKpis;
    const kpis = viaKpis !== undefined ? viaKpis(input, areas) : old.clearanceKpis(old.clearCargo(input), params, areas);
    old.clearanceVector(SCENARIO.port, kpis, out);
  };

/** Exports `revision`'s packages/core/src into a temporary directory and imports it. */
const importRevision = async (revision: string): Promise<{ core: Core; cleanUp: () => void }> => {
  const dir = mkdtempSync(join(tmpdir(), "berthsim-clearance-bench-"));
  const root = fileURLToPath(new URL("../../..", import.meta.url));
  const archive = execFileSync("git", ["-C", root, "archive", revision, "packages/core/src"]);
  execFileSync("tar", ["-x", "-C", dir], { input: archive });
  const old = (await import(join(dir, "packages/core/src/index.ts"))) as Core;
  return { core: old, cleanUp: () => rmSync(dir, { recursive: true, force: true }) };
};

const cpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/**
 * Milliseconds per run of `f` over every result, the results run back to back: wall time, and the CPU time of
 * this process (less sensitive to the other work on the machine, which takes the CPU away but is not counted).
 */
const timeRuns = (
  f: (run: Run, out: Float64Array) => void,
  results: readonly Run[],
  out: Float64Array,
): { wall: number; cpu: number } => {
  const start = performance.now();
  const cpu = cpuMs();
  for (const r of results) f(r, out);
  return { wall: (performance.now() - start) / results.length, cpu: (cpuMs() - cpu) / results.length };
};

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};

const sameBits = (a: Float64Array, b: Float64Array): boolean =>
  a.length === b.length && a.every((x, i) => Object.is(x, b[i]));

const main = async (): Promise<void> => {
  const i = process.argv.indexOf("--against");
  const revision = i >= 0 ? process.argv[i + 1] : undefined;
  console.log(`Clearance stage: ${SCENARIO.id}, replications ${REPLICATIONS.join(", ")}, one year, ${SCENARIO.rules.length} rule sets`);
  console.log(`${cpus()[0]?.model ?? "unknown CPU"}, ${availableParallelism()} cores, Node ${process.version}`);
  console.log(`load average before: ${loadavg().map((x) => x.toFixed(1)).join(", ")} (other work on the machine slows every figure)\n`);

  const calls = replicationCalls(SCENARIO, REPLICATIONS[0]!);
  const { port, horizon, warmup } = SCENARIO;
  const year = (rules: (typeof SCENARIO.rules)[number], k = REPLICATIONS[0]!) =>
    simulate({ port, calls: k === REPLICATIONS[0] ? calls : replicationCalls(SCENARIO, k), rules, horizon, warmup, log: false });
  const results: Run[] = REPLICATIONS.flatMap((k) => SCENARIO.rules.map((rules) => ({ k, result: year(rules, k) })));
  const served = results.map(({ result }) => result.calls.filter((c) => c.status === "served" && c.arrival >= warmup).length);
  const units = core.clearCargo({ calls: results[0]!.result.calls, params: SCENARIO.clearance!, seed: replicationSeed(SCENARIO.seed, REPLICATIONS[0]!), warmup });
  console.log(`${calls.length} calls, ${served[0]} served after warm-up (${SCENARIO.rules[0]!.id}); ${units.length} units simulated per run\n`);

  const keys = core.clearanceKeys(port).length;
  const out = new Float64Array(keys);
  const old = revision === undefined ? undefined : await importRevision(revision);
  const contenders: { name: string; f: (r: Run, out: Float64Array) => void; ms: number[]; cpu: number[] }[] = [
    ...(old === undefined ? [] : [{ name: `clearance at ${revision}`, f: baseline(old.core), ms: [] as number[], cpu: [] as number[] }]),
    { name: "clearance now", f: current, ms: [], cpu: [] },
  ];

  let identical = true;
  if (old !== undefined) {
    const a = new Float64Array(keys);
    const b = new Float64Array(keys);
    for (const r of results) {
      baseline(old.core)(r, a);
      current(r, b);
      identical &&= sameBits(a, b);
    }
  }

  const simulateMs: number[] = [];
  const simulateCpu: number[] = [];
  for (let round = 0; round < WARMUP_ROUNDS + ROUNDS; round++) {
    // Alternate which goes first, so neither always runs right after the other's garbage.
    const order = round % 2 === 0 ? contenders : [...contenders].reverse();
    for (const c of order) {
      const { wall, cpu } = timeRuns(c.f, results, out);
      if (round >= WARMUP_ROUNDS) c.ms.push(wall), c.cpu.push(cpu);
    }
    if (round >= WARMUP_ROUNDS && round % 4 === 0) {
      const start = performance.now();
      const cpu = cpuMs();
      year(SCENARIO.rules[round % SCENARIO.rules.length]!);
      simulateMs.push(performance.now() - start);
      simulateCpu.push(cpuMs() - cpu);
    }
  }
  old?.cleanUp();

  const simulateRun = median(simulateMs);
  const row = (name: string, wall: readonly number[], cpu: readonly number[]): string =>
    `${name.padEnd(24)} ${median(wall).toFixed(2).padStart(7)} ms wall (best ${Math.min(...wall).toFixed(2).padStart(6)})` +
    `  ${median(cpu).toFixed(2).padStart(7)} ms CPU  ${((100 * median(wall)) / simulateRun).toFixed(0).padStart(4)} % of simulate`;
  console.log(`per run (one rule set), median of ${ROUNDS} rounds of ${results.length} runs:`);
  for (const c of contenders) console.log(`${row(c.name, c.ms, c.cpu)}  ${((median(c.ms) * 1e6) / units.length).toFixed(0)} ns per unit`);
  console.log(row("simulate, for scale", simulateMs, simulateCpu));
  if (old !== undefined) {
    const [before, now] = contenders.map((c) => median(c.ms));
    console.log(`\nspeed-up: ×${(before! / now!).toFixed(1)}; same vectors to the bit on every rule set: ${identical ? "yes" : "no"}`);
    if (!identical) {
      const keys = core.clearanceKeys(port);
      const [a, b] = [new Float64Array(keys.length), new Float64Array(keys.length)];
      baseline(old!.core)(results[0]!, a);
      current(results[0]!, b);
      for (const key of ["clearance.import.mean", "clearance.import.p90", "clearance.export.mean", "clearance.export.withinTarget"])
        console.log(`  ${key} (${SCENARIO.rules[0]!.id}): ${a[keys.indexOf(key)]!.toFixed(3)} then, ${b[keys.indexOf(key)]!.toFixed(3)} now`);
    }
  }
  const { clearance: _, ...berthsOnly } = SCENARIO;
  const perReplication = { with: [] as number[], without: [] as number[] };
  for (let repeat = 0; repeat < MONTE_CARLO_REPEATS; repeat++)
    for (const [key, scenario] of [["with", SCENARIO], ["without", berthsOnly]] as const) {
      const start = performance.now();
      replicationVectors(scenario, 0, MONTE_CARLO_REPLICATIONS);
      perReplication[key].push((performance.now() - start) / MONTE_CARLO_REPLICATIONS);
    }
  const [withStage, without] = [median(perReplication.with), median(perReplication.without)];
  console.log(
    `\nreplicationVectors, ${SCENARIO.rules.length} rule sets, median of ${MONTE_CARLO_REPEATS} × ${MONTE_CARLO_REPLICATIONS} replications: ` +
      `${withStage.toFixed(0)} ms per replication with clearance, ${without.toFixed(0)} ms without (×${(withStage / without).toFixed(2)})`,
  );
  const now = median(contenders.at(-1)!.ms);
  const verdict = now <= TARGET_MS ? "met" : now <= WORST_MS ? `not met, within the ${WORST_MS} ms limit` : "not met";
  console.log(`clearance per run: ${now.toFixed(2)} ms (target ≤ ${TARGET_MS} ms: ${verdict})`);
  console.log(`load average after: ${loadavg().map((x) => x.toFixed(1)).join(", ")}`);
};

await main();
