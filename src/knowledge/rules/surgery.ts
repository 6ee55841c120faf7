import { text } from '../text.js';
import type { PatientFacts } from '../facts/index.js';
import { cite } from '../sources.js';
import { synthesisText } from './common.text.js';
import { assess, type OptionAssessment, type RuleInfo } from './finding.js';
import {
  impendingFracture,
  palliativeIndication,
  pelvicOptions,
  progressiveDeficit,
  solitaryLesionOnEffectiveTherapy,
  spinalInstability,
} from './surgery-palliative.js';
import { generalCondition, generalConditionInfo } from './long-bone.js';
import { cannotTolerateSurgery, perioperativeRuleInfo, withPerioperative } from './surgery-perioperative.js';
import { lifeExpectancyScoresNote } from './life-expectancy.js';
import { tokuhashiActiveSurgery, tokuhashiEstimateAgreement, tokuhashiFromFacts, tomitaFromFacts, tomitaStrategy, type SurgicalOption } from './surgery-scores.js';
import {
  laminectomyIndication,
  laminectomyNeedsFixation,
  noSpinalLesion,
  separationContraindications,
  separationIndication,
  tesIndicationFinding,
  tesTypeSevenContraindication,
  tesWbbRoute,
} from './surgery-spine.js';

export { perioperativeDates } from './surgery-dates.js';

/**
 * Surgery for spinal and other bone metastases (002 §2–§3, 004 §4.5): TES, separation surgery,
 * laminectomy with fixation and palliative surgery, each with its peri-operative cautions.
 */

export function assessTes(facts: PatientFacts): OptionAssessment {
  const tokuhashi = tokuhashiFromFacts(facts);
  const indication = tesIndicationFinding(facts);
  const findings = [
    cannotTolerateSurgery('tes', facts),
    generalCondition('tes', facts),
    tesTypeSevenContraindication(facts),
    indication,
    lifeExpectancyScoresNote('tes', facts, [indication]),
    tomitaStrategy('tes', tomitaFromFacts(facts), facts),
    tokuhashiActiveSurgery(tokuhashi, facts),
    tesWbbRoute(facts),
  ];
  const assessment = assess('tes', withPerioperative('tes', findings, facts));
  // The clinician's life expectancy (read by tes.indication) prevails over the score's survival band (002 §2.2).
  if (tokuhashiEstimateAgreement(tokuhashi, facts)?.agrees !== false) return assessment;
  const estimate = { prevailing: indication.id, overruled: 'tes.tokuhashi' };
  const why = text(synthesisText.conflict.estimate, estimate);
  return { ...assessment, conflicts: [...assessment.conflicts, { option: 'tes', ...estimate, kind: 'estimate', why }] };
}

export function assessSeparationSurgery(facts: PatientFacts): OptionAssessment {
  return assess('separation-surgery', withPerioperative('separation-surgery', [
    cannotTolerateSurgery('separation-surgery', facts),
    generalCondition('separation-surgery', facts),
    noSpinalLesion('separation-surgery', facts),
    ...separationContraindications(facts),
    separationIndication(facts),
    tomitaStrategy('separation-surgery', tomitaFromFacts(facts), facts),
  ], facts));
}

export function assessLaminectomyFixation(facts: PatientFacts): OptionAssessment {
  return assess('laminectomy-fixation', withPerioperative('laminectomy-fixation', [
    cannotTolerateSurgery('laminectomy-fixation', facts),
    generalCondition('laminectomy-fixation', facts),
    noSpinalLesion('laminectomy-fixation', facts),
    laminectomyIndication(facts),
    laminectomyNeedsFixation(),
    tomitaStrategy('laminectomy-fixation', tomitaFromFacts(facts), facts),
  ], facts));
}

export function assessPalliativeSurgery(facts: PatientFacts): OptionAssessment {
  const deficit = progressiveDeficit(facts);
  const indication = palliativeIndication(facts);
  const indicated = deficit !== null || indication.verdict === 'recommended';
  return assess('palliative-surgery', withPerioperative('palliative-surgery', [
    cannotTolerateSurgery('palliative-surgery', facts),
    generalCondition('palliative-surgery', facts),
    deficit,
    indication,
    spinalInstability(facts, indicated),
    impendingFracture(facts, indicated),
    solitaryLesionOnEffectiveTherapy(facts, indicated),
    pelvicOptions(facts),
    tomitaStrategy('palliative-surgery', tomitaFromFacts(facts), facts),
  ], facts));
}

const SPINAL_SURGICAL_OPTIONS = ['tes', 'separation-surgery', 'laminectomy-fixation', 'palliative-surgery'] as const satisfies readonly SurgicalOption[];

const noSpinalLesionInfo = (option: SurgicalOption): RuleInfo => ({
  id: `${option}.no-spinal-lesion`,
  option,
  decides: 'No spinal lesion described: needs information; no spinal metastasis at all: not recommended.',
  sources: [cite('002', '§3')],
});

