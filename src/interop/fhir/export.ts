import { ecogFromKps, type KpsValue } from '../../knowledge/instruments/kps.js';
import type { InstrumentId } from '../../knowledge/instruments/index.js';
import type { EntityName } from '../../registry/entities.js';
import {
  ACT_REASON, AE_SEVERITY, BONE_AGENT_RXNORM, NON_OPIOID_CATEGORY, NON_OPIOID_NAMES, NON_OPIOID_RXNORM, OPIOID_CATEGORY, OPIOID_NAMES, OPIOID_RXNORM,
  ORAL_ROUTE, SID_ANALGESIC, TRANSDERMAL_ROUTE, CONDITION_VERIFICATION, CONDITION_WORSENED, DATA_ABSENT_REASON, DISEASE_STATUS_LOINC, ECOG_LOINC, EXT,
  HISTOLOGY_SNOMED, INSTRUMENT_NAMES, MCODE_EXT, OBSERVATION_CATEGORY, OBSERVATION_VALUE, PHOTON_EBRT, PROBLEM_LIST_ITEM, PROCEDURE_NAMES, PROFILE,
  RADIOTHERAPY_COURSE, RT_TECHNIQUE_SNOMED, SECONDARY_ANY, SECONDARY_BONE, SECONDARY_BRAIN, SID_PATIENT_CODE, SID_RECORD, UCUM, UNENCODED, VERTEBRA_SNOMED,
  BONE_NAMES, BONE_SNOMED, LESION_DISPLAY, bonemet, instrumentCoding, type Bone, type Coding,
} from './codes.js';
import type { SpinalLevel } from '../../knowledge/anatomy/spine.js';
import type { NonOpioidAnalgesic, Opioid } from '../../knowledge/facts/therapy.js';
import type { Bundle, FhirResource, Identifier, PatientRecords, RegistryRecord, VisitRecords } from './types.js';

/**
 * Registry records → FHIR R4 resources (docs/interoperability.md). Pure: no I/O, no clock; the
 * same records give the same resources. The caller de-identifies the records first when the
 * reader is a researcher (`deidentified: true` then labels every resource PSEUDED and leaves out
 * other systems' identifiers).
 */

export interface ExportOptions {
  /** Other systems' identifiers of each record (from an earlier import), by record id. */
  identifiers?: ReadonlyMap<string, readonly Identifier[]>;
  /** The records were de-identified (researcher view). */
  deidentified?: boolean;
}

/** Which registry entity a resource came from: its record identifier's system. */
export const recordSystem = (entity: EntityName) => `${SID_RECORD}/${entity}`;

/** The security label of a de-identified (pseudonymised) resource. */
export const PSEUDED: Coding = { system: OBSERVATION_VALUE, code: 'PSEUDED', display: 'pseudonymized' };
/** The security label of synthetic (test) data. */
export const HTEST: Coding = { system: ACT_REASON, code: 'HTEST', display: 'test health data' };

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
const num = (v: unknown): number | undefined => (typeof v === 'number' ? v : undefined);
const ext = (url: string, value: Record<string, unknown>) => ({ url, ...value });
const compact = <T extends Record<string, unknown>>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0))) as T;
const cc = (codings: Coding[], text?: string) => compact({ coding: codings, text });
export const vertebraCoding = (level: string): Coding => bonemet(`vertebra-${level}`, `${level} vertebra`);
/** A vertebra as a CodeableConcept's codings: the SNOMED CT body structure (when the level has one) and the bonemet code. */
const vertebraCodings = (level: string): Coding[] => [...(VERTEBRA_SNOMED[level as SpinalLevel] ? [VERTEBRA_SNOMED[level as SpinalLevel]] : []), vertebraCoding(level)];
/** An extraspinal bone as a CodeableConcept: the SNOMED CT body structure (when it has one), the bonemet code, its name. */
const boneConcept = (bone: Bone) => cc([...(BONE_SNOMED[bone] ? [BONE_SNOMED[bone]] : []), bonemet(`bone-${bone}`, BONE_NAMES[bone])], BONE_NAMES[bone]);
/** Where a lesion sits: its vertebra, or its bone (a long-bone site by the bone named, when it is). */
function lesionBodySite(l: RegistryRecord): Record<string, unknown> | undefined {
  const site = str(l.site) ?? 'spine';
  if (site === 'spine') return str(l.level) ? cc(vertebraCodings(l.level as string), l.level as string) : undefined;
  return boneConcept((site === 'long-bone' && str(l.longBone) ? l.longBone : site) as Bone);
}
const problemListItem = () => cc([PROBLEM_LIST_ITEM]);
const notes = (r: RegistryRecord) => (str(r.notes) ? [{ text: r.notes as string }] : undefined);

