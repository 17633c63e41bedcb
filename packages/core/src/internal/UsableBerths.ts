import { eligibleBerths, holds } from "../compatibility.ts";
import type { Berth, CargoKind, Port } from "../Port.ts";
import { QuayHoldsMemo } from "../Quay.ts";
import { isForeignTrade, type TradeClass } from "../TradeClass.ts";
import type { VesselCall } from "../VesselCall.ts";

/** Berths that handle one cargo for one trade class within one queue scope; only length and draft remain to check. */
interface Group {
  readonly index: Int32Array;
  readonly length: Float64Array;
  readonly depth: Float64Array;
  /** The group's shared quays (positions k in it, and the berths): length and depth alone do not decide for them. */
  readonly quayK: Int32Array;
  readonly quays: readonly Berth[];
  /** Each quay's `quayHolds`, remembered. */
  readonly quayHolds: readonly QuayHoldsMemo[];
  /** The (scope area, cargo, trade class) the group is for. */
  readonly area: string | undefined;
  readonly cargo: CargoKind;
  readonly tradeClass: TradeClass;
  /** Interned answers (ids in `UsableBerths.lists`), keyed by the bit mask (or, past 31 berths, the list) of the berths that fit. */
  readonly byKey: Map<number | string, number>;
  /** Up to 31 berths: the tests `loa <= length[k]` and `draft <= depth[k]` of every berth at once, by rank. */
  readonly lengths: Levels;
  readonly depths: Levels;
  /**
   * The answer as a function of the two ranks and of the bit set of quays that failed `quayHolds`: its id by cell
   * ((rank of loa × (depth levels + 1) + rank of draft) × 2^quays + failed), -1 until first asked. Absent for a
   * group of more than MAX_CELL_QUAYS quays.
   */
  readonly cells: Int32Array | undefined;
}

/**
 * A group's berth lengths (or depths) as levels: the distinct values ascending, and for each rank r the bit set of
 * the berths whose value is at least `at[r]` (rank `at.length`: none). For x, the first level ≥ x is the shortest
 * value that takes it, so berth k takes x (x ≤ value k) exactly when its bit is in the mask of x's rank.
 */
export interface Levels {
  readonly at: Float64Array;
  readonly mask: Int32Array;
}

export const levelsOf = (values: Float64Array): Levels => {
  const sorted = Float64Array.from(values).sort();
  // Distinct values, NaN (sorted last) left out.
  let m = 0;
  for (let i = 0; i < sorted.length; i++) {
    const x = sorted[i]!;
    if (!Number.isNaN(x) && (m === 0 || x !== sorted[m - 1])) sorted[m++] = x;
  }
  const at = sorted.subarray(0, m);
  const mask = new Int32Array(at.length + 1);
  at.forEach((level, r) => {
    for (let k = 0; k < values.length; k++) if (values[k]! >= level) mask[r]! |= 1 << k;
  });
  return { at, mask };
};

/** The rank of x among the levels: the first level ≥ x, or `at.length` when there is none (or x is NaN). */
export const rankOf = (levels: Levels, x: number): number => {
  const at = levels.at;
  let r = 0;
  while (r < at.length && !(x <= at[r]!)) r++;
  return r;
};

/** Groups with up to this many quays keep answers by cell (2^quays cells per pair of ranks). */
const MAX_CELL_QUAYS = 4;

/** The berths of a bit set of group positions, in port order. */
const listOf = (g: Group, fit: number): number[] => {
  const list: number[] = [];
  for (let k = 0; k < g.index.length; k++) if (fit & (1 << k)) list.push(g.index[k]!);
  return list;
};

/** The id of the empty answer: the call is rejected. */
export const NO_BERTH = 0;

/** Bit sets of berth indices are used when every index fits in 31 bits. */
export const MAX_MASK_BERTHS = 31;

/**
 * The berths a call may use under a queue scope, as indices in `port.berths`: the same answer as testing
 * `fits` on every berth of `eligibleBerths(port, call, scope)`, in that order. Cargo, rate and foreign-trade
 * opening depend only on (scope, cargo, trade class), so they are checked once per group; a call then only
 * compares its length and draft, and equal answers share one array (a run allocates a handful, not one per call),
 * named by a small integer id so that a caller can keep one per call in an Int32Array. Length and draft are
 * compared by rank among the group's distinct berth lengths and depths (bit sets per rank), and an answer, once
 * found, is kept per pair of ranks: most calls cost two short scans and a table read.
 */
export class UsableBerths {
  /** The distinct answers so far, by id; id NO_BERTH is the empty one. Indices in port order. */
  readonly lists: (readonly number[])[] = [[]];
  /** The same answers as bit sets of berth indices (bit j = berth j), when the port has at most 31 berths. */
  readonly masks: number[] = [0];
  private readonly groups: Group[] = [];
  private readonly quayMemos = new Map<Berth, QuayHoldsMemo>();
  private lastGroup: Group | undefined = undefined;
  // The last answer, for the common run of calls of one stream with equal sizes (textbook queues).
  private lastLoa = NaN;
  private lastDraft = NaN;
  private lastId = NO_BERTH;

  constructor(
    private readonly port: Port,
    private readonly scope: "port" | "area",
    private readonly indexOf: (id: string) => number,
  ) {}

