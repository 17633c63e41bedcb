import { readFileSync } from "node:fs";
import { join } from "node:path";
import { simulate } from "@berthsim/core";
import { replicationCalls, scheduleToCsv } from "@berthsim/scenario";
import { csvFormatRows, csvParseRows } from "d3-dsv";
import { describe, expect, it } from "vitest";
import { cli, smallScenario, smallScenarioFile, tempDir, writeFile } from "./helpers.ts";

const dir = tempDir();
const scenarioFile = smallScenarioFile(dir);

/** Replication 0 of the small scenario under fcfs, simulated directly. */
const simulated = () =>
  simulate({
    port: smallScenario.port,
    calls: replicationCalls(smallScenario, 0),
    rules: smallScenario.rules.find((r) => r.id === "fcfs")!,
    horizon: smallScenario.horizon,
    warmup: smallScenario.warmup,
  });

/** The CSV with the second of two served calls moved onto the first's berth, starting when the first does. */
const tamperCsv = (csv: string): { csv: string; first: string; second: string; berth: string } => {
  const rows = csvParseRows(csv);
  const header = rows[0]!;
  const col = (name: string) => header.indexOf(name);
  const served = rows.slice(1).filter((r) => r[col("status")] === "served");
  const a = served.find((r) => Number(r[col("end")]) - Number(r[col("berthing_start")]) > 2)!;
  const b = served.find((r) => r !== a && r[col("berth")] !== a[col("berth")] && Number(r[col("berthing_start")]) > Number(a[col("berthing_start")]))!;
  const shift = Number(a[col("berthing_start")]) + 0.5 - Number(b[col("berthing_start")]);
  for (const c of ["berthing_start", "service_start", "end"]) b[col(c)] = String(Number(b[col(c)]) + shift);
  b[col("berth")] = a[col("berth")]!;
  return { csv: `${csvFormatRows(rows)}\n`, first: a[col("id")]!, second: b[col("id")]!, berth: a[col("berth")]! };
};

describe("berthsim check", () => {
  it("passes the simulator's own schedule (JSON, exact times) and exits 0", async () => {
    const schedule = writeFile(dir, "sim.json", simulated().calls);
    const r = await cli("check", scenarioFile, schedule, "--rules", "fcfs");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/no violations: \d+ schedule lines, \d+ calls of "jiaxing-small" \(replication 0\), rule set fcfs/);
  });

  it("checks the schedule written by `run --schedule-out` (JSON) with the scenario's first rule set", async () => {
    const out = join(dir, "run.json");
    const run = await cli("run", scenarioFile, "--rules", "priority", "--replications", "1", "--workers", "0", "--schedule-out", out, "--format", "json");
    expect(run.code).toBe(0);
    expect(JSON.parse(readFileSync(out, "utf-8")).length).toBeGreaterThan(100);
    const r = await cli("check", scenarioFile, out, "--rules", "priority");
    expect(r).toMatchObject({ code: 0, stderr: "" });
    const csvOut = join(dir, "run.csv");
    await cli("run", scenarioFile, "--rules", "fcfs", "--replications", "1", "--workers", "0", "--schedule-out", csvOut);
    expect(readFileSync(csvOut, "utf-8")).toBe(scheduleToCsv(simulated().calls));
  });

  it("runs the optimised rule set by --rules optimised and passes its schedule (kept berths idle on purpose)", async () => {
    const run = await cli("run", scenarioFile, "--rules", "fcfs,optimised", "--replications", "1", "--workers", "0");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Optimised \(rolling horizon, 48 h look-ahead\)/);
    const optimised = join(dir, "optimised-first.json");
    await cli("run", scenarioFile, "--rules", "optimised", "--replications", "1", "--workers", "0", "--schedule-out", optimised);
    expect(await cli("check", scenarioFile, optimised, "--rules", "optimised")).toMatchObject({ code: 0, stderr: "" });
  }, 60_000);

  it("passes the simulator's schedule read back from CSV, whose times keep every digit", async () => {
    const schedule = join(dir, "sim.csv");
    await cli("run", scenarioFile, "--rules", "fcfs", "--replications", "1", "--workers", "0", "--schedule-out", schedule);
    const r = await cli("check", scenarioFile, schedule, "--rules", "fcfs");
    expect(r).toMatchObject({ code: 0, stderr: "" });
  });

  it("exits 1 and names the overlap when two ships are put on one berth at once (CSV)", async () => {
    const t = tamperCsv(scheduleToCsv(simulated().calls));
    const schedule = writeFile(dir, "tampered.csv", t.csv);
    const r = await cli("check", scenarioFile, schedule, "--rules", "fcfs");
    expect(r.code).toBe(1);
    const overlap = r.stdout.split("\n").find((l) => l.startsWith("overlap"));
    expect(overlap).toBeDefined();
    expect(overlap).toContain(t.first);
    expect(overlap).toContain(t.second);
    expect(overlap).toContain(t.berth);
    expect(r.stderr).toMatch(/^berthsim: \d+ violations?$/m);
    const json = await cli("check", scenarioFile, schedule, "--rules", "fcfs", "--format", "json");
    const violations = JSON.parse(json.stdout).violations as { rule: string; calls: string[]; berth?: string }[];
    expect(violations.some((v) => v.rule === "overlap" && v.berth === t.berth && v.calls.includes(t.first) && v.calls.includes(t.second))).toBe(true);
  });

  it.each([
    ["bad.csv", "id,status,end\nx,served,soon\n", /line 2\.end: expected a number, got "soon"/],
    ["nohead.csv", "a,b\n1,2\n", /\(header\): missing columns id, status/],
    ["bad.json", "[{\"id\": \"x\", \"status\": \"gone\"}]", /\[0\]\.status: expected one of served, waiting, rejected/],
    ["broken.json", "{", /\(file\): not valid JSON/],
  ])("exits 1 with `path: message` on stderr for an unusable schedule (%s)", async (name, content, message) => {
    const r = await cli("check", scenarioFile, writeFile(dir, name, content));
    expect(r).toMatchObject({ code: 1, stdout: "" });
    expect(r.stderr).toMatch(message);
  });

  it("exits 1 for a missing schedule file or an unknown rule set", async () => {
    const missing = await cli("check", scenarioFile, join(dir, "missing.csv"));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/cannot read: no such file/);
    const rules = await cli("check", scenarioFile, writeFile(dir, "sim2.json", simulated().calls), "--rules", "nope");
    expect(rules.code).toBe(1);
    expect(rules.stderr).toMatch(/unknown rule set "nope"/);
  });
});