class Mapper {
  private readonly patientId: string;
  private readonly treatmentType = new Map<string, string>();
  private readonly lesions: ReadonlySet<string>;

  constructor(private readonly records: PatientRecords & VisitRecords, private readonly options: ExportOptions) {
    this.patientId = records.patient.id;
    this.lesions = new Set(records.lesions.map((l) => l.id));
    for (const t of records.treatments) this.treatmentType.set(t.id, t.kind === 'systemic' || t.kind === 'bone-modifying-agent' ? 'MedicationStatement' : 'Procedure');
  }

  private get subject() {
    return { reference: `Patient/${this.patientId}` };
  }

  private meta(profile?: string, synthetic = false) {
    const security = [...(this.options.deidentified ? [PSEUDED] : []), ...(synthetic ? [HTEST] : [])];
    return compact({ profile: profile ? [profile] : undefined, security });
  }

  private identifiers(entity: EntityName, record: RegistryRecord, extra: Identifier[] = []): Identifier[] {
    const own = { system: recordSystem(entity), value: record.id };
    const others = this.options.deidentified ? [] : (this.options.identifiers?.get(record.id) ?? []);
    const all = [own, ...extra, ...others];
    return all.filter((id, i) => all.findIndex((o) => o.system === id.system && o.value === id.value) === i);
  }

  all(): FhirResource[] {
    const r = this.records;
    return [
      this.patient(),
      ...r.primaryTumours.map((t) => this.primary(t)),
      ...r.metastaticSites.map((s) => this.site(s)),
      ...r.lesions.map((l) => this.lesion(l)),
      ...r.assessments.flatMap((a) => this.assessment(a)),
      ...r.treatments.map((t) => this.treatment(t)),
      ...(r.followUpVisits ?? []).flatMap((v) => this.analgesics(v)),
      ...r.adverseEvents.map((e) => this.adverseEvent(e)),
      ...r.outcomeEvents.filter((e) => e.kind !== 'death').map((e) => this.outcome(e)),
    ];
  }

  patient(): FhirResource {
    const p = this.records.patient;
    const death = this.records.outcomeEvents.find((e) => e.kind === 'death');
    const extension = [
      str(p.cohort) && ext(EXT.cohort, { valueString: p.cohort }),
      str(p.studyArm) && ext(EXT.studyArm, { valueString: p.studyArm }),
      str(p.enrolledOn) && ext(EXT.enrolledOn, { valueDate: p.enrolledOn }),
      str(p.lastContactOn) && ext(EXT.lastContactOn, { valueDate: p.lastContactOn }),
      str(p.notes) && ext(EXT.note, { valueString: p.notes }),
    ].filter(Boolean);
    return compact({
      resourceType: 'Patient',
      id: p.id,
      meta: this.meta(PROFILE.cancerPatient, p.synthetic === true),
      extension,
      identifier: this.identifiers('patients', p, str(p.code) ? [{ system: SID_PATIENT_CODE, value: p.code as string }] : []),
      // the registry records one display name, not its parts: US Core (us-core-6) then asks for the data-absent-reason
      name: str(p.name) ? [{ extension: [ext(DATA_ABSENT_REASON, { valueCode: this.options.deidentified ? 'masked' : 'unsupported' })], text: p.name }] : undefined,
      gender: p.sex === 'female' || p.sex === 'male' ? p.sex : 'unknown',
      birthDate: num(p.birthYear) !== undefined ? String(p.birthYear) : undefined,
      deceasedDateTime: death ? str(death.occurredOn) : undefined,
    });
  }

