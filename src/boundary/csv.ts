/**
 * RFC 4180 CSV, the one reader and writer of every shell and of import/export: quoted fields with
 * "" escapes, embedded newlines, CRLF or LF, a UTF-8 BOM ignored, blank lines skipped. Rows are
 * numbered as a spreadsheet numbers them (the header is row 1), so errors can name them.
 */
import type { FieldError } from './problem.js';

export interface CsvRecord {
  /** Spreadsheet row number of the record's first line. */
  row: number;
  fields: string[];
}

export class CsvSyntaxError extends Error {
  constructor(readonly row: number, readonly reason: string) {
    super(`row ${row}: ${reason}`);
    this.name = 'CsvSyntaxError';
  }
}

const COMMA = 44;
const LF = 10;
const CR = 13;

/** Parses by slicing between delimiters rather than appending characters: a million rows in seconds. */
export function parseCsvRecords(text: string): CsvRecord[] {
  return parseRecords(text.startsWith('\uFEFF') ? text.slice(1) : text, 1, true).records;
}

/**
 * The records of a CSV arriving in pieces (a file or request stream), a batch per piece: each
 * record whole once its line ends, so memory holds one piece and the rows kept, not the file.
 */
export async function* csvRecordBatches(pieces: AsyncIterable<string> | Iterable<string>): AsyncGenerator<CsvRecord[]> {
  let pending = '';
  let row = 1;
  let first = true;
  for await (const piece of pieces) {
    if (!piece) continue;
    pending += first && piece.startsWith('\uFEFF') ? piece.slice(1) : piece;
    first = false;
    const parsed = parseRecords(pending, row, false);
    pending = pending.slice(parsed.next);
    row = parsed.row;
    if (parsed.records.length) yield parsed.records;
  }
  const last = parseRecords(pending, row, true);
  if (last.records.length) yield last.records;
}

/**
 * The records of `source` numbered from `firstRow`. Unless `final`, stops before a record the
 * text may hold only in part (no line end yet, an open quote) and says where it begins.
 */
function parseRecords(source: string, firstRow: number, final: boolean): { records: CsvRecord[]; next: number; row: number } {
  const n = source.length;
  const records: CsvRecord[] = [];
  let i = 0;
  let row = firstRow;
  while (i < n) {
    const recordRow = row;
    const recordStart = i;
    const partial = () => ({ records, next: recordStart, row: recordRow });
    const fields: string[] = [];
    let quotedField = false;
    for (;;) {
      if (source[i] === '"') {
        quotedField = true;
        let value = '';
        let from = i + 1;
        for (;;) {
          const quote = source.indexOf('"', from);
          if (!final && (quote < 0 || quote === n - 1)) return partial();
          if (quote < 0) throw new CsvSyntaxError(recordRow, 'a quoted field is not closed');
          value += source.slice(from, quote);
          if (source[quote + 1] !== '"') {
            i = quote + 1;
            break;
          }
          value += '"';
          from = quote + 2;
        }
        for (let k = value.indexOf('\n'); k >= 0; k = value.indexOf('\n', k + 1)) row++;
        const next = source.charCodeAt(i);
        if (i < n && next !== COMMA && next !== LF && next !== CR) {
          throw new CsvSyntaxError(row, `unexpected text after a closing quote: ${JSON.stringify(source.slice(i, i + 10))}`);
        }
        fields.push(value);
      } else {
        let end = i;
        while (end < n) {
          const code = source.charCodeAt(end);
          if (code === COMMA || code === LF || code === CR) break;
          end++;
        }
        fields.push(source.slice(i, end));
        i = end;
      }
      if (!final && (i >= n || (i === n - 1 && source.charCodeAt(i) === CR))) return partial();
      if (i >= n) break;
      if (source.charCodeAt(i) === COMMA) {
        i++;
        continue;
      }
      i += source.charCodeAt(i) === CR && source.charCodeAt(i + 1) === LF ? 2 : 1;
      row++;
      break;
    }
    const blank = fields.length === 1 && fields[0] === '' && !quotedField;
    if (!blank) records.push({ row: recordRow, fields });
  }
  return { records, next: n, row };
}

/** What an empty file lacks. */
export const EMPTY_CSV = 'the file is empty; expected a header row naming the columns';

/** Why a data record (at spreadsheet `row`, with `width` fields) does not fit the header (`has 3 fields, the header has 4`), or undefined. */
export function widthIssue(row: number, width: number, headerWidth: number): FieldError | undefined {
  return width === headerWidth ? undefined : { path: `row ${row}`, message: `has ${width} fields, the header has ${headerWidth}` };
}

