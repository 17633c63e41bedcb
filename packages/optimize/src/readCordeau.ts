import { TokenReader } from "./internal/TokenReader.ts";
import type { Snapshot, SnapshotShip } from "./Snapshot.ts";

export interface ReadCordeauOptions {
  /** Instance name used in errors and in `Snapshot.name`. */
  readonly name?: string;
  /**
   * How to read `b_i`, the end of ship i's window. `"ignore"` (default) is the reading under which published
   * results on these files are scored; `"latestStart"` makes it a berthing deadline (six I1 files are then
   * infeasible). Read as a latest departure every I1 file would be infeasible, so that reading is not offered.
   */
  readonly shipWindow?: "ignore" | "latestStart";
}

/**
 * Parses an instance in the original layout of Cordeau, Laporte, Legato & Moccia (2005), set I1 (see
 * ../shared/bap-instances/FORMAT.md §1): `n m`, the berth-major handling matrix (0 = forbidden), berth windows
 * `s e L`, arrivals, window ends, then continuous-variant data that the discrete problem does not use (read and
 * checked for count only). Ships and berths get ids "1", "2", … and weight 1. Errors name the line and the field.
 */
export const readCordeau = (text: string, options: ReadCordeauOptions = {}): Snapshot => {
  const name = options.name ?? "cordeau";
  const r = new TokenReader(name, text);
  const n = r.int("n (number of ships)", 1);
  const m = r.int("m (number of berths)", 1);
  const h: (number | null)[][] = Array.from({ length: n }, () => new Array<number | null>(m).fill(null));
  for (let k = 0; k < m; k++)
    for (let i = 0; i < n; i++) {
      const v = r.int(`h[${i + 1}][${k + 1}] (handling of ship ${i + 1} at berth ${k + 1}, 0 = forbidden)`, 0);
      h[i]![k] = v === 0 ? null : v;
    }
  const berths = Array.from({ length: m }, (_, k) => {
    const open = r.int(`s[${k + 1}] (opening of berth ${k + 1})`, 0);
    const close = r.int(`e[${k + 1}] (closing of berth ${k + 1})`, open);
    const length = r.int(`L[${k + 1}] (availability of berth ${k + 1})`, 0);
    if (length !== close - open) r.fail(`L[${k + 1}]`, `${length} ≠ e − s = ${close - open}`);
    return { id: String(k + 1), open, close };
  });
  const arrival = Array.from({ length: n }, (_, i) => r.int(`a[${i + 1}] (arrival of ship ${i + 1})`, 0));
  const windowEnd = Array.from({ length: n }, (_, i) =>
    r.int(`b[${i + 1}] (window end of ship ${i + 1})`, arrival[i]!),
  );
  for (let k = 0; k < m; k++)
    for (let j = 0; j < 4; j++) r.int(`continuous-variant berth data, berth ${k + 1}, value ${j + 1}`);
  for (let i = 0; i < n; i++) r.int(`ship length ${i + 1} (continuous variant)`);
  const regular = r.int("n_regular (ships with a loose window)", 0);
  const tight = r.int("n_tight (ships with a tight window)", 0);
  if (regular + tight !== n) r.fail("n_tight", `n_regular + n_tight = ${regular + tight} ≠ n = ${n}`);
  for (let j = 0; j < 4; j++) r.int(`trailer value ${j + 3} (always 0)`);
  r.end("the six trailer values");

  for (let i = 0; i < n; i++)
    if (h[i]!.every((v) => v === null))
      throw new Error(`${name}: ship ${i + 1} has handling 0 (forbidden) at every berth`);
  const ships: SnapshotShip[] = arrival.map((a, i) => ({
    id: String(i + 1),
    arrival: a,
    handling: h[i]!,
    weight: 1,
    ...(options.shipWindow === "latestStart" ? { latestStart: windowEnd[i]! } : {}),
  }));
  return { name, berths, ships };
};