  primary(t: RegistryRecord): FhirResource {
    const histology = String(t.histology);
    const snomed = HISTOLOGY_SNOMED[histology as keyof typeof HISTOLOGY_SNOMED];
    return compact({
      resourceType: 'Condition',
      id: t.id,
      meta: this.meta(PROFILE.primaryCancerCondition),
      extension: [
        str(t.breastSubtype) && ext(EXT.breastSubtype, { valueCode: t.breastSubtype }),
        str(t.egfr) && ext(EXT.egfr, { valueCode: t.egfr }),
        str(t.alk) && ext(EXT.alk, { valueCode: t.alk }),
      ].filter(Boolean),
      identifier: this.identifiers('primary-tumours', t),
      verificationStatus: cc([{ system: CONDITION_VERIFICATION, code: 'confirmed' }]),
      category: [problemListItem()],
      code: cc([...(snomed ? [snomed] : []), bonemet(`histology-${histology}`)], `Primary tumour: ${histology}`),
      subject: this.subject,
      onsetDateTime: str(t.diagnosedOn),
      note: notes(t),
    });
  }

  site(s: RegistryRecord): FhirResource {
    const kind = String(s.kind);
    const bone = kind === 'spine' || kind === 'extraspinal-bone';
    const level = kind === 'spine' && typeof s.location === 'string' && /^[CTLS]\d{1,2}$/.test(s.location) ? s.location : undefined;
    const code = bone ? SECONDARY_BONE : kind === 'brain' ? SECONDARY_BRAIN : SECONDARY_ANY;
    return compact({
      resourceType: 'Condition',
      id: s.id,
      meta: this.meta(PROFILE.secondaryCancerCondition),
      extension: [typeof s.resectable === 'boolean' && ext(EXT.resectable, { valueBoolean: s.resectable })].filter(Boolean),
      identifier: this.identifiers('metastatic-sites', s),
      verificationStatus: cc([{ system: CONDITION_VERIFICATION, code: 'confirmed' }]),
      category: [problemListItem(), cc([bonemet(`metastasis-${kind}`)])],
      code: cc([code]),
      bodySite: level ? [cc(vertebraCodings(level), s.location as string)] : str(s.location) ? [{ text: s.location }] : undefined,
      subject: this.subject,
      onsetDateTime: str(s.detectedOn),
      note: notes(s),
    });
  }

  lesion(l: RegistryRecord): FhirResource {
    const details = [
      str(l.site) && l.site !== 'spine' && ext('site', { valueCode: l.site }),
      str(l.longBone) && ext('longBone', { valueCode: l.longBone }),
      str(l.boneRegion) && ext('boneRegion', { valueCode: l.boneRegion }),
      typeof l.peritrochanteric === 'boolean' && ext('peritrochanteric', { valueBoolean: l.peritrochanteric }),
      str(l.limbPain) && ext('limbPain', { valueCode: l.limbPain }),
      str(l.cortexInvolved) && ext('cortexInvolved', { valueCode: l.cortexInvolved }),
      str(l.fracture) && ext('fracture', { valueCode: l.fracture }),
      typeof l.acetabulumInvolved === 'boolean' && ext('acetabulumInvolved', { valueBoolean: l.acetabulumInvolved }),
      str(l.character) && ext('character', { valueCode: l.character }),
      typeof l.posteriorWallIntact === 'boolean' && ext('posteriorWallIntact', { valueBoolean: l.posteriorWallIntact }),
      str(l.pediclesInvolved) && ext('pediclesInvolved', { valueCode: l.pediclesInvolved }),
      num(l.collapsePercent) !== undefined && ext('collapsePercent', { valueDecimal: l.collapsePercent }),
      str(l.escc) && ext('escc', { valueCode: l.escc }),
      num(l.tomitaType) !== undefined && ext('tomitaType', { valueInteger: l.tomitaType }),
      ...(Array.isArray(l.wbbZones) ? (l.wbbZones as number[]).map((z) => ext('wbbZone', { valueInteger: z })) : []),
    ].filter(Boolean);
    return compact({
      resourceType: 'Condition',
      id: l.id,
      meta: this.meta(PROFILE.secondaryCancerCondition),
      extension: [ext(EXT.lesion, { extension: details.length ? details : [ext('level', { valueCode: l.level })] })],
      identifier: this.identifiers('lesions', l),
      verificationStatus: cc([{ system: CONDITION_VERIFICATION, code: 'confirmed' }]),
      category: [problemListItem(), cc([bonemet('lesion', LESION_DISPLAY)])],
      code: cc([SECONDARY_BONE]),
      bodySite: [lesionBodySite(l)].filter(Boolean),
      subject: this.subject,
      onsetDateTime: str(l.detectedOn),
      note: notes(l),
    });
  }