/** A parsed CSV held by field positions: fields are cut from the text only when asked for. */
export interface CsvTable {
  /** fields of the first record */
  header: string[];
  /** data records (blank lines skipped) */
  length: number;
  /** spreadsheet row number of each data record (the header is row 1) */
  rowNumbers: Int32Array;
  /** fields in each data record */
  widths: Int32Array;
  /** field c of data record r ('' past the record's end) */
  field(r: number, c: number): string;
  /**
   * Field c of data record r as a number when it is only ASCII digits (at most 15, so exact; no
   * leading zero, so String(number) is the field), else NaN — a shortcut that reads no string;
   * anything else is read through `field`.
   */
  digits(r: number, c: number): number;
}

/**
 * The same reading as parseCsvRecords, for large files: a text without a quote character (the
 * common machine-written CSV) is split by scanning character codes and keeping field offsets, no
 * string per field; a text with quotes goes through parseCsvRecords.
 */
export function parseCsvTable(text: string): CsvTable {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (source.indexOf('"') >= 0) return recordsTable(parseCsvRecords(source));
  const n = source.length;
  let capacity = 1024;
  let starts = new Int32Array(capacity);
  let ends = new Int32Array(capacity);
  const firstField: number[] = [];
  const rows: number[] = [];
  let fields = 0;
  let row = 1;
  for (let i = 0; i < n; ) {
    const first = fields;
    for (;;) {
      let end = i;
      while (end < n) {
        const code = source.charCodeAt(end);
        if (code === COMMA || code === LF || code === CR) break;
        end++;
      }
      if (fields === capacity) {
        capacity *= 2;
        const grownStarts = new Int32Array(capacity);
        grownStarts.set(starts);
        starts = grownStarts;
        const grownEnds = new Int32Array(capacity);
        grownEnds.set(ends);
        ends = grownEnds;
      }
      starts[fields] = i;
      ends[fields++] = end;
      i = end;
      if (i >= n) break;
      if (source.charCodeAt(i) === COMMA) {
        i++;
        continue;
      }
      i += source.charCodeAt(i) === CR && source.charCodeAt(i + 1) === LF ? 2 : 1;
      break;
    }
    if (fields - first === 1 && ends[first] === starts[first]) fields = first; // a blank line
    else {
      firstField.push(first);
      rows.push(row);
    }
    row++;
  }
  firstField.push(fields);
  const header = Array.from({ length: firstField.length > 1 ? firstField[1]! - firstField[0]! : 0 }, (_, c) => source.slice(starts[c]!, ends[c]!));
  const base = Int32Array.from(firstField.slice(1));
  const length = Math.max(0, rows.length - 1);
  const widths = new Int32Array(length);
  for (let r = 0; r < length; r++) widths[r] = base[r + 1]! - base[r]!;
  return {
    header,
    length,
    rowNumbers: Int32Array.from(rows.slice(1)),
    widths,
    field: (r, c) => (c < widths[r]! ? source.slice(starts[base[r]! + c]!, ends[base[r]! + c]!) : ''),
    digits: (r, c) => {
      if (c >= widths[r]!) return NaN;
      const k = base[r]! + c;
      const from = starts[k]!;
      const to = ends[k]!;
      if (to === from || to - from > 15 || (to - from > 1 && source.charCodeAt(from) === 48)) return NaN;
      let value = 0;
      for (let j = from; j < to; j++) {
        const digit = source.charCodeAt(j) - 48;
        if (digit < 0 || digit > 9) return NaN;
        value = value * 10 + digit;
      }
      return value;
    },
  };
}

function recordsTable(records: CsvRecord[]): CsvTable {
  const data = records.slice(1);
  return {
    header: records[0]?.fields ?? [],
    length: data.length,
    rowNumbers: Int32Array.from(data, (r) => r.row),
    widths: Int32Array.from(data, (r) => r.fields.length),
    field: (r, c) => data[r]!.fields[c] ?? '',
    digits: () => NaN,
  };
}

/** What a spreadsheet runs as a formula when a cell starts with it (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A plain number ("-3", "+1.5", "-2e-3") is a value, not a formula: left as it is. */
const PLAIN_NUMBER = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;

/**
 * A cell's text made inert for spreadsheets: text starting with =, +, -, @, a tab or a carriage
 * return (other than a plain number) gets a leading apostrophe, which spreadsheets show as text.
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

/** The text of a cell written by neutraliseFormula, as it was (for looking a written value up again). */
export function unneutraliseFormula(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = neutraliseFormula(typeof value === 'object' ? JSON.stringify(value) : String(value));
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV line (no newline); every cell protected against spreadsheet formulas (neutraliseFormula). */
export function csvLine(values: readonly unknown[]): string {
  return values.map(cell).join(',');
}

export function toCsv(header: readonly string[], rows: Iterable<readonly unknown[]>): string {
  const lines = [csvLine(header)];
  for (const row of rows) lines.push(csvLine(row));
  return `${lines.join('\n')}\n`;
}
