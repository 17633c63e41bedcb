import { TokenReader } from "./internal/TokenReader.ts";
import type { Snapshot, SnapshotShip } from "./Snapshot.ts";

/** The handling time that marks a forbidden vessel–berth pair in this layout. */
export const KRAMER_FORBIDDEN = 99999;

/**
 * Parses an instance in the layout of Lalla-Ruiz et al. / Kramer et al. (2019) (see
 * ../shared/bap-instances/FORMAT.md §2): `N`, `M`, arrivals, berth openings, the vessel-major handling matrix
 * (99999 = forbidden), berth closings, maximum departure times `t'` (→ `latestEnd`), and costs per hour
 * (→ `weight`). Ships and berths get ids "1", "2", …. Errors name the line and the field.
 */
export const readKramer = (text: string, options: { readonly name?: string } = {}): Snapshot => {
  const name = options.name ?? "kramer";
  const r = new TokenReader(name, text);
  const n = r.int("N (number of vessels)", 1);
  const m = r.int("M (number of berths)", 1);
  const arrival = Array.from({ length: n }, (_, i) => r.int(`ta[${i + 1}] (arrival of vessel ${i + 1})`, 0));
  const open = Array.from({ length: m }, (_, k) => r.int(`s[${k + 1}] (opening of berth ${k + 1})`, 0));
  const handling = Array.from({ length: n }, (_, i) =>
    Array.from({ length: m }, (_, k): number | null => {
      const v = r.int(`h[${i + 1}][${k + 1}] (handling of vessel ${i + 1} at berth ${k + 1}, 99999 = forbidden)`, 1);
      return v >= KRAMER_FORBIDDEN ? null : v;
    }),
  );
  const berths = open.map((s, k) => ({
    id: String(k + 1),
    open: s,
    close: r.int(`e[${k + 1}] (closing of berth ${k + 1})`, s),
  }));
  const latestEnd = Array.from({ length: n }, (_, i) =>
    r.int(`t'[${i + 1}] (maximum departure of vessel ${i + 1})`, 0),
  );
  const weight = Array.from({ length: n }, (_, i) => r.int(`cost[${i + 1}] (cost per hour of vessel ${i + 1})`, 0));
  r.end("the vessel costs");

  handling.forEach((row, i) => {
    if (row.every((v) => v === null)) throw new Error(`${name}: vessel ${i + 1} is forbidden (99999) at every berth`);
  });
  const ships: SnapshotShip[] = arrival.map((a, i) => ({
    id: String(i + 1),
    arrival: a,
    handling: handling[i]!,
    weight: weight[i]!,
    latestEnd: latestEnd[i]!,
  }));
  return { name, berths, ships };
};
