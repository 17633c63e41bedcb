import { CARGO_KINDS, type CargoKind } from "../Port.ts";
import { TRADE_CLASS_IDS, type TradeClass } from "../TradeClass.ts";
import type { ClearanceFlow, ClearanceParams } from "./ClearanceParams.ts";

/** The flow of a call: its class and cargo, else its class alone; undefined when none applies. */
export const flowOf = (flows: readonly ClearanceFlow[], tradeClass: TradeClass, cargo: CargoKind): ClearanceFlow | undefined =>
  flows.find((f) => f.tradeClass === tradeClass && f.cargo === cargo) ??
  flows.find((f) => f.tradeClass === tradeClass && f.cargo === undefined);

/** Index of `x` in `list` (short lists of interned strings: a scan is cheaper than a Map), −1 when absent. */
export const indexIn = <T>(list: readonly T[], x: T): number => {
  for (let i = 0; i < list.length; i++) if (list[i] === x) return i;
  return -1;
};

/** Index of `x` in `list`, the last if listed twice (as a Map built from the list would say); −1 when absent. */
export const lastIndexIn = <T>(list: readonly T[], x: T): number => {
  for (let i = list.length - 1; i >= 0; i--) if (list[i] === x) return i;
  return -1;
};

/** Units of `volume × share` in units of `size`, as a whole number (a part unit counts as one). */
export const unitCount = (volume: number, share: number, size: number): number => Math.ceil((volume * share) / size - 1e-9);

/**
 * How many cargo units a call clears per direction, by `flowOf` and `params.unitSize`, with both worked out once per
 * (class, cargo) rather than once per call. `count` writes the counts of a call; NaN and ≤ 0 counts are 0.
 */
export class FlowTable {
  // Per (class index × CARGO_KINDS.length + cargo index): whether a flow applies, its shares, the unit size.
  private readonly hasFlow: Uint8Array;
  private readonly importShare: Float64Array;
  private readonly exportShare: Float64Array;
  private readonly size: Float64Array;
  /** The counts of the call last given to `count`. */
  imports = 0;
  exports = 0;

  constructor(private readonly params: ClearanceParams) {
    const n = TRADE_CLASS_IDS.length * CARGO_KINDS.length;
    this.hasFlow = new Uint8Array(n);
    this.importShare = new Float64Array(n);
    this.exportShare = new Float64Array(n);
    this.size = new Float64Array(n);
    TRADE_CLASS_IDS.forEach((c, i) =>
      CARGO_KINDS.forEach((k, j) => {
        const flow = flowOf(params.flows, c, k);
        const at = i * CARGO_KINDS.length + j;
        if (flow !== undefined) {
          this.hasFlow[at] = 1;
          this.importShare[at] = flow.importShare;
          this.exportShare[at] = flow.exportShare;
        }
        this.size[at] = params.unitSize[k];
      }),
    );
  }

  /**
   * Sets `imports` and `exports` for a call of class `tradeClass` (index `classIndex` in TRADE_CLASS_IDS, −1 when
   * none) carrying `volume` of `cargo`; false when no flow applies to it.
   */
  count(tradeClass: TradeClass, classIndex: number, cargo: CargoKind, volume: number): boolean {
    const cargoIndex = indexIn(CARGO_KINDS, cargo);
    let importShare: number;
    let exportShare: number;
    let size: number;
    if (classIndex >= 0 && cargoIndex >= 0) {
      const at = classIndex * CARGO_KINDS.length + cargoIndex;
      if (this.hasFlow[at] === 0) return false;
      importShare = this.importShare[at]!;
      exportShare = this.exportShare[at]!;
      size = this.size[at]!;
    } else {
      // A class or cargo outside the lists (not valid input): the definition itself.
      const flow = flowOf(this.params.flows, tradeClass, cargo);
      if (flow === undefined) return false;
      ({ importShare, exportShare } = flow);
      size = this.params.unitSize[cargo];
    }
    const imports = unitCount(volume, importShare, size);
    const exports = unitCount(volume, exportShare, size);
    this.imports = imports > 0 ? imports : 0;
    this.exports = exports > 0 ? exports : 0;
    return true;
  }
}
