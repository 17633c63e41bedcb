/**
 * Kernel benchmark: `simulate` against a bare typed-array event loop on the same M/M/c workload, and the peak
 * memory of a 1 M-call run. Run with `pnpm bench` (or `npx tsx packages/core/bench/kernel.bench.ts`);
 * docs/benchmarks.md records the figures and says what each means.
 *
 * Workload: 10 identical berths, one Poisson stream with exponential service (mean 10 h), ρ = 0.7, shift 0,
 * no anchorages, FCFS, 1 M calls. An "event" is one arrival or one departure: 2 per call, for both loops (the
 * kernel's dispatcher runs are not counted: they are its overhead, not work). The kernel's time is `simulate`
 * end to end: the event loop, the KPIs and the output, in three modes — each call's outcome as typed-array
 * columns (the bare loop's kind of output: a wait per call in an array), the KPIs alone, and a CallRecord object
 * per call (the default). Traffic generation is timed on its own. Both loops must give every call the same wait,
 * to the bit (checked before timing).
 *
 * Timing: after a warm-up, RUNS runs of each output mode, each in a block of its own alternating with the bare
 * loop; the median is the figure, the best is shown too. The cost of building a million CallRecord objects alone
 * is measured as well: it bounds the rate of the records mode whatever the event loop does.
 *
 * Targets (reported here, never asserted in timed tests): kernel ≥ 1/3 of the bare loop's events/s; 1 M calls
 * < 1 GB peak RSS. The process exits non-zero only when the two loops disagree.
 */
