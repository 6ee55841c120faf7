import type { z } from 'zod';
import { breastSubtypeText } from '../../i18n/histology.js';
import { prognosisCaveats as C } from '../../i18n/instruments/prognosis.js';
import { localize, type Lang } from '../../i18n/lang.js';
import type { BreastSubtype, Histology } from '../histology.js';

/** The caveats 002 §2.2 attaches to every prognosis score, plus the breast-subtype note. */
export function prognosisCaveats(lang: Lang, primary: Histology, subtype: BreastSubtype | undefined, modifierDetail: string): string[] {
  const caveats: string[] = [];
  if (primary === 'breast') {
    if (subtype === 'er-hr-negative' || subtype === 'triple-negative') {
      caveats.push(localize(C.breastModifierApplied, lang, { subtype: localize(breastSubtypeText[subtype], lang), detail: modifierDetail }));
    } else if (subtype === undefined || subtype === 'unknown') {
      caveats.push(localize(C.breastSubtypeMissing, lang));
    }
  }
  caveats.push(localize(C.noStabilityOrSensitivity, lang), localize(C.accuracy, lang), localize(C.targetedTherapy, lang));
  return caveats;
}

/** Zod refinement shared by the prognosis scores: a breast subtype only makes sense for breast cancer. */
export function checkBreastSubtype(input: { primary: Histology; breastSubtype?: BreastSubtype | undefined }, ctx: z.RefinementCtx): void {
  if (input.breastSubtype !== undefined && input.primary !== 'breast') {
    ctx.addIssue({ code: 'custom', path: ['breastSubtype'], message: `only applies when primary is "breast" (primary is "${input.primary}")` });
  }
}
