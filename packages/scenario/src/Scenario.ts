import type { ClearanceParams, Port, RuleSet, TrafficStream, VesselCall } from "@berthsim/core";

/**
 * Everything one what-if study needs: the port, its traffic (generated streams and/or an explicit call list),
 * the rule sets to compare, and how long and how often to run. Times in hours from the scenario start.
 */
export interface Scenario {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly port: Port;
  readonly traffic: readonly TrafficStream[];
  /** Calls given one by one (from a call list), added to the generated ones. */
  readonly calls?: readonly VesselCall[];
  readonly rules: readonly RuleSet[];
  readonly horizon: number;
  readonly warmup: number;
  readonly seed: number;
  readonly replications: number;
  /** The clearance stage after berthing (docs/clearance.md); absent: berths only, no clearance KPIs. */
  readonly clearance?: ClearanceParams;
}
