/**
 * One year of the default Jiaxing scenario (replication 1): wall time of traffic generation and of `simulate` under
 * each built-in rule set, and peak memory. Run with `pnpm bench` (after the kernel benchmark) or
 * `npx tsx packages/scenario/bench/jiaxing.bench.ts`; docs/benchmarks.md records the figures.
 *
 * - Cold: a fresh process generates the traffic once and runs each rule set once, the way the CLI does one run
 *   (first runs include the JIT's warm-up). Its peak RSS (`process.resourceUsage().maxRSS`) is the memory figure.
 * - Warm: in this process, after a warm-up, the median (and best) of RUNS timings of each step.
 *
 * Target (checked here, never in timed tests): a year of Jiaxing — generating its traffic and simulating it under
 * one rule set — in under 20 ms, warm, under every rule set.
 */
import { spawnSync } from "node:child_process";
import { availableParallelism, cpus, loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { simulate, type VesselCall } from "@berthsim/core";
import { jiaxingDefault, replicationCalls, type Scenario } from "../src/index.ts";

const SCENARIO: Scenario = jiaxingDefault;
const WARMUP_RUNS = 20;
const RUNS = 31;
const TARGET_MS = 20;

const simulateYear = (calls: readonly VesselCall[], k: number) =>
  simulate({
    port: SCENARIO.port,
    calls,
    rules: SCENARIO.rules[k]!,
    horizon: SCENARIO.horizon,
    warmup: SCENARIO.warmup,
  });

const timed = <T>(f: () => T): [T, number] => {
  const start = performance.now();
  const value = f();
  return [value, performance.now() - start];
};

interface Cold {
  readonly generateMs: number;
  readonly calls: number;
  readonly simulateMs: readonly number[];
  readonly served: readonly number[];
  readonly peakRssMiB: number;
}

/** Child mode: one cold generation and one cold run per rule set, then one JSON line on stdout. */
const coldChild = (): void => {
  const [calls, generateMs] = timed(() => replicationCalls(SCENARIO, 0));
  const simulateMs: number[] = [];
  const served: number[] = [];
  SCENARIO.rules.forEach((_, k) => {
    const [result, ms] = timed(() => simulateYear(calls, k));
    simulateMs.push(ms);
    served.push(result.kpis.served);
  });
  const cold: Cold = {
    generateMs,
    calls: calls.length,
    simulateMs,
    served,
    peakRssMiB: (process.resourceUsage().maxRSS * 1024) / 2 ** 20,
  };
  process.stdout.write(`${JSON.stringify(cold)}\n`);
};

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

const ms = (x: number): string => `${x.toFixed(2).padStart(7)} ms`;

const main = (): void => {
  console.log(`# Jiaxing year benchmark: ${SCENARIO.id}, replication 1, horizon ${SCENARIO.horizon} h, warm-up ${SCENARIO.warmup} h`);
  console.log(`${cpus()[0]?.model ?? "unknown CPU"}, ${availableParallelism()} cores, Node ${process.version}`);
  console.log(`load average before: ${loadavg().map((x) => x.toFixed(1)).join(", ")} (other work on the machine slows every figure)\n`);

  const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), "--cold-child"], {
    encoding: "utf-8",
  });
  if (child.status !== 0) throw new Error(`cold child failed: ${child.stderr}`);
  const cold = JSON.parse(child.stdout.trim().split("\n").at(-1)!) as Cold;
  console.log(`cold (fresh process, first run of each step), ${cold.calls} calls:`);
  console.log(`  generate traffic           ${ms(cold.generateMs)}`);
  SCENARIO.rules.forEach((r, k) => console.log(`  simulate ${r.id.padEnd(17)} ${ms(cold.simulateMs[k]!)}  (${cold.served[k]} served)`));
  console.log(`  peak RSS of that process: ${cold.peakRssMiB.toFixed(0)} MiB\n`);

  // Warm: the same steps, repeated after a warm-up; median and best of RUNS.
  let calls: VesselCall[] = [];
  for (let r = 0; r < WARMUP_RUNS; r++) {
    calls = replicationCalls(SCENARIO, 0);
    SCENARIO.rules.forEach((_, k) => simulateYear(calls, k));
  }
  const generate: number[] = [];
  const perRule: number[][] = SCENARIO.rules.map(() => []);
  for (let r = 0; r < RUNS; r++) {
    generate.push(timed(() => replicationCalls(SCENARIO, 0))[1]);
    SCENARIO.rules.forEach((_, k) => perRule[k]!.push(timed(() => simulateYear(calls, k))[1]));
  }
  console.log(`warm (median of ${RUNS} after ${WARMUP_RUNS} warm-up runs; best in brackets):`);
  console.log(`  generate traffic           ${ms(median(generate))}  (${ms(Math.min(...generate)).trim()})`);
  let met = true;
  SCENARIO.rules.forEach((r, k) => {
    const sim = median(perRule[k]!);
    const year = median(generate) + sim;
    met &&= year < TARGET_MS;
    console.log(
      `  simulate ${r.id.padEnd(17)} ${ms(sim)}  (${ms(Math.min(...perRule[k]!)).trim()})   year (generate + simulate): ${ms(year)}`,
    );
  });
  console.log(`\na year of Jiaxing, warm, every rule set: target < ${TARGET_MS} ms: ${met ? "met" : "not met"}`);
  const coldYear = cold.generateMs + Math.max(...cold.simulateMs);
  console.log(`(cold, first run in a fresh process: up to ${coldYear.toFixed(0)} ms, most of it the JIT warming up)`);
};

if (process.argv.includes("--cold-child")) coldChild();
else main();