import { spawnSync } from "node:child_process";
import { availableParallelism, cpus, loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { bareLoop } from "./bareLoop.ts";
import { BERTHS, makeCalls, MEAN_SERVICE, type Output, RHO, runKernel } from "./mmcWorkload.ts";
import type { CallRecord, VesselCall } from "../src/index.ts";


const CALLS = 1_000_000;
const WARMUP_CALLS = 100_000;
const RUNS = 7;
const TARGET_RATIO = 1 / 3;
const TARGET_PEAK_BYTES = 1024 ** 3;

/**
 * The cost of the output alone: building `records.length` objects of the CallRecord shape (one literal, as
 * `simulate` does) from existing values. No event loop can run the kernel's workload faster than this.
 */
const copyRecords = (records: readonly CallRecord[]): CallRecord[] =>
  records.map((c) => ({
    id: c.id,
    name: c.name,
    tradeClass: c.tradeClass,
    cargo: c.cargo,
    volume: c.volume,
    arrival: c.arrival,
    dangerousGoods: c.dangerousGoods,
    status: c.status,
    wait: c.wait,
    overtaken: c.overtaken,
    tideWait: c.tideWait,
    anchorage: c.anchorage,
    hoursOutside: c.hoursOutside,
    berth: c.berth,
    area: c.area,
    position: c.position,
    loa: c.loa,
    berthingStart: c.berthingStart,
    serviceStart: c.serviceStart,
    end: c.end,
    rejectReason: c.rejectReason,
    stream: c.stream,
  }));

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

const fmt = (x: number, digits = 1): string => x.toFixed(digits);
const mega = (x: number): string => `${fmt(x / 1e6, 2)} M`;
const mib = (bytes: number): string => `${fmt(bytes / 1024 ** 2, 0)} MiB`;

interface MemoryChild {
  readonly base: number;
  readonly afterGenerate: number;
  readonly afterSimulate: number;
  /** Wall time of that one `simulate`: a fresh heap, but a cold JIT. */
  readonly simulateMs: number;
}

/** Child mode: one 1 M-call generate + simulate, reporting peak RSS (process.resourceUsage().maxRSS, KiB). */
const memoryChild = (): void => {
  const base = process.resourceUsage().maxRSS * 1024;
  const calls = makeCalls(CALLS);
  const afterGenerate = process.resourceUsage().maxRSS * 1024;
  const start = performance.now();
  const result = runKernel(calls);
  const simulateMs = performance.now() - start;
  const afterSimulate = process.resourceUsage().maxRSS * 1024;
  if (result.kpis.served !== CALLS) throw new Error(`served ${result.kpis.served} of ${CALLS}`);
  const out: MemoryChild = { base, afterGenerate, afterSimulate, simulateMs };
  process.stdout.write(JSON.stringify(out));
};

/** Checks that kernel and bare loop agree: FCFS on identical berths gives every call the same wait, to the bit. */
const checkSameWaits = (calls: readonly VesselCall[], arrival: Float64Array, service: Float64Array): void => {
  const result = runKernel(calls);
  const columns = runKernel(calls, "columns").columns!;
  const bare = bareLoop(arrival, service, BERTHS);
  if (result.kpis.served !== calls.length) throw new Error(`kernel served ${result.kpis.served} of ${calls.length}`);
  let mismatches = 0;
  for (let i = 0; i < calls.length; i++) {
    if (result.calls[i]!.wait !== bare.waits[i]) mismatches++;
    if (columns.berthingStart[i]! - columns.calls[i]!.arrival !== bare.waits[i]) mismatches++;
  }
  // The kernel's mean sums the sorted waits, the bare loop sums in call order: the last bits may differ.
  const relDiff = Math.abs(result.kpis.overall.meanWait - bare.meanWait) / bare.meanWait;
  console.log(
    `mean wait: kernel ${result.kpis.overall.meanWait} h, bare loop ${bare.meanWait} h ` +
      `(relative difference ${relDiff.toExponential(1)}); calls whose waits differ: ${mismatches}`,
  );
  if (mismatches > 0 || relDiff > 1e-9) throw new Error("kernel and bare loop disagree");
};

/** CPU time of the process so far (every thread: the GC's helper threads too), ms. */
const cpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/**
 * Wall time of one call of `f`, in ms; its CPU time is pushed to `cpu`. No forced collection between runs: a full
 * GC makes V8 drop optimised code and shrink the young generation, so the run after it is not typical. Runs are
 * back to back, as in a Monte Carlo loop, and each pays, on average, for collecting what the one before left.
 */
const timeOnce = (f: () => unknown, cpu: number[] = []): number => {
  const cpuStart = cpuMs();
  const start = performance.now();
  f();
  const wall = performance.now() - start;
  cpu.push(cpuMs() - cpuStart);
  return wall;
};

const timeRuns = (f: () => unknown): number[] => Array.from({ length: RUNS }, () => timeOnce(f));

const main = (): void => {
  console.log(`# Kernel benchmark: M/M/${BERTHS}, ρ = ${RHO}, mean service ${MEAN_SERVICE} h, FCFS, ${CALLS.toLocaleString("en")} calls`);
  console.log(`${cpus()[0]?.model ?? "unknown CPU"}, ${availableParallelism()} cores, Node ${process.version}`);
  console.log(`load average before: ${loadavg().map((x) => x.toFixed(1)).join(", ")} (other work on the machine slows every figure)`);
  console.log(`event = one arrival or one departure: 2 per call, for both loops\n`);

  // Generation, timed on its own (not part of the kernel figure).
  const start = performance.now();
  const calls = makeCalls(CALLS);
  console.log(`generateTraffic: ${CALLS.toLocaleString("en")} calls in ${fmt(performance.now() - start, 0)} ms`);
  const arrival = Float64Array.from(calls, (c) => c.arrival);
  const service = Float64Array.from(calls, (c) => c.serviceHours!);

  // Warm-up: a smaller run of each, twice, so that both loops are optimised before timing.
  const small = calls.slice(0, WARMUP_CALLS);
  for (let k = 0; k < 2; k++) {
    runKernel(small);
    runKernel(small, "columns");
    runKernel(small, "kpis");
    bareLoop(arrival.subarray(0, WARMUP_CALLS), service.subarray(0, WARMUP_CALLS), BERTHS);
  }
  checkSameWaits(calls, arrival, service);

  // Timed runs: each output mode in a block of its own, alternating with the bare loop, so that each mode pays
  // for collecting its own garbage (not another mode's) and is compared with the bare loop on the same machine state.
  const events = 2 * CALLS;
  const rate = (ms: number): number => events / (ms / 1000);
  const list = (xs: number[]): string => xs.map((x) => fmt(x, 0)).join(", ");
  console.log(`\nmedian of ${RUNS} runs per mode, each alternating with a bare-loop run (best in brackets);`);
  console.log(`ratio = kernel events/s ÷ bare loop events/s of the same block (CPU: the same for CPU time, every thread):`);
  const bareBuffers = { waits: new Float64Array(CALLS), ring: new Int32Array(CALLS) };
  const modes: [Output, string][] = [
    ["columns", "outcomes as columns (typed arrays)"],
    ["kpis", "KPIs only"],
    ["records", "CallRecord objects"],
  ];
  for (const [mode, label] of modes) {
    const ms: number[] = [];
    const bareMs: number[] = [];
    const cpu: number[] = [];
    const bareCpu: number[] = [];
    for (let r = 0; r < RUNS; r++) {
      ms.push(timeOnce(() => runKernel(calls, mode), cpu));
      bareMs.push(timeOnce(() => bareLoop(arrival, service, BERTHS, bareBuffers), bareCpu));
    }
    const ratio = rate(median(ms)) / rate(median(bareMs));
    console.log(
      `  simulate, ${label.padEnd(36)} ${fmt(median(ms)).padStart(7)} ms (${fmt(Math.min(...ms))})  ` +
        `${mega(rate(median(ms)))} events/s   [${list(ms)}]`,
    );
    console.log(
      `    bare loop ${fmt(median(bareMs))} ms (${fmt(Math.min(...bareMs))}), ${mega(rate(median(bareMs)))} events/s: ` +
        `ratio ${fmt(ratio, 3)} (CPU ${fmt(median(bareCpu) / median(cpu), 3)}); target ≥ ${fmt(TARGET_RATIO, 3)}: ` +
        `${ratio >= TARGET_RATIO ? "met" : "not met"}`,
    );
  }
  console.log(
    `  ("Columns" hands back each call's outcome in typed arrays, as the bare loop hands back its waits; every mode ` +
      `computes all the KPIs.)`,
  );

  // What the output alone costs: a million CallRecord objects (every field of every call), built from values.
  const source = runKernel(calls).calls;
  const copyMs = timeRuns(() => copyRecords(source));
  console.log(
    `  output alone:       building ${CALLS.toLocaleString("en")} CallRecord objects alone takes ${fmt(median(copyMs))} ms ` +
      `(${fmt(Math.min(...copyMs))}): the kernel's ceiling is ${mega(rate(median(copyMs)))} events/s, ` +
      `with an event loop that cost nothing`,
  );

  // Peak memory of one 1 M-call run, in a fresh process so that the runs above do not count.
  const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), "--memory-child"], {
    encoding: "utf8",
  });
  if (child.status !== 0) throw new Error(`memory child failed: ${child.stderr}`);
  const mem = JSON.parse(child.stdout) as MemoryChild;
  const ok = mem.afterSimulate < TARGET_PEAK_BYTES;
  console.log(
    `\n1 M-call run (generate + simulate), fresh process, peak RSS: ${mib(mem.afterSimulate)} ` +
      `(after start-up ${mib(mem.base)}, after generateTraffic ${mib(mem.afterGenerate)}); target < 1024 MiB: ${ok ? "met" : "not met"}`,
  );
  console.log(
    `  that single simulate (fresh heap, cold JIT): ${fmt(mem.simulateMs, 0)} ms, ${mega(rate(mem.simulateMs))} events/s`,
  );
};

if (process.argv.includes("--memory-child")) memoryChild();
else main();
