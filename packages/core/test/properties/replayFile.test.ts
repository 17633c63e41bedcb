import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scenarioArb } from "./arbitraries.ts";
import { assertScenarioProperty, run } from "./harness.ts";
import { fileSlug, REPO_ROOT, replayFile, writeReplayFile } from "./replayFile.ts";

const KEYS = ["id", "name", "description", "port", "traffic", "calls", "rules", "horizon", "warmup", "seed", "replications"];

describe("counterexamples as scenario files", () => {
  it("a failing property writes its shrunk counterexample and names the file and the replay command", () => {
    const name = "replayFile self-test: every ship waits 0 h";
    let message = "";
    try {
      assertScenarioProperty(
        fc.property(scenarioArb(), (s) => run(s).calls.every((c) => c.wait === 0)),
        { numRuns: 1_000, seed: 1 },
        name,
      );
    } catch (e) {
      message = e instanceof Error ? e.message : String(e);
    }
    const path = `test-artifacts/counterexamples/${fileSlug(name)}.json`;
    expect(message).toContain(path);
    expect(message).toContain(`npx -y pnpm@12.4.2 sim -- run ${path} --replications 1`);
    expect(message).toContain("Counterexample:"); // fast-check's own report follows
    const full = join(REPO_ROOT, path);
    expect(existsSync(full)).toBe(true);
    const file = JSON.parse(readFileSync(full, "utf8")) as Record<string, unknown>;
    expect(Object.keys(file)).toEqual(KEYS);
    expect(file).toMatchObject({ id: "counterexample", traffic: [], seed: 1, replications: 1 });
    expect(file["description"]).toContain(name);
    expect(file["calls"]).not.toEqual([]);
  });

  it("a property that holds writes nothing and throws nothing", () => {
    expect(() =>
      assertScenarioProperty(fc.property(scenarioArb(), (s) => run(s).calls.length === s.calls.length), {
        numRuns: 50,
        seed: 2,
      }),
    ).not.toThrow();
  });

  it("leaves out unlimited anchorage capacities and rates of cargo the berth does not handle", () => {
    const [s] = fc.sample(scenarioArb(), { numRuns: 1, seed: 3 });
    const port = {
      ...s!.port,
      berths: [{ ...s!.port.berths[0]!, cargo: ["container" as const], rates: { container: 2, coal: 4 } }],
      anchorages: [
        { id: "G", name: "General", kind: "general" as const, capacity: Infinity },
        { id: "DG", name: "Dangerous goods", kind: "dangerousGoods" as const, capacity: 1 },
      ],
    };
    const file = replayFile({ ...s!, port }, "p") as { port: { anchorages: unknown[]; berths: { rates: unknown }[] } };
    expect(file.port.anchorages).toEqual([
      { id: "G", name: "General", kind: "general" },
      { id: "DG", name: "Dangerous goods", kind: "dangerousGoods", capacity: 1 },
    ]);
    expect(file.port.berths[0]!.rates).toEqual({ container: 2 });
  });

  it("writes into the folder it is given, creating it", () => {
    const dir = mkdtempSync(join(tmpdir(), "berthsim-"));
    try {
      const [s] = fc.sample(scenarioArb(), { numRuns: 1, seed: 4 });
      const path = writeReplayFile(s!, "My Property", join(dir, "a", "b"));
      expect(path.endsWith(join("a", "b", "my-property.json"))).toBe(true);
      expect(existsSync(join(REPO_ROOT, path))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
