/**
 * The ships waiting for a berth, as call indices in dispatch order. It lives in a growable Int32Array: a plain
 * array that empties (`length = 0`) drops its storage and reallocates on the next push, and in a port that is
 * not congested the queue empties and refills once per ship or so.
 */
export class WaitingList {
  private items = new Int32Array(64);
  size = 0;

  at(q: number): number {
    return this.items[q]!;
  }

  /** Inserts `call` before position `pos` (0 ≤ pos ≤ size). */
  insert(pos: number, call: number): void {
    if (this.size === this.items.length) {
      const grown = new Int32Array(this.items.length * 2);
      grown.set(this.items);
      this.items = grown;
    }
    if (pos < this.size) this.items.copyWithin(pos + 1, pos, this.size);
    this.items[pos] = call;
    this.size++;
  }

  /** Drops the calls that have a berth (`berthOf[call] >= 0`), keeping the order of the rest. */
  removeBerthed(berthOf: Int32Array): void {
    let k = 0;
    for (let q = 0; q < this.size; q++) {
      const call = this.items[q]!;
      if (berthOf[call]! < 0) this.items[k++] = call;
    }
    this.size = k;
  }

  /**
   * Sorts stably by `compare`, which must be a consistent order (the dispatching order at one instant is): any
   * stable sort then gives the same result as `Array.prototype.sort`. Binary insertion, because the list is
   * nearly sorted already (it was at the last dispatch): each element costs one comparison with its predecessor.
   */
  sort(compare: (a: number, b: number) => number): void {
    const items = this.items;
    for (let q = 1; q < this.size; q++) {
      const x = items[q]!;
      if (compare(items[q - 1]!, x) <= 0) continue;
      // Insert x after every element of the sorted prefix [0, q) that is not greater than it (stability).
      let lo = 0;
      let hi = q - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (compare(items[mid]!, x) <= 0) lo = mid + 1;
        else hi = mid;
      }
      items.copyWithin(lo + 1, lo, q);
      items[lo] = x;
    }
  }
}
