import { cdsText } from '../../i18n/cds.js';
import { isText, text, verbatim, type Text } from '../../knowledge/text.js';
import { parseLevel } from '../../knowledge/anatomy/spine.js';
import { BMA_AGENTS } from '../../knowledge/rules/plan.js';
import { HISTOLOGY_IDS, type Histology } from '../../knowledge/histology.js';
import { AGENT_CLASSES, patientFactsSchema, type AgentClass, type Opioid, type PatientFacts } from '../../knowledge/facts/index.js';
import {
  BONEMET_CS, BONE_AGENT_RXNORM, ECOG_LOINC, HISTOLOGY_SNOMED, INSTRUMENT_LOINC, LOINC, MCODE_EXT, RADIOTHERAPY_COURSE, RXNORM, SECONDARY_BONE, SECONDARY_BRAIN, SNOMED, UCUM,
} from '../fhir/codes.js';

const Q = cdsText.questions;

/**
 * FHIR R4 resources from a CDS Hooks prefetch (or fetched from the EHR's FHIR server) → bonemet
 * decision facts (docs/interoperability.md, "Facts from the EHR"). Pure. A value in a unit bonemet
 * does not convert, outside its plausible range, or on the wrong lesion is never used: it becomes a
 * question naming the resource, so no dose is computed from it.
 */

type Json = Record<string, unknown>;
const obj = (v: unknown): Json | undefined => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : undefined);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);
const codings = (concept: unknown): { system?: string; code?: string }[] => arr(obj(concept)?.coding).map((c) => obj(c) ?? {});
const has = (concept: unknown, system: string, code: string) => codings(concept).some((c) => c.system === system && c.code === code);
const bonemetCode = (concept: unknown, prefix: string): string | undefined =>
  codings(concept).find((c) => c.system === BONEMET_CS && typeof c.code === 'string' && c.code.startsWith(prefix))?.code?.slice(prefix.length);
const rxnorm = (concept: unknown): string | undefined => codings(concept).find((c) => c.system === RXNORM && typeof c.code === 'string')?.code;

// -- codes read ------------------------------------------------------------------------------------

/** LOINC codes of the laboratory and vital-sign observations read, with the one unit each is taken in. */
export const LAB_LOINC = {
  /** Creatinine [Mass/volume] in Serum or Plasma. */
  creatinineMass: '2160-0',
  /** Creatinine [Moles/volume] in Serum or Plasma. */
  creatinineMoles: '14682-9',
  /** Calcium [Moles/volume] corrected for albumin in Serum or Plasma. */
  calciumCorrectedMoles: '29265-6',
  /** Calcium [Mass/volume] in Serum or Plasma (total, not corrected: asked, not used). */
  calciumTotalMass: '17861-6',
  /** Platelets [#/volume] in Blood by Automated count. */
  platelets: '777-3',
  /** Body weight. */
  bodyWeight: '29463-7',
} as const;
/** eGFR codes: recognised and reported, never used (004 Table 2 doses by Cockcroft–Gault clearance). */
export const EGFR_LOINC = ['33914-3', '48642-3', '48643-1', '62238-1', '98979-8'] as const;

/** RxNorm ingredient codes of the opioids bonemet converts to oral morphine equivalents. */
export const OPIOID_RXNORM: Record<Opioid, string> = {
  morphine: '7052', oxycodone: '7804', hydromorphone: '3423', hydrocodone: '5489', oxymorphone: '7814',
  codeine: '2670', tramadol: '10689', tapentadol: '787390', methadone: '6813', 'fentanyl-patch': '4337',
};
/** RxNorm cisplatin (004 §4.1.4.2 renal-risk factor). */
export const CISPLATIN_RXNORM = '2555';

/** Prefetch templates: what the rules read, one search per kind (CDS Hooks 2.0 prefetch). */
export const CDS_PREFETCH = {
  patient: 'Patient/{{context.patientId}}',
  conditions: 'Condition?patient={{context.patientId}}',
  observations: `Observation?patient={{context.patientId}}&code=${[
    ...[INSTRUMENT_LOINC.kps!.code, ECOG_LOINC.code, INSTRUMENT_LOINC.vas!.code, ...Object.values(LAB_LOINC), ...EGFR_LOINC].map((c) => `${LOINC}|${c}`),
    ...['sins', 'escc', 'frankel'].map((i) => `${BONEMET_CS}|instrument-${i}`),
  ].join(',')}`,
  medicationStatements: 'MedicationStatement?patient={{context.patientId}}',
  medicationRequests: 'MedicationRequest?patient={{context.patientId}}&status=active,completed',
  procedures: 'Procedure?patient={{context.patientId}}&status=completed',
} as const;
export type PrefetchKey = keyof typeof CDS_PREFETCH;
export const PREFETCH_KEYS = Object.keys(CDS_PREFETCH) as PrefetchKey[];

