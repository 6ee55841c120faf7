import { z } from 'zod';
import { text } from '../text.js';
import { factIssueText as I } from './issues.text.js';
import { refusal } from './issues.js';
import { spinalSpanSchema } from '../anatomy/schemas.js';
import { ESCC_GRADES } from '../instruments/escc.js';
import { TOMITA_SITES } from '../instruments/tomita-type.js';

/** Where a bone lesion sits; everything but `spine` is extraspinal (pelvis and long bones, 003, 004 §4.5.4.3, §4.6). */
export const LESION_SITES = ['spine', 'ilium', 'acetabulum', 'pubis-ischium', 'sacrum', 'proximal-femur', 'long-bone', 'other-bone'] as const;
export type LesionSite = (typeof LESION_SITES)[number];

/** Long bones (004 §4.5.4.1); upper-limb bones score 1 and lower-limb bones 2 on the Mirels site item. */
export const LONG_BONES = ['femur', 'tibia', 'fibula', 'humerus', 'radius', 'ulna'] as const;
export type LongBone = (typeof LONG_BONES)[number];
/** Sites whose lesions are long-bone lesions: a proximal-femur lesion is a femoral one. */
export const LONG_BONE_SITES: readonly LesionSite[] = ['long-bone', 'proximal-femur'];
export const isLongBoneSite = (site: LesionSite): boolean => LONG_BONE_SITES.includes(site);
/** Mirels' pain grades (Mirels 1989): mild, moderate, functional (pain on using the limb). */
export const LIMB_PAIN = ['mild', 'moderate', 'functional'] as const;
/** Mirels' size item: the share of the bone's cortex (diameter) destroyed. */
export const CORTEX_INVOLVED = ['under-third', 'third-to-two-thirds', 'over-two-thirds'] as const;

/** Long-bone facts, refused on any other lesion so a rule never reads them where they mean nothing. */
const LONG_BONE_FIELDS = ['longBone', 'boneRegion', 'peritrochanteric', 'limbPain', 'cortexInvolved', 'neurovascularInvolved', 'extensiveSoftTissue', 'destructionUncontrolled'] as const;

export const lesionFactsSchema = z
  .strictObject({
    site: z.enum(LESION_SITES).default('spine').describe('spine (give `level`) or an extraspinal bone'),
    level: spinalSpanSchema.optional().describe('Spinal level such as "T11" or span "T12-L1"; required for spinal lesions'),
    character: z.enum(['lytic', 'blastic', 'mixed']).optional().describe('Radiographic character'),
    painful: z.boolean().optional().describe('This lesion is a source of pain'),
    posteriorWallIntact: z.boolean().optional().describe('Posterior wall of the vertebral body relatively intact (002 §3.4)'),
    pediclesInvolved: z.enum(['none', 'unilateral', 'bilateral']).optional().describe('Pedicles involved by tumour'),
    collapsePercent: z.number().min(0).max(100).optional().describe('Vertebral-body height loss, %'),
    bodyInvolvedPercent: z.number().min(0).max(100).optional().describe('Share of the vertebral body replaced by tumour, %'),
    escc: z
      .preprocess((v) => (typeof v === 'number' ? String(v) : typeof v === 'string' ? v.trim().toLowerCase() : v), z.literal(ESCC_GRADES))
      .optional()
      .describe('Bilsky ESCC grade 0, 1a, 1b, 1c, 2, 3'),
    sins: z.number().int().min(0).max(18).optional().describe('SINS total if already scored (bonemet score sins)'),
    tomitaSites: z.array(z.enum(TOMITA_SITES)).max(TOMITA_SITES.length).optional().describe('Parts of the vertebra involved, for the Tomita type'),
    adjacentVertebrae: z.boolean().optional().describe('Extends to the adjacent vertebra(e) (Tomita type 6)'),
    wbbZones: z.array(z.number().int().min(1).max(12)).max(12).optional().describe('WBB radial zones 1–12'),
    cordDistanceMm: z.number().min(0).optional().describe('Shortest distance from tumour to spinal cord, mm (RFA needs ≥ 10 mm, 002 §3.5)'),
    hypervascular: z.boolean().optional().describe('Hypervascular on imaging (e.g. renal, thyroid; 002 §1.6)'),
    hairpinAnteriorSpinalArtery: z.boolean().optional().describe('DSA shows a hairpin anterior spinal artery sharing the trunk of the target vessel (002 §1.6)'),
    fracture: z.enum(['none', 'impending', 'pathological']).optional().describe('Pathological or impending fracture'),
    acetabulumInvolved: z.boolean().optional().describe('Pelvic lesions: the acetabulum is involved (004 §4.5.4.3)'),
    longBone: z.enum(LONG_BONES).optional().describe('Long-bone lesions: which bone (a proximal-femur lesion is femoral)'),
    boneRegion: z.enum(['end', 'shaft']).optional().describe('Long-bone lesions: bone end (epiphysis/metaphysis) or shaft (diaphysis) (004 §4.5.4.1)'),
    peritrochanteric: z.boolean().optional().describe('Femoral lesions: in the peritrochanteric region (Mirels site 3)'),
    limbPain: z.enum(LIMB_PAIN).optional().describe('Long-bone lesions: pain at the lesion — mild, moderate or functional (on using the limb; Mirels)'),
    cortexInvolved: z.enum(CORTEX_INVOLVED).optional().describe('Long-bone lesions: share of the cortex destroyed — under 1/3, 1/3–2/3, over 2/3 (Mirels size)'),
    neurovascularInvolved: z.boolean().optional().describe('Long-bone lesions: major vessels or nerves involved (004 §4.5.4.1, amputation)'),
    extensiveSoftTissue: z.boolean().optional().describe('Long-bone lesions: extensive soft-tissue invasion (004 §4.5.4.1, amputation)'),
    destructionUncontrolled: z.boolean().optional().describe('Long-bone lesions: bone destruction not controlled by other treatments (004 §4.5.4.1, amputation)'),
    previouslyIrradiated: z.boolean().optional(),
    previouslyOperated: z.boolean().optional(),
    previouslyCemented: z.boolean().optional(),
  })
  .superRefine((lesion, ctx) => {
    if (lesion.site === 'spine' && lesion.level === undefined) {
      ctx.addIssue({ code: 'custom', path: ['level'], ...refusal(text(I.levelRequired)) });
    }
    if (lesion.site !== 'spine' && lesion.level !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['level'], ...refusal(text(I.onlySpinal, { site: lesion.site })) });
    }
    if (!isLongBoneSite(lesion.site)) {
      for (const field of LONG_BONE_FIELDS) {
        if (lesion[field] !== undefined) ctx.addIssue({ code: 'custom', path: [field], ...refusal(text(I.onlyLongBone, { site: lesion.site })) });
      }
    }
    if (lesion.site === 'proximal-femur' && lesion.longBone !== undefined && lesion.longBone !== 'femur') {
      ctx.addIssue({ code: 'custom', path: ['longBone'], ...refusal(text(I.proximalFemurBone, { bone: lesion.longBone })) });
    }
    if (lesion.peritrochanteric === true && lesion.longBone !== 'femur' && lesion.site !== 'proximal-femur') {
      ctx.addIssue({ code: 'custom', path: ['peritrochanteric'], ...refusal(text(I.onlyFemoral)) });
    }
  });
export type LesionFacts = z.output<typeof lesionFactsSchema>;
