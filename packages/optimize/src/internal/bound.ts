import { ColumnGeneration } from "./ColumnGeneration.ts";
import { type DualSearch, Subgradient } from "./DualSearch.ts";
import { Lagrangian } from "./Lagrangian.ts";
import type { Problem } from "./Problem.ts";

/** Rows (ships + berths) up to which the master LP is small enough for the dense simplex of column generation. */
const MAX_MASTER_ROWS = 60;

/** The relaxation and the method that tightens it: column generation for small snapshots, subgradient otherwise. */
export const createDualSearch = (
  p: Problem,
  trivial: Float64Array,
  incumbent: number,
): { lag: Lagrangian; search: DualSearch | undefined; cg: ColumnGeneration | undefined } => {
  const lag = new Lagrangian(p, trivial, incumbent);
  if (!lag.built || !lag.feasible) return { lag, search: undefined, cg: undefined };
  if (p.n + p.m > MAX_MASTER_ROWS) return { lag, search: new Subgradient(lag), cg: undefined };
  let sum = 0;
  for (const v of trivial) sum += v;
  // Artificial columns (a ship served by no berth) cost what a ship could cost at most in a plan no worse than the
  // incumbent; they only seed the simplex — the bound is L(π), valid whatever the master does.
  const slack = Number.isFinite(incumbent) ? incumbent - sum : 10 * sum + 1;
  const cg = new ColumnGeneration(
    lag,
    Float64Array.from(trivial, (t) => slack + t),
  );
  return { lag, search: cg, cg };
};

/**
 * Rounds a raw bound: up to the next integer when every plan's objective is one (less a hair for floating-point
 * sums), and never above a known plan's cost `cap` (the relaxation bounds min(optimum, cap), see Lagrangian.ts).
 */
export const roundBound = (p: Problem, raw: number, cap: number): number =>
  Math.min(p.integral ? Math.ceil(raw - 1e-6) : raw - 1e-9 * Math.abs(raw), cap);
