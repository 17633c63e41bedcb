import { describe, expect, it } from "vitest";
import { applyWhatIfs, formatWhatIfSpec, jiaxingDefault, parseWhatIfSpec, WHAT_IFS } from "../../src/index.ts";

describe("WHAT_IFS", () => {
  it("lists each what-if once, with a syntax, an example and descriptions in English and Chinese", () => {
    expect(new Set(WHAT_IFS.map((w) => w.id)).size).toBe(WHAT_IFS.length);
    for (const w of WHAT_IFS) {
      expect(w.syntax.startsWith(w.id), w.id).toBe(true);
      expect(w.description, w.id).toMatch(/^[A-Z].*\.$/);
      expect(w.descriptionZh, w.id).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it.each(WHAT_IFS.map((w) => [w.example] as const))("parses its example %s, and formats it back", (example) => {
    const p = parseWhatIfSpec(example);
    expect(p.ok && formatWhatIfSpec(p.spec)).toBe(example);
  });
});

describe("parseWhatIfSpec(text)", () => {
  it("reads the id and the colon-separated parameters", () => {
    expect(parseWhatIfSpec("scale-class:nearSeaDirect:+20")).toEqual({ ok: true, spec: { id: "scale-class", tradeClass: "nearSeaDirect", percent: 20 } });
    expect(parseWhatIfSpec("close-berth:D5:0:720")).toEqual({ ok: true, spec: { id: "close-berth", berth: "D5", start: 0, end: 720 } });
    expect(parseWhatIfSpec("add-route:southeast-asia-near-sea")).toEqual({ ok: true, spec: { id: "add-route", preset: "southeast-asia-near-sea" } });
    expect(parseWhatIfSpec("cap:12")).toEqual({ ok: true, spec: { id: "cap", hours: 12 } });
  });

  it("says what is wrong, led by the text", () => {
    const errors = (text: string) => {
      const p = parseWhatIfSpec(text);
      return p.ok ? [] : p.errors;
    };
    expect(errors("cap:soon")).toEqual(['cap:soon: expected a positive number of hours, got "soon"']);
    expect(errors("close-berth:D5:0")).toEqual(["close-berth:D5:0: expected close-berth:<berth>:<start-hour>:<end-hour>"]);
    expect(errors("scale-class:bulk:+5")).toEqual([
      'scale-class:bulk:+5: no class "bulk" (classes: nearSeaDirect, ningboFeeder, domesticDirect, foreignOther, domesticBulk)',
    ]);
    expect(errors("add-route:atlantis")).toEqual([
      'add-route:atlantis: no route preset "atlantis" (presets: southeast-asia-near-sea, dushan-yangshan-feeder)',
    ]);
    expect(errors("widen-channel")[0]).toMatch(/^widen-channel: unknown what-if "widen-channel" \(known: add-berth, /);
  });
});

describe("applyWhatIfs(scenario, specs)", () => {
  it("leaves the scenario as it is without edits, and never changes its input", () => {
    const before = JSON.stringify(jiaxingDefault);
    expect(applyWhatIfs(jiaxingDefault, [])).toEqual({ ok: true, scenario: jiaxingDefault });
    applyWhatIfs(jiaxingDefault, [{ id: "close-berth", berth: "D5", start: 0, end: 10 }, { id: "pool-queues" }]);
    expect(JSON.stringify(jiaxingDefault)).toBe(before);
  });

  it("stops at the first edit that fails", () => {
    expect(applyWhatIfs(jiaxingDefault, [{ id: "remove-berth", berth: "X" }, { id: "cap", hours: 0 }])).toMatchObject({
      ok: false,
      errors: [expect.stringMatching(/^remove-berth:X: no berth "X"/)],
    });
  });

  it("checks typed specs that did not come from text", () => {
    expect(applyWhatIfs(jiaxingDefault, [{ id: "close-berth", berth: "D5", start: 5, end: 1 }])).toEqual({
      ok: false,
      errors: ["close-berth:D5:5:1: expected 0 ≤ start < end, got 5 and 1"],
    });
  });
});
