/**
 * The kernel's cost in counts that do not depend on what else the machine runs: instructions (valgrind's
 * callgrind) and last-level cache misses with a 2 MB last level, this machine's private L2 (valgrind's cachegrind).
 * Wall times here move by ±30 % from minute to minute (docs/benchmarks.md), so a step of a few percent can only be
 * judged this way. Run with `npx tsx packages/core/bench/kernelCounts.bench.ts` (needs `valgrind`, about 4 min).
 *
 * Workload: kernel.bench.ts's M/M/10 at ρ = 0.7, cut to 200,000 calls and 6 KPI-only runs of `simulate` in one
 * process (`node --single-threaded`, so V8's compiler and collector run on the counted thread). The same process
 * that only generates the calls is counted too, and subtracted: the figures are `simulate`'s own, warm-up included.
 * Counts are steadier than times but not exact: V8's collector sizes its heap from measured rates, so two counts of
 * one workload can differ by a few percent when other work runs. Compare counts made alone, one after the other.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { makeCalls, runKernel } from "./mmcWorkload.ts";
import { countIn, underValgrind } from "./valgrind.ts";

const CALLS = 200_000;
const RUNS = 6;
const LAST_LEVEL = "--LL=2097152,16,64";

/** Child mode: generate the calls, then (for "simulate") run the kernel RUNS times. */
const child = (mode: string): void => {
  const calls = makeCalls(CALLS);
  if (mode === "simulate") for (let r = 0; r < RUNS; r++) runKernel(calls, "kpis");
};

interface Counts {
  readonly instructions: number;
  readonly lastLevelMisses?: number;
}

const count = (tool: "callgrind" | "cachegrind", mode: string, dir: string): Counts => {
  const toolArgs = [`--${tool}-out-file=${join(dir, `${tool}.${mode}.out`)}`, ...(tool === "cachegrind" ? ["--cache-sim=yes", LAST_LEVEL] : [])];
  const report = underValgrind(tool, toolArgs, fileURLToPath(import.meta.url), [mode]);
  if (tool === "callgrind") return { instructions: countIn(report, /Collected : ([\d,]+)/) };
  return { instructions: countIn(report, /I\s+refs:\s+([\d,]+)/), lastLevelMisses: countIn(report, /LL misses:\s+([\d,]+)/) };
};

const main = (): void => {
  console.log(`# Kernel counts: M/M/10, ρ = 0.7, ${CALLS.toLocaleString("en")} calls, ${RUNS} KPI-only runs of simulate`);
  const dir = mkdtempSync(join(tmpdir(), "berthsim-counts-"));
  try {
    const perCall = (x: number): string => (x / (CALLS * RUNS)).toFixed(1);
    const base = count("callgrind", "generate", dir);
    const full = count("callgrind", "simulate", dir);
    const instructions = full.instructions - base.instructions;
    console.log(`instructions (callgrind): ${(instructions / 1e9).toFixed(3)} × 10⁹ for simulate, ${perCall(instructions)} per call and run`);
    const cacheBase = count("cachegrind", "generate", dir);
    const cacheFull = count("cachegrind", "simulate", dir);
    const misses = cacheFull.lastLevelMisses! - cacheBase.lastLevelMisses!;
    console.log(
      `last-level misses (cachegrind, 2 MB last level): ${(misses / 1e6).toFixed(2)} × 10⁶ for simulate, ` +
        `${perCall(misses)} per call and run (≈ ${((64 * misses) / (CALLS * RUNS)).toFixed(0)} bytes from memory)`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

const at = process.argv.indexOf("--child");
if (at >= 0) child(process.argv[at + 1]!);
else main();
