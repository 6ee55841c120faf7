/**
 * Code lists of the registry, one list and one type each (REFERENCE.md S9). Clinical vocabularies
 * that the knowledge core already owns (histologies, spinal levels, instruments, agent classes,
 * treatment options) are imported from there, not repeated here.
 */

export const SEXES = ['female', 'male'] as const;

export const METASTATIC_SITE_KINDS = ['spine', 'extraspinal-bone', 'visceral', 'brain'] as const;
export type MetastaticSiteKind = (typeof METASTATIC_SITE_KINDS)[number];

export const LESION_CHARACTERS = ['lytic', 'blastic', 'mixed'] as const;
export const PEDICLE_INVOLVEMENT = ['none', 'unilateral', 'bilateral'] as const;
export const ESCC_CODES = ['0', '1a', '1b', '1c', '2', '3'] as const;
export const MARKER_STATUS = ['mutant', 'wild-type', 'unknown'] as const;
export const ALK_STATUS = ['rearranged', 'wild-type', 'unknown'] as const;

export const TREATMENT_KINDS = ['pvp', 'pkp', 'radiotherapy', 'surgery', 'ablation', 'systemic', 'bone-modifying-agent'] as const;
export type TreatmentKind = (typeof TREATMENT_KINDS)[number];
/** Local treatments of a lesion: recording one schedules the follow-up of 000 §1.3. */
export const LOCAL_TREATMENT_KINDS: readonly TreatmentKind[] = ['pvp', 'pkp', 'radiotherapy', 'surgery', 'ablation'];

export const PVP_APPROACHES = ['transpedicular', 'costovertebral', 'parapedicular', 'other'] as const;
export const RADIOTHERAPY_TECHNIQUES = ['imrt', '3d-crt', 'conventional-ebrt', 'sbrt', 'ssrs'] as const;
export const SURGERY_PROCEDURES = ['tes', 'separation-surgery', 'laminectomy-fixation', 'palliative-surgery', 'other'] as const;
export const ABLATION_METHODS = ['rfa', 'mwa', 'cryoablation', 'focused-ultrasound', 'other'] as const;
/** Response of the disease to a systemic therapy, as the treating team judged it (RECIST-like words). */
export const SYSTEMIC_RESPONSES = ['complete', 'partial', 'stable', 'progression', 'not-assessed'] as const;
export const BONE_AGENTS = ['zoledronic-acid', 'pamidronate', 'ibandronate', 'incadronate', 'denosumab'] as const;

/**
 * Where cement went outside the vertebral body: the leak classes of 000 §2.6 (paravertebral
 * tissue, disc, pedicle, canal, paravertebral vein) and 001 review 5 (canal, disc, venous).
 */
export const LEAK_SITES = ['paravertebral', 'disc', 'pedicle', 'canal', 'paravertebral-vein'] as const;
export type LeakSite = (typeof LEAK_SITES)[number];

/**
 * Adverse events: a cement leak by site (000 §2.6), the other complications of 001 review 5
 * (cement pulmonary embolism, intracardiac cement, infection) and radiation toxicity (000 §2.6).
 */
export const ADVERSE_EVENT_KINDS = [
  ...LEAK_SITES.map((site) => `cement-leak-${site}` as const),
  'cement-pulmonary-embolism',
  'intracardiac-cement',
  'infection',
  'radiation-toxicity',
  'other',
] as const;
export type AdverseEventKind = (typeof ADVERSE_EVENT_KINDS)[number];
export const SEVERITIES = ['mild', 'moderate', 'severe'] as const;
/** CTCAE grades: 1 mild, 2 moderate, 3 severe, 4 life-threatening, 5 death related to the event (CTCAE v5.0). */
export const CTCAE_GRADES = [1, 2, 3, 4, 5] as const;
/** Relation of an adverse event to the treatment (attribution scale of CTCAE/NCI adverse-event reporting). */
export const AE_RELATIONS = ['unrelated', 'unlikely', 'possible', 'probable', 'definite'] as const;
export type AeRelation = (typeof AE_RELATIONS)[number];

/**
 * Outcome events: death, skeletal-related event, local progression (000 §1.3, §2.1), and last contact.
 * Last contact is this registry's convention, not a source's: the last day the patient was known to be
 * alive when follow-up ends without a recorded death (lost to follow-up, moved away, withdrew). Like a
 * death it ends follow-up: visits whose window opens after it are cancelled, none is due or overdue
 * after it, and survival is censored on it (unless a death is recorded).
 */
export const OUTCOME_KINDS = ['death', 'sre', 'local-progression', 'last-contact'] as const;
export type OutcomeKind = (typeof OUTCOME_KINDS)[number];
/** Outcome events that end a patient's follow-up. */
export const FOLLOW_UP_ENDING_OUTCOMES: readonly OutcomeKind[] = ['death', 'last-contact'];

export const VISIT_STATUSES = ['scheduled', 'done', 'missed', 'cancelled'] as const;
export type VisitStatus = (typeof VISIT_STATUSES)[number];

/** Laboratory values: the analytes of the decision facts' labs, owned by the knowledge core. */
export { LAB_ANALYTES, LAB_ANALYTE_IDS, type LabAnalyte } from '../knowledge/facts/index.js';