  assessment(a: RegistryRecord): FhirResource[] {
    const instrument = a.instrument as InstrumentId;
    const inputs = (a.inputs ?? {}) as Record<string, unknown>;
    const result = (a.result ?? {}) as { band?: { id?: string; label?: string } };
    const total = num(a.total);
    const bandCoding = bonemet(`${instrument}-band-${String(a.band)}`, result.band?.label);
    const valueKey = VALUE_KEY[instrument];
    const value: Record<string, unknown> =
      instrument === 'kps' && total !== undefined ? { valueInteger: total }
        : total !== undefined ? { valueQuantity: { value: total, unit: 'score', system: UCUM, code: '{score}' } }
          : { valueCodeableConcept: cc([bandCoding], result.band?.label) };
    const components = Object.entries(inputs)
      .filter(([key]) => key !== valueKey)
      .map(([key, v]) => ({ code: cc([bonemet(`${instrument}.${key}`)], key), ...componentValue(v) }));
    const observation = compact({
      resourceType: 'Observation',
      id: a.id,
      meta: this.meta(instrument === 'kps' ? PROFILE.karnofsky : undefined),
      identifier: this.identifiers('assessments', a),
      status: 'final',
      category: [cc([{ system: OBSERVATION_CATEGORY, code: 'survey', display: 'Survey' }])],
      code: cc(instrumentCoding(instrument), INSTRUMENT_NAMES[instrument]),
      subject: this.subject,
      focus: str(a.lesionId) ? [{ reference: `Condition/${a.lesionId as string}` }] : undefined,
      effectiveDateTime: str(a.assessedOn),
      ...value,
      // mCODE's KPS profile binds interpretation (required) to LOINC LL4986-7: bonemet's band code is left out there
      interpretation: total !== undefined && instrument !== 'kps' ? [cc([bandCoding], result.band?.label)] : undefined,
      component: components,
    });
    if (instrument !== 'kps' || total === undefined) return [observation];
    const ecog = compact({
      resourceType: 'Observation',
      id: `${a.id}-ecog`,
      meta: { ...this.meta(PROFILE.ecog), tag: [bonemet('ecog-from-kps', 'ECOG derived from KPS by the conventional mapping')] },
      status: 'final',
      category: [cc([{ system: OBSERVATION_CATEGORY, code: 'survey', display: 'Survey' }])],
      code: cc([ECOG_LOINC]),
      subject: this.subject,
      effectiveDateTime: str(a.assessedOn),
      valueInteger: ecogFromKps(total as KpsValue),
      derivedFrom: [{ reference: `Observation/${a.id}` }],
    });
    return [observation, ecog];
  }

