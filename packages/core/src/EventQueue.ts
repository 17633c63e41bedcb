/**
 * The simulation's future event list: a binary min-heap ordered by (time, priority, sequence number), stored as
 * parallel typed arrays so that a million events allocate no objects. Lower priority numbers fire first at equal
 * times; the sequence number (insertion order) breaks the remaining ties, so equal keys pop in FIFO order.
 * Each event carries two integers: its kind and a subject (a call or berth index).
 */
const keyLess = (t1: number, p1: number, s1: number, t2: number, p2: number, s2: number): boolean =>
  t1 !== t2 ? t1 < t2 : p1 !== p2 ? p1 < p2 : s1 < s2;

// Sifting compares times first, as `keyLess` does, and reads priorities and sequence numbers only when the times
// are equal (rare), so the common comparison is two loads, not six.

export class EventQueue {
  private time: Float64Array;
  private prio: Int32Array;
  private seq: Float64Array;
  private kind: Int32Array;
  private subject: Int32Array;
  private n = 0;
  private nextSeq = 0;

  constructor(initialCapacity = 1024) {
    const c = Math.max(16, initialCapacity);
    this.time = new Float64Array(c);
    this.prio = new Int32Array(c);
    this.seq = new Float64Array(c);
    this.kind = new Int32Array(c);
    this.subject = new Int32Array(c);
  }

  get size(): number {
    return this.n;
  }

  push(time: number, priority: number, kind: number, subject: number): void {
    if (this.n === this.time.length) this.grow();
    const times = this.time;
    const prio = this.prio;
    const seq = this.seq;
    const kinds = this.kind;
    const subjects = this.subject;
    let i = this.n++;
    const s = this.nextSeq++;
    // Sift up: move parents down until the slot for the new key is found.
    while (i > 0) {
      const p = (i - 1) >> 1;
      const tp = times[p]!;
      if (time !== tp ? !(time < tp) : !keyLess(time, priority, s, tp, prio[p]!, seq[p]!)) break;
      times[i] = tp;
      prio[i] = prio[p]!;
      seq[i] = seq[p]!;
      kinds[i] = kinds[p]!;
      subjects[i] = subjects[p]!;
      i = p;
    }
    times[i] = time;
    prio[i] = priority;
    seq[i] = s;
    kinds[i] = kind;
    subjects[i] = subject;
  }

  /** Time of the next event; only valid when size > 0. */
  peekTime(): number {
    return this.time[0]!;
  }

  /** Time and subject of the event `pop` last removed. */
  lastTime = 0;
  lastSubject = 0;

  /** Removes the next event and returns its kind; its time and subject are then in `lastTime`, `lastSubject`. */
  pop(): number {
    const time = this.time;
    const prio = this.prio;
    const seq = this.seq;
    const kinds = this.kind;
    const subjects = this.subject;
    const kind = kinds[0]!;
    this.lastTime = time[0]!;
    this.lastSubject = subjects[0]!;
    const last = --this.n;
    if (last > 0) {
      const t = time[last]!;
      const p = prio[last]!;
      const s = seq[last]!;
      const k = kinds[last]!;
      const sub = subjects[last]!;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= last) break;
        const r = l + 1;
        let c = l;
        let tc = time[l]!;
        if (r < last) {
          const tr = time[r]!;
          if (tr !== tc ? tr < tc : keyLess(tr, prio[r]!, seq[r]!, tc, prio[l]!, seq[l]!)) {
            c = r;
            tc = tr;
          }
        }
        if (tc !== t ? !(tc < t) : !keyLess(tc, prio[c]!, seq[c]!, t, p, s)) break;
        time[i] = tc;
        prio[i] = prio[c]!;
        seq[i] = seq[c]!;
        kinds[i] = kinds[c]!;
        subjects[i] = subjects[c]!;
        i = c;
      }
      time[i] = t;
      prio[i] = p;
      seq[i] = s;
      kinds[i] = k;
      subjects[i] = sub;
    }
    return kind;
  }

  private grow(): void {
    const c = this.time.length * 2;
    const grow = <T extends Float64Array | Int32Array>(a: T, make: (n: number) => T): T => {
      const b = make(c);
      b.set(a);
      return b;
    };
    this.time = grow(this.time, (n) => new Float64Array(n));
    this.prio = grow(this.prio, (n) => new Int32Array(n));
    this.seq = grow(this.seq, (n) => new Float64Array(n));
    this.kind = grow(this.kind, (n) => new Int32Array(n));
    this.subject = grow(this.subject, (n) => new Int32Array(n));
  }
}