/** The facts (paths) each key gives the rules: a key that could not be read leaves them unknown. */
export const PREFETCH_FACTS: Record<PrefetchKey, readonly string[]> = {
  patient: ['patient.age', 'patient.sex'],
  conditions: ['primary', 'metastases', 'lesions'],
  observations: ['kps', 'pain', 'labs.creatinineMgDl', 'labs.calciumMgDl', 'labs.plateletsPerUl', 'patient.weightKg', 'lesions'],
  medicationStatements: ['systemicTherapy', 'opioids', 'medications'],
  medicationRequests: ['systemicTherapy', 'opioids', 'medications'],
  procedures: ['priorTreatments'],
};

/**
 * The keys no hook can answer without (CDS Hooks 2.0: 412 when required data cannot be had): the
 * Patient — age and sex every rule reads, death, the registry match — and, for a patient not in
 * bonemet's registry, the Conditions — whether there is a bone metastasis at all, the primary, the
 * levels. The same for the three hooks: an order check that lacks a key says so on its card.
 */
export function requiredPrefetch(inRegistry: boolean): PrefetchKey[] {
  return inRegistry ? ['patient'] : ['patient', 'conditions'];
}

/** Why a key is missing: not in the prefetch, and no fhirServer, one not registered for the client, or no usable answer from it. */
export type UnreadReason = 'no-fhir-server' | 'server-not-registered' | 'no-answer';
export interface UnreadKey {
  key: PrefetchKey;
  reason: UnreadReason;
}
/** The fact paths the unread keys leave unknown. */
export const unreadFacts = (unread: readonly UnreadKey[]): string[] => [...new Set(unread.flatMap((u) => PREFETCH_FACTS[u.key]))];

// -- result ----------------------------------------------------------------------------------------

/** A value found but not used, or a fact the rules need that the record leaves open. */
export interface Question {
  /** The fact (dotted path in the facts, e.g. `labs.creatinineMgDl`). */
  fact: string;
  /** The resource and element it came from (`Observation/cr1.valueQuantity`). */
  at: string;
  /** Why, as a text (rendered in the card's language). */
  message: Text;
  /** Nothing was found (rather than a value refused): moot when the registry's decision gives the fact. */
  absent?: true;
}

export interface EhrFacts {
  /** Facts the EHR's record gives (a partial PatientFactsInput; validated with the knowledge schema). */
  facts: Json;
  questions: Question[];
  /** What was read, one line per fact (`kps 60 ← Observation/k1, 2026-11-20`). */
  read: string[];
  /** An active bone-metastasis Condition is on the record. */
  boneMetastasis: boolean;
  /** Patient.deceased[x] says the patient has died. */
  deceased: boolean;
}

/** The resources of a prefetch value: a resource, a searchset Bundle, or null (fetched, nothing found). */
export function resourcesOf(value: unknown): Json[] {
  const v = obj(value);
  if (!v) return [];
  if (v.resourceType === 'Bundle') return arr(v.entry).map((e) => obj(obj(e)?.resource)).filter((r): r is Json => r !== undefined);
  return [v];
}

const ref = (r: Json) => `${String(r.resourceType)}/${String(r.id ?? '?')}`;
const when = (r: Json): string | undefined => {
  const t = str(r.effectiveDateTime) ?? str(obj(r.effectivePeriod)?.end) ?? str(r.performedDateTime) ?? str(obj(r.performedPeriod)?.end) ?? str(r.issued) ?? str(r.authoredOn) ?? str(r.dateAsserted);
  return t && /^\d{4}-\d{2}-\d{2}/.test(t) ? t.slice(0, 10) : undefined;
};

const SNOMED_HISTOLOGY = new Map(Object.entries(HISTOLOGY_SNOMED).map(([id, c]) => [c.code, id as Histology]));
const HISTOLOGY_SET = new Set<string>(HISTOLOGY_IDS);

/** Condition usable as a current diagnosis: not refuted / entered in error, not resolved or inactive. */
function current(condition: Json): boolean {
  const verification = codings(condition.verificationStatus).map((c) => c.code);
  if (verification.some((c) => c === 'refuted' || c === 'entered-in-error')) return false;
  const clinical = codings(condition.clinicalStatus).map((c) => c.code);
  return !clinical.some((c) => c === 'inactive' || c === 'resolved' || c === 'remission');
}
const OBSERVATION_STATUSES = new Set(['final', 'amended', 'corrected']);

