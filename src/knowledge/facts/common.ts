import { z } from 'zod';
import { text } from '../text.js';
import { factIssueText } from './issues.text.js';
import { refusal } from './issues.js';

/** Years a clinical date can have: nothing in a living patient's record is older or later. */
export const DATE_YEARS = { from: 1900, to: 2100 } as const;

/** A calendar date as ISO 8601 `YYYY-MM-DD`, in the years 1900–2100. */
export const isoDate = z.iso.date({ error: 'a date as YYYY-MM-DD' }).refine((date) => {
  const year = Number(date.slice(0, 4));
  return year >= DATE_YEARS.from && year <= DATE_YEARS.to;
}, refusal(text(factIssueText.dateYears, DATE_YEARS)));

/** Whole days from `from` to `to` (ISO dates, UTC, so no daylight-saving drift). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** `date` plus `days` as an ISO date. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
