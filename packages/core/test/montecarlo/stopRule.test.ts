import { describe, expect, it } from "vitest";
import { parseStopRule } from "../../src/index.ts";

describe("parseStopRule(text, keys)", () => {
  it("reads KEY:HALF_WIDTH", () => {
    expect(parseStopRule("wait.mean.nearSeaDirect:0.1")).toEqual({ key: "wait.mean.nearSeaDirect", halfWidth: 0.1 });
  });

  it("names what is wrong with a malformed rule", () => {
    expect(parseStopRule("wait.mean")).toEqual({ error: expect.stringMatching(/is not KEY:HALF_WIDTH/) });
    expect(parseStopRule("wait.mean:")).toEqual({ error: expect.stringMatching(/is not KEY:HALF_WIDTH/) });
    expect(parseStopRule("wait.mean:-1")).toEqual({ error: 'half-width "-1" of "wait.mean:-1" is not a number > 0' });
    expect(parseStopRule("wait.mean:abc")).toEqual({ error: expect.stringMatching(/not a number > 0/) });
  });

  it("rejects a key that is not a KPI and suggests some that are", () => {
    expect(parseStopRule("wait.avg:1", ["wait.mean", "queue.mean"])).toEqual({
      error: 'unknown KPI "wait.avg" (e.g. wait.mean)',
    });
  });
});
