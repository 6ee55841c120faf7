import type { z } from 'zod';
import { prognosisCaveats as C } from './prognosis.text.js';
import { text, type Msg, type Text } from '../text.js';
import { refusal } from '../facts/issues.js';
import type { BreastSubtype, Histology } from '../histology.js';
import { band, type Band } from './instrument.js';

/**
 * The caveats 002 §2.2 attaches to every prognosis score, led by the instrument's breast-cancer
 * note when it has one. The note is the instrument's own: it says what its modifier did to the
 * points actually computed (see tokuhashi.ts, tomita.ts).
 */
export function prognosisCaveats(breastNote: Text | null): Text[] {
  return [
    ...(breastNote === null ? [] : [breastNote]),
    text(C.noStabilityOrSensitivity),
    text(C.accuracy),
    text(C.targetedTherapy),
  ];
}

/** Breast cancer whose receptor status was not given (absent or "unknown"). */
export const breastSubtypeUnknown = (primary: Histology, subtype: BreastSubtype | undefined) =>
  primary === 'breast' && (subtype === undefined || subtype === 'unknown');

/**
 * The result fields for a score that 002 §2.2 modifies: the published total and band beside the
 * modified ones (`total`, `band`), each labelled with its source.
 */
export function publishedScore<B extends string>(
  publishedTotal: number,
  bandOf: (total: number) => B,
  bandTexts: Readonly<Record<B, Msg>>,
  publishedLabel: Msg,
): { publishedTotal: number; publishedBand: Band; totalSources: { total: Text; published: Text } } {
  const id = bandOf(publishedTotal);
  return {
    publishedTotal,
    publishedBand: band(id, bandTexts[id]),
    totalSources: { total: text(C.totalPer002), published: text(publishedLabel) },
  };
}

/** Zod refinement shared by the prognosis scores: a breast subtype only makes sense for breast cancer. */
export function checkBreastSubtype(input: { primary: Histology; breastSubtype?: BreastSubtype | undefined }, ctx: z.RefinementCtx): void {
  if (input.breastSubtype !== undefined && input.primary !== 'breast') {
    ctx.addIssue({ code: 'custom', path: ['breastSubtype'], ...refusal(text(C.breastSubtypeOnlyBreast, { primary: input.primary })) });
  }
}
