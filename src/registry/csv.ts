/**
 * RFC 4180 CSV for the registry's import and export: quoted fields with "" escapes, CRLF or LF,
 * a UTF-8 BOM ignored, blank lines skipped. (src/cli/commands/stats.ts has its own reader for
 * the statistics command; the registry cannot depend on the CLI.)
 */

export interface CsvRecord {
  /** Spreadsheet row number (the header is row 1). */
  row: number;
  fields: string[];
}

export function parseCsvRecords(text: string): CsvRecord[] {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let row = 1;
  let recordRow = 1;
  let quoted = false;
  let touched = false;
  const endRecord = () => {
    fields.push(field);
    if (!(fields.length === 1 && fields[0] === '' && !touched)) records.push({ row: recordRow, fields });
    fields = [];
    field = '';
    touched = false;
  };
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (quoted) {
      if (c === '"') {
        if (source[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (c === '\n') row++;
        field += c;
      }
    } else if (c === '"' && field === '') {
      quoted = true;
      touched = true;
    } else if (c === ',') {
      fields.push(field);
      field = '';
      touched = true;
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && source[i + 1] === '\n') i++;
      endRecord();
      row++;
      recordRow = row;
    } else field += c;
  }
  if (quoted) throw new Error(`row ${recordRow}: a quoted field is not closed`);
  if (field !== '' || fields.length > 0) endRecord();
  return records;
}

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV line (no newline). */
export function csvLine(values: readonly unknown[]): string {
  return values.map(cell).join(',');
}

export function toCsv(header: readonly string[], rows: Iterable<readonly unknown[]>): string {
  const lines = [csvLine(header)];
  for (const row of rows) lines.push(csvLine(row));
  return `${lines.join('\n')}\n`;
}
