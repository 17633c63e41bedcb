/**
 * Per-call typed arrays, reused from one run to the next. A run of a million calls needs some 60 MB of them;
 * allocated afresh for every run they are external memory, which V8 answers with full collections that trace every
 * live object (the caller's million calls: 100–300 ms each, docs/benchmarks.md). Reused, a run in a loop
 * allocates none after the first.
 *
 * One run holds the shared set at a time (`acquire` … `release`); a run that starts while another holds it (a
 * planner that simulates, say) gets a private set. The arrays are views of the first `n` elements, with whatever a
 * previous run left in them: each user fills what it reads.
 */
export class RunScratch {
  private static shared: RunScratch | undefined;
  private static sharedHeld = false;

  private readonly f64: Float64Array[] = [];
  private readonly i32: Int32Array[] = [];
  private readonly u8: Uint8Array[] = [];

  private constructor(private readonly isShared: boolean) {}

  /** The shared set when no run holds it, else a private one; give it back with `release`. */
  static acquire(): RunScratch {
    if (RunScratch.sharedHeld) return new RunScratch(false);
    RunScratch.sharedHeld = true;
    return (RunScratch.shared ??= new RunScratch(true));
  }

  release(): void {
    if (this.isShared) RunScratch.sharedHeld = false;
  }

  /** Array number `slot` of doubles, `n` long (contents unspecified). */
  float64(slot: number, n: number): Float64Array {
    return view(this.f64, slot, n, (m) => new Float64Array(m));
  }

  /** Array number `slot` of 32-bit integers, `n` long (contents unspecified). */
  int32(slot: number, n: number): Int32Array {
    return view(this.i32, slot, n, (m) => new Int32Array(m));
  }

  /** Array number `slot` of bytes, `n` long (contents unspecified). */
  uint8(slot: number, n: number): Uint8Array {
    return view(this.u8, slot, n, (m) => new Uint8Array(m));
  }
}

const view = <T extends Float64Array | Int32Array | Uint8Array>(
  arrays: T[],
  slot: number,
  n: number,
  make: (m: number) => T,
): T => {
  let a = arrays[slot];
  // Grown with headroom, so that runs of slowly growing size do not reallocate each time.
  if (a === undefined || a.length < n) arrays[slot] = a = make(Math.max(16, Math.ceil(n * 1.25)));
  return (a.length === n ? a : a.subarray(0, n)) as T;
};