/** Levels named by a bodySite (a list in Condition and Procedure, one concept in Observation): bonemet `vertebra-<level>` codes or a text that is a level ("T12"). */
function levelsOf(bodySites: unknown): { levels: string[]; unread: string[] } {
  const levels: string[] = [];
  const unread: string[] = [];
  for (const site of Array.isArray(bodySites) ? bodySites : bodySites ? [bodySites] : []) {
    const coded = bonemetCode(site, 'vertebra-');
    const text = str(obj(site)?.text);
    const level = (coded && parseLevel(coded)) ?? (text && parseLevel(text.replace(/\s*vertebra$/i, '')));
    if (level) levels.push(level);
    else unread.push(text ?? codings(site).map((c) => `${c.system}|${c.code}`).join(', '));
  }
  return { levels, unread };
}

/** A quantity's value and UCUM code; a value without a code has unit undefined. */
function quantity(r: Json): { value: number; unit: string | undefined } | undefined {
  const q = obj(r.valueQuantity);
  if (q && typeof q.value === 'number' && Number.isFinite(q.value)) {
    const system = str(q.system);
    return { value: q.value, unit: system === undefined || system === UCUM ? str(q.code) ?? str(q.unit) : `${system}|${str(q.code) ?? ''}` };
  }
  if (typeof r.valueInteger === 'number') return { value: r.valueInteger, unit: undefined };
  return undefined;
}

/** Converters from a UCUM unit to the facts' unit; a unit not listed is refused. */
const UNITS: Record<string, { target: string; from: Record<string, (v: number) => number> }> = {
  creatinine: { target: 'mg/dL', from: { 'mg/dL': (v) => v, 'umol/L': (v) => Math.round((v / 88.4) * 100) / 100, 'µmol/L': (v) => Math.round((v / 88.4) * 100) / 100 } },
  calcium: { target: 'mg/dL', from: { 'mmol/L': (v) => Math.round(v * 4.008 * 10) / 10 } },
  platelets: { target: '/µL', from: { '10*3/uL': (v) => v * 1000, '10*9/L': (v) => v * 1000, '/uL': (v) => v, '10*3/mm3': (v) => v * 1000 } },
  weight: { target: 'kg', from: { kg: (v) => v, g: (v) => v / 1000, '[lb_av]': (v) => Math.round(v * 0.45359237 * 10) / 10 } },
};

/** A score's value: an integer, a Quantity in `{score}`/`1`/no unit, or a code/text. */
function score(r: Json): number | undefined {
  const q = quantity(r);
  if (q && (q.unit === undefined || q.unit === '{score}' || q.unit === '1' || q.unit === '%')) return q.value;
  return undefined;
}
/** A grade given as text (valueString, valueCodeableConcept.text, or the export's `<instrument>.grade` component). */
function grade(r: Json, instrument: string): string | undefined {
  const component = arr(r.component).map(obj).find((c) => has(c?.code, BONEMET_CS, `${instrument}.grade`));
  return str(r.valueString) ?? str(obj(r.valueCodeableConcept)?.text) ?? str(component?.valueString) ?? (typeof component?.valueInteger === 'number' ? String(component.valueInteger) : undefined);
}

/** Daily dose of a medication's first dosage in `unit` (mg, or ug/h for a patch), when every part is given. */
function dailyDose(r: Json, perHour: boolean): number | undefined {
  const dosage = obj(arr(r.dosage ?? r.dosageInstruction)[0]);
  const doseAndRate = obj(arr(dosage?.doseAndRate)[0]);
  // a daily rate as bonemet's own export writes it (UCUM mg/d, or ug/h for a patch)
  const rate = obj(doseAndRate?.rateQuantity);
  const rateUnit = str(rate?.code) ?? str(rate?.unit);
  if (rate && typeof rate.value === 'number') {
    if (perHour) return rateUnit === 'ug/h' || rateUnit === 'mcg/h' ? rate.value : undefined;
    return rateUnit === 'mg/d' ? rate.value : undefined;
  }
  const q = obj(doseAndRate?.doseQuantity);
  const unit = str(q?.code) ?? str(q?.unit);
  if (!q || typeof q.value !== 'number') return undefined;
  if (perHour) return unit === 'ug/h' || unit === 'mcg/h' ? q.value : undefined;
  if (unit !== 'mg') return undefined;
  const repeat = obj(obj(dosage?.timing)?.repeat);
  const frequency = typeof repeat?.frequency === 'number' ? repeat.frequency : undefined;
  const period = typeof repeat?.period === 'number' ? repeat.period : undefined;
  const perDay = { d: 1, h: 24 }[String(repeat?.periodUnit)];
  if (frequency === undefined || period === undefined || perDay === undefined || period <= 0) return undefined;
  return Math.round(((q.value * frequency) / period) * perDay * 100) / 100;
}

