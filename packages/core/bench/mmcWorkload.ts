// The kernel benchmarks' workload (kernel.bench.ts, kernelCounts.bench.ts): M/M/10 at ρ = 0.7, FCFS.
import { generateTraffic, type PoissonStream, RULE_SETS, simulate, type VesselCall } from "../src/index.ts";
import { textbookPort } from "../test/helpers/textbookQueue.ts";

export const BERTHS = 10;
export const RHO = 0.7;
export const MEAN_SERVICE = 10; // hours
export const SEED = 20240601;

const perHour = (RHO * BERTHS) / MEAN_SERVICE;

// c identical berths that take every ship, no shift time, no anchorages: the validation tests' textbook port. Each
// ship's service time is its own (`serviceHours`), so the berths' handling rates do not enter.
const port = textbookPort(BERTHS);

const stream: PoissonStream = {
  kind: "poisson",
  id: "mmc",
  tradeClass: "domesticDirect",
  cargo: "container",
  perWeek: perHour * 168,
  vessel: {
    loa: { kind: "deterministic", value: 200 },
    draft: { kind: "deterministic", value: 10 },
    volume: { kind: "deterministic", value: 0 },
    serviceHours: { kind: "exponential", mean: MEAN_SERVICE },
  },
};

/** Exactly `n` calls: generate a little past the expected horizon and keep the first n. */
export const makeCalls = (n: number): VesselCall[] => {
  const calls = generateTraffic([stream], (n / perHour) * 1.02 + 100, SEED);
  if (calls.length < n) throw new Error(`generated ${calls.length} calls, wanted ${n}`);
  return calls.slice(0, n);
};

/** A horizon late enough that every call is berthed and done (waits at ρ = 0.7 are hours, not weeks). */
export const horizonFor = (calls: readonly VesselCall[]): number => calls[calls.length - 1]!.arrival + 10_000;

/**
 * What `simulate` hands back: `records`, a CallRecord object per call (the default); `columns`, each call's outcome
 * in typed arrays (`columns: true, records: false`: the bare loop's kind of output, a wait per call in an array);
 * `kpis`, the KPIs alone. The KPIs are computed in every mode.
 */
export type Output = "records" | "columns" | "kpis";

export const runKernel = (calls: readonly VesselCall[], output: Output = "records") =>
  simulate({
    port,
    calls,
    rules: RULE_SETS.fcfs,
    horizon: horizonFor(calls),
    log: false,
    records: output === "records",
    columns: output === "columns",
  });
