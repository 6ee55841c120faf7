import { recommendText, synthesisText as S } from './common.text.js';
import { punctuation } from '../punctuation.text.js';
import { join, text } from '../text.js';
import type { PatientFacts } from '../facts/index.js';
import { cite, type SourceRef } from '../sources.js';
import { onBma } from './bma.js';
import { radiosensitivityOf } from './context.js';
import { CHILD_BEARING_AGE } from './pvp.js';
import { TOLERANCE_SECTION } from './surgery-perioperative.js';
import type { SurgicalOption } from './surgery-scores.js';
import { need, synthesise, type Finding, type OptionAssessment, type OptionId, type RuleInfo } from './finding.js';

/**
 * The contraindication screen of each option: the facts a team must know before an option can be
 * "recommended" or "consider". While any is unknown the option reads "needs information" and keeps
 * the verdict it would have (`pending`), so the page can say "recommended once … is confirmed".
 */
export type ScreenItemId = keyof typeof S.screen.items;

export interface ScreenItem {
  id: ScreenItemId;
  source: SourceRef;
  /** The fact paths of this item that are still unknown for this patient (empty: known or not applicable). */
  unknown: (facts: PatientFacts) => string[];
}

const infection = (source: SourceRef): ScreenItem => ({ id: 'infection', source, unknown: (f) => (f.infection === undefined ? ['infection'] : []) });

const coagulation = (source: SourceRef): ScreenItem => ({
  id: 'coagulation',
  source,
  unknown: (f) => {
    if (f.comorbidities.uncontrollableBleeding === true) return [];
    return (['plateletsPerUl', 'ptRatio', 'apttRatio'] as const).filter((k) => f.labs[k] === undefined).map((k) => `labs.${k}`);
  },
});

const pmmaAllergy: ScreenItem = { id: 'pmmaAllergy', source: cite('002', '§3.4'), unknown: (f) => (f.pmmaAllergy === undefined ? ['pmmaAllergy'] : []) };

/** Asked of women of reproductive age (15–49, WHO), as the PVP pregnancy rule does. */
const pregnancy: ScreenItem = {
  id: 'pregnancy',
  source: cite('002', '§3.4'),
  unknown: ({ patient }) =>
    patient.pregnant === undefined && patient.sex === 'female' && patient.age >= CHILD_BEARING_AGE.from && patient.age <= CHILD_BEARING_AGE.to
      ? ['patient.pregnant']
      : [],
};

const toleratesSurgery = (option: SurgicalOption): ScreenItem => ({
  id: 'toleratesSurgery',
  source: cite('002', TOLERANCE_SECTION[option]),
  unknown: (f) => (f.toleratesSurgery === undefined ? ['toleratesSurgery'] : []),
});

/** 002 §3.2: hypervascular tumours are a contraindication; known from the histology or the imaging of every spinal lesion. */
const hypervascularity: ScreenItem = {
  id: 'hypervascularity',
  source: cite('002', '§3.2'),
  unknown: (f) => {
    if (f.primary.histology !== undefined) return [];
    const spinal = f.lesions.filter((l) => l.site === 'spine');
    if (spinal.some((l) => l.hypervascular === true) || (spinal.length > 0 && spinal.every((l) => l.hypervascular === false))) return [];
    return ['primary.histology'];
  },
};

const radiosensitivity: ScreenItem = {
  id: 'radiosensitivity',
  source: cite('002', '§3.2'),
  unknown: (f) => (radiosensitivityOf(f).class === 'unknown' ? [f.primary.histology ? 'primary.radiosensitivity' : 'primary.histology'] : []),
};

const BMA_SCREEN: ScreenItem[] = [
  { id: 'dental', source: cite('004', 'rec 8 (1B)'), unknown: (f) => (!onBma(f) && f.boneAgents.dentalExamDone === undefined ? ['boneAgents.dentalExamDone'] : []) },
  { id: 'calcium', source: cite('004', '§4.1.4.3'), unknown: (f) => (f.hypocalcaemia === undefined && f.labs.calciumMgDl === undefined ? ['labs.calciumMgDl'] : []) },
  {
    id: 'renal',
    source: cite('004', '§4.1.4.2'),
    unknown: (f) => [...(f.labs.creatinineMgDl === undefined ? ['labs.creatinineMgDl'] : []), ...(f.patient.weightKg === undefined ? ['patient.weightKg'] : [])],
  },
];