  treatment(t: RegistryRecord): FhirResource {
    const kind = String(t.kind);
    const d = (t.details ?? {}) as Record<string, unknown>;
    const period = compact({ start: str(t.startedOn), end: str(t.endedOn) });
    if (kind === 'systemic' || kind === 'bone-modifying-agent') {
      const agent = str(d.agent);
      const coded = kind === 'bone-modifying-agent' && agent ? [...(BONE_AGENT_RXNORM[agent as keyof typeof BONE_AGENT_RXNORM] ? [BONE_AGENT_RXNORM[agent as keyof typeof BONE_AGENT_RXNORM]!] : []), bonemet(`agent-${agent}`)] : [];
      const dose = num(d.doseMg);
      const interval = num(d.intervalWeeks);
      return compact({
        resourceType: 'MedicationStatement',
        id: t.id,
        meta: this.meta(),
        extension: [kind === 'systemic' && str(d.class) && ext(EXT.agentClass, { valueCode: d.class })].filter(Boolean),
        identifier: this.identifiers('treatments', t),
        status: t.endedOn ? 'completed' : 'active',
        category: cc([bonemet(`treatment-${kind}`, kind === 'systemic' ? 'Systemic therapy' : 'Bone-modifying agent')]),
        medicationCodeableConcept: cc(coded, agent ?? (kind === 'systemic' ? `systemic therapy (${String(d.class)})` : 'bone-modifying agent')),
        subject: this.subject,
        effectivePeriod: period,
        note: notes(t),
        dosage: dose !== undefined || interval !== undefined ? [compact({
          timing: interval !== undefined ? { repeat: { frequency: 1, period: interval, periodUnit: 'wk' } } : undefined,
          doseAndRate: dose !== undefined ? [{ doseQuantity: { value: dose, unit: 'mg', system: UCUM, code: 'mg' } }] : undefined,
        })] : undefined,
      });
    }
    const levels = (kind === 'pvp' || kind === 'pkp' ? ((d.levels ?? []) as { level: string }[]).map((l) => l.level) : ((d.levels ?? []) as string[]));
    const bodySite = levels.map((level) => cc(vertebraCodings(level), level));
    const base = {
      resourceType: 'Procedure',
      id: t.id,
      identifier: this.identifiers('treatments', t),
      status: t.endedOn || kind !== 'radiotherapy' ? 'completed' : 'in-progress',
      subject: this.subject,
      performedPeriod: period,
      bodySite,
      // the lesions it was given to, as their Conditions (a lesion deleted since is not exported: not referred to)
      reasonReference: Array.isArray(t.lesionIds) ? (t.lesionIds as string[]).filter((id) => this.lesions.has(id)).map((id) => ({ reference: `Condition/${id}` })) : undefined,
      note: notes(t),
    };
    if (kind === 'radiotherapy') {
      const technique = String(d.technique);
      const doseGy = num(d.doseGy);
      const fractions = num(d.fractions);
      const volumeText = [levels.join(', '), str(d.target)].filter(Boolean).join('; ') || 'treatment volume';
      return compact({
        ...base,
        meta: this.meta(PROFILE.radiotherapyCourseSummary),
        contained: [compact({
          resourceType: 'BodyStructure', id: 'volume', meta: { profile: [PROFILE.radiotherapyVolume] },
          identifier: [{ use: 'usual', value: volumeText }], // mCODE's displayName (description or identifier is required; the target is optional)
          description: str(d.target), location: cc(levels.length === 1 ? vertebraCodings(levels[0]!) : [], volumeText), patient: this.subject,
        })],
        extension: [
          ext(MCODE_EXT.modalityAndTechnique, {
            extension: [
              ext(MCODE_EXT.modality, { valueCodeableConcept: cc([PHOTON_EBRT]) }),
              ext(MCODE_EXT.technique, { valueCodeableConcept: cc([RT_TECHNIQUE_SNOMED[technique as keyof typeof RT_TECHNIQUE_SNOMED] ?? UNENCODED, bonemet(`rt-${technique}`)], technique.toUpperCase()) }),
            ],
          }),
          fractions !== undefined && ext(MCODE_EXT.sessions, { valueUnsignedInt: fractions }),
          ext(MCODE_EXT.doseDeliveredToVolume, {
            extension: [
              ext('volume', { valueReference: { reference: '#volume' } }),
              doseGy !== undefined && ext('totalDoseDelivered', { valueQuantity: { value: Math.round(doseGy * 100 * 1000) / 1000, unit: 'cGy', system: UCUM, code: 'cGy' } }),
              fractions !== undefined && ext('fractionsDelivered', { valueUnsignedInt: fractions }),
            ].filter(Boolean),
          }),
        ].filter(Boolean),
        category: cc([bonemet('treatment-radiotherapy', PROCEDURE_NAMES.radiotherapy)]),
        code: cc([RADIOTHERAPY_COURSE]),
      });
    }
    if (kind === 'pvp' || kind === 'pkp') {
      const perLevel = ((d.levels ?? []) as { level: string; cementMl: number; leaks?: string[] }[]).map((l) => ext(EXT.augmentation, {
        extension: [
          ext('level', { valueCoding: vertebraCoding(l.level) }),
          ext('cementMl', { valueQuantity: { value: l.cementMl, unit: 'mL', system: UCUM, code: 'mL' } }),
          ...(l.leaks ?? []).map((leak) => ext('leak', { valueCode: leak })),
        ],
      }));
      const extras = [str(d.approach) && ext(`${EXT.augmentation}-approach`, { valueCode: d.approach }), num(d.needleGauge) !== undefined && ext(`${EXT.augmentation}-needle-gauge`, { valueInteger: d.needleGauge })].filter(Boolean);
      return compact({ ...base, meta: this.meta(), extension: [...perLevel, ...extras], code: cc([bonemet(`treatment-${kind}`, PROCEDURE_NAMES[kind])], PROCEDURE_NAMES[kind]) });
    }
    if (kind === 'surgery') {
      return compact({ ...base, meta: this.meta(PROFILE.surgicalProcedure), code: cc([bonemet(`surgery-${String(d.procedure)}`), bonemet('treatment-surgery', PROCEDURE_NAMES.surgery)], PROCEDURE_NAMES.surgery) });
    }
    // ablation; with cement it is also a cementoplasty
    const withCement = d.withCement === true;
    return compact({
      ...base,
      meta: this.meta(),
      extension: [typeof d.withCement === 'boolean' && ext(EXT.withCement, { valueBoolean: d.withCement })].filter(Boolean),
      code: cc([bonemet(`ablation-${String(d.method)}`), bonemet('treatment-ablation', PROCEDURE_NAMES.ablation), ...(withCement ? [bonemet('treatment-cementoplasty', PROCEDURE_NAMES.cementoplasty)] : [])], withCement ? `${PROCEDURE_NAMES.ablation} with cementoplasty` : PROCEDURE_NAMES.ablation),
    });
  }

