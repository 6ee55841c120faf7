/** Summary of one sample; the SD uses n − 1, quantiles are R's default (type 7, linear). */
export interface Description {
  n: number;
  mean: number;
  sd: number;
  median: number;
  q1: number;
  q3: number;
  iqr: number;
  min: number;
  max: number;
}

export function mean(values: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i]!;
  const first = sum / values.length;
  // a second pass removes most of the rounding of the first
  let correction = 0;
  for (let i = 0; i < values.length; i++) correction += values[i]! - first;
  return first + correction / values.length;
}

/** Sum of squared deviations from the mean. */
export function sumOfSquares(values: ArrayLike<number>, centre = mean(values)): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) {
    const deviation = values[i]! - centre;
    sum += deviation * deviation;
  }
  return sum;
}

export function variance(values: ArrayLike<number>): number {
  return values.length < 2 ? NaN : sumOfSquares(values) / (values.length - 1);
}

export function standardDeviation(values: ArrayLike<number>): number {
  return Math.sqrt(variance(values));
}

export function sorted(values: ArrayLike<number>): Float64Array {
  return Float64Array.from(values).sort();
}

/** Quantile of sorted data, R's type 7: linear between order statistics at (n − 1)·p. */
export function quantileSorted(ascending: Float64Array, p: number): number {
  const n = ascending.length;
  if (n === 0) return NaN;
  const position = (n - 1) * p;
  const below = Math.floor(position);
  const fraction = position - below;
  const low = ascending[below]!;
  return fraction === 0 ? low : low + fraction * (ascending[Math.min(below + 1, n - 1)]! - low);
}

export function median(values: ArrayLike<number>): number {
  return quantileSorted(sorted(values), 0.5);
}

export function describe(values: ArrayLike<number>): Description {
  const ascending = sorted(values);
  const q1 = quantileSorted(ascending, 0.25);
  const q3 = quantileSorted(ascending, 0.75);
  return {
    n: values.length,
    mean: mean(values),
    sd: standardDeviation(values),
    median: quantileSorted(ascending, 0.5),
    q1,
    q3,
    iqr: q3 - q1,
    min: ascending.length ? ascending[0]! : NaN,
    max: ascending.length ? ascending[ascending.length - 1]! : NaN,
  };
}
