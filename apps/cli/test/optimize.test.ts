import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { readCordeau, validatePlan } from "@berthsim/optimize";
import { describe, expect, it } from "vitest";
import { cli, tempDir, writeFile } from "./helpers.ts";

/** ../shared/bap-instances beside the repository, as in packages/optimize/test; BAP_INSTANCES overrides it. */
const INSTANCES_DIR = process.env["BAP_INSTANCES"] ?? fileURLToPath(new URL("../../../../shared/bap-instances/", import.meta.url));
const instance = `${INSTANCES_DIR}/cordeau2005-I1/25x5-01`;
if (!existsSync(instance)) throw new Error(`benchmark instances not found at ${INSTANCES_DIR} (set BAP_INSTANCES)`);

const dir = tempDir();

describe("berthsim optimize", () => {
  it("prints a valid plan, its objective, the lower bound and the gap for a 25x5 Cordeau instance", async () => {
    const r = await cli("optimize", instance, "--time-limit", "0.3", "--format", "json");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ instance: "25x5-01", format: "cordeau", ships: 25, berths: 5 });
    const snapshot = readCordeau(readFileSync(instance, "utf8"));
    const check = validatePlan(snapshot, out.plan);
    expect(check.errors).toEqual([]);
    expect(out.objective).toBe(check.objective);
    expect(out.lowerBound).toBeLessThanOrEqual(out.objective);
    expect(out.gapPercent).toBeCloseTo(((out.objective - out.lowerBound) / out.objective) * 100, 6);
    expect(out.fcfsObjective).toBeGreaterThanOrEqual(out.objective);
  });

  it("prints the same as a table", async () => {
    const r = await cli("optimize", instance, "--time-limit", "0.2", "--format-in", "cordeau");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^objective +\d+/m);
    expect(r.stdout).toMatch(/^lower bound +\d+/m);
    expect(r.stdout).toMatch(/^gap +\d+(\.\d+)? %/m);
    expect(r.stdout).toMatch(/^FCFS +\d+/m);
    expect(r.stdout.split("\n").filter((l) => /^\d+ +\d+ +\d+ +\d+$/.test(l))).toHaveLength(25);
  });

  it.each([
    [["optimize", "(missing)"], /cannot read: no such file/],
    [["optimize", "(bad)"], /as cordeau: .*bad\.txt: line 1, .*expected an integer/],
    [["optimize", instance, "--format-in", "kramer"], /25x5-01: /],
  ])("`berthsim %j` exits 1 naming the problem", async (argv, message) => {
    const bad = writeFile(dir, "bad.txt", "twenty-five ships\n");
    const args = argv.map((a) => (a === "(missing)" ? `${dir}/missing.txt` : a === "(bad)" ? bad : a));
    const r = await cli(...args);
    expect(r).toMatchObject({ code: 1, stdout: "" });
    expect(r.stderr).toMatch(message);
  });

  it("rejects a bad --time-limit as a usage error", async () => {
    expect((await cli("optimize", instance, "--time-limit", "0")).code).toBe(2);
  });
});