  /**
   * The analgesic regimen recorded at a follow-up visit: one MedicationStatement per analgesic,
   * taken on the visit's day (completedOn, else dueOn); the visit named by its treatment and month.
   */
  analgesics(v: RegistryRecord): FhirResource[] {
    const regimen = (v.analgesics ?? undefined) as { opioids?: { drug: Opioid; dailyDose: number }[]; nonOpioid?: NonOpioidAnalgesic[] } | undefined;
    if (!regimen) return [];
    const on = str(v.completedOn) ?? str(v.dueOn);
    const treatment = str(v.treatmentId);
    const visit = ext(EXT.followUpVisit, {
      extension: [
        treatment && ext('treatment', { valueReference: { reference: `${this.treatmentType.get(treatment) ?? 'Procedure'}/${treatment}` } }),
        num(v.month) !== undefined && ext('month', { valueInteger: v.month }),
      ].filter(Boolean),
    });
    const statement = (id: string, identifier: string, category: Coding, medication: Record<string, unknown>, dosage?: Record<string, unknown>) => compact({
      resourceType: 'MedicationStatement',
      id: `${v.id}-${id}`,
      meta: this.meta(),
      extension: [visit],
      identifier: [{ system: SID_ANALGESIC, value: `${v.id}/${identifier}` }],
      status: 'active',
      category: cc([category]),
      medicationCodeableConcept: medication,
      subject: this.subject,
      effectiveDateTime: on,
      dateAsserted: on,
      dosage: dosage ? [dosage] : undefined,
    });
    const opioids = (regimen.opioids ?? []).map((o, i) => {
      const patch = o.drug === 'fentanyl-patch';
      const rate = patch ? { value: o.dailyDose, unit: 'µg/h', system: UCUM, code: 'ug/h' } : { value: o.dailyDose, unit: 'mg/day', system: UCUM, code: 'mg/d' };
      return statement(`opioid-${i}`, `opioids/${i}`, OPIOID_CATEGORY, cc([OPIOID_RXNORM[o.drug], bonemet(`opioid-${o.drug}`, OPIOID_NAMES[o.drug])], OPIOID_NAMES[o.drug]), {
        text: patch ? `${o.dailyDose} µg/h transdermal` : `${o.dailyDose} mg a day by mouth`,
        route: cc([patch ? TRANSDERMAL_ROUTE : ORAL_ROUTE]),
        doseAndRate: [{ rateQuantity: rate }],
      });
    });
    const others = (regimen.nonOpioid ?? []).map((a) => {
      const rx = NON_OPIOID_RXNORM[a];
      return statement(`analgesic-${a}`, `non-opioid/${a}`, NON_OPIOID_CATEGORY, cc([...(rx ? [rx] : []), bonemet(`analgesic-${a}`, NON_OPIOID_NAMES[a])], NON_OPIOID_NAMES[a]));
    });
    return [...opioids, ...others];
  }

