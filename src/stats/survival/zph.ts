import { chiSquareSf } from '../distributions.js';
import { quadraticFormInverse } from '../linalg.js';
import { evaluate, sortData, type CoxInput, type CoxResult } from './cox.js';
import { kaplanMeier } from './kaplan-meier.js';

export type TimeTransform = 'km' | 'identity' | 'log' | 'rank';

export interface ProportionalityTest {
  /** the design columns (indices) tested together, e.g. the indicators of one factor */
  columns: number[];
  chisq: number;
  df: number;
  p: number;
}

export interface ZphResult {
  terms: ProportionalityTest[];
  global: ProportionalityTest;
  transform: TimeTransform;
}

/** Average ranks (ties share the mean rank), as R's rank(). */
function averageRanks(values: Float64Array): Float64Array {
  const order = Int32Array.from(values.keys()).sort((a, b) => values[a]! - values[b]!);
  const ranks = new Float64Array(values.length);
  for (let start = 0; start < order.length; ) {
    let end = start;
    while (end < order.length && values[order[end]!] === values[order[start]!]) end++;
    for (let k = start; k < end; k++) ranks[order[k]!] = (start + end + 1) / 2;
    start = end;
  }
  return ranks;
}

/** g(t) for each subject: the transformed time (for "km", 1 − the left-continuous KM of all subjects). */
function transformedTimes(time: Float64Array, event: Uint8Array, transform: TimeTransform): Float64Array {
  switch (transform) {
    case 'identity':
      return Float64Array.from(time);
    case 'log':
      return time.map(Math.log);
    case 'rank':
      return averageRanks(time);
    case 'km': {
      const curve = kaplanMeier(time, event);
      const values = new Float64Array(time.length);
      for (let i = 0; i < time.length; i++) {
        // S(t−): the curve at the last distinct time strictly before t
        let low = 0;
        let high = curve.time.length;
        while (low < high) {
          const mid = (low + high) >> 1;
          if (curve.time[mid]! < time[i]!) low = mid + 1;
          else high = mid;
        }
        values[i] = 1 - (low === 0 ? 1 : curve.survival[low - 1]!);
      }
      return values;
    }
  }
}

/**
 * The proportional-hazards test of cox.zph: the score test, at the fitted β and θ = 0, for adding
 * θ'x·g(t) to the model, g being the transformed event time centred on its mean over events.
 * One test per group of columns (a term) and a global test of all of them.
 */
export function coxZph(input: CoxInput, fit: CoxResult, terms: number[][], transform: TimeTransform = 'km'): ZphResult {
  const { p } = input;
  const g = transformedTimes(input.time, input.event, transform);
  let sum = 0;
  let events = 0;
  for (let i = 0; i < g.length; i++) {
    if (!input.event[i]) continue;
    sum += g[i]!;
    events++;
  }
  const centre = sum / events;
  const data = sortData(input);
  const sortedG = Float64Array.from(data.order, (i) => g[i]! - centre);
  const evaluation = evaluate(data, fit.coefficients, input.ties ?? 'efron', sortedG);
  const interaction = evaluation.timeInteraction!;
  const test = (columns: number[]): ProportionalityTest => {
    const size = p + columns.length;
    const matrix = new Float64Array(size * size);
    const entry = (r: number, c: number): number => {
      if (r < p && c < p) return evaluation.information[r * p + c]!;
      if (r < p) return interaction.cross[r * p + columns[c - p]!]!;
      if (c < p) return interaction.cross[columns[r - p]! * p + c]!;
      return interaction.information[columns[r - p]! * p + columns[c - p]!]!;
    };
    for (let r = 0; r < size; r++) for (let c = 0; c < size; c++) matrix[r * size + c] = entry(r, c);
    const score = new Float64Array(size);
    columns.forEach((column, k) => (score[p + k] = interaction.gradient[column]!));
    const chisq = quadraticFormInverse(matrix, size, score);
    return { columns, chisq, df: columns.length, p: chiSquareSf(chisq, columns.length) };
  };
  return { terms: terms.map(test), global: test(Array.from({ length: p }, (_, j) => j)), transform };
}
