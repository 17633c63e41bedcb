// Running a bench script's child mode under valgrind (kernelCounts.bench.ts, replicationCounts.bench.ts).
import { spawnSync } from "node:child_process";

/**
 * Valgrind's report (its stderr) for `node --single-threaded <this process's loader flags> <script> --child
 * <childArgs>` under `tool` with `toolArgs`. Single-threaded, so that V8's compiler and collector run on the
 * counted thread.
 */
export const underValgrind = (tool: "callgrind" | "cachegrind", toolArgs: readonly string[], script: string, childArgs: readonly string[]): string => {
  const args = [`--tool=${tool}`, "--smc-check=all-non-file", ...toolArgs, process.execPath, "--single-threaded"];
  const r = spawnSync("valgrind", [...args, ...process.execArgv, script, "--child", ...childArgs], {
    encoding: "utf-8",
    maxBuffer: 1 << 24,
  });
  if (r.error !== undefined) throw new Error(`valgrind could not run (${r.error.message}); install it: apt-get install -y valgrind`);
  if (r.status !== 0) throw new Error(`valgrind ${tool} ${childArgs.join(" ")} failed:\n${r.stderr}`);
  return r.stderr;
};

/** The number `pattern` captures in a valgrind report (commas dropped); an error when it is missing. */
export const countIn = (report: string, pattern: RegExp): number => {
  const m = pattern.exec(report);
  if (m === null) throw new Error(`no ${pattern.source} in valgrind's report:\n${report}`);
  return Number(m[1]!.replaceAll(",", ""));
};
