import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { NodeServices } from "@effect/platform-node";
import { encodeScenario, jiaxingDefault, type Scenario } from "@berthsim/scenario";
import { Effect, Layer } from "effect";
import { runCli } from "../src/cli.ts";
import { captureIo } from "../src/Io.ts";

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `berthsim ARGV` in this process and returns its exit code and what it wrote. */
export const cli = async (...argv: string[]): Promise<CliResult> => {
  const { captured, layer } = captureIo();
  const code = await Effect.runPromise(runCli(argv).pipe(Effect.provide(Layer.mergeAll(NodeServices.layer, layer))));
  return { code, ...captured };
};

/** A fresh temporary directory. */
export const tempDir = (): string => mkdtempSync(join(tmpdir(), "berthsim-cli-"));

/** The default Jiaxing scenario cut to four weeks (one of warm-up) and two replications. */
export const smallScenario: Scenario = {
  ...jiaxingDefault,
  id: "jiaxing-small",
  name: "Jiaxing, four weeks",
  horizon: 4 * 168,
  warmup: 168,
  replications: 2,
};

/** Writes `content` (JSON-encoded unless a string) to `dir/name` and returns the path. */
export const writeFile = (dir: string, name: string, content: unknown): string => {
  const path = join(dir, name);
  writeFileSync(path, typeof content === "string" ? content : JSON.stringify(content, null, 2));
  return path;
};

/** The small scenario as a scenario file in `dir`. */
export const smallScenarioFile = (dir: string): string => writeFile(dir, "small.json", encodeScenario(smallScenario));
