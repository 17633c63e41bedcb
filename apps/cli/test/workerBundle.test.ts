import { describe, expect, it } from "vitest";
import { workerBundleUrl } from "../src/worker/workerBundle.ts";

describe("workerBundleUrl()", () => {
  it("bundles the Monte Carlo worker once per process, as plain JavaScript that needs no TypeScript loader", () => {
    const url = workerBundleUrl();
    expect(workerBundleUrl()).toBe(url);
    expect(url.protocol).toBe("data:");
    const code = Buffer.from(url.href.slice(url.href.indexOf(",") + 1), "base64").toString("utf-8");
    expect(code).toContain("monteCarloWorker.ts must run in a worker thread");
    expect(code).not.toMatch(/from "tsx|from "@berthsim\//);
  });
});
