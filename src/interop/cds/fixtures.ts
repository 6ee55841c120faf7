/** Hand-written mCODE-style FHIR resources of an EHR, for the CDS Hooks tests. */
export const LOINC = 'http://loinc.org';
export const SCT = 'http://snomed.info/sct';
export const UCUM = 'http://unitsofmeasure.org';
export const BONEMET = 'https://bonemet.dev/fhir/CodeSystem/bonemet';
export const RX = 'http://www.nlm.nih.gov/research/umls/rxnorm';
export const MCODE = 'http://hl7.org/fhir/us/mcode/StructureDefinition';
export const searchset = (...resources: object[]) => ({ resourceType: 'Bundle', type: 'searchset', entry: resources.map((resource) => ({ resource })) });
export const obs = (id: string, code: object, value: object, date = '2026-11-20', extra: object = {}) =>
  ({ resourceType: 'Observation', id, status: 'final', code, subject: { reference: 'Patient/p1' }, effectiveDateTime: date, ...value, ...extra });
export const loinc = (code: string) => ({ coding: [{ system: LOINC, code }] });
export const qty = (value: number, code: string) => ({ valueQuantity: { value, unit: code, system: UCUM, code } });

/** A hand-written mCODE-style record: a 70 kg woman born 1956-03-10, breast cancer with T12 and L2 metastases. */
export const record = {
  patient: { resourceType: 'Patient', id: 'p1', meta: { profile: [`${MCODE}/mcode-cancer-patient`] }, gender: 'female', birthDate: '1956-03-10' },
  conditions: searchset(
    { resourceType: 'Condition', id: 'prim', meta: { profile: [`${MCODE}/mcode-primary-cancer-condition`] }, clinicalStatus: { coding: [{ code: 'active' }] }, code: { coding: [{ system: SCT, code: '254837009' }] } },
    { resourceType: 'Condition', id: 'met1', meta: { profile: [`${MCODE}/mcode-secondary-cancer-condition`] }, verificationStatus: { coding: [{ code: 'confirmed' }] }, code: { coding: [{ system: SCT, code: '94222008' }] }, bodySite: [{ coding: [{ system: BONEMET, code: 'vertebra-T12' }] }] },
    { resourceType: 'Condition', id: 'met2', code: { coding: [{ system: SCT, code: '94222008' }] }, bodySite: [{ text: 'L2' }] },
    { resourceType: 'Condition', id: 'old', clinicalStatus: { coding: [{ code: 'resolved' }] }, code: { coding: [{ system: SCT, code: '94222008' }] }, bodySite: [{ text: 'C5' }] },
  ),
  observations: searchset(
    obs('kps-old', loinc('89243-0'), { valueInteger: 80 }, '2026-06-01'),
    obs('kps', loinc('89243-0'), { valueInteger: 60 }),
    obs('pain', loinc('72514-3'), qty(7, '{score}')),
    obs('cr', loinc('14682-9'), qty(106.08, 'umol/L')),
    obs('wt', loinc('29463-7'), qty(70, 'kg')),
    obs('ca', loinc('29265-6'), qty(2.5, 'mmol/L')),
    obs('plt', loinc('777-3'), qty(180, '10*3/uL')),
    obs('sins', { coding: [{ system: BONEMET, code: 'instrument-sins' }] }, { valueQuantity: { value: 9, system: UCUM, code: '{score}' } }, '2026-11-20', { focus: [{ reference: 'Condition/met1' }] }),
    obs('escc', { coding: [{ system: BONEMET, code: 'instrument-escc' }] }, { valueString: '1b' }, '2026-11-20', { bodySite: { text: 'L2' } }),
  ),
  medicationStatements: searchset(
    { resourceType: 'MedicationStatement', id: 'zol', status: 'active', medicationCodeableConcept: { coding: [{ system: RX, code: '77655' }] }, subject: { reference: 'Patient/p1' } },
    { resourceType: 'MedicationStatement', id: 'mor', status: 'active', medicationCodeableConcept: { coding: [{ system: RX, code: '7052' }] },
      dosage: [{ timing: { repeat: { frequency: 2, period: 1, periodUnit: 'd' } }, doseAndRate: [{ doseQuantity: { value: 30, unit: 'mg', system: UCUM, code: 'mg' } }] }] },
  ),
  procedures: searchset(
    { resourceType: 'Procedure', id: 'rt', status: 'completed', code: { coding: [{ system: SCT, code: '1217123003' }] }, performedPeriod: { start: '2026-05-01', end: '2026-05-05' }, bodySite: [{ text: 'T12' }],
      extension: [{ url: `${MCODE}/mcode-radiotherapy-dose-delivered-to-volume`, extension: [{ url: 'totalDoseDelivered', valueQuantity: { value: 2000, unit: 'cGy', system: UCUM, code: 'cGy' } }, { url: 'fractionsDelivered', valueUnsignedInt: 5 }] }] },
  ),
};
