import { describe, expect, it } from "vitest";
import { type AppState, decodeState, encodeState, packText, unpackText } from "../../src/state/urlState.ts";

const DEFAULTS: AppState = {
  scenario: "jiaxing-default",
  edits: [],
  rules: ["fcfs", "priority"],
  seed: 20181112,
  replications: 20,
  lang: "en",
  tab: "timeline",
};

describe("encodeState(state) and decodeState(fragment, defaults)", () => {
  it("round-trip every field, edits and a dropped file included", async () => {
    const state: AppState = {
      scenario: "jiaxing-congested",
      edits: ["close-berth:D5:0:720", "cap:36"],
      rules: ["priority", "fcfs-area"],
      seed: 7,
      replications: 3,
      lang: "zh",
      tab: "kpis",
      window: [100.25, 900.5],
      compare: "fcfs-area",
      timelineView: "quay",
      file: { kind: "csv", name: "calls 1.csv", text: "name,class\n船 <b>,近洋直航\n" },
    };
    const fragment = await encodeState(state);
    expect(await decodeState(`#${fragment}`, DEFAULTS)).toEqual({ state, problems: [] });
  });

  it("write every run field, so a link does not depend on the page's defaults", async () => {
    const params = new URLSearchParams(await encodeState(DEFAULTS));
    expect([...params.keys()]).toEqual(["s", "r", "seed", "n", "lang", "tab"]);
  });

  it("read the timeline view, berth view when the link has none, and report one that is neither", async () => {
    expect((await decodeState("#tv=quay", DEFAULTS)).state.timelineView).toBe("quay");
    expect((await decodeState("#tab=kpis", DEFAULTS)).state.timelineView).toBeUndefined();
    expect(await decodeState("#tv=map", DEFAULTS)).toEqual({ state: { ...DEFAULTS, timelineView: "berth" }, problems: ['tv: "map" is not one of berth, quay'] });
  });

  it("keep the defaults for missing fields, and report malformed ones as field: message", async () => {
    const { state, problems } = await decodeState("#seed=-1&n=abc&lang=fr&v=9-3&f=json:x:%%%", DEFAULTS);
    expect(state).toEqual(DEFAULTS);
    expect(problems).toEqual([
      'v: "9-3" is not a window FROM-TO in hours',
      expect.stringMatching(/^f: the file in the link cannot be read/),
      'seed: "-1" is not a whole number from 0 to 4294967295',
      'n: "abc" is not a whole number from 1 to 1000',
      'lang: "fr" is not one of en, zh',
    ]);
  });
});

describe("packText(text)", () => {
  it("is URL-safe and unpacks to the same text", async () => {
    const text = '{"name": "嘉兴港", "x": "<script>alert(1)</script>"}'.repeat(20);
    const packed = await packText(text);
    expect(packed).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(packed.length).toBeLessThan(text.length);
    expect(await unpackText(packed)).toBe(text);
  });
});
