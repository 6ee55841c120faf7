import { HISTOLOGY_IDS, type Histology } from '../../knowledge/histology.js';
import { SPINAL_LEVELS, type SpinalLevel } from '../../knowledge/anatomy/spine.js';
import { INSTRUMENT_IDS, type InstrumentId } from '../../knowledge/instruments/index.js';
import {
  ABLATION_METHODS, ADVERSE_EVENT_KINDS, BONE_AGENTS, RADIOTHERAPY_TECHNIQUES, SURGERY_PROCEDURES, TREATMENT_KINDS,
} from '../../boundary/codes.js';
import { AGENT_CLASSES, NON_OPIOID_ANALGESICS, OPIOIDS, type NonOpioidAnalgesic, type Opioid } from '../../knowledge/facts/therapy.js';
import { LESION_SITES, LONG_BONES, type LesionSite, type LongBone } from '../../knowledge/facts/lesion.js';

/**
 * The code systems, identifier systems and profiles of bonemet's FHIR R4 interface
 * (docs/interoperability.md). Codes of external terminologies appear only where they are
 * established; everything else is a code of the published bonemet CodeSystem (BONEMET_CS).
 */

export const FHIR_BASE = 'https://bonemet.dev/fhir';
/** Canonical URL of the bonemet CodeSystem (served at GET /fhir/CodeSystem/bonemet). */
export const BONEMET_CS = `${FHIR_BASE}/CodeSystem/bonemet`;
/** Prefix of bonemet's extension URLs. */
export const BONEMET_EXT = `${FHIR_BASE}/StructureDefinition`;
/** Identifier system of the patient code. */
export const SID_PATIENT_CODE = `${FHIR_BASE}/sid/patient-code`;
/** Identifier system of a registry record id, per entity (`…/sid/record/<entity>`). */
export const SID_RECORD = `${FHIR_BASE}/sid/record`;
/**
 * Identifier system of one analgesic of a follow-up visit's regimen (an item, not a record):
 * `<visit record id>/opioids/<index>` or `<visit record id>/non-opioid/<analgesic>`.
 */
export const SID_ANALGESIC = `${FHIR_BASE}/sid/analgesic`;

export const SNOMED = 'http://snomed.info/sct';
export const LOINC = 'http://loinc.org';
export const UCUM = 'http://unitsofmeasure.org';
export const RXNORM = 'http://www.nlm.nih.gov/research/umls/rxnorm';
export const OBSERVATION_CATEGORY = 'http://terminology.hl7.org/CodeSystem/observation-category';
export const CONDITION_VERIFICATION = 'http://terminology.hl7.org/CodeSystem/condition-ver-status';
export const AE_SEVERITY = 'http://terminology.hl7.org/CodeSystem/adverse-event-severity';
export const ACT_REASON = 'http://terminology.hl7.org/CodeSystem/v3-ActReason';
export const OBSERVATION_VALUE = 'http://terminology.hl7.org/CodeSystem/v3-ObservationValue';
export const NULL_FLAVOR = 'http://terminology.hl7.org/CodeSystem/v3-NullFlavor';
/** The FHIR R4 core extension saying why a value is absent (its codes: http://terminology.hl7.org/CodeSystem/data-absent-reason). */
export const DATA_ABSENT_REASON = 'http://hl7.org/fhir/StructureDefinition/data-absent-reason';

/**
 * mCODE profile and extension canonicals (http://hl7.org/fhir/us/mcode; unversioned, as mCODE
 * publishes them). The tests validate the export against mCODE 4.0.0 (STU4), the version the npm
 * registry has (development dependency hl7.fhir.us.mcode).
 */
