/**
 * Sorts `xs` in place into exactly the order `Float64Array.prototype.sort` gives (negatives, −0, +0, positives,
 * NaN), but counts the +0 values instead of sorting them: most ships of a port that is not congested do not
 * wait, so most waits are +0 and only the rest need sorting.
 */
export const sortNumbers = (xs: Float64Array): void => {
  const n = xs.length;
  let k = 0;
  for (let i = 0; i < n; i++) {
    const x = xs[i]!;
    if (x !== 0 || 1 / x < 0) xs[k++] = x;
  }
  const zeros = n - k;
  if (zeros === 0) {
    xs.sort();
    return;
  }
  xs.subarray(0, k).sort();
  // +0 goes after the negatives and −0, before the positives and NaN.
  let p = 0;
  while (p < k && (xs[p]! < 0 || Object.is(xs[p], -0))) p++;
  xs.copyWithin(p + zeros, p, k);
  xs.fill(0, p, p + zeros);
};
