import { type Kpis, kpiKeys, kpiVector, type Port } from "@berthsim/core";
import { csvFormat } from "d3-dsv";
import { csvNumber } from "./internal/csvNumber.ts";

/** One run's KPIs, labelled: a `SimulationResult` is one (add `replication` to tell runs apart). */
export interface KpiRun {
  readonly rules: { readonly id: string };
  readonly replication?: number;
  readonly kpis: Kpis;
}

/**
 * The KPIs of runs on `port` as a long CSV table (d3-dsv): `rule_set`, `replication`, `kpi`, `value`, one row per
 * run and KPI, under the core's stable KPI keys (`kpiKeys(port)`: `wait.mean.nearSeaDirect`, `util.berth.D5`, …).
 * Empty value: the figure does not exist in that run (no ship of the class served).
 */
export const kpisToCsv = (port: Port, runs: readonly KpiRun[]): string => {
  const keys = kpiKeys(port);
  const rows = runs.flatMap((run) => {
    const values = kpiVector(port, run.kpis);
    return keys.map((kpi, i) => ({
      rule_set: run.rules.id,
      replication: run.replication === undefined ? "" : String(run.replication),
      kpi,
      value: csvNumber(values[i]),
    }));
  });
  return csvFormat(rows, ["rule_set", "replication", "kpi", "value"]) + "\n";
};
