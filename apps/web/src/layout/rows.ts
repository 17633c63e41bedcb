import type { Port } from "@berthsim/core";

/** One berth's row of the timeline: its top and height in pixels. */
export interface BerthRow {
  readonly berth: string;
  readonly area: string;
  readonly y: number;
  readonly height: number;
}

/** The rows of one port area, drawn as a group with the area's name beside it. */
export interface AreaGroup {
  readonly area: string;
  readonly y0: number;
  readonly y1: number;
  readonly berths: readonly string[];
}

export interface RowLayout {
  readonly rows: readonly BerthRow[];
  readonly groups: readonly AreaGroup[];
  /** Total height of the rows and the gaps between groups. */
  readonly height: number;
  readonly rowOf: ReadonlyMap<string, BerthRow>;
}

/**
 * One row per berth, grouped by port area in the port's order of areas (Dushan, Zhapu, Haiyan for Jiaxing) and,
 * inside an area, in the port's order of berths; `gap` pixels between groups. Areas without berths are left out;
 * a berth whose area is not listed goes into a group of its own area id at the end.
 */
export const layoutRows = (port: Port, rowHeight: number, gap: number): RowLayout => {
  const areaIds = [...port.areas.map((a) => a.id), ...port.berths.map((b) => b.area)].filter((a, i, all) => all.indexOf(a) === i);
  const rows: BerthRow[] = [];
  const groups: AreaGroup[] = [];
  let y = 0;
  for (const area of areaIds) {
    const berths = port.berths.filter((b) => b.area === area).map((b) => b.id);
    if (berths.length === 0) continue;
    if (groups.length > 0) y += gap;
    const y0 = y;
    for (const berth of berths) {
      rows.push({ berth, area, y, height: rowHeight });
      y += rowHeight;
    }
    groups.push({ area, y0, y1: y, berths });
  }
  return { rows, groups, height: y, rowOf: new Map(rows.map((r) => [r.berth, r])) };
};
