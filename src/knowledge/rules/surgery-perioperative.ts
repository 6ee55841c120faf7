import { surgeryText as T } from './surgery.text.js';
import { histologyText } from '../histology.text.js';
import { localize, type Lang } from '../../i18n/lang.js';
import type { PatientFacts } from '../facts/index.js';
import { cite } from '../sources.js';
import { localizedFinding, localizedNeed, overallVerdict, type Finding, type Need, type RuleInfo } from './finding.js';
import {
  hairpinArtery,
  hypervascularity,
  latestRadiotherapy,
  surgeryAfterRadiotherapy,
  targetedHolds,
} from './surgery-dates.js';
import type { SurgicalOption } from './surgery-scores.js';

const consensus = (section: string) => ({ strength: 'consensus' as const, evidence: null, source: cite('002', section) });

const decisionDateNeed = (facts: PatientFacts, lang: Lang): Need[] =>
  facts.decisionDate ? [] : [localizedNeed(lang, 'decisionDate', T.why.decisionDate)];

/** 002 §3.3 (and every operation): a patient who cannot tolerate surgery is not operated on. */
export function cannotTolerateSurgery(option: SurgicalOption, facts: PatientFacts, lang: Lang): Finding | null {
  if (facts.toleratesSurgery !== false) return null;
  return localizedFinding(lang, { id: `${option}.cannot-tolerate-surgery`, verdict: 'contraindicated', ...consensus('§3.3'), because: [T.cannotTolerate] });
}

/** 002 §1.5: targeted agents delay wound healing; hold them before surgery, the interval by class. */
export function targetedTherapyHold(option: SurgicalOption, facts: PatientFacts, lang: Lang): Finding | null {
  const holds = targetedHolds(facts);
  if (holds.length === 0) return null;
  const needs: Need[] = [];
  const lines = holds.map((hold) => {
    if (hold.holdDays === null) return localize(T.hold.unknownClass, lang, { agent: hold.agent });
    if (!hold.lastDoseDate) {
      needs.push(localizedNeed(lang, `systemicTherapy[${hold.index}].lastDoseDate`, T.why.lastDose, { agent: hold.agent }));
      return localize(T.hold.undated, lang, { agent: hold.agent, days: hold.holdDays });
    }
    return localize(T.hold.dated, lang, { agent: hold.agent, days: hold.holdDays, last: hold.lastDoseDate, until: hold.until ?? '' });
  });
  return localizedFinding(lang, {
    id: `${option}.targeted-therapy-hold`,
    verdict: 'info',
    ...consensus('§1.5'),
    because: [T.hold.intro, ...lines],
    needs: [...needs, ...decisionDateNeed(facts, lang)],
  });
}

/** 002 §1.6: hypervascular tumour → embolise before surgery, operate within 24 h (≤ 48 h); not with a hairpin anterior spinal artery. */
export function preoperativeEmbolisation(option: SurgicalOption, facts: PatientFacts, lang: Lang): Finding | null {
  const basis = hypervascularity(facts);
  if (!basis) return null;
  const because = hairpinArtery(facts) ? [T.embolisation.hairpin] : [T.embolisation.advised[basis], T.embolisation.timing];
  return localizedFinding(lang, { id: `${option}.preoperative-embolisation`, verdict: 'info', ...consensus('§1.6'), because }, { histology: facts.primary.histology ? localize(histologyText[facts.primary.histology], lang) : '' });
}

/**
 * 002 §3.7: no pre-operative RT for (impending) fracture; > 2 weeks from RT to surgery; post-operative
 * RT or SSRS timing for the planned operation (the dates after a recorded operation are in the plan).
 */
export function radiotherapyTiming(option: SurgicalOption, facts: PatientFacts, lang: Lang): Finding {
  const because: string[] = [];
  const needs: Need[] = [];
  const rt = latestRadiotherapy(facts);
  if (rt) {
    because.push(localize(T.rt.afterRadiotherapy, lang, { date: rt.date, from: surgeryAfterRadiotherapy(facts) ?? '' }));
    needs.push(...decisionDateNeed(facts, lang));
  }
  if (facts.lesions.some((l) => l.fracture === 'pathological' || l.fracture === 'impending')) because.push(localize(T.rt.noPreoperative, lang));
  because.push(localize(option === 'separation-surgery' ? T.rt.ssrs : T.rt.postoperative, lang));
  return localizedFinding(lang, { id: `${option}.radiotherapy-timing`, verdict: 'info', ...consensus('§3.7'), because, needs });
}

/** 002 §3.6: peri-operative DVT 14.1 % (8 % before surgery) → combined VTE prophylaxis unless bleeding risk. */
export function vteProphylaxis(option: SurgicalOption, facts: PatientFacts, lang: Lang): Finding {
  const bleeding = facts.comorbidities.bleedingRisk;
  const needs = bleeding === undefined ? [localizedNeed(lang, 'comorbidities.bleedingRisk', T.why.bleedingRisk)] : [];
  return localizedFinding(lang, {
    id: `${option}.vte-prophylaxis`,
    verdict: 'info',
    ...consensus('§3.6'),
    because: [bleeding ? T.vte.bleedingRisk : T.vte.combined],
    needs,
  });
}

