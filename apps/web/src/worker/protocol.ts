import type { FromWorker as BatchAnswer, SimulationResult, ToWorker as BatchRequest, VesselCall } from "@berthsim/core";
import type { Scenario } from "@berthsim/scenario";

/**
 * Messages between the page and a simulation worker. Two kinds of work share one worker script:
 * - `timeline`: replication 0 under every rule set of the scenario with full call records (the berth timeline,
 *   the moves and the charts draw it), and the calls themselves (sizes for tooltips);
 * - the core's Monte Carlo batch protocol (`init`, then `run` batches): KPI vectors of replications, folded on
 *   the page by a `MonteCarloRun` (see packages/core/src/montecarlo).
 */
export type ToSimWorker = { readonly type: "timeline"; readonly scenario: Scenario } | BatchRequest<Scenario>;

export type FromSimWorker =
  | { readonly type: "timeline"; readonly results: readonly SimulationResult[]; readonly calls: readonly VesselCall[] }
  | { readonly type: "timelineError"; readonly message: string }
  | BatchAnswer;