const MCODE = 'http://hl7.org/fhir/us/mcode/StructureDefinition';
export const PROFILE = {
  cancerPatient: `${MCODE}/mcode-cancer-patient`,
  primaryCancerCondition: `${MCODE}/mcode-primary-cancer-condition`,
  secondaryCancerCondition: `${MCODE}/mcode-secondary-cancer-condition`,
  karnofsky: `${MCODE}/mcode-karnofsky-performance-status`,
  ecog: `${MCODE}/mcode-ecog-performance-status`,
  cancerDiseaseStatus: `${MCODE}/mcode-cancer-disease-status`,
  radiotherapyCourseSummary: `${MCODE}/mcode-radiotherapy-course-summary`,
  radiotherapyVolume: `${MCODE}/mcode-radiotherapy-volume`,
  surgicalProcedure: `${MCODE}/mcode-cancer-related-surgical-procedure`,
} as const;
export const MCODE_EXT = {
  sessions: `${MCODE}/mcode-radiotherapy-sessions`,
  modalityAndTechnique: `${MCODE}/mcode-radiotherapy-modality-and-technique`,
  /** Sub-extensions of modalityAndTechnique (mCODE 4.0.0 names them by canonical URL; STU3 by `modality`/`technique`, still read). */
  modality: `${MCODE}/mcode-radiotherapy-modality`,
  technique: `${MCODE}/mcode-radiotherapy-technique`,
  doseDeliveredToVolume: `${MCODE}/mcode-radiotherapy-dose-delivered-to-volume`,
} as const;

/** bonemet extensions (fields of the registry that FHIR R4 has no element for). */
export const EXT = {
  cohort: `${BONEMET_EXT}/cohort`,
  studyArm: `${BONEMET_EXT}/study-arm`,
  enrolledOn: `${BONEMET_EXT}/enrolled-on`,
  lastContactOn: `${BONEMET_EXT}/last-contact-on`,
  note: `${BONEMET_EXT}/note`,
  breastSubtype: `${BONEMET_EXT}/breast-subtype`,
  egfr: `${BONEMET_EXT}/egfr`,
  alk: `${BONEMET_EXT}/alk`,
  resectable: `${BONEMET_EXT}/resectable`,
  lesion: `${BONEMET_EXT}/lesion`,
  augmentation: `${BONEMET_EXT}/augmentation`,
  agentClass: `${BONEMET_EXT}/agent-class`,
  symptomatic: `${BONEMET_EXT}/symptomatic`,
  vertebra: `${BONEMET_EXT}/vertebra`,
  withCement: `${BONEMET_EXT}/with-cement`,
  derived: `${BONEMET_EXT}/derived`,
  followUpVisit: `${BONEMET_EXT}/follow-up-visit`,
} as const;

export interface Coding {
  system: string;
  code: string;
  display?: string;
}

export const bonemet = (code: string, display?: string): Coding => ({ system: BONEMET_CS, code, ...(display ? { display } : {}) });
/** The bonemet category of a registry lesion's Condition. */
export const LESION_DISPLAY = 'Bone lesion (registry lesion record): one spinal level or one extraspinal bone';

// -- conditions ---------------------------------------------------------------------------------

/*
 * SNOMED CT disorders (these and HISTOLOGY_SNOMED): codes and displays as the VSAC value set
 * "Cancer" (2.16.840.1.113883.3.526.2.1079, version 20250131) lists them (docs/interoperability.md,
 * Terminology review). SNOMED CT has renamed "Secondary malignant neoplasm of …" to "Metastatic
 * malignant neoplasm to …"; the codes are unchanged.
 */
export const SECONDARY_BONE: Coding = { system: SNOMED, code: '94222008', display: 'Metastatic malignant neoplasm to bone' };
export const SECONDARY_BRAIN: Coding = { system: SNOMED, code: '94225005', display: 'Metastatic malignant neoplasm to brain' };
export const SECONDARY_ANY: Coding = { system: SNOMED, code: '128462008', display: 'Metastatic malignant neoplasm' };
/** US Core's problem-list category, which mCODE's cancer conditions (on US Core 6.1 problems and health concerns) require. */
export const PROBLEM_LIST_ITEM: Coding = { system: 'http://terminology.hl7.org/CodeSystem/condition-category', code: 'problem-list-item', display: 'Problem List Item' };

/**
 * SNOMED CT disorders of the primary tumours where one concept matches the histology; every
 * primary also carries its bonemet code (`histology-<id>`), the one the import reads first.
 */
export const HISTOLOGY_SNOMED: Partial<Record<Histology, Coding>> = {
  'lung-nsclc': { system: SNOMED, code: '254637007', display: 'Non-small cell lung cancer' },
  'lung-sclc': { system: SNOMED, code: '254632001', display: 'Small cell carcinoma of lung' },
  breast: { system: SNOMED, code: '254837009', display: 'Malignant neoplasm of breast' },
  prostate: { system: SNOMED, code: '399068003', display: 'Malignant tumor of prostate' },
  kidney: { system: SNOMED, code: '363518003', display: 'Malignant tumor of kidney' },
  thyroid: { system: SNOMED, code: '363478007', display: 'Malignant tumor of thyroid gland' },
  liver: { system: SNOMED, code: '93870000', display: 'Malignant neoplasm of liver' },
  colon: { system: SNOMED, code: '363406005', display: 'Malignant neoplasm of colon' },
  stomach: { system: SNOMED, code: '363349007', display: 'Malignant tumor of stomach' },
  myeloma: { system: SNOMED, code: '109989006', display: 'Multiple myeloma' },
  'unknown-primary': { system: SNOMED, code: '255052006', display: 'Malignant neoplasm of unknown origin' },
};

