import type { Berth } from "../Port.ts";

/**
 * Each port area's berths as a bit set (bit j = berth j, for the first 31 berths), looked up by the area's name: a
 * port has a handful of areas, so a scan of their names is cheaper than hashing one.
 */
export class AreaMasks {
  private readonly names: string[] = [];
  private readonly masks: number[] = [];

  constructor(berths: readonly Berth[]) {
    berths.forEach((b, j) => {
      if (j >= 31) return;
      let a = this.names.indexOf(b.area);
      if (a < 0) a = this.names.push(b.area) - 1;
      this.masks[a] = (this.masks[a] ?? 0) | (1 << j);
    });
  }

  /** The berths of area `area`; none for no area or an area without berths. */
  of(area: string | undefined): number {
    if (area === undefined) return 0;
    const names = this.names;
    for (let a = 0; a < names.length; a++) if (names[a] === area) return this.masks[a]!;
    return 0;
  }
}
