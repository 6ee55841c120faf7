import { surgeryText as T } from './surgery.text.js';
import { punctuation } from '../punctuation.text.js';
import { histologyText } from '../histology.text.js';
import { text, join, type Text } from '../text.js';
import type { PatientFacts } from '../facts/index.js';
import { cite } from '../sources.js';
import { finding, need, overallVerdict, type Finding, type Need, type RuleInfo } from './finding.js';
import {
  hairpinArtery,
  hypervascularity,
  latestRadiotherapy,
  operatedLesions,
  radiotherapyForOperation,
  urgentDecompression,
  surgeryAfterRadiotherapy,
  targetedHolds,
} from './surgery-dates.js';
import type { SurgicalOption } from './surgery-scores.js';

const consensus = (section: string) => ({ strength: 'consensus' as const, evidence: null, source: cite('002', section) });

const decisionDateNeed = (facts: PatientFacts): Need[] =>
  facts.decisionDate ? [] : [need('decisionDate', T.why.decisionDate)];

/**
 * Where the sources make intolerance of surgery a contraindication: 002 §3.3 states it for laminectomy with
 * fixation; TES needs a good general condition (§3.1); every other operation reads §1.1 (tolerance first).
 */
export const TOLERANCE_SECTION: Record<SurgicalOption, string> = {
  'laminectomy-fixation': '§3.3', tes: '§3.1', 'separation-surgery': '§1.1', 'palliative-surgery': '§1.1', 'long-bone-surgery': '§1.1',
};

/** A patient who cannot tolerate surgery is not operated on (002, by option: TOLERANCE_SECTION). */
export function cannotTolerateSurgery(option: SurgicalOption, facts: PatientFacts): Finding | null {
  if (facts.toleratesSurgery !== false) return null;
  const section = TOLERANCE_SECTION[option];
  return finding({ id: `${option}.cannot-tolerate-surgery`, verdict: 'contraindicated', ...consensus(section), because: section === '§3.3' ? [T.cannotTolerate] : [T.cannotTolerate, T.cannotTolerateReading] });
}

/** 002 §1.5: targeted agents delay wound healing; hold them before surgery, the interval by class. */
export function targetedTherapyHold(option: SurgicalOption, facts: PatientFacts): Finding | null {
  const holds = targetedHolds(facts);
  if (holds.length === 0) return null;
  const needs: Need[] = [];
  const lines = holds.map((hold) => {
    if (hold.holdDays === null) return text(T.hold.unknownClass, { agent: hold.agent });
    if (!hold.lastDoseDate) {
      needs.push(need(`systemicTherapy[${hold.index}].lastDoseDate`, T.why.lastDose, { agent: hold.agent }));
      return text(T.hold.undated, { agent: hold.agent, days: hold.holdDays });
    }
    return text(T.hold.dated, { agent: hold.agent, days: hold.holdDays, last: hold.lastDoseDate, until: hold.until ?? '' });
  });
  return finding({
    id: `${option}.targeted-therapy-hold`,
    verdict: 'info',
    ...consensus('§1.5'),
    because: [T.hold.intro, ...lines],
    needs: [...needs, ...decisionDateNeed(facts)],
  });
}

/** 002 §1.6: hypervascular tumour → embolise before surgery, operate within 24 h (≤ 48 h); not with a hairpin anterior spinal artery. */
export function preoperativeEmbolisation(option: SurgicalOption, facts: PatientFacts): Finding | null {
  // 002 §1.6 speaks of spinal surgery; a long bone's embolisation is the plan's warning, left to the team
  if (option === 'long-bone-surgery') return null;
  const basis = hypervascularity(facts);
  if (!basis) return null;
  const because = hairpinArtery(facts) ? [T.embolisation.hairpin] : [T.embolisation.advised[basis], T.embolisation.timing];
  return finding({ id: `${option}.preoperative-embolisation`, verdict: 'info', ...consensus('§1.6'), because }, { histology: facts.primary.histology ? text(histologyText[facts.primary.histology]) : '' });
}

/**
 * 002 §3.7: no pre-operative RT for (impending) fracture; > 2 weeks from RT to surgery; post-operative
 * RT or SSRS timing for the planned operation (the dates after a recorded operation are in the plan).
 */
