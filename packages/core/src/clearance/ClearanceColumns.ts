/** Inspection codes of `ClearanceColumns.inspection`. */
export const NO_INSPECTION = 0;
export const CONVENTIONAL = 1;
export const NON_INTRUSIVE = 2;

/** `CallDraws.tradeClass` of a call whose class is none of TRADE_CLASS_IDS. */
export const UNKNOWN_CLASS = 255;

/**
 * A unit's label for the KPIs (clearanceKpis.ts, `Groups`): its direction, its class (`classIndex` in
 * TRADE_CLASS_IDS, or −1 for another, numbered `classes`) and its area (index in a list of `areas`, −1 for none),
 * numbered ((direction × (classes + 1)) + class) × (areas + 1) + area + 1.
 */
export const unitLabel = (isImport: boolean, classIndex: number, classes: number, area: number, areas: number): number =>
  ((isImport ? 0 : classes + 1) + (classIndex >= 0 && classIndex < classes ? classIndex : classes)) * (areas + 1) + area + 1;

/**
 * The simulated units of a run, one column per field (unit i at index i of each, for i < `length`), in
 * `clearCargo`'s order: imports then exports per call, calls in the given order. `ClearanceUnit` (clearCargo.ts)
 * says what each means. The detail columns are filled only when asked for: the KPIs need only `hours`, `weight`
 * and `label`.
 *
 * One object is meant to be filled again run after run (`clearUnits(…, into)`): the columns grow when a run needs
 * more room and are never shrunk, so their lengths are capacities; only the first `length` entries are the run's.
 * Whoever fills it owns it: nothing read from it may be kept past the next fill.
 */
export class ClearanceColumns {
  length = 0;
  /** The unit's `unitLabel`, its area as its index in the areas given to `clearUnits` (the last, if listed twice). */
  label = new Int32Array(0);
  weight = new Float64Array(0);
  hours = new Float64Array(0);
  /**
   * The unit's slot in the draws (CallDraws.ts): the same unit has the same slot in every run of a seed and
   * parameters, and no two units of a run share one.
   */
  slot = new Int32Array(0);
  // Detail.
  /** Index of the unit's call in `input.calls`. */
  call = new Int32Array(0);
  /** 1 for an import, 0 for an export. */
  isImport = new Uint8Array(0);
  from = new Float64Array(0);
  lodged = new Float64Array(0);
  reviewed = new Float64Array(0);
  ready = new Float64Array(0);
  release = new Float64Array(0);
  /** NO_INSPECTION, CONVENTIONAL or NON_INTRUSIVE. */
  inspection = new Uint8Array(0);

  /** Room for `units` units (the detail columns too when `detail`), keeping the first `length`. */
  reserve(units: number, detail: boolean): void {
    if (units > this.hours.length) {
      const size = Math.max(units, 2 * this.hours.length, 256);
      this.label = grow(this.label, new Int32Array(size), this.length);
      this.weight = grow(this.weight, new Float64Array(size), this.length);
      this.hours = grow(this.hours, new Float64Array(size), this.length);
      this.slot = grow(this.slot, new Int32Array(size), this.length);
    }
    if (detail && units > this.from.length) {
      const size = this.hours.length;
      this.call = grow(this.call, new Int32Array(size), this.length);
      this.isImport = grow(this.isImport, new Uint8Array(size), this.length);
      this.from = grow(this.from, new Float64Array(size), this.length);
      this.lodged = grow(this.lodged, new Float64Array(size), this.length);
      this.reviewed = grow(this.reviewed, new Float64Array(size), this.length);
      this.ready = grow(this.ready, new Float64Array(size), this.length);
      this.release = grow(this.release, new Float64Array(size), this.length);
      this.inspection = grow(this.inspection, new Uint8Array(size), this.length);
    }
  }
}

const grow = <T extends Int32Array | Uint8Array | Float64Array>(old: T, into: T, keep: number): T => {
  into.set(old.subarray(0, Math.min(keep, old.length)) as never);
  return into;
};
