import type { Port } from "../Port.ts";
import { TRADE_CLASS_IDS } from "../TradeClass.ts";
import type { ClearanceKpis, ClearanceStats, DirectionKpis } from "./clearanceKpis.ts";

/**
 * A run's clearance KPIs as a flat vector under stable dotted keys, to be accumulated across replications like
 * `kpiVector`'s. The keys depend only on the port's areas; for `<dir>` = `import` and `export`:
 *
 * - overall: `clearance.<dir>.units`, `.mean`, `.p50`, `.p90`, `.p95`, `.withinTarget` (share 0–1);
 * - per trade class: `clearance.<dir>.<stat>.<class>` for `units`, `mean`, `p90`, `withinTarget`;
 * - per port area: `clearance.<dir>.<stat>.area.<area>` for the same four.
 *
 * Times in hours. A figure of an empty group (no unit of that class) is NaN; units are then 0.
 */
const visit = (
  port: Port,
  kpis: ClearanceKpis | undefined,
  // The key in parts, `clearance.<dir>.<stat><suffix>`, so that writing a vector (once per run) joins no keys.
  emit: (dir: string, stat: string, suffix: string, value: number) => void,
): void => {
  for (const dir of ["import", "export"] as const) {
    const d: DirectionKpis | undefined = kpis?.[dir];
    const group = (suffix: string, s: ClearanceStats | undefined): void => {
      emit(dir, "units", suffix, s?.units ?? 0);
      emit(dir, "mean", suffix, s?.mean ?? NaN);
      emit(dir, "p90", suffix, s?.p90 ?? NaN);
      emit(dir, "withinTarget", suffix, s?.withinTarget ?? NaN);
    };
    group("", d?.overall);
    emit(dir, "p50", "", d?.overall.p50 ?? NaN);
    emit(dir, "p95", "", d?.overall.p95 ?? NaN);
    for (const c of TRADE_CLASS_IDS) group(`.${c}`, d?.byClass[c]);
    for (const a of port.areas) group(`.area.${a.id}`, d?.byArea[a.id]);
  }
};

/** The keys of `clearanceVector(port, …)`, in vector order. Same port ⇒ same keys. */
export const clearanceKeys = (port: Port): string[] => {
  const keys: string[] = [];
  visit(port, undefined, (dir, stat, suffix) => keys.push(`clearance.${dir}.${stat}${suffix}`));
  return keys;
};

/** Writes the clearance KPIs into `out` from `offset` (a new vector when omitted), in `clearanceKeys(port)` order. */
export const clearanceVector = (port: Port, kpis: ClearanceKpis, out?: Float64Array, offset = 0): Float64Array => {
  const target = out ?? new Float64Array(clearanceKeys(port).length);
  let i = offset;
  visit(port, kpis, (_dir, _stat, _suffix, value) => {
    target[i++] = value;
  });
  return target;
};
