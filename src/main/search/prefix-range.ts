/**
 * Where the strings starting with `prefix` lie in a list sorted by UTF-16 code units: indexes
 * `[start, end)`, both ends by binary search (a prefix such as `a` spans thousands of words).
 */
export function prefixRange(sorted: readonly string[], prefix: string): [number, number] {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle]! < prefix) low = middle + 1;
    else high = middle;
  }
  // From `start` on, every string is at least `prefix`: those that start with it come first.
  const start = low;
  high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle]!.startsWith(prefix)) low = middle + 1;
    else high = middle;
  }
  return [start, low];
}
