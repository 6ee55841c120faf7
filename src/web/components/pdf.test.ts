import { describe, expect, it } from 'vitest';
import { pdfWithJpeg } from './pdf.js';

describe('the figure PDF', () => {
  const jpeg = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 0xff, 0xd9]);
  const pdf = pdfWithJpeg(jpeg, 1440, 960, 720, 480);
  const text = new TextDecoder('latin1').decode(pdf);

  it('has a cross-reference table whose offsets point at each object', () => {
    const xref = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(text)![1]);
    expect(text.slice(xref, xref + 4)).toBe('xref');
    const entries = text.slice(xref).split('\n').slice(3, 8);
    entries.forEach((entry, k) => {
      const offset = Number(entry.slice(0, 10));
      expect(text.slice(offset, offset + `${k + 1} 0 obj`.length)).toBe(`${k + 1} 0 obj`);
    });
  });

  it('carries the JPEG bytes unchanged with their length, on a page of the figure size in points', () => {
    const start = text.indexOf('stream\n') + 'stream\n'.length;
    expect([...pdf.subarray(start, start + jpeg.length)]).toEqual([...jpeg]);
    expect(text).toContain(`/Width 1440 /Height 960 /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode /Length ${jpeg.length}`);
    expect(text).toContain('/MediaBox [0 0 720 480]');
    expect(text.startsWith('%PDF-1.4\n')).toBe(true);
  });
});
