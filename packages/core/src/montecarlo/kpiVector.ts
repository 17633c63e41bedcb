import type { Kpis, WaitStats } from "../kpis.ts";
import { CARGO_KINDS, type Port } from "../Port.ts";
import { TRADE_CLASS_IDS } from "../TradeClass.ts";

/**
 * One run's KPIs as a flat vector of numbers, each under a stable dotted key, so that replications can be
 * accumulated key by key (and sent between threads as one Float64Array). The keys depend only on the port:
 *
 * - counts: `count.arrived`, `count.served`, `count.waiting`, `count.rejected`;
 * - waiting, overall and per trade class (`<stat>` or `<stat>.<class>`, e.g. `wait.mean.nearSeaDirect`):
 *   `calls` (served in the window), `wait.mean`, `wait.p50`, `wait.p90`, `wait.p95`, `wait.max`, `wait.share`
 *   (share that waited at all), `service.mean`, `awtAst`, `turnaround.mean`, `overtaken.mean`, `tideWait.mean`
 *   (the part of the wait spent waiting for a tide window);
 * - utilisation (0–1): `util.port`, `util.area.<area>`, `util.berth.<berth>`; by metre-hours (0–1):
 *   `metreUtil.port`, `metreUtil.area.<area>`, `metreUtil.berth.<berth>`;
 * - queue and anchorages: `queue.mean`, `queue.max`, `anchorage.mean.<id>`, `anchorage.max.<id>`,
 *   `anchorage.hoursAtCapacity.<id>`, `anchorage.hoursOverCapacity.<id>`, `outside.ships`, `outside.mean`, `outside.max`;
 * - throughput per cargo kind: `throughput.<cargo>`.
 *
 * A figure that does not exist in a run (the mean wait of a class with no served ship) is NaN; accumulators skip it.
 */
const visit = (port: Port, kpis: Kpis | undefined, emit: (name: string, suffix: string, value: number) => void): void => {
  const stats = (suffix: string, s: WaitStats | undefined): void => {
    emit("calls", suffix, s?.served ?? 0);
    emit("wait.mean", suffix, s?.meanWait ?? NaN);
    emit("wait.p50", suffix, s?.p50Wait ?? NaN);
    emit("wait.p90", suffix, s?.p90Wait ?? NaN);
    emit("wait.p95", suffix, s?.p95Wait ?? NaN);
    emit("wait.max", suffix, s?.maxWait ?? NaN);
    emit("wait.share", suffix, s?.probWait ?? NaN);
    emit("service.mean", suffix, s?.meanService ?? NaN);
    emit("awtAst", suffix, s?.awtAst ?? NaN);
    emit("turnaround.mean", suffix, s?.meanTurnaround ?? NaN);
    emit("overtaken.mean", suffix, s?.meanOvertaken ?? NaN);
    emit("tideWait.mean", suffix, s?.meanTideWait ?? NaN);
  };
  emit("count.arrived", "", kpis?.arrived ?? NaN);
  emit("count.served", "", kpis?.served ?? NaN);
  emit("count.waiting", "", kpis?.waiting ?? NaN);
  emit("count.rejected", "", kpis?.rejected ?? NaN);
  stats("", kpis?.overall);
  for (const c of TRADE_CLASS_IDS) stats(`.${c}`, kpis?.byClass[c]);
  emit("util.port", "", kpis?.port ?? NaN);
  for (const a of port.areas) emit("util.area.", a.id, kpis?.areas[a.id] ?? NaN);
  port.berths.forEach((b, i) => emit("util.berth.", b.id, kpis?.berths[i]?.utilisation ?? NaN));
  emit("metreUtil.port", "", kpis?.metreUtilisation.port ?? NaN);
  for (const a of port.areas) emit("metreUtil.area.", a.id, kpis?.metreUtilisation.areas[a.id] ?? NaN);
  port.berths.forEach((b, i) => emit("metreUtil.berth.", b.id, kpis?.berths[i]?.metreUtilisation ?? NaN));
  emit("queue.mean", "", kpis?.queue.mean ?? NaN);
  emit("queue.max", "", kpis?.queue.max ?? NaN);
  port.anchorages.forEach((a, i) => {
    const s = kpis?.anchorages[i];
    emit("anchorage.mean.", a.id, s?.mean ?? NaN);
    emit("anchorage.max.", a.id, s?.max ?? NaN);
    emit("anchorage.hoursAtCapacity.", a.id, s?.hoursAtCapacity ?? NaN);
    emit("anchorage.hoursOverCapacity.", a.id, s?.hoursOverCapacity ?? NaN);
  });
  emit("outside.ships", "", kpis?.outside.ships ?? NaN);
  emit("outside.mean", "", kpis?.outside.mean ?? NaN);
  emit("outside.max", "", kpis?.outside.max ?? NaN);
  for (const k of CARGO_KINDS) emit("throughput.", k, kpis?.throughput[k] ?? NaN);
};

/** The keys of `kpiVector(port, …)`, in vector order. Same port ⇒ same keys. */
export const kpiKeys = (port: Port): string[] => {
  const keys: string[] = [];
  visit(port, undefined, (name, suffix) => keys.push(name + suffix));
  return keys;
};

/**
 * Writes the KPIs of one run on `port` into `out` from `offset` (a new vector when `out` is omitted), in the
 * order of `kpiKeys(port)`, and returns the vector.
 */
export const kpiVector = (port: Port, kpis: Kpis, out?: Float64Array, offset = 0): Float64Array => {
  const target = out ?? new Float64Array(kpiKeys(port).length);
  let i = offset;
  // The key of each value is never built here (it is `name + suffix`): a vector is written per run, keys once.
  visit(port, kpis, (_name, _suffix, value) => {
    target[i++] = value;
  });
  return target;
};
