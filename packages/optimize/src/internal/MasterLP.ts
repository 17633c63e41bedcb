/**
 * The restricted master LP of column generation, solved by a small dense revised simplex:
 *
 *     min Σ c_P x_P   s.t.   Σ_P a_iP x_P = 1 (each ship i),   Σ_{P at berth k} x_P ≤ 1 (each berth k),   x ≥ 0
 *
 * over the berth paths P generated so far. Rows 0..n−1 are ships, n..n+m−1 berths. Each ship row starts with an
 * artificial column of cost `bigM[i]` and each berth row with its slack, so the start basis is the identity.
 *
 * The simplex only has to produce good duals: the bound itself is always L(π) evaluated exactly by the pricing
 * DP, valid for any π (see Lagrangian.ts), so numerical drift here can cost time, never correctness.
 */
export class MasterLP {
  readonly r: number;
  readonly y: Float64Array;
  objective = 0;
  pivots = 0;
  private readonly cost: number[] = [];
  private readonly rows: Int32Array[] = [];
  private readonly vals: Float64Array[] = [];
  private readonly position: number[] = [];
  private readonly basis: Int32Array;
  private readonly binv: Float64Array;
  private readonly xB: Float64Array;
  private readonly u: Float64Array;
  private sinceRefactor = 0;

  constructor(
    private readonly nShips: number,
    mBerths: number,
    bigM: Float64Array,
  ) {
    const r = (this.r = nShips + mBerths);
    this.y = new Float64Array(r);
    this.basis = new Int32Array(r);
    this.binv = new Float64Array(r * r);
    this.xB = new Float64Array(r).fill(1);
    this.u = new Float64Array(r);
    for (let i = 0; i < r; i++) {
      this.addColumn(i < nShips ? bigM[i]! : 0, Int32Array.of(i), Float64Array.of(1));
      this.basis[i] = i;
      this.position[i] = i;
      this.binv[i * r + i] = 1;
    }
    this.computeDuals();
  }

  get columns(): number {
    return this.cost.length;
  }

  addColumn(cost: number, rows: Int32Array, vals: Float64Array): number {
    this.cost.push(cost);
    this.rows.push(rows);
    this.vals.push(vals);
    this.position.push(-1);
    return this.cost.length - 1;
  }

  /** Reduced cost of a column under the current duals. */
  reducedCost(cost: number, rows: Int32Array, vals: Float64Array): number {
    let d = cost;
    for (let q = 0; q < rows.length; q++) d -= this.y[rows[q]!]! * vals[q]!;
    return d;
  }

  /** Primal simplex from the current basis until no column prices out (or `maxPivots`). Returns true if optimal. */
  solve(maxPivots = 100_000): boolean {
    const r = this.r;
    const binv = this.binv;
    const xB = this.xB;
    const u = this.u;
    let degenerate = 0;
    for (let it = 0; it < maxPivots; it++) {
      // Entering column: most negative reduced cost (Bland's smallest index after many degenerate pivots).
      const bland = degenerate > 50;
      let q = -1;
      let best = -1e-7;
      for (let j = 0; j < this.cost.length; j++) {
        if (this.position[j]! >= 0) continue;
        const d = this.reducedCost(this.cost[j]!, this.rows[j]!, this.vals[j]!);
        if (d < best) {
          q = j;
          if (bland) break;
          best = d;
        }
      }
      if (q < 0) {
        this.objectiveFromBasis();
        return true;
      }
      // u = B⁻¹ a_q
      u.fill(0);
      const rows = this.rows[q]!;
      const vals = this.vals[q]!;
      for (let p = 0; p < r; p++) {
        let s = 0;
        for (let e = 0; e < rows.length; e++) s += binv[p * r + rows[e]!]! * vals[e]!;
        u[p] = s;
      }
      let leave = -1;
      let ratio = Infinity;
      for (let p = 0; p < r; p++) {
        if (u[p]! <= 1e-9) continue;
        const t = Math.max(0, xB[p]!) / u[p]!;
        if (
          t < ratio - 1e-12 ||
          (t <= ratio + 1e-12 && leave >= 0 && (bland ? this.basis[p]! < this.basis[leave]! : u[p]! > u[leave]!))
        ) {
          ratio = t;
          leave = p;
        }
      }
      if (leave < 0) throw new Error("master LP unbounded (cannot happen: every column has a non-negative cost row)");
      degenerate = ratio <= 1e-12 ? degenerate + 1 : 0;
      this.pivot(leave, q, ratio);
    }
    this.objectiveFromBasis();
    return false;
  }