  /** The id of the call's answer in `lists`; NO_BERTH when no berth may take it. */
  idOf(call: VesselCall): number {
    const last = this.lastGroup;
    const g = this.groupOf(call);
    const loa = call.loa;
    const draft = call.draft;
    if (g === last && loa === this.lastLoa && draft === this.lastDraft) return this.lastId;
    const id = this.search(g, loa, draft);
    this.lastLoa = loa;
    this.lastDraft = draft;
    this.lastId = id;
    return id;
  }

  private search(g: Group, loa: number, draft: number): number {
    const n = g.index.length;
    if (n <= 31) {
      const rl = rankOf(g.lengths, loa);
      const rd = rankOf(g.depths, draft);
      // The berths long and deep enough (loa <= length[k] && draft <= depth[k]).
      let fit = g.lengths.mask[rl]! & g.depths.mask[rd]!;
      // A quay whose bit is set is long and deep enough: only the rest of `holds` (quayHolds) is left to check.
      let failed = 0;
      for (let q = 0; q < g.quayK.length; q++) {
        const bit = 1 << g.quayK[q]!;
        if ((fit & bit) !== 0 && !g.quayHolds[q]!.holds(loa, draft)) {
          fit &= ~bit;
          failed |= 1 << q;
        }
      }
      // The answer is a function of the two ranks and of which quays failed.
      const cells = g.cells;
      if (cells === undefined) return fit === 0 ? NO_BERTH : (g.byKey.get(fit) ?? this.intern(g, fit, listOf(g, fit)));
      const cell = ((rl * (g.depths.at.length + 1) + rd) << g.quayK.length) | failed;
      const known = cells[cell]!;
      if (known >= 0) return known;
      const id = fit === 0 ? NO_BERTH : (g.byKey.get(fit) ?? this.intern(g, fit, listOf(g, fit)));
      cells[cell] = id;
      return id;
    }
    const list: number[] = [];
    for (let k = 0; k < n; k++) {
      if (!(loa <= g.length[k]! && draft <= g.depth[k]!)) continue;
      if (g.quayK.length === 0 || holds(this.port.berths[g.index[k]!]!, loa, draft)) list.push(g.index[k]!);
    }
    if (list.length === 0) return NO_BERTH;
    const key = list.join(",");
    return g.byKey.get(key) ?? this.intern(g, key, list);
  }

  private intern(g: Group, key: number | string, list: readonly number[]): number {
    const id = this.lists.length;
    this.lists.push(list);
    let mask = 0;
    if (this.port.berths.length <= MAX_MASK_BERTHS) for (const j of list) mask |= 1 << j;
    this.masks.push(mask);
    g.byKey.set(key, id);
    return id;
  }

  private groupOf(call: VesselCall): Group {
    const area = this.scope === "area" ? call.homeArea : undefined;
    const cargo = call.cargo;
    const tradeClass = call.tradeClass;
    const last = this.lastGroup;
    if (last !== undefined && last.cargo === cargo && last.tradeClass === tradeClass && last.area === area) return last;
    // A run has a handful of groups, and their keys are mostly the very strings of the streams: a scan is cheaper
    // than hashing three strings.
    const groups = this.groups;
    let g: Group | undefined;
    for (let k = 0; k < groups.length; k++) {
      const h = groups[k]!;
      if (h.cargo === cargo && h.tradeClass === tradeClass && h.area === area) {
        g = h;
        break;
      }
    }
    if (g === undefined) groups.push((g = this.makeGroup(call, area)));
    this.lastGroup = g;
    return g;
  }

  /** One memo per quay, shared by the groups that use it: what one group learns of it, the others need not. */
  private quayHoldsOf(berth: Berth): QuayHoldsMemo {
    let memo = this.quayMemos.get(berth);
    if (memo === undefined) this.quayMemos.set(berth, (memo = new QuayHoldsMemo(berth)));
    return memo;
  }

  private makeGroup(call: VesselCall, area: string | undefined): Group {
    // The cargo and trade checks of `fits`; length and draft are left to `idOf`.
    const cargo = call.cargo;
    const foreign = isForeignTrade(call.tradeClass);
    const index: number[] = [];
    const length: number[] = [];
    const depth: number[] = [];
    const quayK: number[] = [];
    const quays: Berth[] = [];
    for (const b of eligibleBerths(this.port, call, this.scope))
      if (b.cargo.includes(cargo) && (b.rates[cargo] ?? 0) > 0 && (b.foreignTradeOpen || !foreign)) {
        if (b.quay !== undefined) {
          quayK.push(index.length);
          quays.push(b);
        }
        index.push(this.indexOf(b.id));
        length.push(b.length);
        depth.push(b.depth);
      }
    const lengths = levelsOf(Float64Array.from(length));
    const depths = levelsOf(Float64Array.from(depth));
    return {
      lengths,
      depths,
      cells:
        quays.length <= MAX_CELL_QUAYS && index.length <= 31
          ? new Int32Array(((lengths.at.length + 1) * (depths.at.length + 1)) << quays.length).fill(-1)
          : undefined,
      index: new Int32Array(index),
      length: new Float64Array(length),
      depth: new Float64Array(depth),
      quayK: new Int32Array(quayK),
      quays,
      quayHolds: quays.map((b) => this.quayHoldsOf(b)),
      area,
      cargo,
      tradeClass: call.tradeClass,
      byKey: new Map(),
    };
  }
}
