import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, smallScenarioFile, tempDir, writeFile } from "./helpers.ts";

const dir = tempDir();
const good = smallScenarioFile(dir);
const quick = ["--rules", "fcfs,priority", "--workers", "0"];

describe("berthsim --help", () => {
  it.each(["", "run", "compare", "validate", "check", "optimize", "schema", "scenarios", "what-ifs"])(
    "prints the usage of `berthsim %s --help` on stdout and exits 0",
    async (command) => {
      const r = await cli(...command.split(" ").filter((w) => w !== ""), "--help");
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/USAGE/);
      expect(r.stderr).toBe("");
    },
  );

  it("documents the exit codes", async () => {
    expect((await cli("--help")).stdout).toMatch(/0 ok; 1 invalid input.*2 usage/s);
  });
});

describe("usage errors", () => {
  it.each([
    [["frobnicate"]],
    [["run", "--frobnicate"]],
    [["run", "--replications", "many"]],
    [["run", "--replications", "0"]],
    [["compare", "--format", "xml"]],
    [["run", "--seed", "99999999999"]],
    [["run", "--workers", "-1"]],
    [["validate"]],
  ])("`berthsim %j` exits 2 with the problem on stderr and nothing on stdout", async (argv) => {
    const r = await cli(...argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/--help/);
  });

  it("prints the usage on stderr and exits 2 when no command is given", async () => {
    const r = await cli();
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/SUBCOMMANDS/);
  });
});

describe("invalid input", () => {
  it("exits 1 with `path: message` lines on stderr and nothing on stdout for a broken scenario file", async () => {
    const broken = writeFile(dir, "broken.json", { id: "x", port: { berths: "none" }, horizon: -1 });
    const r = await cli("run", broken, ...quick);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    const lines = r.stderr.trim().split("\n");
    expect(lines[0]).toMatch(/^berthsim: .*broken\.json: \d+ problems$/);
    expect(lines.slice(1).every((l) => /^[^:]+: .+/.test(l))).toBe(true);
    expect(r.stderr).toMatch(/^horizon: /m);
  });

  it.each([
    [["run", "no-such-scenario"], /no built-in scenario and no file "no-such-scenario"/],
    [["run", "--rules", "fcfs,nope"], /--rules\[1\]: unknown rule set "nope"/],
    [["run", "--until", "wait.mean.nearSeaDirect"], /--until: .*is not KPI:HALF_WIDTH|--until: .*KEY:HALF_WIDTH/],
    [["run", "--until", "wait.avg:0.1"], /--until: unknown KPI "wait.avg"/],
    [["compare", "--baseline", "priority-area", "--rules", "fcfs,priority"], /--baseline: "priority-area" is not one of/],
    [["run", join(dir, "missing.json")], /cannot read: no such file/],
    [["run", dir], /cannot read: not a file/],
  ])("`berthsim %j` exits 1 naming the problem", async (argv, message) => {
    const r = await cli(...argv);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(message);
  });
});

describe("berthsim run and compare", () => {
  it("prints the full summary as JSON that parses", async () => {
    const r = await cli("run", good, ...quick, "--format", "json");
    expect(r.code).toBe(0);
    const summary = JSON.parse(r.stdout);
    expect(summary.scenario.id).toBe("jiaxing-small");
    expect(summary.replications).toBe(2);
    expect(summary.ruleSets.map((s: { id: string }) => s.id)).toEqual(["fcfs", "priority"]);
    expect(summary.differences[0].kpis["wait.mean.nearSeaDirect"]).toHaveProperty("halfWidth");
  });

  it("prints every KPI of every rule set and difference as CSV", async () => {
    const r = await cli("run", good, ...quick, "--format", "csv");
    const lines = r.stdout.trimEnd().split("\r\n");
    expect(lines[0]).toBe("rule_set,compared_with,kpi,mean,half_width,lower,upper,n");
    expect(lines.some((l) => l.startsWith("priority,fcfs,wait.mean.nearSeaDirect,"))).toBe(true);
    expect(lines.some((l) => l.startsWith("fcfs,,util.port,"))).toBe(true);
  });

  it("prints the same stdout for the same seed, whatever the number of workers", async () => {
    const a = await cli("compare", good, "--rules", "fcfs,priority", "--seed", "7", "--workers", "0");
    const b = await cli("compare", good, "--rules", "fcfs,priority", "--seed", "7", "--workers", "2");
    const c = await cli("compare", good, "--rules", "fcfs,priority", "--seed", "8", "--workers", "0");
    expect(a.code).toBe(0);
    expect(b.stdout).toBe(a.stdout);
    expect(c.stdout).not.toBe(a.stdout);
  }, 60_000);

  it("adds the paired differences against the baseline to the tables of compare", async () => {
    const r = await cli("compare", good, ...quick);
    expect(r.stdout).toMatch(/Waiting for a berth, by trade class/);
    expect(r.stdout).toMatch(/Paired differences against FCFS, port-wide queue/);
    expect((await cli("run", good, ...quick)).stdout).not.toMatch(/Paired differences/);
  });

  it("writes the output to --out and nothing to stdout", async () => {
    const out = join(dir, "summary.json");
    const r = await cli("run", good, ...quick, "--format", "json", "--out", out);
    expect(r).toMatchObject({ code: 0, stdout: "" });
    expect(JSON.parse(readFileSync(out, "utf-8")).replications).toBe(2);
  });

  it("exits 3 when --out cannot be written", async () => {
    const r = await cli("run", good, ...quick, "--out", join(dir, "no", "such", "dir.txt"));
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/cannot write/);
  });

  it("stops when the --until target is reached, and says so", async () => {
    const r = await cli("run", good, ...quick, "--until", "util.port:0.5", "--replications", "40", "--format", "json");
    expect(JSON.parse(r.stdout)).toMatchObject({ outcome: "stopRuleMet", plannedReplications: 40, until: { key: "util.port" } });
  });
});

