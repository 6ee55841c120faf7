import { describe, expect, it } from 'vitest';
import { mulberry32 } from './prng.js';
import { argsort, argsortCodes } from './sort.js';

describe('argsort (radix on the IEEE-754 bits) against a stable comparison sort', () => {
  const random = mulberry32(11);
  const cases: [string, Float64Array][] = [
    ['whole days with many ties', Float64Array.from({ length: 5000 }, () => Math.round(random() * 300))],
    ['signed reals, zeros of both signs, infinities', Float64Array.from({ length: 5000 }, (_, i) => (i % 97 === 0 ? -0 : i % 89 === 0 ? -Infinity : i % 83 === 0 ? Infinity : (random() - 0.5) * 10 ** Math.floor(random() * 20 - 10)))],
    ['short (comparison path)', Float64Array.from([3, 1, 2, 1, -5, 0])],
  ];
  for (const [name, values] of cases) {
    it(name, () => {
      const expected = Array.from({ length: values.length }, (_, i) => i).sort((a, b) => (values[a]! === values[b]! ? a - b : values[a]! < values[b]! ? -1 : 1));
      expect([...argsort(values)]).toEqual(expected);
      const some = Int32Array.from(expected.filter((i) => i % 3 === 0).reverse());
      const expectedSome = [...some].sort((a, b) => (values[a]! === values[b]! ? some.indexOf(a) - some.indexOf(b) : values[a]! < values[b]! ? -1 : 1));
      expect([...argsort(values, some)]).toEqual(expectedSome);
    });
  }
  it('argsortCodes is a stable counting sort', () => {
    const codes = Int32Array.from([2, 0, 1, 0, 2, 1]);
    expect([...argsortCodes(codes, Int32Array.from([5, 4, 3, 2, 1, 0]))]).toEqual([3, 1, 5, 2, 4, 0]);
  });
});