/**
 * SNOMED CT body structures of the whole vertebra at each level (bodySite, with the bonemet
 * `vertebra-<level>` code): C3–L5 as DICOM PS3.16 CID 7603 "Vertebra" lists them, with its code
 * meanings; C1, C2 (also in CID 7603) and S1–S5 with the displays of mCODE 4.0.0's
 * RadiotherapyTreatmentLocationVS. mCODE binds Condition.bodySite (extensible) to
 * CancerBodyLocationVS: every SNOMED CT body structure.
 */
const VERTEBRAE: [SpinalLevel, string, string][] = [
  ['C1', '14806007', 'Bone structure of atlas'], ['C2', '39976000', 'Bone structure of axis'], ['C3', '113205007', 'C3 vertebra'], ['C4', '5329002', 'C4 vertebra'],
  ['C5', '36978003', 'C5 vertebra'], ['C6', '36054005', 'C6 vertebra'], ['C7', '87391001', 'C7 vertebra'],
  ['T1', '64864005', 'T1 vertebra'], ['T2', '53733008', 'T2 vertebra'], ['T3', '1626008', 'T3 vertebra'], ['T4', '73071006', 'T4 vertebra'],
  ['T5', '56401006', 'T5 vertebra'], ['T6', '45296009', 'T6 vertebra'], ['T7', '62487009', 'T7 vertebra'], ['T8', '11068009', 'T8 vertebra'],
  ['T9', '82687006', 'T9 vertebra'], ['T10', '7610001', 'T10 vertebra'], ['T11', '12989004', 'T11 vertebra'], ['T12', '23215003', 'T12 vertebra'],
  ['L1', '66794005', 'L1 vertebra'], ['L2', '14293000', 'L2 vertebra'], ['L3', '36470004', 'L3 vertebra'], ['L4', '11994002', 'L4 vertebra'],
  ['L5', '49668003', 'L5 vertebra'],
  ['S1', '65985001', 'Structure of first sacral vertebra'], ['S2', '11808007', 'Structure of second sacral vertebra'],
  ['S3', '49967005', 'Structure of third sacral vertebra'], ['S4', '69950008', 'Structure of fourth sacral vertebra'],
  ['S5', '21452006', 'Structure of fifth sacral vertebra'],
];
export const VERTEBRA_SNOMED = Object.fromEntries(VERTEBRAE.map(([level, code, display]) => [level, { system: SNOMED, code, display }])) as Record<SpinalLevel, Coding>;

/** An extraspinal lesion's bone: its site, or the long bone named (the core's LESION_SITES and LONG_BONES). */
export type Bone = Exclude<LesionSite, 'spine'> | LongBone;
export const BONES: readonly Bone[] = [...LESION_SITES.filter((site): site is Exclude<LesionSite, 'spine'> => site !== 'spine'), ...LONG_BONES];
/** The bones as the bodySite's text and the bonemet code's display. */
export const BONE_NAMES: Record<Bone, string> = {
  ilium: 'ilium', acetabulum: 'acetabulum', 'pubis-ischium': 'pubis / ischium', sacrum: 'sacrum', 'proximal-femur': 'proximal femur',
  'long-bone': 'long bone', 'other-bone': 'other bone', femur: 'femur', tibia: 'tibia', fibula: 'fibula', humerus: 'humerus', radius: 'radius', ulna: 'ulna',
};
/**
 * SNOMED CT body structures of the bones of extraspinal lesions (bodySite, with the bonemet
 * `bone-<bone>` code): ilium, acetabulum, femur, fibula, humerus and radius with the displays of
 * mCODE 4.0.0's RadiotherapyTreatmentLocationVS; tibia and ulna (DICOM PS3.16 CID 12021 and
 * 7304), the proximal femur (CID 7304) and the sacrum (CID 4031) with DICOM's code meanings.
 * Pubis / ischium (two bones), a long bone not named and another bone: the bonemet code only.
 */
