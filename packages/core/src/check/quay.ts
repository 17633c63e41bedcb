import type { Berth } from "../Port.ts";
import type { Quay } from "../Quay.ts";
import type { VesselCall } from "../VesselCall.ts";
import type { Berthing } from "./Schedule.ts";
import type { Instant } from "./sweep.ts";

// The checker's own reading of docs/model.md, "Shared quays". It takes only types from Quay.ts and nothing from
// QuayState.ts: it tries
// every position where a ship could start (the quay's start, each neighbour's far end, each change of depth)
// instead of walking gaps, so a mistake in the simulator's placement does not hide here.

/** A stretch [from, to) of a quay held by one ship: hull plus clearance. */
export interface Stretch {
  readonly id: string;
  readonly from: number;
  readonly to: number;
}

/** Metres of quay the ship holds: length overall plus `clearanceMetres + clearanceShare × loa`. */
export const heldMetres = (quay: Quay, loa: number): number => loa + (quay.clearanceMetres + quay.clearanceShare * loa);

/** The shallowest water under [from, to) of the quay: the berth's depth, or the least depth of the segments it overlaps. */
export const shallowestUnder = (berth: Berth, from: number, to: number): number => {
  const segments = berth.quay?.depths;
  if (segments === undefined) return berth.depth;
  let least = Infinity;
  for (const s of segments) if (s.from < to && s.to > from) least = Math.min(least, s.depth);
  return least;
};

/** Whether a ship berthed at `position` lies on the quay (with its clearance) and its hull in water deep enough. */
export const liesAt = (berth: Berth, quay: Quay, call: VesselCall, position: number): boolean =>
  position >= 0 &&
  position + heldMetres(quay, call.loa) <= berth.length &&
  shallowestUnder(berth, position, position + call.loa) >= call.draft;

/**
 * Whether the ship could be berthed somewhere on the quay beside the ships holding `others`: a position where it
 * lies on the quay in deep enough water, clear of every stretch held, with fewer than `maxShips` alongside.
 */
export const fitsBeside = (berth: Berth, quay: Quay, others: readonly Stretch[], call: VesselCall): boolean => {
  if (quay.maxShips !== undefined && others.length >= quay.maxShips) return false;
  const held = heldMetres(quay, call.loa);
  const starts = [0, ...others.map((o) => o.to), ...(quay.depths ?? []).map((s) => s.from)];
  return starts.some(
    (p) => liesAt(berth, quay, call, p) && others.every((o) => !(p < o.to && o.from < p + held)),
  );
};

const stretchOf = (b: Berthing, quay: Quay): Stretch => ({
  id: b.call.id,
  from: b.position ?? 0,
  to: (b.position ?? 0) + heldMetres(quay, b.call.loa),
});

/**
 * Whether the ship fits on a shared quay at an instant. `now`: beside the ships alongside after t. `inPlaceOf`
 * another ship x berthed there at t: beside every ship alongside after t or berthed at t (even if gone again,
 * with zero handling time) other than x, i.e. whether it could have been berthed there instead of x.
 */
export const fitsOnQuayAt = (instant: Instant, berth: Berth, call: VesselCall, inPlaceOf?: VesselCall): boolean => {
  const quay = berth.quay!;
  const ships = [...(instant.alongside.get(berth) ?? [])];
  if (inPlaceOf !== undefined)
    for (const b of instant.berthings) if (b.berth === berth && !ships.includes(b)) ships.push(b);
  const others = ships.filter((b) => b.call !== inPlaceOf).map((b) => stretchOf(b, quay));
  return fitsBeside(berth, quay, others, call);
};
