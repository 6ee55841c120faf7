import { z } from 'zod';
import { histologyText } from '../histology.text.js';
import { katagiriText as T } from './katagiri.text.js';
import { join, text, type Msg, type Text } from '../text.js';
import { refusal } from '../facts/issues.js';
import { HISTOLOGY_IDS, type Histology } from '../histology.js';
import { publicSource } from '../sources.js';
import { band, defineInstrument, item } from './instrument.js';

export type KatagiriGrowth = 'slow' | 'moderate' | 'rapid';
const GROWTH_IDS = ['slow', 'moderate', 'rapid'] as const;
const GROWTH_POINTS = { slow: 0, moderate: 2, rapid: 3 } as const;
const VISCERAL_POINTS = { none: 0, nodular: 1, disseminated: 2 } as const;
const LAB_POINTS = { normal: 0, abnormal: 1, critical: 2 } as const;

/**
 * Katagiri 2014's primary-lesion groups read onto HISTOLOGY_IDS (see the mapping caveat):
 * a group, 'lung' (non-small-cell: moderate with molecularly targeted therapy, rapid without; other lung cancer rapid), 'hormone'
 * (slow when hormone-dependent, moderate when not) or null (not placed unambiguously: the
 * clinician gives the group).
 */
export const KATAGIRI_GROWTH: Record<Histology, KatagiriGrowth | 'lung' | 'hormone' | null> = {
  'lung-nsclc': 'lung',
  'lung-sclc': 'rapid',
  breast: 'hormone',
  prostate: 'hormone',
  thyroid: 'slow',
  myeloma: 'slow',
  lymphoma: 'slow',
  kidney: 'moderate',
  ovary: 'moderate',
  osteosarcoma: 'moderate',
  'soft-tissue-sarcoma': 'moderate',
  colon: 'rapid',
  rectum: 'rapid',
  stomach: 'rapid',
  pancreas: 'rapid',
  esophagus: 'rapid',
  'head-and-neck': 'rapid',
  bladder: 'rapid',
  melanoma: 'rapid',
  liver: 'rapid',
  gallbladder: 'rapid',
  'unknown-primary': 'rapid',
  uterus: null,
  carcinoid: null,
  'germ-cell': null,
  other: null,
};

/** Laboratory thresholds of Katagiri 2014. */
export const LAB = { crp: 0.4, ldh: 250, albumin: 3.7, platelets: 100_000, calcium: 10.3, bilirubin: 1.4 } as const;
export type LabGrade = keyof typeof LAB_POINTS;
type Lab = { crp: number; ldh: number; albumin: number; platelets: number; calcium: number; bilirubin: number };

/** Critical (platelets, calcium, bilirubin) outranks abnormal (CRP, LDH, albumin); with the findings that decided it. */
export function katagiriLab(lab: Lab): { grade: LabGrade; findings: (keyof Lab)[] } {
  const critical = (['platelets', 'calcium', 'bilirubin'] as const).filter((k) =>
    k === 'platelets' ? lab.platelets < LAB.platelets : lab[k] >= LAB[k]);
  if (critical.length > 0) return { grade: 'critical', findings: critical };
  const abnormal = (['crp', 'ldh', 'albumin'] as const).filter((k) => (k === 'albumin' ? lab.albumin < LAB.albumin : lab[k] >= LAB[k]));
  return abnormal.length > 0 ? { grade: 'abnormal', findings: abnormal } : { grade: 'normal', findings: [] };
}

export type KatagiriBand = 'low' | 'intermediate' | 'high';
export const katagiriBand = (total: number): KatagiriBand => (total <= 3 ? 'low' : total <= 6 ? 'intermediate' : 'high');

const nonNegative = z.number().min(0);