  private pivot(leave: number, q: number, ratio: number): void {
    const r = this.r;
    const binv = this.binv;
    const u = this.u;
    const xB = this.xB;
    for (let p = 0; p < r; p++) if (p !== leave) xB[p]! -= ratio * u[p]!;
    xB[leave] = ratio;
    const up = u[leave]!;
    const rowL = leave * r;
    for (let c = 0; c < r; c++) binv[rowL + c]! /= up;
    for (let p = 0; p < r; p++) {
      if (p === leave) continue;
      const f = u[p]!;
      if (f === 0) continue;
      const row = p * r;
      for (let c = 0; c < r; c++) {
        const v = binv[rowL + c]!;
        if (v !== 0) binv[row + c]! -= f * v;
      }
    }
    this.position[this.basis[leave]!] = -1;
    this.basis[leave] = q;
    this.position[q] = leave;
    this.pivots++;
    if (++this.sinceRefactor >= 200) this.refactor();
    this.computeDuals();
  }

  /** Rebuilds B⁻¹ and x_B from the basis columns (Gauss–Jordan, partial pivoting) to shed accumulated error. */
  private refactor(): void {
    const r = this.r;
    const a = new Float64Array(r * r);
    for (let p = 0; p < r; p++) {
      const j = this.basis[p]!;
      const rows = this.rows[j]!;
      const vals = this.vals[j]!;
      for (let e = 0; e < rows.length; e++) a[rows[e]! * r + p]! += vals[e]!;
    }
    const inv = this.binv;
    inv.fill(0);
    for (let p = 0; p < r; p++) inv[p * r + p] = 1;
    for (let c = 0; c < r; c++) {
      let piv = c;
      for (let p = c + 1; p < r; p++) if (Math.abs(a[p * r + c]!) > Math.abs(a[piv * r + c]!)) piv = p;
      if (Math.abs(a[piv * r + c]!) < 1e-12) throw new Error("master LP basis became singular");
      if (piv !== c)
        for (let x = 0; x < r; x++) {
          let t = a[c * r + x]!;
          a[c * r + x] = a[piv * r + x]!;
          a[piv * r + x] = t;
          t = inv[c * r + x]!;
          inv[c * r + x] = inv[piv * r + x]!;
          inv[piv * r + x] = t;
        }
      const d = a[c * r + c]!;
      for (let x = 0; x < r; x++) {
        a[c * r + x]! /= d;
        inv[c * r + x]! /= d;
      }
      for (let p = 0; p < r; p++) {
        if (p === c) continue;
        const f = a[p * r + c]!;
        if (f === 0) continue;
        for (let x = 0; x < r; x++) {
          a[p * r + x]! -= f * a[c * r + x]!;
          inv[p * r + x]! -= f * inv[c * r + x]!;
        }
      }
    }
    // x_B = B⁻¹ b with b = 1.
    for (let p = 0; p < r; p++) {
      let s = 0;
      for (let c = 0; c < r; c++) s += inv[p * r + c]!;
      this.xB[p] = s;
    }
    this.sinceRefactor = 0;
  }

  private computeDuals(): void {
    const r = this.r;
    this.y.fill(0);
    for (let p = 0; p < r; p++) {
      const c = this.cost[this.basis[p]!]!;
      if (c === 0) continue;
      const row = p * r;
      for (let x = 0; x < r; x++) this.y[x]! += c * this.binv[row + x]!;
    }
  }

  private objectiveFromBasis(): void {
    let z = 0;
    for (let p = 0; p < this.r; p++) z += this.cost[this.basis[p]!]! * this.xB[p]!;
    this.objective = z;
  }
}