/** Age in whole years on `today`; a year-only birthDate counts as if the birthday had passed (the older age: the smaller clearance). */
function ageOn(birthDate: string, today: string): number | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(birthDate);
  if (!m) return undefined;
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
  const by = Number(m[1]);
  if (m[2] === undefined || m[3] === undefined) return ty - by;
  const passed = tm > Number(m[2]) || (tm === Number(m[2]) && td >= Number(m[3]));
  return ty - by - (passed ? 0 : 1);
}

export interface FhirInput {
  patient?: unknown;
  conditions?: unknown;
  observations?: unknown;
  medicationStatements?: unknown;
  medicationRequests?: unknown;
  procedures?: unknown;
}

/** The facts an EHR's FHIR record gives, on `today` (the decision date). */
export function factsFromFhir(input: FhirInput, today: string): EhrFacts {
  const questions: Question[] = [];
  const read: string[] = [];
  const ask = (fact: string, at: string, message: Text, absent = false) => questions.push({ fact, at, message, ...(absent ? { absent: true as const } : {}) });
  const facts: Json = { decisionDate: today };

  // Patient: age and sex
  const patient = resourcesOf(input.patient).find((r) => r.resourceType === 'Patient');
  if (patient) {
    const birth = str(patient.birthDate);
    const age = birth ? ageOn(birth, today) : undefined;
    const sex = patient.gender === 'female' || patient.gender === 'male' ? patient.gender : undefined;
    if (age === undefined) ask('patient.age', `${ref(patient)}.birthDate`, birth ? text(Q.birthDateInvalid, { value: birth }) : text(Q.noBirthDate), !birth);
    if (!sex) ask('patient.sex', `${ref(patient)}.gender`, patient.gender === undefined ? text(Q.noGender) : text(Q.otherGender, { value: String(patient.gender) }), patient.gender === undefined);
    if (age !== undefined && sex) {
      facts.patient = { age, sex };
      read.push(`age ${age}, ${sex} ← ${ref(patient)}`);
    }
  }

  // Conditions: primary cancer, bone / brain metastases with their levels
  const lesions = new Map<string, Json>();
  const conditionLevels = new Map<string, string[]>();
  let boneMetastasis = false;
  let extraspinal = 0;
  const primary: Json = {};
  for (const c of resourcesOf(input.conditions).filter((r) => r.resourceType === 'Condition' && current(r))) {
    const histology = [...codings(c.code)].map((x) => (x.system === SNOMED ? SNOMED_HISTOLOGY.get(x.code ?? '') : x.system === BONEMET_CS && x.code?.startsWith('histology-') ? x.code.slice(10) : undefined)).find((h) => h && HISTOLOGY_SET.has(h));
    if (histology) {
      if (primary.histology && primary.histology !== histology) ask('primary.histology', `${ref(c)}.code`, text(Q.twoPrimaries, { first: String(primary.histology), second: histology }));
      else {
        primary.histology = histology;
        read.push(`primary ${histology} ← ${ref(c)}`);
      }
      continue;
    }
    if (has(c.code, SNOMED, SECONDARY_BRAIN.code) || bonemetCode(c.code, 'metastasis-brain') !== undefined) {
      facts.metastases = { ...(obj(facts.metastases) ?? {}), brain: true };
      read.push(`brain metastasis ← ${ref(c)}`);
      continue;
    }
    const bone = has(c.code, SNOMED, SECONDARY_BONE.code) || codings(c.code).some((x) => x.system === BONEMET_CS && (x.code === 'lesion' || x.code === 'metastasis-spine' || x.code === 'metastasis-extraspinal-bone'))
      || codings(c.category).some((x) => x.system === BONEMET_CS && x.code === 'lesion');
    if (!bone) continue;
    boneMetastasis = true;
    if (codings(c.verificationStatus).some((x) => x.code === 'confirmed')) primary.boneMetastasisConfirmed = true;
    const { levels, unread } = levelsOf(c.bodySite);
    for (const level of levels) if (!lesions.has(level)) lesions.set(level, { site: 'spine', level });
    conditionLevels.set(ref(c), levels);
    if (levels.length) read.push(`bone metastasis ${levels.join(', ')} ← ${ref(c)}`);
    if (unread.length) {
      extraspinal += 1;
      read.push(`bone metastasis outside the spine or at an unread site (${unread.join('; ')}) ← ${ref(c)}`);
    }
    if (!levels.length && !unread.length) ask('lesions', `${ref(c)}.bodySite`, text(Q.noBodySite));
  }
  if (Object.keys(primary).length) facts.primary = primary;
  if (lesions.size) facts.metastases = { ...(obj(facts.metastases) ?? {}), spinal: lesions.size };
  if (extraspinal) facts.metastases = { ...(obj(facts.metastases) ?? {}), extraspinalBone: extraspinal };

  // Observations: the latest of each kind
  const observations = resourcesOf(input.observations)
    .filter((r) => r.resourceType === 'Observation' && OBSERVATION_STATUSES.has(String(r.status)))
    .sort((a, b) => (when(b) ?? '').localeCompare(when(a) ?? ''));
  const latest = (match: (o: Json) => boolean) => observations.find(match);
  const at = (o: Json, element = 'value') => `${ref(o)}.${element}`;
  const labs: Json = {};
  const unit = (kind: keyof typeof UNITS, fact: string, o: Json | undefined): number | undefined => {
    if (!o) return undefined;
    const q = quantity(o);
    if (!q) {
      ask(fact, at(o), text(Q.noQuantity));
      return undefined;
    }
    const convert = q.unit !== undefined ? UNITS[kind]!.from[q.unit] : undefined;
    if (!convert) {
      ask(fact, at(o, 'valueQuantity'), text(Q.unitNotRead, { value: q.value, unit: q.unit ?? text(Q.noUnit), units: Object.keys(UNITS[kind]!.from) }));
      return undefined;
    }
    const value = convert(q.value);
    read.push(`${fact} ${value} ${UNITS[kind]!.target} ← ${ref(o)}${when(o) ? `, ${when(o)}` : ''}${q.unit !== UNITS[kind]!.target ? ` (${q.value} ${q.unit})` : ''}`);
    return value;
  };
  const loinc = (code: string) => (o: Json) => has(o.code, LOINC, code);

  const kps = latest(loinc(INSTRUMENT_LOINC.kps!.code));
  if (kps) {
    const v = score(kps);
    if (v === undefined) ask('kps', at(kps), text(Q.kpsValue));
    else {
      facts.kps = v;
      read.push(`kps ${v} ← ${ref(kps)}${when(kps) ? `, ${when(kps)}` : ''}`);
    }
  } else {
    const ecog = latest(loinc(ECOG_LOINC.code));
    if (ecog) ask('kps', at(ecog), text(Q.ecogNotConverted, { grade: String(score(ecog) ?? '?') }));
  }
  const pain = latest(loinc(INSTRUMENT_LOINC.vas!.code));
  if (pain) {
    const v = score(pain);
    if (v === undefined) ask('pain.score', at(pain), text(Q.painValue, { score: '{score}' }));
    else {
      facts.pain = { score: v };
      read.push(`pain ${v}/10 ← ${ref(pain)}${when(pain) ? `, ${when(pain)}` : ''}`);
    }
  }
  const creatinine = latest((o) => loinc(LAB_LOINC.creatinineMass)(o) || loinc(LAB_LOINC.creatinineMoles)(o));
  if (creatinine) {
    const q = quantity(creatinine);
    // the code fixes the property: a mass code with a molar unit (or the reverse) is a mismatch, not a conversion
    const molar = has(creatinine.code, LOINC, LAB_LOINC.creatinineMoles);
    if (q && q.unit !== undefined && (molar ? q.unit === 'mg/dL' : q.unit === 'umol/L' || q.unit === 'µmol/L')) {
      ask('labs.creatinineMgDl', at(creatinine, 'valueQuantity'), text(Q.creatinineUnitContradicts, { value: q.value, unit: q.unit, code: molar ? LAB_LOINC.creatinineMoles : LAB_LOINC.creatinineMass, property: text(molar ? Q.molesPerVolume : Q.massPerVolume) }));
    } else {
      const v = unit('creatinine', 'labs.creatinineMgDl', creatinine);
      if (v !== undefined) labs.creatinineMgDl = v;
    }
  }
  const calcium = latest(loinc(LAB_LOINC.calciumCorrectedMoles));
  const v = unit('calcium', 'labs.calciumMgDl', calcium);
  if (v !== undefined) labs.calciumMgDl = v;
  const totalCalcium = latest(loinc(LAB_LOINC.calciumTotalMass));
  if (!calcium && totalCalcium) ask('labs.calciumMgDl', at(totalCalcium), text(Q.totalCalcium));
  const platelets = unit('platelets', 'labs.plateletsPerUl', latest(loinc(LAB_LOINC.platelets)));
  if (platelets !== undefined) labs.plateletsPerUl = platelets;
  if (Object.keys(labs).length) facts.labs = labs;
  const weight = unit('weight', 'patient.weightKg', latest(loinc(LAB_LOINC.bodyWeight)));
  if (weight !== undefined && obj(facts.patient)) facts.patient = { ...obj(facts.patient), weightKg: weight };
  const egfr = latest((o) => EGFR_LOINC.some((c) => has(o.code, LOINC, c)));
  if (egfr && labs.creatinineMgDl === undefined) ask('labs.creatinineMgDl', at(egfr), text(Q.egfrNotConverted));

  // SINS and ESCC speak of one lesion: taken only where the observation names its level
  const levelOfObservation = (o: Json): string | undefined => {
    const own = levelsOf(o.bodySite).levels;
    if (own.length === 1) return own[0];
    const focus = arr(o.focus).map((f) => str(obj(f)?.reference)).find(Boolean);
    const levels = focus ? conditionLevels.get(focus) : undefined;
    return levels?.length === 1 ? levels[0] : undefined;
  };
  for (const instrument of ['sins', 'escc'] as const) {
    const seen = new Set<string>();
    for (const o of observations.filter((x) => has(x.code, BONEMET_CS, `instrument-${instrument}`))) {
      const level = levelOfObservation(o);
      if (!level) {
        ask(`lesions.${instrument}`, `${ref(o)}.focus`, text(Q.scoreWithoutLevel, { instrument: instrument.toUpperCase() }));
        continue;
      }
      if (seen.has(level)) continue; // an older one
      seen.add(level);
      const value = instrument === 'sins' ? score(o) : grade(o, 'escc')?.toLowerCase();
      if (value === undefined) {
        ask(`lesions.${instrument}`, at(o), text(Q.scoreUnreadable, { instrument: instrument.toUpperCase() }));
        continue;
      }
      const lesion = lesions.get(level) ?? { site: 'spine', level };
      lesions.set(level, { ...lesion, [instrument]: value });
      read.push(`${instrument} ${String(value)} at ${level} ← ${ref(o)}${when(o) ? `, ${when(o)}` : ''}`);
    }
  }
  if (lesions.size) facts.lesions = [...lesions.values()];
  const frankel = latest((o) => has(o.code, BONEMET_CS, 'instrument-frankel'));
  if (frankel) {
    const g = grade(frankel, 'frankel');
    ask('neurology.deficitProgressing', at(frankel), text(Q.frankelProgressing, { grade: g ?? '?' }));
  }

  // Medications: bone agents, systemic therapy, opioids, cisplatin
  const systemic: Json[] = [];
  const opioids: Json[] = [];
  const meds = [...resourcesOf(input.medicationStatements), ...resourcesOf(input.medicationRequests)]
    .filter((r) => (r.resourceType === 'MedicationStatement' || r.resourceType === 'MedicationRequest') && !['entered-in-error', 'cancelled', 'stopped', 'draft', 'not-taken'].includes(String(r.status)));
  for (const m of meds) {
    const concept = m.medicationCodeableConcept;
    const code = rxnorm(concept);
    const ongoing = m.status === 'active' || m.status === 'intended' || m.status === 'on-hold';
    const last = when(m);
    const coded = bonemetCode(concept, 'agent-');
    const bone = Object.entries(BONE_AGENT_RXNORM).find(([, c]) => c.code === code)?.[0] ?? (coded && (BMA_AGENTS as readonly string[]).includes(coded) ? coded : undefined);
    const agentClass = bonemetCode(concept, 'agent-class-');
    if (bone) {
      systemic.push({ agent: bone, class: bone === 'denosumab' ? 'denosumab' : 'bisphosphonate', ongoing, ...(last && !ongoing ? { lastDoseDate: last } : {}) });
      read.push(`${bone} (${ongoing ? 'ongoing' : 'past'}) ← ${ref(m)}`);
      continue;
    }
    if (agentClass && (AGENT_CLASSES as readonly string[]).includes(agentClass)) {
      const name = str(obj(concept)?.text) ?? agentClass;
      systemic.push({ agent: name.slice(0, 100), class: agentClass as AgentClass, ongoing, ...(last && !ongoing ? { lastDoseDate: last } : {}) });
      read.push(`${name} (${agentClass}, ${ongoing ? 'ongoing' : 'past'}) ← ${ref(m)}`);
      continue;
    }
    const opioid = (Object.entries(OPIOID_RXNORM) as [Opioid, string][]).find(([, c]) => c === code)?.[0];
    if (opioid && ongoing) {
      const dose = dailyDose(m, opioid === 'fentanyl-patch');
      if (dose === undefined) ask('opioids', `${ref(m)}.dosage`, text(Q.opioidDose, { opioid, expected: text(opioid === 'fentanyl-patch' ? Q.patchRate : Q.oralDose) }));
      else {
        opioids.push({ drug: opioid, dailyDose: dose });
        read.push(`${opioid} ${dose} ${opioid === 'fentanyl-patch' ? 'µg/h' : 'mg/day'} ← ${ref(m)}`);
      }
      continue;
    }
    if (code === CISPLATIN_RXNORM) {
      facts.medications = { cisplatin: true };
      read.push(`cisplatin ← ${ref(m)}`);
    }
  }
  if (systemic.length) facts.systemicTherapy = systemic.slice(0, 50);
  if (opioids.length) facts.opioids = opioids.slice(0, 20);

  // Procedures: prior PVP, radiotherapy, surgery, ablation, with their levels and date
  const prior: Json[] = [];
  for (const p of resourcesOf(input.procedures).filter((r) => r.resourceType === 'Procedure' && r.status === 'completed')) {
    const kind = priorKind(p);
    if (!kind) continue;
    const date = when(p);
    if (!date) {
      ask('priorTreatments', `${ref(p)}.performed`, text(Q.priorWithoutDate, { kind }));
      continue;
    }
    const { levels } = levelsOf(p.bodySite);
    const rt = kind === 'radiotherapy' || kind === 'sbrt' ? radiotherapyDose(p) : {};
    prior.push({ kind, date, ...(levels.length ? { levels } : {}), ...rt });
    read.push(`prior ${kind} ${date}${levels.length ? ` at ${levels.join(', ')}` : ''} ← ${ref(p)}`);
  }
  if (prior.length) facts.priorTreatments = prior.slice(0, 100);

  const deceased = patient ? patient.deceasedBoolean === true || typeof patient.deceasedDateTime === 'string' : false;
  return checked({ facts, questions, read, boneMetastasis, deceased });
}