export const BONE_SNOMED: Partial<Record<Bone, Coding>> = {
  ilium: { system: SNOMED, code: '22356005', display: 'Bone structure of ilium' },
  acetabulum: { system: SNOMED, code: '37783008', display: 'Bone structure of acetabulum' },
  sacrum: { system: SNOMED, code: '54735007', display: 'Sacrum' },
  'proximal-femur': { system: SNOMED, code: '310651003', display: 'Proximal femur' },
  femur: { system: SNOMED, code: '71341001', display: 'Bone structure of femur' },
  tibia: { system: SNOMED, code: '12611008', display: 'Tibia' },
  fibula: { system: SNOMED, code: '87342007', display: 'Bone structure of fibula' },
  humerus: { system: SNOMED, code: '85050009', display: 'Bone structure of humerus' },
  radius: { system: SNOMED, code: '62413002', display: 'Bone structure of radius' },
  ulna: { system: SNOMED, code: '23416004', display: 'Ulna' },
};

// -- observations -------------------------------------------------------------------------------

/** LOINC codes of the instruments that have one; the others are bonemet codes (`instrument-<id>`). */
export const INSTRUMENT_LOINC: Partial<Record<InstrumentId, Coding>> = {
  kps: { system: LOINC, code: '89243-0', display: 'Karnofsky Performance Status score' },
  vas: { system: LOINC, code: '72514-3', display: 'Pain severity - 0-10 verbal numeric rating [Score] - Reported' },
};
export const ECOG_LOINC: Coding = { system: LOINC, code: '89247-1', display: 'ECOG Performance Status score' };
/** LOINC 97509-4 Cancer disease progression; value SNOMED 271299001 |Patient's condition worsened|. */
export const DISEASE_STATUS_LOINC: Coding = { system: LOINC, code: '97509-4', display: 'Cancer disease progression' };
export const CONDITION_WORSENED: Coding = { system: SNOMED, code: '271299001', display: "Patient's condition worsened" };

export const INSTRUMENT_NAMES: Record<InstrumentId, string> = {
  sins: 'Spinal Instability Neoplastic Score (SINS)',
  escc: 'Epidural spinal cord compression grade (Bilsky ESCC)',
  kps: 'Karnofsky Performance Status',
  vas: 'Pain score (VAS/NRS 0-10)',
  tokuhashi: 'Revised Tokuhashi score',
  tomita: 'Tomita score',
  'tomita-type': 'Tomita surgical classification (type 1-7)',
  wbb: 'Weinstein-Boriani-Biagini staging zones',
  frankel: 'Frankel grade',
  odi: 'Oswestry Disability Index',
  rmdq: 'Roland-Morris Disability Questionnaire',
  'md-anderson': 'MD Anderson bone response criteria',
  'modified-bauer': 'Modified Bauer score',
  nesms: 'New England Spinal Metastasis Score (NESMS)',
  katagiri: 'New Katagiri score',
  mirels: 'Mirels score for impending pathological fracture of a long bone',
};

export const instrumentCoding = (id: InstrumentId): Coding[] => [
  ...(INSTRUMENT_LOINC[id] ? [INSTRUMENT_LOINC[id]] : []),
  bonemet(`instrument-${id}`, INSTRUMENT_NAMES[id]),
];

// -- procedures and medications -----------------------------------------------------------------

export const PROCEDURE_NAMES: Record<string, string> = {
  pvp: 'Percutaneous vertebroplasty',
  pkp: 'Percutaneous kyphoplasty',
  radiotherapy: 'Radiotherapy course',
  surgery: 'Spinal surgery for metastasis',
  ablation: 'Percutaneous tumour ablation',
  cementoplasty: 'Percutaneous cementoplasty',
};
/** SNOMED CT 1217123003 |Radiotherapy course of treatment (regime/therapy)| (mCODE's code for the course summary). */
export const RADIOTHERAPY_COURSE: Coding = { system: SNOMED, code: '1217123003', display: 'Radiotherapy course of treatment' };
/** mCODE modality: SNOMED CT 1156506007 |External beam radiation therapy using photons (procedure)|. */
export const PHOTON_EBRT: Coding = { system: SNOMED, code: '1156506007', display: 'External beam radiation therapy using photons' };
/**
 * mCODE binds the technique (required) to RadiotherapyTechniqueVS. The photon techniques it lists
 * that the registry records: IMRT and 3D-CRT. Conventional EBRT (2D or 3D), SBRT and SSRS (a
 * dose and fractionation, delivered by IMRT, VMAT or 3D) have none: they are sent as the value
 * set's "un-encoded" (UNC) with the bonemet code and text, as mCODE's own examples do.
 */
