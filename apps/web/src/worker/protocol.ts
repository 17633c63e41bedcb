import type {
  FromWorker as BatchAnswer,
  Port,
  RuleSet,
  SimulationResult,
  ToWorker as BatchRequest,
  VesselCall,
  WaitExplanation,
} from "@berthsim/core";
import type { Scenario } from "@berthsim/scenario";

/**
 * Messages between the page and a simulation worker. Two kinds of work share one worker script:
 * - `timeline`: replication 0 under every rule set of the scenario with full call records (the berth timeline,
 *   the moves and the charts draw it), and the calls themselves (sizes for tooltips);
 * - `explain`: one rule set's run again with the event log, to explain one call's wait (core/explain), asked for
 *   on demand when a call is selected (the timeline's results carry no log: it would cost memory for every call);
 * - the core's Monte Carlo batch protocol (`init`, then `run` batches): KPI vectors of replications, folded on
 *   the page by a `MonteCarloRun` (see packages/core/src/montecarlo).
 */
/** What `explain` needs to run the same simulation as the timeline's, with the log kept. */
export interface ExplainRequest {
  readonly port: Port;
  readonly calls: readonly VesselCall[];
  readonly rules: RuleSet;
  readonly horizon: number;
  readonly warmup: number;
  readonly callId: string;
}

export type ToSimWorker =
  | { readonly type: "timeline"; readonly scenario: Scenario }
  | ({ readonly type: "explain" } & ExplainRequest)
  | BatchRequest<Scenario>;

export type FromSimWorker =
  | { readonly type: "timeline"; readonly results: readonly SimulationResult[]; readonly calls: readonly VesselCall[] }
  | { readonly type: "timelineError"; readonly message: string }
  | { readonly type: "explanation"; readonly callId: string; readonly explanation: WaitExplanation | undefined }
  | BatchAnswer;