function priorKind(p: Json): string | undefined {
  const b = (code: string) => has(p.code, BONEMET_CS, code);
  if (b('treatment-pvp') || b('treatment-pkp')) return 'pvp';
  if (b('rt-sbrt') || b('rt-ssrs')) return 'sbrt';
  if (b('treatment-radiotherapy') || has(p.code, RADIOTHERAPY_COURSE.system, RADIOTHERAPY_COURSE.code)) return 'radiotherapy';
  if (b('surgery-separation-surgery')) return 'separation-surgery';
  if (b('treatment-surgery') || bonemetCode(p.code, 'surgery-') !== undefined) return 'surgery';
  if (b('treatment-ablation') || bonemetCode(p.code, 'ablation-') !== undefined) return 'ablation';
  return undefined;
}

/** Total dose (cGy → Gy) and fractions of an mCODE radiotherapy course summary. */
function radiotherapyDose(p: Json): Json {
  const out: Json = {};
  for (const e of arr(p.extension).map(obj)) {
    if (e?.url !== MCODE_EXT.doseDeliveredToVolume) continue;
    for (const part of arr(e.extension).map(obj)) {
      const q = obj(part?.valueQuantity);
      if (part?.url === 'totalDoseDelivered' && typeof q?.value === 'number' && (q.code === 'cGy' || q.code === 'Gy')) out.doseGy = q.code === 'cGy' ? q.value / 100 : q.value;
      if (part?.url === 'fractionsDelivered' && typeof part.valueUnsignedInt === 'number' && part.valueUnsignedInt > 0) out.fractions = part.valueUnsignedInt;
    }
    break;
  }
  return out;
}