/** 002 §3.6: SSI up to 30 %; malnutrition, chemo-/radiotherapy exposure, smoking, obesity and comorbidity raise it. */
export function surgicalSiteInfection(option: SurgicalOption, facts: PatientFacts, lang: Lang): Finding {
  const c = facts.comorbidities;
  const present: string[] = [];
  if (c.malnutrition) present.push(localize(T.ssi.factors.malnutrition, lang));
  if (facts.systemicTherapy.some((t) => t.class === 'chemotherapy')) present.push(localize(T.ssi.factors.chemotherapy, lang));
  if (latestRadiotherapy(facts) || facts.lesions.some((l) => l.previouslyIrradiated)) present.push(localize(T.ssi.factors.radiotherapy, lang));
  if (c.smoking) present.push(localize(T.ssi.factors.smoking, lang));
  if (c.obesity) present.push(localize(T.ssi.factors.obesity, lang));
  if (c.diabetes || c.severeCardiac || c.severePulmonary || c.severeHepatic || c.severeRenal || c.cerebrovascular || c.immunosuppression) {
    present.push(localize(T.ssi.factors.comorbidity, lang));
  }
  const because = present.length > 0
    ? [localize(T.ssi.present, lang, { factors: present.join(localize(T.separator, lang)) })]
    : [localize(T.ssi.noneRecorded, lang)];
  return localizedFinding(lang, { id: `${option}.ssi-risk`, verdict: 'info', ...consensus('§3.6'), because: [...because, localize(T.ssi.prevention, lang)] });
}

/** The peri-operative findings, in the order they are acted on. */
function perioperativeFindings(option: SurgicalOption, facts: PatientFacts, lang: Lang): Finding[] {
  return [
    targetedTherapyHold(option, facts, lang),
    preoperativeEmbolisation(option, facts, lang),
    radiotherapyTiming(option, facts, lang),
    vteProphylaxis(option, facts, lang),
    surgicalSiteInfection(option, facts, lang),
  ].filter((f): f is Finding => f !== null);
}

/** The option's deciding findings, with the peri-operative findings appended while the operation stays possible. */
export function withPerioperative(option: SurgicalOption, deciding: readonly (Finding | null)[], facts: PatientFacts, lang: Lang): Finding[] {
  const kept = deciding.filter((f): f is Finding => f !== null);
  const verdict = overallVerdict(option, kept);
  if (verdict === 'contraindicated' || verdict === 'not-recommended') return kept;
  return [...kept, ...perioperativeFindings(option, facts, lang)];
}

/** Catalogue entries of the peri-operative and shared rules, for each surgical option. */
export function perioperativeRuleInfo(option: SurgicalOption): RuleInfo[] {
  return [
    { id: `${option}.cannot-tolerate-surgery`, option, decides: 'The patient cannot tolerate surgery: contraindicated.', sources: [cite('002', '§3.3')] },
    { id: `${option}.targeted-therapy-hold`, option, decides: 'Targeted therapy before surgery: hold IV VEGF-targeted agents ≈ 4 weeks and daily oral EGFR TKIs 2 weeks from the last dose; other targeted classes flagged for the prescriber (no interval in the source).', sources: [cite('002', '§1.5')] },
    { id: `${option}.preoperative-embolisation`, option, decides: 'Hypervascular tumour (renal, thyroid or on imaging): pre-operative embolisation, operate the same day or within 24 h, never after 48 h; not with a hairpin anterior spinal artery sharing the trunk.', sources: [cite('002', '§1.6')] },
    { id: `${option}.radiotherapy-timing`, option, decides: 'Radiotherapy and surgery: no pre-operative RT for (impending) pathological fracture, > 2 weeks from RT to surgery, post-operative RT after wound healing or 2 weeks (SSRS 3–5 weeks after separation surgery).', sources: [cite('002', '§3.7')] },
    { id: `${option}.vte-prophylaxis`, option, decides: 'Peri-operative DVT 14.1 % (8 % before surgery): combined VTE prophylaxis unless there is a bleeding risk.', sources: [cite('002', '§3.6')] },
    { id: `${option}.ssi-risk`, option, decides: 'Surgical-site infection up to 30 %: lists the risk factors present (malnutrition, chemo-/radiotherapy, smoking, obesity, comorbidity).', sources: [cite('002', '§3.6')] },
    { id: `${option}.tomita-strategy`, option, tier: 'framework', decides: option === 'tes'
      ? 'Tomita score from the facts: 2–3 wide/marginal excision (recommended), 4–5 marginal/intralesional (consider), 6–7 palliative surgery and 8–10 supportive care (not recommended).'
      : 'Tomita score from the facts: 8–10 non-operative supportive care (not recommended); 2–7 shown as the strategy it gives.', sources: [cite('002', '§2.1')] },
  ];
}
