import fc from "fast-check";
import type { Snapshot } from "../../src/Snapshot.ts";

/** A tiny snapshot for stories: berths "B1"…, ships "s1"… with [arrival, handling per berth, weight]. */
export const tiny = (
  berths: readonly { open?: number; close?: number; closures?: { start: number; end: number }[] }[],
  ships: readonly [arrival: number, handling: (number | null)[], weight?: number][],
): Snapshot => ({
  name: "tiny",
  berths: berths.map((b, k) => ({ id: `B${k + 1}`, open: b.open ?? 0, ...b })),
  ships: ships.map(([arrival, handling, weight], i) => ({ id: `s${i + 1}`, arrival, handling, weight: weight ?? 1 })),
});

/**
 * Random tiny snapshots (1–7 ships, 1–3 berths, integer data): some ship–berth pairs forbidden, berth openings,
 * at most one closure per berth, weights 1–3, and now and then a ship deadline or a berth closing.
 */
export const tinySnapshots = (maxShips = 7): fc.Arbitrary<Snapshot> =>
  fc.integer({ min: 1, max: 3 }).chain((m) =>
    fc
      .record({
        berths: fc.array(
          fc.record({
            open: fc.integer({ min: 0, max: 6 }),
            close: fc.option(fc.integer({ min: 40, max: 80 }), { nil: undefined }),
            closure: fc.option(fc.tuple(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 1, max: 8 })), {
              nil: undefined,
            }),
          }),
          { minLength: m, maxLength: m },
        ),
        ships: fc.array(
          fc.record({
            arrival: fc.integer({ min: 0, max: 20 }),
            handling: fc.array(fc.option(fc.integer({ min: 1, max: 12 }), { nil: null, freq: 4 }), {
              minLength: m,
              maxLength: m,
            }),
            fallback: fc.integer({ min: 1, max: 12 }),
            weight: fc.integer({ min: 1, max: 3 }),
            latestEnd: fc.option(fc.integer({ min: 20, max: 70 }), { nil: undefined, freq: 4 }),
          }),
          { minLength: 1, maxLength: maxShips },
        ),
      })
      .map(({ berths, ships }) => ({
        name: "random",
        berths: berths.map((b, k) => ({
          id: `B${k + 1}`,
          open: b.open,
          ...(b.close === undefined ? {} : { close: b.close }),
          ...(b.closure === undefined ? {} : { closures: [{ start: b.closure[0], end: b.closure[0] + b.closure[1] }] }),
        })),
        ships: ships.map((s, i) => ({
          id: `s${i + 1}`,
          arrival: s.arrival,
          // Every ship can use at least one berth.
          handling: s.handling.every((h) => h === null)
            ? s.handling.map((h, k) => (k === 0 ? s.fallback : h))
            : s.handling,
          weight: s.weight,
          ...(s.latestEnd === undefined ? {} : { latestEnd: s.arrival + s.latestEnd }),
        })),
      })),
  );