/**
 * Runs the facts through the knowledge schema: every value it refuses (implausible, contradictory)
 * is removed and asked, so what goes to the rules is only what the schema accepts. Without age and
 * sex there are no facts (every rule needs them).
 */
/** A refusal of the facts schema as a text: its own (params.text) where the core gives one, else zod's message. */
const reasonOf = (issue: { message: string; params?: unknown }): Text => {
  const own = (issue.params as { text?: unknown } | undefined)?.text;
  return isText(own) ? own : verbatim(issue.message);
};

export function usableFacts(input: Json): { facts: PatientFacts | undefined; questions: Question[] } {
  const facts = structuredClone(input);
  const questions: Question[] = [];
  for (let round = 0; round < 10 && obj(facts.patient); round++) {
    const parsed = patientFactsSchema.safeParse(facts);
    if (parsed.success) return { facts: parsed.data, questions };
    const targets = new Map<string, string[]>();
    for (const issue of parsed.error.issues) {
      const path = issue.path.map(String);
      if (path[0] === 'patient' && (path[1] === 'age' || path[1] === 'sex' || path.length === 1)) return { facts: undefined, questions: [...questions, { fact: path.join('.'), at: 'facts', message: reasonOf(issue) }] };
      questions.push({ fact: path.join('.'), at: 'facts', message: text(Q.notUsed, { reason: reasonOf(issue) }) });
      // an element of a list is dropped whole (a lesion without its level is not a lesion); else the field
      const index = path.findIndex((k) => /^\d+$/.test(k));
      const target = index >= 0 ? path.slice(0, index + 1) : path;
      targets.set(target.join('.'), target);
    }
    const ordered = [...targets.values()].sort((a, b) => Number(b.at(-1)) - Number(a.at(-1)));
    for (const path of ordered) removePath(facts, path);
  }
  return { facts: undefined, questions };
}

