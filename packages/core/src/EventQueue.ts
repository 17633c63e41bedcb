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
    let i = this.n++;
    const s = this.nextSeq++;
    // Sift up: move parents down until the slot for the new key is found.
    while (i > 0) {
      const p = (i - 1) >> 1;
      const tp = this.time[p]!;
      if (time !== tp ? !(time < tp) : !keyLess(time, priority, s, tp, this.prio[p]!, this.seq[p]!)) break;
      this.move(p, i);
      i = p;
    }
    this.time[i] = time;
    this.prio[i] = priority;
    this.seq[i] = s;
    this.kind[i] = kind;
    this.subject[i] = subject;
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
    const kind = this.kind[0]!;
    this.lastTime = this.time[0]!;
    this.lastSubject = this.subject[0]!;
    const last = --this.n;
    if (last > 0) {
      const t = this.time[last]!;
      const p = this.prio[last]!;
      const s = this.seq[last]!;
      const k = this.kind[last]!;
      const sub = this.subject[last]!;
      const time = this.time;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= last) break;
        const r = l + 1;
        let c = l;
        if (r < last) {
          const tr = time[r]!;
          const tl = time[l]!;
          if (tr !== tl ? tr < tl : keyLess(tr, this.prio[r]!, this.seq[r]!, tl, this.prio[l]!, this.seq[l]!)) c = r;
        }
        const tc = time[c]!;
        if (tc !== t ? !(tc < t) : !keyLess(tc, this.prio[c]!, this.seq[c]!, t, p, s)) break;
        this.move(c, i);
        i = c;
      }
      this.time[i] = t;
      this.prio[i] = p;
      this.seq[i] = s;
      this.kind[i] = k;
      this.subject[i] = sub;
    }
    return kind;
  }

  private move(from: number, to: number): void {
    this.time[to] = this.time[from]!;
    this.prio[to] = this.prio[from]!;
    this.seq[to] = this.seq[from]!;
    this.kind[to] = this.kind[from]!;
    this.subject[to] = this.subject[from]!;
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
