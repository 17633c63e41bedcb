import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { smallScenarioFile, tempDir, writeFile } from "./helpers.ts";

/*
 * The real entry, as a child process: `npx tsx apps/cli/src/main.ts …` (what `pnpm sim -- …` runs). A few runs
 * only; everything else is tested in-process (cli.test.ts).
 */
const MAIN = fileURLToPath(new URL("../src/main.ts", import.meta.url));
const TSX = fileURLToPath(new URL("../node_modules/.bin/tsx", import.meta.url));
const berthsim = (...args: string[]) => {
  const r = spawnSync(TSX, [MAIN, ...args], { encoding: "utf-8", timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};
const dir = tempDir();

describe("the berthsim process", () => {
  it("exits 0 and prints the comparison on stdout, with worker threads, even after pnpm's `--`", () => {
    const r = berthsim("--", "compare", smallScenarioFile(dir), "--rules", "fcfs,priority", "--workers", "2");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Paired differences against FCFS/);
  }, 120_000);

  it("exits 2 on a usage error and 1 on an invalid file, with nothing on stdout", () => {
    const usage = berthsim("run", "--replications", "zero");
    expect(usage).toMatchObject({ code: 2, stdout: "" });
    const invalid = berthsim("validate", writeFile(dir, "bad.json", { horizon: "soon" }));
    expect(invalid).toMatchObject({ code: 1, stdout: "" });
    expect(invalid.stderr).toMatch(/^horizon: /m);
  }, 120_000);
});
