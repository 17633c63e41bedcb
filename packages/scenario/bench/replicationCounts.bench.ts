/**
 * What one Monte Carlo replication costs in instructions, which do not depend on what else the machine runs
 * (wall times here move by ±30 % from minute to minute): valgrind's callgrind counts one process that runs
 * replications [0, R) of `jiaxing-default` under fcfs, priority and priority-capped (`replicationVectors`, a
 * worker's whole job, `node --single-threaded` so that V8's compiler and collector run on the counted thread), for
 * R = 100 and R = 200. The difference is the steady cost of 100 replications; what is left of the first count is the
 * fixed cost of the process: start-up, JIT warm-up and compilation, which a worker pays too, but also tsx loading
 * the TypeScript sources, which a worker (an esbuild bundle) does not. It also reports the instructions of V8's
 * optimising compiler (`v8::internal::compiler::` functions, by `callgrind_annotate`). The counts depend a little on
 * timing (V8's collector sizes its heap from measured rates): two counts of one workload can differ by a few percent
 * when other work runs. Needs valgrind; about 12 min. Run with
 * `npx tsx packages/scenario/bench/replicationCounts.bench.ts`; figures in docs/benchmarks.md.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { RULE_SETS } from "@berthsim/core";
import { countIn, underValgrind } from "../../core/bench/valgrind.ts";
import { jiaxingDefault, replicationVectors, type Scenario } from "../src/index.ts";

const SCENARIO: Scenario = { ...jiaxingDefault, rules: [RULE_SETS.fcfs, RULE_SETS.priority, RULE_SETS.priorityCapped] };
const SMALL = 100;
const LARGE = 200;

interface Count {
  readonly instructions: number;
  readonly compiler: number;
}

const count = (replications: number, dir: string): Count => {
  const out = join(dir, `callgrind.${replications}.out`);
  const report = underValgrind("callgrind", [`--callgrind-out-file=${out}`], fileURLToPath(import.meta.url), [String(replications)]);
  // Self cost per function; the optimising compiler's functions are named, the generated code is not.
  const annotate = spawnSync("callgrind_annotate", ["--threshold=100", out], { encoding: "utf-8", maxBuffer: 1 << 26 });
  let compiler = 0;
  for (const line of annotate.stdout.split("\n")) {
    const m = /^\s*([\d,]+) .*v8::internal::compiler::/.exec(line);
    if (m !== null) compiler += Number(m[1]!.replaceAll(",", ""));
  }
  return { instructions: countIn(report, /Collected : ([\d,]+)/), compiler };
};

const main = (): void => {
  console.log(`# Instructions per replication: ${SCENARIO.id}, ${SCENARIO.rules.map((r) => r.id).join(", ")}`);
  const dir = mkdtempSync(join(tmpdir(), "berthsim-counts-"));
  try {
    const small = count(SMALL, dir);
    const large = count(LARGE, dir);
    const perReplication = (large.instructions - small.instructions) / (LARGE - SMALL);
    const fixed = small.instructions - SMALL * perReplication;
    const g = (x: number): string => `${(x / 1e9).toFixed(2)} × 10⁹`;
    console.log(`${SMALL} replications: ${g(small.instructions)} instructions (optimising compiler ${g(small.compiler)})`);
    console.log(`${LARGE} replications: ${g(large.instructions)} instructions (optimising compiler ${g(large.compiler)})`);
    console.log(`steady cost: ${(perReplication / 1e6).toFixed(0)} × 10⁶ instructions per replication`);
    console.log(`fixed cost of the process (start-up, tsx, warm-up, compilation): ${g(fixed)}, as much as ${(fixed / perReplication).toFixed(0)} replications`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

const at = process.argv.indexOf("--child");
if (at >= 0) replicationVectors(SCENARIO, 0, Number(process.argv[at + 1]));
else main();
