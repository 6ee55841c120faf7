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
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const n = source.length;
  const records: CsvRecord[] = [];
  let i = 0;
  let row = 1;
  while (i < n) {
    const recordRow = row;
    const fields: string[] = [];
    let quotedField = false;
    for (;;) {
      if (source[i] === '"') {
        quotedField = true;
        let value = '';
        let from = i + 1;
        for (;;) {
          const quote = source.indexOf('"', from);
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
  return records;
}

/** A CSV with a header row: the header's record and the data records after it. */
export interface CsvTable {
  header: CsvRecord;
  rows: CsvRecord[];
}

/** What an empty file lacks. */
export const EMPTY_CSV = 'the file is empty; expected a header row naming the columns';

/** The records split into header and data; undefined for a file with no record. Throws CsvSyntaxError. */
export function parseCsvTable(text: string): CsvTable | undefined {
  const [header, ...rows] = parseCsvRecords(text);
  return header ? { header, rows } : undefined;
}

/** Why a data record does not fit the header (`has 3 fields, the header has 4`), or undefined. */
export function widthIssue(record: CsvRecord, headerWidth: number): FieldError | undefined {
  return record.fields.length === headerWidth ? undefined : { path: `row ${record.row}`, message: `has ${record.fields.length} fields, the header has ${headerWidth}` };
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