function checked(result: EhrFacts): EhrFacts {
  if (!obj(result.facts.patient)) return result;
  const { facts, questions } = usableFacts(result.facts);
  const kept = facts ? (JSON.parse(JSON.stringify(pruneTo(result.facts, questions))) as Json) : result.facts;
  return { ...result, facts: kept, questions: [...result.questions, ...questions] };
}

/** The input facts without the refused paths (the parsed output adds defaults the EHR did not give). */
function pruneTo(input: Json, questions: Question[]): Json {
  const out = structuredClone(input);
  const targets = questions.map((q) => {
    const path = q.fact.split('.');
    const index = path.findIndex((k) => /^\d+$/.test(k));
    return index >= 0 ? path.slice(0, index + 1) : path;
  }).sort((a, b) => Number(b.at(-1)) - Number(a.at(-1)));
  for (const path of targets) removePath(out, path);
  return out;
}

/** The questions still open once the facts are merged: an absent fact the registry's decision gives is moot. */
export function openQuestions(questions: readonly Question[], facts: PatientFacts | undefined): Question[] {
  const at = (path: string) => path.split('.').reduce<unknown>((node, key) => obj(node)?.[key], facts);
  return questions.filter((q) => !q.absent || at(q.fact) === undefined);
}

/** An OperationOutcome (or a Bundle holding only one): the EHR could not fetch it. */
export function isOutcome(value: unknown): boolean {
  const v = obj(value);
  if (v?.resourceType === 'OperationOutcome') return true;
  if (v?.resourceType !== 'Bundle') return false;
  const resources = resourcesOf(v);
  return resources.length > 0 && resources.every((r) => r.resourceType === 'OperationOutcome');
}