const CEMENT_SCREEN: ScreenItem[] = [
  infection(cite('002', '§3.4')),
  coagulation(cite('002', '§3.4')),
  pmmaAllergy,
  pregnancy,
];

/** Every option's screen; an option not listed has no contraindication the sources state as a screen. */
export const SCREENS: Partial<Record<OptionId, readonly ScreenItem[]>> = {
  pvp: CEMENT_SCREEN,
  cementoplasty: CEMENT_SCREEN,
  rfa: [infection(cite('002', '§3.5')), coagulation(cite('002', '§3.5'))],
  mwa: [coagulation(cite('002', '§3.5'))],
  tes: [toleratesSurgery('tes')],
  'separation-surgery': [toleratesSurgery('separation-surgery'), hypervascularity, radiosensitivity],
  'laminectomy-fixation': [toleratesSurgery('laminectomy-fixation')],
  'palliative-surgery': [toleratesSurgery('palliative-surgery')],
  'long-bone-surgery': [toleratesSurgery('long-bone-surgery')],
  bma: BMA_SCREEN,
};

/** The unknown items of an option's screen for this patient. */
export function openScreen(option: OptionId, facts: PatientFacts): { item: ScreenItem; facts: string[] }[] {
  return (SCREENS[option] ?? []).map((item) => ({ item, facts: item.unknown(facts) })).filter((open) => open.facts.length > 0);
}

/**
 * Holds an option at "needs information" while its screen is incomplete, adding the `<option>.screen`
 * finding that asks for the facts and says which verdict waits on them.
 */
export function applyScreen(assessment: OptionAssessment, facts: PatientFacts): OptionAssessment {
  const { provisional } = synthesise(assessment.option, assessment.findings);
  if (provisional !== 'recommended' && provisional !== 'consider') return assessment;
  if (assessment.verdict !== provisional && assessment.verdict !== 'needs-information') return assessment;
  const open = openScreen(assessment.option, facts);
  if (open.length === 0) return assessment;
  const first = open[0] as { item: ScreenItem };
  // the provisional verdict waits only on the screen when nothing else holds it
  const waitsOnScreenAlone = assessment.verdict === provisional;
  const items = join(open.map(({ item }) => text(S.screen.items[item.id])), punctuation.semicolon);
  const screen: Finding = {
    id: `${assessment.option}.screen`,
    verdict: 'needs-information',
    strength: first.item.source.document === '004' ? 'narrative' : 'consensus',
    tier: 'contraindication',
    evidence: null,
    source: first.item.source,
    because: [waitsOnScreenAlone ? text(S.screen.pending, { verdict: text(recommendText.verdicts[provisional]), items }) : text(S.screen.open, { items })],
    needs: open.flatMap(({ item, facts: paths }) => paths.map((path) => need(path, S.screen.items[item.id]))),
  };
  return {
    ...assessment,
    verdict: 'needs-information',
    decidedBy: screen.id,
    findings: [screen, ...assessment.findings],
    ...(waitsOnScreenAlone ? { pending: { verdict: provisional, facts: open.flatMap(({ facts: paths }) => paths) } } : {}),
  };
}

/** Catalogue entries of the screens, for docs/rules.md. */
export const SCREEN_RULES: RuleInfo[] = (Object.entries(SCREENS) as [OptionId, readonly ScreenItem[]][]).map(([option, items]) => ({
  id: `${option}.screen`,
  option,
  tier: 'contraindication',
  decides: `Contraindication screen: ${items.map((i) => S.screen.items[i.id].en).join('; ')} — while any is unknown the option needs information and shows the verdict it would have.`,
  sources: items.map((i) => i.source).filter((s, i, all) => all.findIndex((t) => t.document === s.document && t.section === s.section) === i),
}));
