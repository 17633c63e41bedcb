import { fileURLToPath } from "node:url";
import { buildSync } from "esbuild";

const WORKER_SOURCE = new URL("./monteCarloWorker.ts", import.meta.url);

let cached: URL | undefined;

/**
 * The Monte Carlo worker as one plain-JavaScript module (a `data:` URL a `Worker` can start), bundled from its
 * TypeScript sources with esbuild once per process (≈ 0.1 s). A thread then starts without a TypeScript loader:
 * with tsx each thread registered the loader and compiled every module itself (about a second of start-up), and
 * tsx's `keepNames` wraps every closure the kernel creates in a naming call, which made each replication ≈ 9 %
 * slower. Only the worker's own imports are bundled: the core, the optimiser (for the `optimised` rule set) and the
 * Monte Carlo part of the scenario package.
 */
export const workerBundleUrl = (): URL => {
  if (cached !== undefined) return cached;
  const result = buildSync({
    entryPoints: [fileURLToPath(WORKER_SOURCE)],
    bundle: true,
    write: false,
    format: "esm",
    platform: "node",
    target: "node20",
    logLevel: "silent",
  });
  const code = result.outputFiles[0]!.text;
  cached = new URL(`data:text/javascript;base64,${Buffer.from(code).toString("base64")}`);
  return cached;
};
