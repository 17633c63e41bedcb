/** A number in a CSV export: at most 4 decimals (0.36 s for hours), empty when absent or not finite. */
export const csvNumber = (x: number | undefined): string =>
  x === undefined || !Number.isFinite(x) ? "" : String(Math.round(x * 1e4) / 1e4);
