/**
 * Indices ordered by their values, ascending, equal values kept in the order given (stable): a
 * least-significant-digit radix sort on the IEEE-754 bits in four 16-bit digits, skipping a digit
 * all values share (whole-number times share their low bits). O(n) where a comparison sort on a
 * million indices calls its comparator some 20 million times. −0 sorts as 0; no NaN expected.
 */
export function argsort(values: Float64Array, indices?: Int32Array): Int32Array {
  let order = indices ? Int32Array.from(indices) : Int32Array.from({ length: values.length }, (_, i) => i);
  const n = order.length;
  if (n < 1024) {
    const sorted = Array.from(order).sort((a, b) => values[a]! - values[b]!);
    return Int32Array.from(sorted);
  }
  const scratch = new Float64Array(1);
  const bits = new Uint32Array(scratch.buffer);
  const little = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
  const [low, high] = little ? [0, 1] : [1, 0];
  let hi = new Uint32Array(n);
  let lo = new Uint32Array(n);
  for (let k = 0; k < n; k++) {
    const value = values[order[k]!]!;
    scratch[0] = value === 0 ? 0 : value;
    let h = bits[high]!;
    let l = bits[low]!;
    // order-preserving map of the bits: flip the sign bit of positives, every bit of negatives
    if (h & 0x80000000) {
      h = ~h >>> 0;
      l = ~l >>> 0;
    } else h = (h | 0x80000000) >>> 0;
    hi[k] = h;
    lo[k] = l;
  }
  let nextOrder = new Int32Array(n);
  let nextHi = new Uint32Array(n);
  let nextLo = new Uint32Array(n);
  const counts = new Int32Array(65536);
  for (let pass = 0; pass < 4; pass++) {
    const source = pass < 2 ? lo : hi;
    const shift = pass % 2 === 0 ? 0 : 16;
    counts.fill(0);
    for (let k = 0; k < n; k++) counts[(source[k]! >>> shift) & 0xffff]!++;
    if (counts[(source[0]! >>> shift) & 0xffff] === n) continue;
    let position = 0;
    for (let d = 0; d < 65536; d++) {
      const c = counts[d]!;
      counts[d] = position;
      position += c;
    }
    for (let k = 0; k < n; k++) {
      const target = counts[(source[k]! >>> shift) & 0xffff]!++;
      nextOrder[target] = order[k]!;
      nextHi[target] = hi[k]!;
      nextLo[target] = lo[k]!;
    }
    [order, nextOrder] = [nextOrder, order];
    [hi, nextHi] = [nextHi, hi];
    [lo, nextLo] = [nextLo, lo];
  }
  return order;
}

/** Indices ordered by whole-number codes (0 ≤ code < 2³¹), stable: a counting sort. */
export function argsortCodes(codes: Int32Array, indices: Int32Array): Int32Array {
  let largest = 0;
  for (const i of indices) largest = Math.max(largest, codes[i]!);
  const counts = new Int32Array(largest + 2);
  for (const i of indices) counts[codes[i]! + 1]!++;
  for (let c = 1; c < counts.length; c++) counts[c]! += counts[c - 1]!;
  const order = new Int32Array(indices.length);
  for (const i of indices) order[counts[codes[i]!]!++] = i;
  return order;
}
