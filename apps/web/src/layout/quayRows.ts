import type { AreaGroup, BerthRow, RowLayout } from "./rows.ts";

/**
 * What the quay view needs of a berth: its length in metres and whether it is a shared quay (holds several
 * ships by length) or a discrete berth (one ship at a time).
 */
export interface QuayBerth {
  readonly id: string;
  readonly length: number;
  readonly shared: boolean;
}

/**
 * A berth's row in the quay view: a `BerthRow` (so the berth view's SVG draws its label, stripe and area) whose
 * inside maps quay metres to pixels, metre 0 at the top: y(m) = `top + m · pxPerMetre`.
 */
export interface QuayRow extends BerthRow {
  readonly length: number;
  readonly shared: boolean;
  /** y of metre 0 (the row's top plus its padding). */
  readonly top: number;
  readonly pxPerMetre: number;
}

export interface QuayRowLayout extends RowLayout {
  readonly rows: readonly QuayRow[];
  readonly rowOf: ReadonlyMap<string, QuayRow>;
}

export interface QuayRowOptions {
  /** Pixels per metre of quay, the same for every berth longer than `minHeight` allows. */
  readonly pxPerMetre: number;
  /** Lowest row, px: a short berth gets this much so its ships stay readable (and more px per metre). */
  readonly minHeight: number;
  /** Pixels between area groups. */
  readonly gap: number;
}

/** Space kept free at the top and bottom of a quay row, so ships at neighbouring berths stay apart. */
export const QUAY_PADDING = 1;

/**
 * Rows of the quay view in the order of `groups` (the berth view's `layoutRows(port, …).groups`, so both views
 * list areas and berths alike): each row `max(minHeight, length · pxPerMetre)` px high, its inside (less the
 * padding) spanning the berth's length. A berth missing from `berths` gets no row.
 */
export const layoutQuayRows = (
  groups: readonly AreaGroup[],
  berths: ReadonlyMap<string, QuayBerth>,
  options: QuayRowOptions,
): QuayRowLayout => {
  const rows: QuayRow[] = [];
  const out: AreaGroup[] = [];
  let y = 0;
  for (const group of groups) {
    const ids = group.berths.filter((id) => berths.has(id));
    if (ids.length === 0) continue;
    if (out.length > 0) y += options.gap;
    const y0 = y;
    for (const id of ids) {
      const { length, shared } = berths.get(id)!;
      const height = Math.max(options.minHeight, length * options.pxPerMetre);
      const inner = height - 2 * QUAY_PADDING;
      rows.push({ berth: id, area: group.area, y, height, length, shared, top: y + QUAY_PADDING, pxPerMetre: inner / Math.max(length, 1) });
      y += height;
    }
    out.push({ area: group.area, y0, y1: y, berths: ids });
  }
  return { rows, groups: out, height: y, rowOf: new Map(rows.map((r) => [r.berth, r])) };
};

/**
 * A berth as the quay view sees it. `shared` reads `quay` through `in`, so this compiles on a core whose
 * `Berth` has no `quay` yet and needs no change once it has.
 */
export const quayBerthOf = (berth: { readonly id: string; readonly length: number }): QuayBerth => ({
  id: berth.id,
  length: berth.length,
  shared: "quay" in berth && berth.quay !== undefined && berth.quay !== null,
});

/** Steps of the metre ticks, fine to coarse. */
const METRE_STEPS = [10, 25, 50, 100, 200, 500, 1000] as const;

/**
 * Ticks along a quay row: multiples of the finest step in METRE_STEPS that keeps ticks `minGap` px apart, from
 * metre 0 to the berth's end, and the end itself (the berth's length) when it is not a multiple.
 */
export const metreTicks = (row: QuayRow, minGap = 8): { readonly metre: number; readonly y: number }[] => {
  const step = METRE_STEPS.find((s) => s * row.pxPerMetre >= minGap);
  const metres: number[] = [0];
  if (step !== undefined) for (let m = step; m < row.length - 1e-9; m += step) metres.push(m);
  if (row.length > 0) metres.push(row.length);
  // Drop a multiple that would crowd the end tick.
  const last = metres.length - 1;
  const kept = metres.filter((m, i) => i === 0 || i === last || (metres[last]! - m) * row.pxPerMetre >= minGap / 2);
  return kept.map((metre) => ({ metre, y: row.top + metre * row.pxPerMetre }));
};