export const katagiriInput = z
  .strictObject({
    primary: z.enum(HISTOLOGY_IDS).describe('Primary histology; gives the growth group where Katagiri 2014 places it'),
    growth: z.enum(GROWTH_IDS).optional().describe('Primary-lesion growth group; required for uterus, carcinoid, germ-cell and other, otherwise overrides the published group'),
    molecularTargetedTherapy: z.boolean().optional().describe('Non-small-cell lung cancer only: treated with molecularly targeted therapy (moderate) or not (rapid); required for it unless growth is given'),
    hormoneDependent: z.boolean().optional().describe('Breast and prostate only: hormone-dependent (slow) or not (moderate); required for them unless growth is given'),
    visceralMetastases: z.enum(['none', 'nodular', 'disseminated']).describe('Visceral or cerebral metastases: nodular, or disseminated (pleural, peritoneal or leptomeningeal)'),
    laboratory: z
      .strictObject({
        crp: nonNegative.describe('C-reactive protein, mg/dL'),
        ldh: nonNegative.describe('Lactate dehydrogenase, IU/L'),
        albumin: nonNegative.max(10).describe('Serum albumin, g/dL'),
        platelets: nonNegative.describe('Platelet count, /µL'),
        calcium: nonNegative.max(30).describe('Serum calcium, mg/dL'),
        bilirubin: nonNegative.describe('Total bilirubin, mg/dL'),
      })
      .describe('Laboratory data: CRP mg/dL, LDH IU/L, albumin g/dL, platelets /µL, calcium mg/dL, total bilirubin mg/dL'),
    ecog: z.number().int().min(0).max(4).describe('ECOG performance status 0–4 (3–4 scores 1)'),
    previousChemotherapy: z.boolean().describe('Any previous chemotherapy'),
    skeletalMetastases: z.enum(['solitary', 'multiple']).describe('Skeletal metastases: solitary or multiple'),
  })
  .superRefine((input, ctx) => {
    const group = KATAGIRI_GROWTH[input.primary];
    const isLung = group === 'lung';
    const isHormonal = group === 'hormone';
    if (input.molecularTargetedTherapy !== undefined && !isLung) {
      ctx.addIssue({ code: 'custom', path: ['molecularTargetedTherapy'], ...refusal(text(T.refusals.targetedOnlyLung, { primary: input.primary })) });
    }
    if (input.hormoneDependent !== undefined && !isHormonal) {
      ctx.addIssue({ code: 'custom', path: ['hormoneDependent'], ...refusal(text(T.refusals.hormoneOnlyBreastProstate, { primary: input.primary })) });
    }
    if (input.growth !== undefined) return;
    if (group === null) {
      ctx.addIssue({ code: 'custom', path: ['growth'], ...refusal(text(T.refusals.growthRequired, { primary: input.primary, accepted: GROWTH_IDS.join(', ') })) });
    } else if (isLung && input.molecularTargetedTherapy === undefined) {
      ctx.addIssue({ code: 'custom', path: ['molecularTargetedTherapy'], ...refusal(text(T.refusals.targetedRequired)) });
    } else if (isHormonal && input.hormoneDependent === undefined) {
      ctx.addIssue({ code: 'custom', path: ['hormoneDependent'], ...refusal(text(T.refusals.hormoneRequired, { primary: input.primary })) });
    }
  });
export type KatagiriInput = z.input<typeof katagiriInput>;
type Parsed = z.output<typeof katagiriInput>;

/** The group the published table gives (null when it needs the clinician) and the qualifier that chose it. */
export function publishedGrowth(input: Pick<Parsed, 'primary' | 'molecularTargetedTherapy' | 'hormoneDependent'>): { growth: KatagiriGrowth | null; basis: keyof typeof T.growthBasis | null } {
  const group = KATAGIRI_GROWTH[input.primary];
  if (group === 'lung') {
    if (input.molecularTargetedTherapy === undefined) return { growth: null, basis: null };
    return input.molecularTargetedTherapy ? { growth: 'moderate', basis: 'targeted' } : { growth: 'rapid', basis: 'untargeted' };
  }
  if (group === 'hormone') {
    if (input.hormoneDependent === undefined) return { growth: null, basis: null };
    return input.hormoneDependent ? { growth: 'slow', basis: 'hormoneDependent' } : { growth: 'moderate', basis: 'hormoneIndependent' };
  }
  return { growth: group, basis: null };
}

