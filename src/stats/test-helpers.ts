import { readFileSync } from 'node:fs';
import { expect } from 'vitest';

/** A fixture written by scripts/r/make-fixtures.R. */
export function loadFixture<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')) as T;
}

/** R writes ±Inf as strings and NA as null. */
export function fromR(value: number | string | null): number {
  if (value === null) return NaN;
  if (value === 'Inf') return Infinity;
  if (value === '-Inf') return -Infinity;
  return Number(value);
}

/** |actual − expected| ≤ tolerance·|expected| (absolute below 1e-300), NaN matching NaN. */
export function expectRelative(actual: number, expected: number, tolerance: number, label = ''): void {
  if (Number.isNaN(expected) || !Number.isFinite(expected)) {
    expect(actual, label).toBe(expected);
    return;
  }
  const scale = Math.max(Math.abs(expected), 1e-300);
  const error = Math.abs(actual - expected) / scale;
  expect(error, `${label}: ${actual} vs ${expected}`).toBeLessThanOrEqual(tolerance);
}

export function expectAllRelative(actual: ArrayLike<number>, expected: ArrayLike<number | string | null>, tolerance: number, label = ''): void {
  expect(actual.length, `${label} length`).toBe(expected.length);
  for (let i = 0; i < expected.length; i++) expectRelative(actual[i]!, fromR(expected[i]!), tolerance, `${label}[${i}]`);
}

/** The columns of a CSV fixture written by R's write.csv (quoted names and strings, no embedded commas). */
export function loadCsvFixture(name: string): Record<string, string[]> {
  const [header, ...lines] = readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8').trim().split('\n');
  const unquote = (cell: string): string => cell.replace(/^"(.*)"$/, '$1');
  const names = header!.split(',').map(unquote);
  const columns: Record<string, string[]> = Object.fromEntries(names.map((n) => [n, []]));
  for (const line of lines) line.split(',').forEach((cell, j) => columns[names[j]!]!.push(unquote(cell)));
  return columns;
}