export const SURGERY_RULES: RuleInfo[] = [
  { id: 'tes.indication', option: 'tes', decides: 'TES criteria: good general condition (KPS ≥ 70 / ECOG 0–1, this system’s threshold), life expectancy > 6 months (the clinician’s estimate; without it needs information, the scores shown as a note), solitary spinal metastasis, controlled primary, Tomita type 2–5 (1 and 6 relative → consider).', sources: [cite('002', '§3.1')] },
  { id: 'tes.tomita-type-7', option: 'tes', decides: 'Tomita type 7 (multiple skip lesions): TES contraindicated.', sources: [cite('002', '§3.1')] },
  { id: 'tes.tokuhashi', option: 'tes', tier: 'framework', decides: 'Revised Tokuhashi from the facts, read as 002 §2.2 makes the score itself the criterion: 12–15 with a solitary metastasis of a slow/moderate-growth primary → active surgery (recommended); otherwise the score and its caveats. A clinician’s life expectancy outside the score’s band (< 6, 6–12, > 12 months) decides instead: info, listed as a conflict (kind estimate).', sources: [cite('002', '§2.2')] },
  { id: 'tes.life-expectancy-scores', option: 'tes', tier: 'framework', decides: 'No clinician’s life expectancy: what the prognosis panel’s scores suggest (note; never decides).', sources: [cite('002', '§2.2')] },
  { id: 'tes.wbb-route', option: 'tes', decides: 'WBB zones: one pedicle → oncological en bloc; both pedicles (4–9) → anatomical en bloc only; posterior only → laminectomy with fixation.', sources: [cite('002', '§3.1')] },
  { id: 'separation-surgery.indication', option: 'separation-surgery', decides: 'ESCC 2–3 with a radioresistant tumour: separation surgery then SSRS (recommended); ESCC 1c: consider; radiosensitivity unknown or ESCC not graded: needs information.', sources: [cite('002', '§3.2')] },
  { id: 'separation-surgery.hypervascular', option: 'separation-surgery', decides: 'Hypervascular tumour (renal, thyroid or on imaging): contraindicated.', sources: [cite('002', '§3.2')] },
  { id: 'separation-surgery.radiosensitive', option: 'separation-surgery', decides: 'Radiosensitive tumour: contraindicated.', sources: [cite('002', '§3.2')] },
  { id: 'separation-surgery.low-grade-escc', option: 'separation-surgery', decides: 'Low-grade ESCC (0–1b) at every graded spinal lesion: contraindicated.', sources: [cite('002', '§3.2')] },
  { id: 'laminectomy-fixation.indication', option: 'laminectomy-fixation', decides: 'Disease confined to the posterior elements (WBB 10–3): recommended; cord or root compression needing palliative decompression: consider; otherwise not recommended.', sources: [cite('002', '§3.3')] },
  { id: 'laminectomy-fixation.fixation-required', option: 'laminectomy-fixation', decides: 'Avoid laminectomy without fixation: it worsens instability.', sources: [cite('004', '§4.5.4.2')] },
  { id: 'palliative-surgery.indication', option: 'palliative-surgery', decides: 'Confirmed bone metastasis with any of: destruction/pain progressing despite conservative therapy, pathological fracture, motor function not recovering, nerve compression, instability (SINS ≥ 13), insensitive to RT and chemotherapy → recommended; none → not recommended.', sources: [cite('004', '§4.5.3')] },
  { id: 'palliative-surgery.spinal-instability', option: 'palliative-surgery', decides: 'SINS 13–18 unstable: surgery to restore stability (recommended); 7–12: surgical consultation (consider; info when surgery is already indicated).', sources: [cite('002', '§2.3')] },
  { id: 'palliative-surgery.progressive-deficit', option: 'palliative-surgery', decides: 'Progressing neurological deficit: decompress directly (recommended).', sources: [cite('002', '§1.4')] },
  { id: 'palliative-surgery.impending-fracture', option: 'palliative-surgery', decides: 'Impending pathological fracture: consider surgery (info when surgery is already indicated).', sources: [cite('004', '§4.5.2')] },
  { id: 'palliative-surgery.solitary-on-effective-systemic-therapy', option: 'palliative-surgery', decides: 'Lung cancer, systemic therapy effective, solitary bone metastasis with spinal involvement: surgery after full surgical assessment (consider, 2B; info when surgery is already indicated).', sources: [cite('004', 'rec 11 (2B)')] },
  { id: 'palliative-surgery.pelvic-options', option: 'palliative-surgery', decides: 'Pelvic lesions: acetabulum spared → implant or cement reinforcement; acetabulum involved → total hip arthroplasty; pubis/ischium → simple resection.', sources: [cite('004', '§4.5.4.3')] },
  ...(['separation-surgery', 'laminectomy-fixation'] as const).map(noSpinalLesionInfo),
  ...SPINAL_SURGICAL_OPTIONS.flatMap(perioperativeRuleInfo),
  ...SPINAL_SURGICAL_OPTIONS.map(generalConditionInfo),
  { id: 'plan.earliest-surgery', option: 'plan', decides: 'Earliest surgery: the latest of the decision date, the end of each targeted-therapy hold (IV VEGF-targeted 28 days, oral EGFR TKI 14 days after the last dose) and 15 days after radiotherapy (> 2 weeks).', sources: [cite('002', '§1.5'), cite('002', '§3.7')] },
  { id: 'plan.embolisation-window', option: 'plan', decides: 'Hypervascular tumour: embolise on the earliest surgery date and operate by 2 days later (48 h); none with a hairpin anterior spinal artery.', sources: [cite('002', '§1.6')] },
  { id: 'plan.ssrs-after-separation-surgery', option: 'plan', decides: 'SSRS window 21–35 days after the recorded separation surgery.', sources: [cite('002', '§3.7')] },
  { id: 'plan.postoperative-radiotherapy', option: 'plan', decides: 'Post-operative radiotherapy from 14 days after the recorded operation (or now if the wound has healed; after separation surgery from day 21).', sources: [cite('002', '§3.7')] },
];
