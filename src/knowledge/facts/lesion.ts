import { z } from 'zod';
import { spinalSpanSchema } from '../anatomy/schemas.js';
import { ESCC_GRADES } from '../instruments/escc.js';
import { TOMITA_SITES } from '../instruments/tomita-type.js';

/** Where a bone lesion sits; everything but `spine` is extraspinal (pelvis and long bones, 003, 004 §4.5.4.3, §4.6). */
export const LESION_SITES = ['spine', 'ilium', 'acetabulum', 'pubis-ischium', 'sacrum', 'proximal-femur', 'long-bone', 'other-bone'] as const;
export type LesionSite = (typeof LESION_SITES)[number];

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
    previouslyIrradiated: z.boolean().optional(),
    previouslyOperated: z.boolean().optional(),
    previouslyCemented: z.boolean().optional(),
  })
  .superRefine((lesion, ctx) => {
    if (lesion.site === 'spine' && lesion.level === undefined) {
      ctx.addIssue({ code: 'custom', path: ['level'], message: 'required for a spinal lesion; accepted: C1–C7, T1–T12, L1–L5, S1–S5 or a span such as "T12-L1"' });
    }
    if (lesion.site !== 'spine' && lesion.level !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['level'], message: `only for spinal lesions (site is "${lesion.site}")` });
    }
  });
export type LesionFacts = z.output<typeof lesionFactsSchema>;
