/**
 * Hand-written baseline of `apportion` (Hamilton, largest remainder, ties given by order): exact
 * integer arithmetic without `bigint`: each unit's floor of `weight × total / Σweight` and its
 * remainder, then the `left` largest remainders found by selection (quickselect on a typed
 * array, linear on average) rather than a sort, ties going to the units that come first. The bench
 * keeps products below 2^53 (weights ≤ 900, totals ≤ a few million), where `number` arithmetic is
 * exact; beyond that this baseline throws rather than round.
 */

/** The `k`-th smallest value of `values` (0-based), reordering `values` in place. */
function select(values: Float64Array, k: number): number {
  let low = 0;
  let high = values.length - 1;
  while (low < high) {
    const pivot = values[(low + high) >>> 1] as number;
    let i = low;
    let j = high;
    while (i <= j) {
      while ((values[i] as number) < pivot) i += 1;
      while ((values[j] as number) > pivot) j -= 1;
      if (i <= j) {
        const swap = values[i] as number;
        values[i] = values[j] as number;
        values[j] = swap;
        i += 1;
        j -= 1;
      }
    }
    if (k <= j) high = j;
    else if (k >= i) low = i;
    else return values[k] as number;
  }
  return values[k] as number;
}

/**
 * Largest-remainder shares of `total` in proportion to `weights`, ties by order.
 *
 * @param total - A non-negative integer.
 * @param weights - Non-negative integers, not all zero.
 * @returns One integer share per weight, summing to `total`.
 * @throws {RangeError} When a product leaves the exact range of `number`.
 */
export function apportionByHand(total: number, weights: readonly number[]): number[] {
  const n = weights.length;
  let sum = 0;
  for (let i = 0; i < n; i += 1) sum += weights[i] as number;
  const shares = new Array<number>(n);
  const remainders = new Float64Array(n);
  let assigned = 0;
  for (let i = 0; i < n; i += 1) {
    const product = (weights[i] as number) * total;
    if (product > Number.MAX_SAFE_INTEGER) throw new RangeError('apportionByHand: product beyond 2^53');
    const remainder = product % sum;
    const share = (product - remainder) / sum;
    shares[i] = share;
    remainders[i] = remainder;
    assigned += share;
  }
  const left = total - assigned;
  if (left === 0) return shares;
  // the left-th largest remainder is the threshold; all above it get one more, then ties by order
  const threshold = select(remainders.slice(), n - left);
  let above = 0;
  for (let i = 0; i < n; i += 1) if ((remainders[i] as number) > threshold) above += 1;
  let tied = left - above;
  for (let i = 0; i < n; i += 1) {
    const remainder = remainders[i] as number;
    if (remainder > threshold || (remainder === threshold && tied > 0 && remainder > 0)) {
      shares[i] = (shares[i] as number) + 1;
      if (remainder === threshold) tied -= 1;
    }
  }
  return shares;
}