export function radiotherapyTiming(option: SurgicalOption, facts: PatientFacts): Finding {
  const because: Text[] = [];
  const needs: Need[] = [];
  const lesions = operatedLesions(option, facts);
  const { inField, nearby } = radiotherapyForOperation(facts, lesions);
  if (inField) {
    because.push(text(T.rt.afterRadiotherapy, { date: inField.date, from: surgeryAfterRadiotherapy(facts, lesions) ?? '' }));
    needs.push(...decisionDateNeed(facts));
  }
  if (nearby) because.push(text(T.rt.radiotherapyNearby, { date: nearby.date, levels: join(nearby.levels ?? [], punctuation.comma) }));
  if ((inField || targetedHolds(facts).length > 0) && option !== 'long-bone-surgery' && urgentDecompression(facts)) because.push(text(T.dates.urgentDecompression));
  if (facts.lesions.some((l) => l.fracture === 'pathological' || l.fracture === 'impending')) because.push(text(T.rt.noPreoperative));
  because.push(text(option === 'separation-surgery' ? T.rt.ssrs : T.rt.postoperative));
  return finding({ id: `${option}.radiotherapy-timing`, verdict: 'info', ...consensus('§3.7'), because, needs });
}

/** 002 §3.6: peri-operative DVT 14.1 % (8 % before surgery) → combined VTE prophylaxis unless bleeding risk. */
export function vteProphylaxis(option: SurgicalOption, facts: PatientFacts): Finding {
  const bleeding = facts.comorbidities.bleedingRisk;
  const needs = bleeding === undefined ? [need('comorbidities.bleedingRisk', T.why.bleedingRisk)] : [];
  return finding({
    id: `${option}.vte-prophylaxis`,
    verdict: 'info',
    ...consensus('§3.6'),
    because: [bleeding ? T.vte.bleedingRisk : T.vte.combined],
    needs,
  });
}

/** 002 §3.6: SSI up to 30 %; malnutrition, chemo-/radiotherapy exposure, smoking, obesity and comorbidity raise it. */
export function surgicalSiteInfection(option: SurgicalOption, facts: PatientFacts): Finding {
  const c = facts.comorbidities;
  const present: Text[] = [];
  if (c.malnutrition) present.push(text(T.ssi.factors.malnutrition));
  if (facts.systemicTherapy.some((t) => t.class === 'chemotherapy')) present.push(text(T.ssi.factors.chemotherapy));
  if (latestRadiotherapy(facts) || facts.lesions.some((l) => l.previouslyIrradiated)) present.push(text(T.ssi.factors.radiotherapy));
  if (c.smoking) present.push(text(T.ssi.factors.smoking));
  if (c.obesity) present.push(text(T.ssi.factors.obesity));
  if (c.diabetes || c.severeCardiac || c.severePulmonary || c.severeHepatic || c.severeRenal || c.cerebrovascular || c.immunosuppression) {
    present.push(text(T.ssi.factors.comorbidity));
  }
  const because = present.length > 0
    ? [text(T.ssi.present, { factors: join(present, T.separator) })]
    : [text(T.ssi.noneRecorded)];
  return finding({ id: `${option}.ssi-risk`, verdict: 'info', ...consensus('§3.6'), because: [...because, text(T.ssi.prevention)] });
}

/** The peri-operative findings, in the order they are acted on. */
function perioperativeFindings(option: SurgicalOption, facts: PatientFacts): Finding[] {
  return [
    targetedTherapyHold(option, facts),
    preoperativeEmbolisation(option, facts),
    radiotherapyTiming(option, facts),
    vteProphylaxis(option, facts),
    surgicalSiteInfection(option, facts),
  ].filter((f): f is Finding => f !== null);
}

/** The option's deciding findings, with the peri-operative findings appended while the operation stays possible. */
export function withPerioperative(option: SurgicalOption, deciding: readonly (Finding | null)[], facts: PatientFacts): Finding[] {
  const kept = deciding.filter((f): f is Finding => f !== null);
  const verdict = overallVerdict(option, kept);
  if (verdict === 'contraindicated' || verdict === 'not-recommended') return kept;
  return [...kept, ...perioperativeFindings(option, facts)];
}

/** Catalogue entries of the peri-operative and shared rules, for each surgical option. */
export function perioperativeRuleInfo(option: SurgicalOption): RuleInfo[] {
  return [
    {
      id: `${option}.cannot-tolerate-surgery`,
      option,
      decides: TOLERANCE_SECTION[option] === '§3.3'
        ? 'The patient cannot tolerate surgery: contraindicated.'
        : 'The patient cannot tolerate surgery: contraindicated (reading: 002 states it for laminectomy, §3.3, and makes tolerance the first pre-operative assessment, §1.1).',
      sources: [cite('002', TOLERANCE_SECTION[option])],
    },
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