function removePath(target: Json, path: string[]): void {
  let node: unknown = target;
  for (const key of path.slice(0, -1)) node = Array.isArray(node) ? node[Number(key)] : obj(node)?.[key];
  const last = path.at(-1)!;
  if (Array.isArray(node)) node.splice(Number(last), 1);
  else if (obj(node)) delete (node as Json)[last];
}

/**
 * The facts for the rules: the registry's decision facts (if any) with the EHR's facts over them,
 * field by field one level deep. Lesions merge by level; past treatments and systemic agents are
 * the union of both (the EHR's entry wins for the same treatment and date, or the same agent), so a
 * treatment only one of them knows is never lost; opioids (today's doses) are the EHR's.
 */
export function mergeFacts(registry: Json | undefined, ehr: Json): Json {
  const out: Json = { ...(registry ?? {}) };
  for (const [key, value] of Object.entries(ehr)) {
    const before = obj(out[key]);
    const now = obj(value);
    if (key === 'lesions' && Array.isArray(out.lesions)) out.lesions = mergeLesions(out.lesions, value as Json[]);
    else if (key === 'priorTreatments' && Array.isArray(out[key])) out[key] = union(out[key] as unknown[], value as Json[], (t) => `${String(t.kind)} ${String(t.date)}`);
    else if (key === 'systemicTherapy' && Array.isArray(out[key])) out[key] = union(out[key] as unknown[], value as Json[], (t) => String(t.agent).toLowerCase());
    else out[key] = before && now ? { ...before, ...now } : value;
  }
  return out;
}

function union(registry: unknown[], ehr: Json[], key: (item: Json) => string): Json[] {
  const ehrKeys = new Set(ehr.map(key));
  return [...registry.map((r) => obj(r) ?? {}).filter((r) => !ehrKeys.has(key(r))), ...ehr];
}

/** Lesions by level: the registry's details (posterior wall, pedicles …) with the EHR's scores over them; levels of either kept. */
function mergeLesions(registry: unknown[], ehr: Json[]): Json[] {
  const out = registry.map((l) => ({ ...obj(l) }));
  for (const lesion of ehr) {
    const same = out.find((l) => l.level !== undefined && l.level === lesion.level);
    if (same) Object.assign(same, lesion);
    else out.push(lesion);
  }
  return out;
}
