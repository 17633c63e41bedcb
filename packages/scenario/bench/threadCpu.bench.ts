/**
 * Where a Monte Carlo run's CPU goes, thread by thread: 400 replications of `jiaxing-default` under 3 rule sets on
 * one worker thread (the CLI's pool), then each thread of this process with the CPU time Linux charged it
 * (/proc/self/task/<tid>/stat, user + system). Besides the main thread and the worker, V8 runs helper threads
 * (compilation in the background, parallel and concurrent garbage collection): on a 2-core machine with both cores
 * running workers, their time is taken from the workers. Linux only. Run with
 * `npx tsx packages/scenario/bench/threadCpu.bench.ts [replications] [workers]`; figures in docs/benchmarks.md.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { RULE_SETS } from "@berthsim/core";
import { runMonteCarloParallel } from "../../../apps/cli/src/workerPool.ts";
import { jiaxingDefault, type Scenario } from "../src/index.ts";

const REPLICATIONS = Number(process.argv[2] ?? 400);
const WORKERS = Number(process.argv[3] ?? 1);
const SCENARIO: Scenario = { ...jiaxingDefault, rules: [RULE_SETS.fcfs, RULE_SETS.priority, RULE_SETS.priorityCapped] };
const TICKS_PER_SECOND = 100; // USER_HZ on Linux

/** Every thread's CPU seconds so far, by thread id. */
const threadCpu = (): Map<number, number> => {
  const cpu = new Map<number, number>();
  for (const tid of readdirSync("/proc/self/task")) {
    try {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, "utf8");
      // Fields after the command name (which may hold spaces), from field 3 on: utime and stime are fields 14 and 15.
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      cpu.set(Number(tid), (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND);
    } catch {
      // The thread ended between the listing and the read.
    }
  }
  return cpu;
};

const main = async (): Promise<void> => {
  if (!existsSync("/proc/self/task")) throw new Error("needs Linux's /proc/self/task");
  const seen = new Map<number, number>();
  const sample = (): void => threadCpu().forEach((s, tid) => seen.set(tid, s));
  // Worker threads end with the run: their last figures are those sampled just before.
  const timer = setInterval(sample, 100);
  const start = performance.now();
  await runMonteCarloParallel(SCENARIO, { replications: REPLICATIONS, workers: WORKERS });
  const seconds = (performance.now() - start) / 1000;
  clearInterval(timer);
  sample();
  const mainThread = process.pid;
  const rows = [...seen].filter(([, s]) => s > 0).sort((a, b) => b[1] - a[1]);
  const total = rows.reduce((sum, [, s]) => sum + s, 0);
  console.log(`${REPLICATIONS} replications of ${SCENARIO.id}, 3 rule sets, ${WORKERS} worker(s): ${seconds.toFixed(2)} s wall, ${total.toFixed(2)} s CPU`);
  const busiest = rows.filter(([tid]) => tid !== mainThread).slice(0, WORKERS).map(([tid]) => tid);
  for (const [tid, s] of rows) {
    const role = tid === mainThread ? "main thread" : busiest.includes(tid) ? "worker (busiest threads)" : "other (V8 helpers, libuv)";
    console.log(`  thread ${tid}: ${s.toFixed(2).padStart(6)} s  ${((100 * s) / total).toFixed(1).padStart(5)} %  ${role}`);
  }
};

await main();
