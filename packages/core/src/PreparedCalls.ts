import { type CallColumns, callColumns } from "./internal/CallColumns.ts";
import { RunScratch } from "./internal/RunScratch.ts";
import { UsableBerths } from "./internal/UsableBerths.ts";
import type { Berth, Port } from "./Port.ts";
import type { RuleSet } from "./RuleSet.ts";
import type { VesselCall } from "./VesselCall.ts";

/**
 * Calls made ready to simulate on one port under one queue scope: in (arrival, id) order, with what the event
 * loop reads of each in typed arrays and each call's usable berths worked out. `simulate` does this first; a
 * caller that runs the same calls under several rule sets (a Monte Carlo replication: every rule set sees the same
 * ships) prepares them once and passes them as `SimulationInput.prepared` — same results, one preparation.
 */
export class PreparedCalls {
  /** @internal The port's berths in id order (the run's berth indices). */
  readonly berths: readonly Berth[];
  /** @internal */
  readonly usableBerths: UsableBerths;
  /** @internal */
  readonly columns: CallColumns;
  /** @internal The shortest ship's length overall when the port has a shared quay, else Infinity. */
  readonly shortestLoa: number;

  /** @internal Use `prepareCalls`; `simulate` prepares into its reused arrays (`scratch`). */
  constructor(
    readonly port: Port,
    readonly calls: readonly VesselCall[],
    readonly queueScope: RuleSet["queueScope"],
    scratch: RunScratch,
  ) {
    const berths = [...port.berths].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const index = new Map<string, number>();
    berths.forEach((b, j) => index.set(b.id, j));
    this.berths = berths;
    this.usableBerths = new UsableBerths({ ...port, berths }, queueScope, (id) => index.get(id)!);
    this.columns = callColumns(calls, berths, this.usableBerths, scratch, port.tide !== undefined);
    let shortestLoa = Infinity;
    if (berths.some((b) => b.quay !== undefined)) for (const loa of this.columns.loa) shortestLoa = Math.min(shortestLoa, loa);
    this.shortestLoa = shortestLoa;
  }

  /** Whether these are `calls` prepared for `port` under `queueScope`. */
  isFor(port: Port, calls: readonly VesselCall[], queueScope: RuleSet["queueScope"]): boolean {
    return this.port === port && this.calls === calls && this.queueScope === queueScope;
  }
}

/**
 * `calls` made ready for `simulate` on `port` under `queueScope` (see `PreparedCalls`). They hold arrays of their
 * own (some 50 bytes per call), kept as long as the object is.
 */
export const prepareCalls = (port: Port, calls: readonly VesselCall[], queueScope: RuleSet["queueScope"]): PreparedCalls =>
  new PreparedCalls(port, calls, queueScope, RunScratch.fresh());

/**
 * @internal The preparation a run of `calls` on `port` under `queueScope` uses: `given` when it was made for them
 * (else a clear error), or one made now in `scratch`.
 */
export const preparationFor = (
  port: Port,
  calls: readonly VesselCall[],
  queueScope: RuleSet["queueScope"],
  given: PreparedCalls | undefined,
  scratch: RunScratch,
): PreparedCalls => {
  if (given === undefined) return new PreparedCalls(port, calls, queueScope, scratch);
  if (!given.isFor(port, calls, queueScope))
    throw new Error(
      "simulate: `prepared` was made for other calls, another port or another queue scope " +
        "(prepareCalls(port, calls, rules.queueScope) with the run's own port and calls)",
    );
  return given;
};
