/** A model column: numeric, or categorical with codes into `levels` (−1 = missing). */
export type CovariateColumn =
  | { name: string; kind: 'numeric'; values: Float64Array }
  | { name: string; kind: 'categorical'; codes: Int32Array; levels: readonly string[]; reference: number };

export interface Design {
  /** column names; a categorical column gives one indicator per non-reference level, named name + level as in R */
  names: string[];
  /** for each design column, the covariate it comes from */
  sources: string[];
  /** kept rows × names.length, row-major */
  matrix: Float64Array;
  p: number;
  /** the input rows with every covariate present */
  kept: Int32Array;
  dropped: number;
}

function isMissing(column: CovariateColumn, row: number): boolean {
  return column.kind === 'numeric' ? Number.isNaN(column.values[row]!) : column.codes[row]! < 0;
}

/** Indicator coding against each categorical column's reference level; rows with a missing value are dropped. */
export function designMatrix(columns: readonly CovariateColumn[], rows: number): Design {
  const names: string[] = [];
  const sources: string[] = [];
  for (const column of columns) {
    if (column.kind === 'numeric') {
      names.push(column.name);
      sources.push(column.name);
    } else {
      column.levels.forEach((level, code) => {
        if (code === column.reference) return;
        names.push(`${column.name}${level}`);
        sources.push(column.name);
      });
    }
  }
  const kept: number[] = [];
  for (let row = 0; row < rows; row++) if (!columns.some((column) => isMissing(column, row))) kept.push(row);
  const p = names.length;
  const matrix = new Float64Array(kept.length * p);
  kept.forEach((row, r) => {
    let j = 0;
    for (const column of columns) {
      if (column.kind === 'numeric') {
        matrix[r * p + j++] = column.values[row]!;
        continue;
      }
      const code = column.codes[row]!;
      for (let level = 0; level < column.levels.length; level++) {
        if (level === column.reference) continue;
        matrix[r * p + j++] = code === level ? 1 : 0;
      }
    }
  });
  return { names, sources, matrix, p, kept: Int32Array.from(kept), dropped: rows - kept.length };
}

/** Codes of a text column, levels in sorted order (R's factor() default); empty text is missing. */
export function encodeLevels(values: readonly string[]): { codes: Int32Array; levels: string[] } {
  const present = [...new Set(values.filter((v) => v !== ''))];
  const numeric = present.every((v) => v.trim() !== '' && Number.isFinite(Number(v)));
  const levels = numeric ? present.sort((a, b) => Number(a) - Number(b)) : present.sort();
  const index = new Map(levels.map((level, code) => [level, code]));
  return { codes: Int32Array.from(values, (v) => index.get(v) ?? -1), levels };
}

/** Picks subset rows of a typed array. */
export function subset<T extends Float64Array | Uint8Array | Int32Array>(values: T, rows: Int32Array): T {
  const out = new (values.constructor as new (length: number) => T)(rows.length);
  for (let r = 0; r < rows.length; r++) out[r] = values[rows[r]!]!;
  return out;
}

/** Row indices per code 0..levels − 1, in row order; negative (missing) codes are left out. */
export function rowsByCode(codes: Int32Array, levels: number): Int32Array[] {
  const counts = new Int32Array(levels);
  for (let i = 0; i < codes.length; i++) if (codes[i]! >= 0) counts[codes[i]!]! += 1;
  const rows = Array.from(counts, (count) => new Int32Array(count));
  const filled = new Int32Array(levels);
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i]!;
    if (code >= 0) rows[code]![filled[code]!++] = i;
  }
  return rows;
}
