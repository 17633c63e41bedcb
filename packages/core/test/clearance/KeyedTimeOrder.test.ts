import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { KeyedTimeOrder } from "../../src/clearance/KeyedTimeOrder.ts";
import { TimeOrder } from "../../src/clearance/TimeOrder.ts";

// Clustered times (many equal), spread ones, and the odd infinity, NaN or −0.
const time = fc.oneof(
  { arbitrary: fc.integer({ min: 0, max: 5 }), weight: 3 },
  { arbitrary: fc.double({ min: -1e3, max: 1e4, noNaN: true }), weight: 4 },
  { arbitrary: fc.constantFrom(Infinity, -Infinity, NaN, -0, 0), weight: 1 },
);

/** A unit of a run: its key (fixing its index order), time, weight and label. */
interface Unit {
  readonly key: number;
  readonly hours: number;
  readonly weight: number;
  readonly label: number;
}

const KEYS = 60;

/**
 * Runs of one generation as clearance makes them: units keyed 0 … KEYS − 1, present or not, listed in key order
 * (so two units are in the same index order in every run), most as in the run before, some changed.
 */
const runs = fc
  .tuple(
    fc.array(fc.tuple(time, fc.integer({ min: 1, max: 3 }), fc.integer({ min: 0, max: 4 })), { minLength: KEYS, maxLength: KEYS }),
    fc.array(fc.array(fc.tuple(fc.nat(KEYS - 1), fc.oneof(time, fc.constant(undefined))), { maxLength: 30 }), { minLength: 1, maxLength: 4 }),
  )
  .map(([base, edits]) => {
    const current: (Unit | undefined)[] = base.map(([hours, weight, label], key) => ({ key, hours, weight, label }));
    return edits.map((edit) => {
      for (const [key, hours] of edit)
        current[key] = hours === undefined ? (current[key] === undefined ? { key, hours: 1, weight: 1, label: 0 } : undefined) : { key, hours, weight: 2, label: key % 5 };
      return current.filter((u): u is Unit => u !== undefined);
    });
  });

const columns = (units: readonly Unit[]) => ({
  hours: Float64Array.from(units, (u) => u.hours),
  weight: Float64Array.from(units, (u) => u.weight),
  label: Int32Array.from(units, (u) => u.label),
  key: Int32Array.from(units, (u) => u.key),
});

const sorted = (sorter: TimeOrder, n: number) => ({
  times: Array.from(sorter.times.subarray(0, n)),
  weights: Array.from(sorter.weights.subarray(0, n)),
  labels: Array.from(sorter.labels.subarray(0, n)),
});

describe("KeyedTimeOrder", () => {
  it("gives every run of a generation exactly the order a fresh TimeOrder gives, patched from the last run's", () => {
    fc.assert(
      fc.property(runs, fc.array(fc.nat(1), { minLength: 4, maxLength: 4 }), (list, generations) => {
        const keyed = new KeyedTimeOrder();
        list.forEach((units, r) => {
          const { hours, weight, label, key } = columns(units);
          const plain = new TimeOrder();
          plain.sort(hours, weight, label, units.length);
          keyed.sortKeyed(hours, weight, label, units.length, key, KEYS, generations[r]!);
          // Object.is equality: −0 and 0 told apart, as the quantiles would show them.
          expect(sorted(keyed, units.length)).toStrictEqual(sorted(plain, units.length));
        });
      }),
    );
  });

  it("patches when few units change, and sorts afresh in a new generation", () => {
    const keyed = new KeyedTimeOrder();
    const units = Array.from({ length: 50 }, (_, key) => ({ key, hours: (key * 7) % 13, weight: 1, label: key % 3 }));
    const later = units.map((u) => (u.key === 10 ? { ...u, hours: -5 } : u.key === 20 ? { ...u, hours: Infinity } : u)).filter((u) => u.key !== 30);
    for (const [run, generation] of [[units, 1], [later, 1], [units, 1], [later, 2]] as const) {
      const { hours, weight, label, key } = columns(run);
      const plain = new TimeOrder();
      plain.sort(hours, weight, label, run.length);
      keyed.sortKeyed(hours, weight, label, run.length, key, 50, generation);
      expect(sorted(keyed, run.length)).toStrictEqual(sorted(plain, run.length));
    }
  });
});
