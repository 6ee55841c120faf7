import { describe, expect, it } from 'vitest';
import { csvLine, csvRecordBatches, neutraliseFormula, parseCsvRecords, parseCsvTable, toCsv, unneutraliseFormula, widthIssue } from './csv.js';

describe('CSV', () => {
  it('reads quotes, escaped quotes, embedded newlines, CRLF and a BOM, numbering rows as a spreadsheet does', () => {
    const text = '\uFEFFa,b\r\n"x, y","say ""hi"""\r\n\r\n"two\nlines",3\n,\n';
    expect(parseCsvRecords(text)).toEqual([
      { row: 1, fields: ['a', 'b'] },
      { row: 2, fields: ['x, y', 'say "hi"'] },
      { row: 4, fields: ['two\nlines', '3'] },
      { row: 6, fields: ['', ''] },
    ]);
  });

  it('writes what it reads', () => {
    const rows = [['a,b', 'q"uote', null, 3, { k: [1, 2] }]];
    const text = toCsv(['h1', 'h2', 'h3', 'h4', 'h5'], rows);
    expect(parseCsvRecords(text)[1]!.fields).toEqual(['a,b', 'q"uote', '', '3', '{"k":[1,2]}']);
    expect(csvLine(['x\ny'])).toBe('"x\ny"');
  });

  it('splits the header from the data and names a record that does not fit it, with or without quotes', () => {
    expect(parseCsvTable('\n\n').header).toEqual([]);
    for (const text of ['time,event\n3,1\n\n5\n', 'time,"event"\n3,1\n\n5\n']) {
      const table = parseCsvTable(text);
      expect(table.header).toEqual(['time', 'event']);
      expect(table.length).toBe(2);
      expect([table.field(0, 0), table.field(0, 1), table.field(1, 1)]).toEqual(['3', '1', '']);
      expect([0, 1].map((r) => widthIssue(table.rowNumbers[r]!, table.widths[r]!, table.header.length))).toEqual([undefined, { path: 'row 4', message: 'has 1 fields, the header has 2' }]);
    }
  });

  it('refuses an unclosed quote and text after a closing quote, naming the row', () => {
    expect(() => parseCsvRecords('a\n"open')).toThrow('row 2: a quoted field is not closed');
    expect(() => parseCsvRecords('a,b\n1,2\n"x"y,3')).toThrow('row 3: unexpected text after a closing quote');
  });

  it('keeps a record of one quoted empty field, skips a blank line', () => {
    expect(parseCsvRecords('a\n""\n\nb\n')).toEqual([
      { row: 1, fields: ['a'] },
      { row: 2, fields: [''] },
      { row: 4, fields: ['b'] },
    ]);
  });

  it('makes every cell that a spreadsheet would run as a formula inert, but leaves plain numbers', () => {
    const hostile = ['=1+1', '+cmd|"/c calc"!A0', '-2+3', '@SUM(A1)', '\t=x', '\r=x', '=HYPERLINK("http://x","y")'];
    const line = csvLine([...hostile, -3, '-3.5', '+1', '-2e-3', 'a=b', { a: '=x' }]);
    const fields = parseCsvRecords(line)[0]!.fields;
    for (const f of fields.slice(0, hostile.length)) expect(f.startsWith("'"), f).toBe(true);
    expect(fields.slice(hostile.length)).toEqual(['-3', '-3.5', '+1', '-2e-3', 'a=b', '{"a":"=x"}']);
    for (const h of hostile) expect(unneutraliseFormula(neutraliseFormula(h))).toBe(h);
    expect(toCsv(['=h'], [['@x']])).toBe("'=h\n'@x\n");
  });
});

describe('csvRecordBatches (a CSV arriving in pieces)', () => {
  const text = '\uFEFFentity,note\r\npatients,"a ""quoted"", two\nline value"\r\n\r\nlesions,plain\n"x",\n"last""",end';
  const whole = parseCsvRecords(text);
  const collect = async (pieces: string[]) => {
    const records = [];
    for await (const batch of csvRecordBatches(pieces)) records.push(...batch);
    return records;
  };

  it('gives the records and row numbers of the whole text wherever the pieces are cut', async () => {
    expect(whole.map((r) => r.row)).toEqual([1, 2, 5, 6, 7]);
    for (let cut = 0; cut <= text.length; cut++) expect(await collect([text.slice(0, cut), text.slice(cut)])).toEqual(whole);
    expect(await collect([...text])).toEqual(whole);
  });

  it('still names the row of a quote that is never closed', async () => {
    await expect(collect(['a,b\n', 'c,"open', ' field\n'])).rejects.toThrow('row 2: a quoted field is not closed');
  });
});