export const RT_TECHNIQUE_SNOMED: Partial<Record<(typeof RADIOTHERAPY_TECHNIQUES)[number], Coding>> = {
  imrt: { system: SNOMED, code: '441799006', display: 'Intensity modulated radiation therapy' },
  '3d-crt': { system: SNOMED, code: '1162782007', display: 'Three dimensional external beam radiation therapy' },
};
export const UNENCODED: Coding = { system: NULL_FLAVOR, code: 'UNC', display: 'un-encoded' };

/** RxNorm ingredients of the bone-modifying agents where the concept is unambiguous. */
export const BONE_AGENT_RXNORM: Partial<Record<(typeof BONE_AGENTS)[number], Coding>> = {
  'zoledronic-acid': { system: RXNORM, code: '77655', display: 'zoledronic acid' },
  denosumab: { system: RXNORM, code: '993449', display: 'denosumab' },
};

// -- analgesics (the regimen recorded at a follow-up visit) -------------------------------------

/**
 * RxNorm ingredients of the opioids the registry records, as the CDC MME conversion-factor
 * CodeSystem supplement of the HL7 opioid-mme-r4 guide lists them (fentanyl-patch: the ingredient
 * fentanyl, the patch said by the transdermal route).
 */
export const OPIOID_RXNORM: Record<Opioid, Coding> = {
  morphine: { system: RXNORM, code: '7052', display: 'morphine' },
  oxycodone: { system: RXNORM, code: '7804', display: 'oxycodone' },
  hydromorphone: { system: RXNORM, code: '3423', display: 'hydromorphone' },
  hydrocodone: { system: RXNORM, code: '5489', display: 'hydrocodone' },
  oxymorphone: { system: RXNORM, code: '7814', display: 'oxymorphone' },
  codeine: { system: RXNORM, code: '2670', display: 'codeine' },
  tramadol: { system: RXNORM, code: '10689', display: 'tramadol' },
  tapentadol: { system: RXNORM, code: '787390', display: 'tapentadol' },
  methadone: { system: RXNORM, code: '6813', display: 'methadone' },
  'fentanyl-patch': { system: RXNORM, code: '4337', display: 'fentanyl' },
};
/** RxNorm ingredients of the non-opioid analgesics that are one ingredient; the others are drug classes (bonemet codes only). */
export const NON_OPIOID_RXNORM: Partial<Record<NonOpioidAnalgesic, Coding>> = {
  acetaminophen: { system: RXNORM, code: '161', display: 'acetaminophen' },
  lidocaine: { system: RXNORM, code: '6387', display: 'lidocaine' },
};
export const OPIOID_NAMES: Record<Opioid, string> = {
  morphine: 'morphine', oxycodone: 'oxycodone', hydromorphone: 'hydromorphone', hydrocodone: 'hydrocodone', oxymorphone: 'oxymorphone',
  codeine: 'codeine', tramadol: 'tramadol', tapentadol: 'tapentadol', methadone: 'methadone', 'fentanyl-patch': 'fentanyl transdermal patch',
};
export const NON_OPIOID_NAMES: Record<NonOpioidAnalgesic, string> = {
  acetaminophen: 'acetaminophen (paracetamol)', nsaid: 'NSAID', 'topical-nsaid': 'topical NSAID', corticosteroid: 'corticosteroid (adjuvant)',
  gabapentinoid: 'gabapentinoid (adjuvant)', snri: 'SNRI (adjuvant)', lidocaine: 'lidocaine',
};
/** SNOMED CT routes (FHIR example binding of Dosage.route). */
export const ORAL_ROUTE: Coding = { system: SNOMED, code: '26643006', display: 'Oral route' };
export const TRANSDERMAL_ROUTE: Coding = { system: SNOMED, code: '45890007', display: 'Transdermal route' };
export const OPIOID_CATEGORY: Coding = { system: BONEMET_CS, code: 'analgesic-opioid', display: 'Opioid analgesic (regimen at a follow-up visit)' };
export const NON_OPIOID_CATEGORY: Coding = { system: BONEMET_CS, code: 'analgesic-non-opioid', display: 'Non-opioid analgesic or adjuvant (regimen at a follow-up visit)' };

