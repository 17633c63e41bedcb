import { encodeScenario, jiaxingDefault } from "@berthsim/scenario";
import { describe, expect, it } from "vitest";
import { DECODERS } from "../../src/state/decoders.ts";
import { resolveScenario } from "../../src/state/resolveScenario.ts";
import type { AppState } from "../../src/state/urlState.ts";

const STATE: AppState = {
  scenario: "jiaxing-default",
  edits: [],
  rules: ["priority", "fcfs"],
  seed: 5,
  replications: 2,
  lang: "en",
  tab: "timeline",
};

describe("resolveScenario(state, decoders)", () => {
  it("takes the built-in scenario with the chosen rule sets (in the scenario's order), seed and replications", () => {
    const r = resolveScenario(STATE, DECODERS);
    if (!r.ok) throw new Error("expected a scenario");
    expect(r.scenario.port).toBe(jiaxingDefault.port);
    expect(r.scenario.rules.map((x) => x.id)).toEqual(["priority", "fcfs"]);
    expect([r.scenario.seed, r.scenario.replications]).toEqual([5, 2]);
  });

  it("reports unknown rule sets and an empty choice", () => {
    const r = resolveScenario({ ...STATE, rules: ["nope"] }, DECODERS);
    expect(r.ok ? [] : r.rules).toEqual(['rules: unknown rule set "nope"', "rules: choose at least one rule set"]);
  });

  it("decodes a dropped scenario JSON, or lists every problem as path: message", () => {
    const good = JSON.stringify({ ...(encodeScenario(jiaxingDefault) as object), id: "mine", name: "Mine" });
    const ok = resolveScenario({ ...STATE, file: { kind: "json", name: "mine.json", text: good } }, DECODERS);
    expect(ok.ok && ok.scenario.id).toBe("mine");
    const broken = resolveScenario({ ...STATE, file: { kind: "json", name: "b.json", text: '{"id": 3' } }, DECODERS);
    expect(broken.ok ? [] : broken.file).toEqual([expect.stringMatching(/^\(root\): invalid JSON/)]);
    const wrong = resolveScenario({ ...STATE, file: { kind: "json", name: "w.json", text: '{"id": "x", "horizon": -1}' } }, DECODERS);
    expect(wrong.ok ? [] : wrong.file.length).toBeGreaterThan(1);
    expect(wrong.ok ? [] : wrong.file.every((e) => /^[^:]+: /.test(e))).toBe(true);
  });

  it("puts a call list on the built-in port in place of its traffic", () => {
    const csv = "name,class,cargo,loa,draft,eta,volume,area\nEAST STAR,nearSeaDirect,container,150,9,10,400,zhapu\n";
    const r = resolveScenario({ ...STATE, file: { kind: "csv", name: "calls.csv", text: csv } }, DECODERS);
    if (!r.ok) throw new Error(r.file.join("\n"));
    expect(r.scenario.traffic).toEqual([]);
    expect(r.scenario.calls?.map((c) => c.name)).toEqual(["EAST STAR"]);
    const bad = resolveScenario({ ...STATE, file: { kind: "csv", name: "bad.csv", text: "name,class\nX,y\n" } }, DECODERS);
    expect(bad.ok ? [] : bad.file.length).toBeGreaterThan(0);
  });

  it("applies the what-if edits in order, and reports an edit that cannot be made", () => {
    const r = resolveScenario({ ...STATE, edits: ["close-berth:D5:0:720", "scale-class:nearSeaDirect:+50"] }, DECODERS);
    if (!r.ok) throw new Error(r.edits.join("\n"));
    expect(r.scenario.port.berths.find((b) => b.id === "D5")?.closures).toEqual([expect.objectContaining({ start: 0, end: 720 })]);
    const bad = resolveScenario({ ...STATE, edits: ["close-berth:ZZ:0:10", "nonsense"] }, DECODERS);
    expect(bad.ok ? [] : bad.edits).toEqual([expect.stringMatching(/^nonsense: unknown what-if/)]);
    const unknownBerth = resolveScenario({ ...STATE, edits: ["close-berth:ZZ:0:10"] }, DECODERS);
    expect(unknownBerth.ok ? [] : unknownBerth.edits).toEqual([expect.stringMatching(/^close-berth:ZZ:0:10: no berth "ZZ"/)]);
  });

  it("offers the edited rule sets: pooling the queues merges each per-area rule set into its port-wide one", () => {
    const r = resolveScenario({ ...STATE, edits: ["pool-queues"] }, DECODERS);
    expect(r.available.map((x) => x.id)).toEqual(["fcfs", "priority", "priority-capped", "optimised"]);
  });

  it("offers the optimised rule set after the scenario's own, to be chosen like any other", () => {
    const r = resolveScenario({ ...STATE, rules: ["optimised", "fcfs"] }, DECODERS);
    expect(r.available.map((x) => x.id).at(-1)).toBe("optimised");
    expect(r.ok && r.scenario.rules.map((x) => x.id)).toEqual(["optimised", "fcfs"]);
  });
});
