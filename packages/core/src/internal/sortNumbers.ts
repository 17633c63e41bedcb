/**
 * Sorts `xs` in place into exactly the order `Float64Array.prototype.sort` gives (negatives, −0, +0, positives,
 * NaN), but counts the +0 values instead of sorting them: most ships of a port that is not congested do not
 * wait, so most waits are +0 and only the rest need sorting. Many positive values (a long run's waits) are sorted
 * by radix on their bits, about four times faster than the engine's comparison sort and the same order.
 */
export const sortNumbers = (xs: Float64Array): void => {
  const n = xs.length;
  let k = 0;
  let allPositive = true;
  for (let i = 0; i < n; i++) {
    const x = xs[i]!;
    if (x !== 0 || 1 / x < 0) {
      xs[k++] = x;
      // NaN fails `x > 0` too: it goes to the comparison sort.
      if (!(x > 0)) allPositive = false;
    }
  }
  const zeros = n - k;
  const rest = zeros === 0 ? xs : xs.subarray(0, k);
  if (allPositive && k >= RADIX_FROM) radixSortPositive(rest);
  else rest.sort();
  if (zeros === 0) return;
  // +0 goes after the negatives and −0, before the positives and NaN.
  let p = 0;
  while (p < k && (xs[p]! < 0 || Object.is(xs[p], -0))) p++;
  xs.copyWithin(p + zeros, p, k);
  xs.fill(0, p, p + zeros);
};

/** Below this many values the comparison sort is as fast (and needs no buffers). */
const RADIX_FROM = 4096;
const DIGIT_BITS = 16;
const BUCKETS = 1 << DIGIT_BITS;

/**
 * Sorts positive doubles (no zero, no NaN) by least-significant-digit radix on their IEEE-754 bits: for positive
 * doubles the order of the bits as unsigned integers is the order of the numbers. Four passes of 16 bits, each
 * skipped when every value has the same digit there (the high digits of waits that span a few binary orders).
 */
const radixSortPositive = (xs: Float64Array): void => {
  const n = xs.length;
  let from: Float64Array = xs;
  let to: Float64Array = new Float64Array(n);
  const count = new Int32Array(BUCKETS);
  // Word 0 is the low half of each double on a little-endian machine, word 1 the high half.
  const little = new Uint8Array(new Float64Array([1]).buffer)[7] === 0x3f;
  for (let pass = 0; pass < 4; pass++) {
    const word = (pass >> 1) ^ (little ? 0 : 1);
    const shift = (pass & 1) * DIGIT_BITS;
    const bits = new Uint32Array(from.buffer, from.byteOffset, 2 * n);
    count.fill(0);
    for (let i = 0; i < n; i++) count[(bits[2 * i + word]! >>> shift) & (BUCKETS - 1)]!++;
    if (count[(bits[word]! >>> shift) & (BUCKETS - 1)] === n) continue;
    let sum = 0;
    for (let d = 0; d < BUCKETS; d++) {
      const c = count[d]!;
      count[d] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i++) to[count[(bits[2 * i + word]! >>> shift) & (BUCKETS - 1)]!++] = from[i]!;
    const swap = from;
    from = to;
    to = swap;
  }
  if (from !== xs) xs.set(from);
};