  adverseEvent(e: RegistryRecord): FhirResource {
    const treatment = str(e.treatmentId);
    return compact({
      resourceType: 'AdverseEvent',
      id: e.id,
      meta: this.meta(),
      extension: [
        str(e.level) && ext(EXT.vertebra, { valueCoding: vertebraCoding(e.level as string) }),
        typeof e.symptomatic === 'boolean' && ext(EXT.symptomatic, { valueBoolean: e.symptomatic }),
        str(e.notes) && ext(EXT.note, { valueString: e.notes }),
      ].filter(Boolean),
      identifier: this.identifiers('adverse-events', e)[0],
      actuality: 'actual',
      event: cc([bonemet(`ae-${String(e.kind)}`)], String(e.kind).replace(/-/g, ' ')),
      subject: this.subject,
      date: str(e.occurredOn),
      severity: str(e.severity) ? cc([{ system: AE_SEVERITY, code: e.severity as string }]) : undefined,
      suspectEntity: treatment ? [{ instance: { reference: `${this.treatmentType.get(treatment) ?? 'Procedure'}/${treatment}` } }] : undefined,
    });
  }

  outcome(e: RegistryRecord): FhirResource {
    const treatment = str(e.treatmentId);
    const progression = e.kind === 'local-progression';
    return compact({
      resourceType: 'Observation',
      id: e.id,
      meta: this.meta(progression ? PROFILE.cancerDiseaseStatus : undefined),
      identifier: this.identifiers('outcome-events', e),
      partOf: treatment ? [{ reference: `${this.treatmentType.get(treatment) ?? 'Procedure'}/${treatment}` }] : undefined,
      status: 'final',
      category: progression ? [cc([{ system: OBSERVATION_CATEGORY, code: 'laboratory' }])] : undefined,
      code: progression ? cc([DISEASE_STATUS_LOINC], 'Local progression')
        : e.kind === 'last-contact' ? cc([bonemet('last-contact', 'Last contact')]) : cc([bonemet('sre', 'Skeletal-related event')]),
      subject: this.subject,
      effectiveDateTime: str(e.occurredOn),
      ...(progression ? { valueCodeableConcept: cc([CONDITION_WORSENED]) } : { valueBoolean: true }),
      note: notes(e),
    });
  }
}

/** The input item read from an Observation's value instead of a component. */
export const VALUE_KEY: Partial<Record<InstrumentId, string>> = { kps: 'kps', vas: 'score' };

/** An instrument input value as an Observation component value (arrays and objects as JSON text). */
export function componentValue(v: unknown): Record<string, unknown> {
  if (typeof v === 'boolean') return { valueBoolean: v };
  if (typeof v === 'number') return Number.isInteger(v) ? { valueInteger: v } : { valueQuantity: { value: v } };
  if (typeof v === 'string') return { valueString: v };
  return { valueString: JSON.stringify(v) };
}

/** Every FHIR resource of one patient. */
export function patientResources(records: PatientRecords & VisitRecords, options: ExportOptions = {}): FhirResource[] {
  return new Mapper(records, options).all();
}

/** The `$everything` answer: a searchset Bundle of the patient's resources. */
export function everythingBundle(records: PatientRecords & VisitRecords, baseUrl: string, options: ExportOptions = {}): Bundle {
  const resources = patientResources(records, options);
  return {
    resourceType: 'Bundle',
    type: 'searchset',
    ...(options.deidentified ? { meta: { security: [PSEUDED] } } : {}),
    total: resources.length,
    entry: resources.map((resource) => ({ fullUrl: `${baseUrl}/${resource.resourceType}/${resource.id!}`, resource, search: { mode: 'match' as const } })),
  };
}
