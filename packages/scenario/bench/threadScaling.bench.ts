/**
 * What two worker threads get out of this machine, apart from berthsim: a fixed piece of work run on one thread,
 * then on two threads at once, for two kinds of work — arithmetic in registers, and random reads and writes over a
 * 32 MB typed array (larger than a core's cache, as a replication's arrays and young generation together are).
 * Prints each thread's time and the slow-down of two against one. Run with
 * `npx tsx packages/scenario/bench/threadScaling.bench.ts`; docs/benchmarks.md ("Monte Carlo") uses the figures to
 * explain the Monte Carlo speed-up from 1 to 2 workers.
 */
import { availableParallelism, cpus, loadavg } from "node:os";
import { Worker } from "node:worker_threads";

// Each worker runs one kind of work once and posts its time in milliseconds.
const WORK = `
const { parentPort, workerData } = require("node:worker_threads");
const start = performance.now();
if (workerData === "arithmetic") {
  let x = 0;
  for (let i = 0; i < 3e8; i++) x = (x + i * 1.0000001) % 1e9;
  globalThis.sink = x;
} else {
  const a = new Float64Array(1 << 22);
  for (let r = 0; r < 60; r++) for (let i = 0; i < a.length; i++) a[(i * 7919) & (a.length - 1)] += i;
  globalThis.sink = a[5];
}
parentPort.postMessage(performance.now() - start);
`;

const runOn = (threads: number, kind: string): Promise<number[]> =>
  Promise.all(
    Array.from(
      { length: threads },
      () =>
        new Promise<number>((resolve, reject) => {
          const w = new Worker(WORK, { eval: true, workerData: kind });
          w.once("message", (ms: number) => {
            resolve(ms);
            void w.terminate();
          });
          w.once("error", reject);
        }),
    ),
  );

const ROUNDS = 3;
console.log(`${cpus()[0]?.model ?? "unknown CPU"}, ${availableParallelism()} cores, Node ${process.version}`);
console.log(`load average before: ${loadavg().map((x) => x.toFixed(1)).join(", ")}\n`);
for (const kind of ["arithmetic", "memory (random access, 32 MB)"]) {
  const key = kind.startsWith("arithmetic") ? "arithmetic" : "memory";
  const one: number[] = [];
  const two: number[] = [];
  // Alternated, so that a slow spell of the machine falls on both.
  for (let r = 0; r < ROUNDS; r++) {
    one.push(...(await runOn(1, key)));
    two.push(...(await runOn(2, key)));
  }
  const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const m1 = median(one);
  const m2 = median(two);
  console.log(
    `${kind.padEnd(30)} 1 thread ${m1.toFixed(0).padStart(5)} ms   2 threads at once ${m2.toFixed(0).padStart(5)} ms each ` +
      `(median of ${one.length} and ${two.length})   each thread ×${(m2 / m1).toFixed(2)} slower, so 2 threads give ×${((2 * m1) / m2).toFixed(2)}`,
  );
}
