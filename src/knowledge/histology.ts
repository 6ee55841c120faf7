/**
 * Primary tumour histologies, one list for every instrument and rule. Each carries the points the
 * prognosis scores give it; labels live in src/i18n/histology.ts.
 *
 * - revised Tokuhashi primary-site points (002 §2.2; Tokuhashi 2005): lung, osteosarcoma, stomach,
 *   bladder, oesophagus, pancreas 0; liver, gallbladder, unidentified 1; others 2; kidney, uterus 3;
 *   rectum 4; thyroid, breast, prostate, carcinoid 5.
 * - Tomita growth class (002 §2.1; Tomita 2001): slow breast, thyroid, prostate; moderate kidney,
 *   uterus; rapid lung, liver, stomach, colon, unknown primary. Tomita lists these "etc.": any other
 *   histology has no published class (null) and the growth rate must be given by the clinician.
 */
export const HISTOLOGIES = {
  'lung-nsclc': { tokuhashi: 0, tomitaGrowth: 'rapid' },
  'lung-sclc': { tokuhashi: 0, tomitaGrowth: 'rapid' },
  osteosarcoma: { tokuhashi: 0, tomitaGrowth: null },
  stomach: { tokuhashi: 0, tomitaGrowth: 'rapid' },
  bladder: { tokuhashi: 0, tomitaGrowth: null },
  esophagus: { tokuhashi: 0, tomitaGrowth: null },
  pancreas: { tokuhashi: 0, tomitaGrowth: null },
  liver: { tokuhashi: 1, tomitaGrowth: 'rapid' },
  gallbladder: { tokuhashi: 1, tomitaGrowth: null },
  'unknown-primary': { tokuhashi: 1, tomitaGrowth: 'rapid' },
  kidney: { tokuhashi: 3, tomitaGrowth: 'moderate' },
  uterus: { tokuhashi: 3, tomitaGrowth: 'moderate' },
  rectum: { tokuhashi: 4, tomitaGrowth: null },
  thyroid: { tokuhashi: 5, tomitaGrowth: 'slow' },
  breast: { tokuhashi: 5, tomitaGrowth: 'slow' },
  prostate: { tokuhashi: 5, tomitaGrowth: 'slow' },
  carcinoid: { tokuhashi: 5, tomitaGrowth: null },
  colon: { tokuhashi: 2, tomitaGrowth: 'rapid' },
  ovary: { tokuhashi: 2, tomitaGrowth: null },
  'head-and-neck': { tokuhashi: 2, tomitaGrowth: null },
  melanoma: { tokuhashi: 2, tomitaGrowth: null },
  'soft-tissue-sarcoma': { tokuhashi: 2, tomitaGrowth: null },
  'germ-cell': { tokuhashi: 2, tomitaGrowth: null },
  myeloma: { tokuhashi: 2, tomitaGrowth: null },
  lymphoma: { tokuhashi: 2, tomitaGrowth: null },
  other: { tokuhashi: 2, tomitaGrowth: null },
} as const satisfies Record<string, { tokuhashi: 0 | 1 | 2 | 3 | 4 | 5; tomitaGrowth: TomitaGrowth | null }>;

export type Histology = keyof typeof HISTOLOGIES;
export type TomitaGrowth = 'slow' | 'moderate' | 'rapid';
export const HISTOLOGY_IDS = Object.keys(HISTOLOGIES) as [Histology, ...Histology[]];

/** ER/HR-negative and triple-negative breast cancer behave worse than other breast cancers (002 §2.2). */
export const BREAST_SUBTYPES = ['hormone-receptor-positive', 'er-hr-negative', 'triple-negative', 'unknown'] as const;
export type BreastSubtype = (typeof BREAST_SUBTYPES)[number];

export function isAggressiveBreast(histology: Histology, subtype: BreastSubtype | undefined): boolean {
  return histology === 'breast' && (subtype === 'er-hr-negative' || subtype === 'triple-negative');
}

export type Radiosensitivity = 'sensitive' | 'insensitive' | 'unknown';

/**
 * Conventional radiosensitivity of solid tumours as 002 §1.3 lists it (and melanoma, §3.7);
 * haematological tumours, seminoma and small-cell lung cancer by the public NOMS literature.
 * Histologies neither names are `unknown`: the clinician must say.
 */
export const RADIOSENSITIVITY: Record<Histology, { class: Radiosensitivity; basis: string }> = {
  breast: { class: 'sensitive', basis: '002 §1.3' },
  prostate: { class: 'sensitive', basis: '002 §1.3' },
  ovary: { class: 'sensitive', basis: '002 §1.3' },
  carcinoid: { class: 'sensitive', basis: '002 §1.3 (neuroendocrine)' },
  kidney: { class: 'insensitive', basis: '002 §1.3' },
  thyroid: { class: 'insensitive', basis: '002 §1.3' },
  liver: { class: 'insensitive', basis: '002 §1.3 (hepatocellular)' },
  'lung-nsclc': { class: 'insensitive', basis: '002 §1.3' },
  colon: { class: 'insensitive', basis: '002 §1.3' },
  rectum: { class: 'insensitive', basis: '002 §1.3 (colon; colorectal adenocarcinoma)' },
  osteosarcoma: { class: 'insensitive', basis: '002 §1.3 (sarcoma)' },
  'soft-tissue-sarcoma': { class: 'insensitive', basis: '002 §1.3 (sarcoma)' },
  melanoma: { class: 'insensitive', basis: '002 §3.7' },
  lymphoma: { class: 'sensitive', basis: 'public: NOMS (haematological)' },
  myeloma: { class: 'sensitive', basis: 'public: NOMS (haematological)' },
  'germ-cell': { class: 'sensitive', basis: 'public: NOMS (seminoma)' },
  'lung-sclc': { class: 'sensitive', basis: 'public: small-cell lung cancer' },
  stomach: { class: 'unknown', basis: 'not classified by the sources' },
  esophagus: { class: 'unknown', basis: 'not classified by the sources' },
  pancreas: { class: 'unknown', basis: 'not classified by the sources' },
  bladder: { class: 'unknown', basis: 'not classified by the sources' },
  uterus: { class: 'unknown', basis: 'not classified by the sources' },
  gallbladder: { class: 'unknown', basis: 'not classified by the sources' },
  'head-and-neck': { class: 'unknown', basis: 'not classified by the sources' },
  'unknown-primary': { class: 'unknown', basis: 'not classified by the sources' },
  other: { class: 'unknown', basis: 'not classified by the sources' },
};

/** Hypervascular primaries that benefit from pre-operative embolisation (002 §1.6). */
export const HYPERVASCULAR_HISTOLOGIES: readonly Histology[] = ['kidney', 'thyroid'];

/** Primary bone tumours the PVP guideline does not cover (001 §3(8)). */
export const PRIMARY_BONE_TUMOURS: readonly Histology[] = ['myeloma', 'lymphoma', 'osteosarcoma'];

export const isLungCancer = (histology: Histology | undefined): boolean =>
  histology === 'lung-nsclc' || histology === 'lung-sclc';