// -- the bonemet CodeSystem -----------------------------------------------------------------------

interface Concept {
  code: string;
  display: string;
  definition?: string;
}

const label = (id: string) => id.replace(/-/g, ' ');

/** Every code bonemet uses in its own system. */
export function bonemetConcepts(): Concept[] {
  return [
    ...HISTOLOGY_IDS.map((id) => ({ code: `histology-${id}`, display: `Primary tumour: ${label(id)}` })),
    ...SPINAL_LEVELS.map((level) => ({ code: `vertebra-${level}`, display: `${level} vertebra` })),
    { code: 'metastasis-spine', display: 'Metastasis to the spine' },
    { code: 'metastasis-extraspinal-bone', display: 'Metastasis to bone outside the spine' },
    { code: 'metastasis-visceral', display: 'Visceral metastasis' },
    { code: 'metastasis-brain', display: 'Brain metastasis' },
    { code: 'lesion', display: LESION_DISPLAY },
    ...BONES.map((bone) => ({ code: `bone-${bone}`, display: `Bone: ${BONE_NAMES[bone]}` })),
    ...INSTRUMENT_IDS.map((id) => ({ code: `instrument-${id}`, display: INSTRUMENT_NAMES[id] })),
    { code: 'sre', display: 'Skeletal-related event' },
    { code: 'last-contact', display: 'Last contact: the last day the patient was known alive; follow-up ended without a recorded death' },
    { code: 'ecog-from-kps', display: 'ECOG derived from KPS by the conventional mapping' },
    ...TREATMENT_KINDS.map((kind) => ({ code: `treatment-${kind}`, display: PROCEDURE_NAMES[kind] ?? label(kind) })),
    { code: 'treatment-cementoplasty', display: PROCEDURE_NAMES.cementoplasty! },
    ...RADIOTHERAPY_TECHNIQUES.map((t) => ({ code: `rt-${t}`, display: `Radiotherapy technique: ${t.toUpperCase()}` })),
    ...SURGERY_PROCEDURES.map((p) => ({ code: `surgery-${p}`, display: `Surgery: ${label(p)}` })),
    ...ABLATION_METHODS.map((m) => ({ code: `ablation-${m}`, display: `Ablation: ${label(m)}` })),
    ...BONE_AGENTS.map((a) => ({ code: `agent-${a}`, display: `Bone-modifying agent: ${label(a)}` })),
    ...AGENT_CLASSES.map((c) => ({ code: `agent-class-${c}`, display: `Agent class: ${label(c)}` })),
    ...ADVERSE_EVENT_KINDS.map((k) => ({ code: `ae-${k}`, display: `Adverse event: ${label(k)}` })),
    { code: OPIOID_CATEGORY.code, display: OPIOID_CATEGORY.display! },
    { code: NON_OPIOID_CATEGORY.code, display: NON_OPIOID_CATEGORY.display! },
    ...OPIOIDS.map((o) => ({ code: `opioid-${o}`, display: `Opioid: ${OPIOID_NAMES[o]}` })),
    ...NON_OPIOID_ANALGESICS.map((a) => ({ code: `analgesic-${a}`, display: `Non-opioid analgesic: ${NON_OPIOID_NAMES[a]}` })),
  ];
}

/** The bonemet CodeSystem resource: the codes above; instrument items (`<instrument>.<item>`) and bands (`<instrument>-band-<band>`) are codes of it too but not listed, so its content is a fragment. */
export function bonemetCodeSystem(version: string): Record<string, unknown> {
  return {
    resourceType: 'CodeSystem',
    id: 'bonemet',
    url: BONEMET_CS,
    version,
    name: 'BonemetCodes',
    title: 'bonemet codes: bone metastasis instruments, treatments and events',
    status: 'active',
    experimental: false,
    publisher: 'bonemet',
    description: 'Codes bonemet uses where LOINC, SNOMED CT or RxNorm have no established concept: instruments of spinal metastasis care (SINS, ESCC, Tokuhashi, Tomita, WBB, Frankel, ODI, RMDQ, MD Anderson), their items and bands, treatments, bone-modifying agents, analgesics and adverse events. See docs/interoperability.md.',
    caseSensitive: true,
    content: 'fragment',
    concept: bonemetConcepts(),
  };
}