function labAnswer(lab: Lab): { grade: LabGrade; label: Text } {
  const { grade, findings } = katagiriLab(lab);
  if (grade === 'normal') return { grade, label: text(T.laboratory.normal) };
  const listed = join(findings.map((k) => text(T.findings[k], { value: lab[k] })), T.separator);
  return { grade, label: text(T.laboratory[grade], { findings: listed }) };
}

export const katagiri = defineInstrument({
  id: 'katagiri',
  version: '1.0.0',
  name: T.name,
  summary: T.summary,
  schema: katagiriInput,
  sources: [
    publicSource('Katagiri H, et al. New prognostic factors and scoring system for patients with skeletal metastasis. Cancer Med 2014;3(5):1359–67. doi:10.1002/cam4.292'),
  ],
  examples: [
    {
      primary: 'lung-nsclc', molecularTargetedTherapy: true, visceralMetastases: 'nodular',
      laboratory: { crp: 1.2, ldh: 210, albumin: 3.9, platelets: 230_000, calcium: 9.4, bilirubin: 0.6 },
      ecog: 1, previousChemotherapy: true, skeletalMetastases: 'multiple',
    },
    {
      primary: 'breast', hormoneDependent: true, visceralMetastases: 'none',
      laboratory: { crp: 0.1, ldh: 180, albumin: 4.1, platelets: 250_000, calcium: 9.2, bilirubin: 0.5 },
      ecog: 0, previousChemotherapy: false, skeletalMetastases: 'solitary',
    },
  ],
  compute(input) {
    const published = publishedGrowth(input);
    const growth: KatagiriGrowth = input.growth ?? (published.growth as KatagiriGrowth);
    const basis: Msg | null = input.growth !== undefined && input.growth !== published.growth
      ? T.growthBasis.given
      : published.basis ? T.growthBasis[published.basis] : null;
    const histology = text(histologyText[input.primary]);
    const growthAnswer = basis
      ? text(T.growthAnswerWithBasis, { growth: text(T.growth[growth]), histology, basis: text(basis) })
      : text(T.growthAnswer, { growth: text(T.growth[growth]), histology });
    const lab = labAnswer(input.laboratory);
    const yesNo = (v: boolean) => (v ? T.yes : T.no);
    const multiple = input.skeletalMetastases === 'multiple';
    const rows = [
      item('growth', T.items.growth, growth, growthAnswer, GROWTH_POINTS[growth]),
      item('visceral', T.items.visceral, input.visceralMetastases, T.visceral[input.visceralMetastases], VISCERAL_POINTS[input.visceralMetastases]),
      item('laboratory', T.items.laboratory, lab.grade, lab.label, LAB_POINTS[lab.grade]),
      item('ecog', T.items.ecog, input.ecog, text(T.ecog, { ecog: input.ecog }), input.ecog >= 3 ? 1 : 0),
      item('chemotherapy', T.items.chemotherapy, input.previousChemotherapy, yesNo(input.previousChemotherapy), input.previousChemotherapy ? 1 : 0),
      item('multiple', T.items.multiple, multiple, yesNo(multiple), multiple ? 1 : 0),
    ];
    const total = rows.reduce((sum, row) => sum + (row.points ?? 0), 0);
    const bandId = katagiriBand(total);
    const caveats = [T.caveats.survivalUnconfirmed, T.caveats.mapping, T.caveats.population, T.caveats.era, T.caveats.calcium].map((c) => text(c));
    if (input.growth !== undefined && published.growth !== null && input.growth !== published.growth) {
      caveats.unshift(text(T.growthOverride, {
        given: text(T.growth[input.growth]),
        published: text(T.growth[published.growth]),
        histology,
      }));
    }
    return {
      total,
      band: band(bandId, T.bands[bandId]),
      items: rows,
      derived: { growth, publishedGrowth: published.growth, laboratory: lab.grade },
      interpretation: text(T.interpretation[bandId], { total }),
      caveats,
    };
  },
});