describe("berthsim run --what-if", () => {
  it("applies what-if edits in order before running", async () => {
    const base = JSON.parse((await cli("run", good, ...quick, "--format", "json")).stdout);
    const r = await cli("run", good, ...quick, "--format", "json", "--what-if", "add-berth:D9:D8", "--what-if", "remove-berth:D5");
    expect(r.code).toBe(0);
    const edited = JSON.parse(r.stdout);
    expect(edited.keys).toContain("util.berth.D9");
    expect(edited.keys).not.toContain("util.berth.D5");
    expect(base.keys).toContain("util.berth.D5");
  });

  it("reports every unreadable what-if, then an edit that cannot be made, as exit 1", async () => {
    const unreadable = await cli("run", good, ...quick, "--what-if", "bogus", "--what-if", "cap:soon");
    expect(unreadable).toMatchObject({ code: 1, stdout: "" });
    expect(unreadable.stderr).toMatch(/^--what-if\[0\]: bogus: unknown what-if "bogus"/m);
    expect(unreadable.stderr).toMatch(/^--what-if\[1\]: cap:soon: /m);
    const impossible = await cli("run", good, ...quick, "--what-if", "remove-berth:NOPE");
    expect(impossible).toMatchObject({ code: 1, stdout: "" });
    expect(impossible.stderr).toMatch(/^--what-if: remove-berth:NOPE: no berth "NOPE"/m);
  });

  it("lists the what-ifs with their syntax, as text or JSON", async () => {
    expect((await cli("what-ifs")).stdout).toMatch(/^close-berth:<berth>:<start-hour>:<end-hour>$/m);
    const list = JSON.parse((await cli("what-ifs", "--format", "json")).stdout);
    expect(list.map((w: { id: string }) => w.id)).toContain("scale-class");
  });
});

describe("berthsim validate, schema, scenarios", () => {
  it("validates a good scenario file with a one-line summary", async () => {
    const r = await cli("validate", good);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/valid scenario "jiaxing-small": 20 berths in 3 areas/);
  });

  it("lists every problem of a broken file", async () => {
    const r = await cli("validate", writeFile(dir, "bad.json", "{ \"id\": 1, }"));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/invalid JSON/);
  });

  it("validates call lists", async () => {
    const csv = writeFile(dir, "calls.csv", "name,class,cargo,loa,draft,eta,volume\nMV A,nearSeaDirect,container,150,8,10,300\n");
    expect((await cli("validate", csv)).stdout).toMatch(/valid call list: 1 call\n$/);
    const bad = writeFile(dir, "bad.csv", "name,class,cargo,loa,draft,eta,volume\nMV A,nearSeaDirect,container,150,abc,10,300\n");
    const r = await cli("validate", bad);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/row 2, column "draft"/);
  });

  it("prints the JSON Schema of scenario files", async () => {
    const r = await cli("schema");
    expect(JSON.parse(r.stdout)).toHaveProperty("$schema");
  });

  it("lists the built-in scenarios", async () => {
    expect((await cli("scenarios")).stdout).toMatch(/jiaxing-default[\s\S]*jiaxing-congested/);
    expect(JSON.parse((await cli("scenarios", "--format", "json")).stdout)[0].id).toBe("jiaxing-default");
  });
});
