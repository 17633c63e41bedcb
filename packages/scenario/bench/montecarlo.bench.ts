/**
 * Monte Carlo benchmark: 1,000 replications of one year of the default Jiaxing scenario under 3 rule sets (FCFS,
 * priority, priority with cap), on 1 and on 2 worker threads; wall time, speed-up, and peak RSS at 100 and at
 * 1,000 replications (memory should be flat: KPIs are accumulated as they stream in). Run with
 * `npx tsx packages/scenario/bench/montecarlo.bench.ts`; docs/benchmarks.md ("Monte Carlo") records the figures.
 *
 * Each configuration runs in its own child process, so that its peak RSS (`process.resourceUsage().maxRSS`, which
 * covers the worker threads of the process) is its own. Every configuration must print the same summary: its
 * SHA-256 is checked (1 worker, 2 workers and this thread give byte-identical JSON).
 *
 * The worker pool is the CLI's (apps/cli/src/workerPool.ts): worker_threads are a Node matter, kept out of this
 * package, which the browser also loads. Its threads run an esbuild bundle of the worker; this process runs under
 * tsx, which is what "main thread" measures. Target: 1,000 replications × 3 rule sets in under 10 s on 2 cores.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { availableParallelism, cpus, loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { RULE_SETS } from "@berthsim/core";
import { runMonteCarloParallel } from "../../../apps/cli/src/workerPool.ts";
import { jiaxingDefault, type Scenario } from "../src/index.ts";

// BENCH_BERTHS_ONLY=1: the same scenario without its clearance stage (berth KPIs only, as before the stage existed);
// the children inherit the variable, so every configuration runs the same scenario.
const BERTHS_ONLY = process.env["BENCH_BERTHS_ONLY"] === "1";
const SCENARIO: Scenario = {
  ...jiaxingDefault,
  rules: [RULE_SETS.fcfs, RULE_SETS.priority, RULE_SETS.priorityCapped],
  ...(BERTHS_ONLY ? { clearance: undefined } : {}),
};
const TARGET_SECONDS = 10;

interface Measurement {
  readonly workers: number;
  readonly replications: number;
  readonly seconds: number;
  /** CPU time of the whole process, every thread (user + system). */
  readonly cpuSeconds: number;
  readonly peakRssMiB: number;
  readonly sha256: string;
}

/** Child mode: one run, then one JSON line on stdout. */
const child = async (workers: number, replications: number): Promise<void> => {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const summary = await runMonteCarloParallel(SCENARIO, { replications, workers });
  const seconds = (performance.now() - start) / 1000;
  const used = process.cpuUsage(cpu);
  const measurement: Measurement = {
    workers,
    replications,
    seconds,
    cpuSeconds: (used.user + used.system) / 1e6,
    peakRssMiB: (process.resourceUsage().maxRSS * 1024) / 2 ** 20,
    sha256: createHash("sha256").update(JSON.stringify(summary)).digest("hex"),
  };
  process.stdout.write(`${JSON.stringify(measurement)}\n`);
};

const measure = (workers: number, replications: number): Measurement => {
  const r = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), "--child", String(workers), String(replications)], {
    encoding: "utf-8",
    maxBuffer: 1 << 20,
  });
  if (r.status !== 0) throw new Error(`child (${workers} workers, ${replications} replications) failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split("\n").at(-1)!) as Measurement;
};

const main = (): void => {
  console.log(`Monte Carlo: ${SCENARIO.id}, ${SCENARIO.rules.map((r) => r.id).join(", ")}; one year, 2 weeks warm-up${BERTHS_ONLY ? "; berths only (no clearance stage)" : ", clearance stage included"}`);
  console.log(`${cpus()[0]?.model ?? "unknown CPU"}, ${availableParallelism()} cores, Node ${process.version}`);
  console.log(`load average before: ${loadavg().map((x) => x.toFixed(1)).join(", ")} (other work on the machine slows every figure)\n`);
  const runs: Measurement[] = [];
  for (const replications of [100, 1000])
    for (const workers of [0, 1, 2]) {
      if (workers === 0 && replications === 1000) continue; // this thread: 100 replications are enough for a rate
      const m = measure(workers, replications);
      runs.push(m);
      console.log(
        `${workers === 0 ? "main thread" : `${workers} worker${workers === 1 ? " " : "s"}`.padEnd(11)}  ` +
          `${String(replications).padStart(5)} replications  ${m.seconds.toFixed(2).padStart(7)} s  ` +
          `${((m.seconds * 1000) / replications).toFixed(1).padStart(6)} ms/replication  ` +
          `CPU ${m.cpuSeconds.toFixed(1).padStart(6)} s (${((m.cpuSeconds * 1000) / replications).toFixed(1)} ms/replication)  peak RSS ${m.peakRssMiB.toFixed(0).padStart(4)} MiB  (load ${loadavg()[0]!.toFixed(1)})`,
      );
    }
  const at = (w: number, n: number): Measurement => runs.find((m) => m.workers === w && m.replications === n)!;
  const sameAt = (n: number): boolean => new Set(runs.filter((m) => m.replications === n).map((m) => m.sha256)).size === 1;
  const speedUp = at(1, 1000).seconds / at(2, 1000).seconds;
  console.log(
    `\nspeed-up 1 → 2 workers (1,000 replications): ×${speedUp.toFixed(2)} ` +
      `(CPU time 2 workers ÷ 1 worker: ${(at(2, 1000).cpuSeconds / at(1, 1000).cpuSeconds).toFixed(2)})`,
  );
  console.log(
    `peak RSS, 2 workers: ${at(2, 100).peakRssMiB.toFixed(0)} MiB at 100 replications, ` +
      `${at(2, 1000).peakRssMiB.toFixed(0)} MiB at 1,000 (×${(at(2, 1000).peakRssMiB / at(2, 100).peakRssMiB).toFixed(2)})`,
  );
  console.log(`identical summaries on every thread count: ${sameAt(100) && sameAt(1000) ? "yes" : "NO"}`);
  const best = Math.min(at(1, 1000).seconds, at(2, 1000).seconds);
  console.log(`1,000 replications × 3 rule sets: ${best.toFixed(1)} s (target < ${TARGET_SECONDS} s: ${best < TARGET_SECONDS ? "met" : "not met"})`);
  if (!sameAt(100) || !sameAt(1000)) process.exitCode = 1;
};

const i = process.argv.indexOf("--child");
if (i >= 0) await child(Number(process.argv[i + 1]), Number(process.argv[i + 2]));
else main();
