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

  private readonly f64 = new Map<string, Float64Array>();
  private readonly i32 = new Map<string, Int32Array>();
  private readonly u8 = new Map<string, Uint8Array>();
  private readonly i8 = new Map<string, Int8Array>();

  private constructor(private readonly isShared: boolean) {}

  /** The shared set when no run holds it, else a private one; give it back with `release`. */
  static acquire(): RunScratch {
    if (RunScratch.sharedHeld) return new RunScratch(false);
    RunScratch.sharedHeld = true;
    return (RunScratch.shared ??= new RunScratch(true));
  }

  /** A set of its own, never shared (for arrays that outlive a run). */
  static fresh(): RunScratch {
    return new RunScratch(false);
  }

  release(): void {
    if (this.isShared) RunScratch.sharedHeld = false;
  }

  /** The array of doubles named `name` (one name per use), `n` long (contents unspecified). */
  float64(name: string, n: number): Float64Array {
    return view(this.f64, name, n, (m) => new Float64Array(m));
  }

  /** The array of 32-bit integers named `name`, `n` long (contents unspecified). */
  int32(name: string, n: number): Int32Array {
    return view(this.i32, name, n, (m) => new Int32Array(m));
  }

  /** The array of bytes named `name`, `n` long (contents unspecified). */
  uint8(name: string, n: number): Uint8Array {
    return view(this.u8, name, n, (m) => new Uint8Array(m));
  }

  /** As `float64`, for signed bytes. */
  int8(name: string, n: number): Int8Array {
    return view(this.i8, name, n, (m) => new Int8Array(m));
  }
}

const view = <T extends Float64Array | Int32Array | Uint8Array | Int8Array>(
  arrays: Map<string, T>,
  name: string,
  n: number,
  make: (m: number) => T,
): T => {
  let a = arrays.get(name);
  // Grown with headroom, so that runs of slowly growing size do not reallocate each time.
  if (a === undefined || a.length < n) arrays.set(name, (a = make(Math.max(16, Math.ceil(n * 1.25)))));
  return (a.length === n ? a : a.subarray(0, n)) as T;
};
