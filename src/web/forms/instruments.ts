import { breastSubtypeText, histologyText } from '../../knowledge/texts.js';
import { esccText } from '../../knowledge/texts.js';
import { frankelText } from '../../knowledge/texts.js';
import { katagiriText } from '../../knowledge/texts.js';
import { kpsText } from '../../knowledge/texts.js';
import { mirelsText } from '../../knowledge/texts.js';
import { nesmsText } from '../../knowledge/texts.js';
import { odiText } from '../../knowledge/texts.js';
import { rmdqText } from '../../knowledge/texts.js';
import { sinsText } from '../../knowledge/texts.js';
import { tokuhashiText } from '../../knowledge/texts.js';
import { tomitaTypeText } from '../../knowledge/texts.js';
import { tomitaText } from '../../knowledge/texts.js';
import { vasText } from '../../knowledge/texts.js';
import { wbbText } from '../../knowledge/texts.js';
import { L, type Localized } from '../../i18n/lang.js';
import { BREAST_SUBTYPES, HISTOLOGY_IDS } from '../../knowledge/histology.js';
import { RMDQ_STATEMENTS, type InstrumentId } from '../../knowledge/instruments/index.js';
import { isLongBoneSite, lesionFactsSchema, type LesionFacts } from '../../knowledge/facts/index.js';

/**
 * How each instrument's input is laid out as a form: field order, widgets and the catalogue
 * labels. Only layout lives here; the schema (what is accepted) and the scoring stay in the core,
 * which validates every value the form produces.
 */

export interface ChoiceOption {
  value: string;
  label: Localized;
}

export type FieldSpec =
  | { kind: 'choice'; path: string; label: Localized; options: readonly ChoiceOption[]; numeric?: boolean; optional?: boolean; boolean?: boolean }
  | { kind: 'multi'; path: string; label: Localized; options: readonly ChoiceOption[]; numeric?: boolean }
  | { kind: 'number'; path: string; label: Localized; min?: number; max?: number; step?: number; optional?: boolean }
  | { kind: 'bool'; path: string; label: Localized }
  | { kind: 'level'; path: string; label: Localized };

export type FormValues = Record<string, string | string[] | boolean>;

const options = <K extends string>(table: Readonly<Record<K, Localized>>, keys?: readonly K[]): ChoiceOption[] =>
  (keys ?? (Object.keys(table) as K[])).map((value) => ({ value, label: table[value] }));

const plain = (values: readonly (string | number)[]): ChoiceOption[] =>
  values.map((v) => ({ value: String(v), label: L(String(v), String(v), String(v)) }));

const histologyOptions = options(histologyText, HISTOLOGY_IDS);
const breastOptions = options(breastSubtypeText, BREAST_SUBTYPES);
const kpsOptions = (from: number) =>
  [100, 90, 80, 70, 60, 50, 40, 30, 20, 10, 0]
    .filter((v) => v >= from)
    .map((v) => {
      const text = kpsText.levels[v as keyof typeof kpsText.levels];
      return { value: String(v), label: L(`${v} — ${text.en}`, `${v} — ${text.zh}`, `${v} — ${text.ja}`) };
    });
const frankelOptions = options(frankelText.grades);

/** A yes/no question whose answer is a boolean in the instrument's input. */
const yesNo = (path: string, label: Localized, optional = false): FieldSpec => ({
  kind: 'choice', path, label, boolean: true, optional,
  options: [{ value: 'true', label: L('yes', '是', 'はい') }, { value: 'false', label: L('no', '否', 'いいえ') }],
});
const skeletalOptions = options({ solitary: L('solitary', '单发', '単発'), multiple: L('multiple', '多发', '多発') });
const modifiedBauerFields: FieldSpec[] = [
  { kind: 'choice', path: 'primary', label: tokuhashiText.items.primary, options: histologyOptions },
  yesNo('visceralMetastases', L('Visceral metastases', '内脏转移', '内臓転移')),
  { kind: 'choice', path: 'skeletalMetastases', label: L('Skeletal metastases', '骨转移', '骨転移'), options: skeletalOptions },
];
const katagiriLab = (key: keyof typeof katagiriText.findings, label: Localized): FieldSpec =>
  ({ kind: 'number', path: `laboratory.${key}`, label, min: 0, step: key === 'platelets' || key === 'ldh' ? 1 : 0.01 });

const odiSections = Object.keys(odiText.sections) as (keyof typeof odiText.sections)[];

export const INSTRUMENT_FORMS: Partial<Record<InstrumentId, readonly FieldSpec[]>> = {
  sins: [
    { kind: 'level', path: 'level', label: sinsText.location.label },
    { kind: 'choice', path: 'pain', label: sinsText.pain.label, options: options(sinsText.pain.options) },
    { kind: 'choice', path: 'boneLesion', label: sinsText.boneLesion.label, options: options(sinsText.boneLesion.options) },
    { kind: 'choice', path: 'alignment', label: sinsText.alignment.label, options: options(sinsText.alignment.options) },
    { kind: 'choice', path: 'collapse', label: sinsText.collapse.label, options: options(sinsText.collapse.options) },
    { kind: 'choice', path: 'posterolateral', label: sinsText.posterolateral.label, options: options(sinsText.posterolateral.options) },
    { kind: 'choice', path: 'previousTreatmentAtLevel', label: sinsText.previousTreatment.label, options: options(sinsText.previousTreatment.options), optional: true },
  ],
  // clinical order: Object.keys would put the integer-like grades 0, 2, 3 before 1a–1c
  escc: [{ kind: 'choice', path: 'grade', label: esccText.gradeLabel, options: options(esccText.grades, ['0', '1a', '1b', '1c', '2', '3']) }],
  'tomita-type': [
    { kind: 'multi', path: 'sites', label: tomitaTypeText.items.sites, options: options(tomitaTypeText.sites) },
    { kind: 'bool', path: 'adjacentVertebrae', label: tomitaTypeText.items.adjacentVertebrae },
    { kind: 'bool', path: 'skipLesions', label: tomitaTypeText.items.skipLesions },
  ],
  wbb: [
    { kind: 'multi', path: 'zones', label: wbbText.items.zones, options: plain([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]), numeric: true },
    { kind: 'multi', path: 'layers', label: wbbText.items.layers, options: options(wbbText.layers) },
  ],
  kps: [{ kind: 'choice', path: 'kps', label: kpsText.itemLabel, options: kpsOptions(0), numeric: true }],
  vas: [
    { kind: 'number', path: 'score', label: vasText.score, min: 0, max: 10, step: 0.1 },
    { kind: 'choice', path: 'scale', label: vasText.scale.label, options: options(vasText.scale.options), optional: true },
    { kind: 'number', path: 'baseline', label: vasText.baseline, min: 0, max: 10, step: 0.1, optional: true },
    { kind: 'choice', path: 'painType', label: vasText.painType.label, options: options(vasText.painType.options), optional: true },
  ],
  odi: odiSections.map((section) => ({
    kind: 'choice' as const,
    path: `sections.${section}`,
    label: odiText.sections[section],
    options: [0, 1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: odiStatement(n) })),
    numeric: true,
    optional: true,
  })),
  frankel: [{ kind: 'choice', path: 'grade', label: frankelText.gradeLabel, options: frankelOptions }],
  // the statements' wording is licensed: numbers here, a site's text when it supplies one (questionnaire-text)
  rmdq: [{
    kind: 'multi', path: 'checked', label: rmdqText.appliesToday, numeric: true,
    options: Array.from({ length: RMDQ_STATEMENTS }, (_, i) => ({ value: String(i + 1), label: localizedWith(rmdqText.statement, i + 1) })),
  }],
  tokuhashi: [
    { kind: 'choice', path: 'kps', label: tokuhashiText.items.generalCondition, options: kpsOptions(10), numeric: true },
    { kind: 'number', path: 'extraspinalBoneMetastases', label: tokuhashiText.items.extraspinalBone, min: 0, step: 1 },
    { kind: 'number', path: 'vertebralBodyMetastases', label: tokuhashiText.items.vertebralBody, min: 1, step: 1 },
    { kind: 'choice', path: 'visceralMetastases', label: tokuhashiText.items.visceral, options: options(tokuhashiText.visceral) },
    { kind: 'choice', path: 'primary', label: tokuhashiText.items.primary, options: histologyOptions },
    { kind: 'choice', path: 'breastSubtype', label: L('Breast subtype', '乳腺癌分子分型', '乳癌サブタイプ'), options: breastOptions, optional: true },
    { kind: 'choice', path: 'frankel', label: tokuhashiText.items.palsy, options: frankelOptions },
  ],
  'modified-bauer': modifiedBauerFields,
  nesms: [
    ...modifiedBauerFields,
    { kind: 'choice', path: 'ambulatory', label: L('Ambulatory status', '行走能力', '歩行能力'), options: options(nesmsText.ambulatory) },
    { kind: 'number', path: 'albumin', label: L('Serum albumin (g/dL)', '血清白蛋白（g/dL）', '血清アルブミン（g/dL）'), min: 0, max: 10, step: 0.1 },
  ],
  katagiri: [
    { kind: 'choice', path: 'primary', label: katagiriText.items.growth, options: histologyOptions },
    { kind: 'choice', path: 'growth', label: L('Growth group', '生长分组', '増殖群'), options: options(katagiriText.growth), optional: true },
    yesNo('molecularTargetedTherapy', L('Non-small-cell lung cancer: molecularly targeted therapy', '非小细胞肺癌：分子靶向治疗', '非小細胞肺癌：分子標的治療'), true),
    yesNo('hormoneDependent', L('Breast/prostate: hormone-dependent', '乳腺癌/前列腺癌：激素依赖性', '乳癌/前立腺癌：ホルモン依存性'), true),
    { kind: 'choice', path: 'visceralMetastases', label: katagiriText.items.visceral, options: options(katagiriText.visceral) },
    katagiriLab('crp', L('CRP (mg/dL)', 'CRP（mg/dL）', 'CRP（mg/dL）')),
    katagiriLab('ldh', L('LDH (IU/L)', 'LDH（IU/L）', 'LDH（IU/L）')),
    katagiriLab('albumin', L('Albumin (g/dL)', '白蛋白（g/dL）', 'アルブミン（g/dL）')),
    katagiriLab('platelets', L('Platelets (/µL)', '血小板（/µL）', '血小板（/µL）')),
    katagiriLab('calcium', L('Calcium (mg/dL)', '血钙（mg/dL）', 'カルシウム（mg/dL）')),
    katagiriLab('bilirubin', L('Total bilirubin (mg/dL)', '总胆红素（mg/dL）', '総ビリルビン（mg/dL）')),
    { kind: 'choice', path: 'ecog', label: L('ECOG performance status', 'ECOG 体能状态', 'ECOG PS'), options: plain([0, 1, 2, 3, 4]), numeric: true },
    yesNo('previousChemotherapy', katagiriText.items.chemotherapy),
    { kind: 'choice', path: 'skeletalMetastases', label: L('Skeletal metastases', '骨转移', '骨転移'), options: skeletalOptions },
  ],
  // a long-bone lesion's impending-fracture score (public, Mirels 1989); the decision reads the same items from the lesion row
  mirels: [
    { kind: 'choice', path: 'site', label: mirelsText.items.site, options: options(mirelsText.site) },
    { kind: 'choice', path: 'pain', label: mirelsText.items.pain, options: options(mirelsText.pain) },
    { kind: 'choice', path: 'lesion', label: mirelsText.items.lesion, options: options(mirelsText.lesion) },
    { kind: 'choice', path: 'size', label: mirelsText.items.size, options: options(mirelsText.size) },
  ],
  tomita: [
    { kind: 'choice', path: 'primary', label: tokuhashiText.items.primary, options: histologyOptions },
    { kind: 'choice', path: 'growth', label: tomitaText.items.growth, options: options(tomitaText.growth), optional: true },
    { kind: 'choice', path: 'breastSubtype', label: L('Breast subtype', '乳腺癌分子分型', '乳癌サブタイプ'), options: breastOptions, optional: true },
    { kind: 'choice', path: 'visceralMetastases', label: tomitaText.items.visceral, options: options(tomitaText.visceral) },
    { kind: 'choice', path: 'boneMetastases', label: tomitaText.items.bone, options: options(tomitaText.bone) },
  ],
};

function localizedWith(text: Localized, n: number): Localized {
  return L(text.en.replace('{n}', String(n)), text.zh.replace('{n}', String(n)), text.ja.replace('{n}', String(n)));
}
function odiStatement(n: number): Localized {
  return localizedWith(odiText.statement, n);
}

/** Instruments entered per lesion on the spine map, and per visit on the follow-up page. */
export const LESION_INSTRUMENTS: readonly InstrumentId[] = ['sins', 'escc', 'tomita-type', 'wbb'];
export const VISIT_INSTRUMENTS: readonly InstrumentId[] = ['vas', 'kps', 'frankel', 'sins', 'odi', 'rmdq'];
/** Survival scores of the whole patient, recorded on the patient's scores tab (KPS, VAS, Frankel and ODI are recorded per visit). */
export const PROGNOSIS_INSTRUMENTS: readonly InstrumentId[] = ['tokuhashi', 'tomita', 'modified-bauer', 'nesms', 'katagiri'];

/** Whether the user has touched any field of the form (an untouched form is not an error). */
export function isBlank(fields: readonly FieldSpec[], values: FormValues): boolean {
  return fields.every((f) => {
    if (f.kind === 'level' || f.kind === 'bool') return true;
    const v = values[f.path];
    return v === undefined || v === '' || (Array.isArray(v) && v.length === 0);
  });
}

/** The instrument input the form's values stand for: empty fields are left out, numbers parsed. */
export function toInput(fields: readonly FieldSpec[], values: FormValues): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  const put = (path: string, value: unknown) => {
    const parts = path.split('.');
    let target = input;
    for (const part of parts.slice(0, -1)) {
      target[part] ??= {};
      target = target[part] as Record<string, unknown>;
    }
    target[parts[parts.length - 1]!] = value;
  };
  for (const f of fields) {
    const v = values[f.path];
    switch (f.kind) {
      case 'bool':
        put(f.path, v === true);
        break;
      case 'multi': {
        const list = Array.isArray(v) ? v : [];
        if (list.length) put(f.path, f.numeric ? list.map(Number) : list);
        break;
      }
      case 'number':
        if (typeof v === 'string' && v.trim() !== '') put(f.path, Number(v.replace(',', '.')));
        break;
      case 'choice':
        if (typeof v === 'string' && v !== '') put(f.path, f.numeric ? Number(v) : f.boolean ? v === 'true' : v);
        else if (f.path.includes('.')) put(f.path, null);
        break;
      case 'level':
        if (typeof v === 'string' && v.trim() !== '') put(f.path, v.trim());
        break;
    }
  }
  return input;
}

/** Form values prefilled from what the record knows: as `fromInput`, leaving out a choice the form does not offer. */
export function prefillValues(fields: readonly FieldSpec[], known: Record<string, unknown>): FormValues {
  const values = fromInput(fields, known);
  for (const f of fields) {
    const v = values[f.path];
    if (f.kind === 'choice' && typeof v === 'string' && !f.options.some((o) => o.value === v)) delete values[f.path];
  }
  return values;
}

/** A long-bone lesion of a stored decision's facts: its number there (1-based) and its facts. */
export interface DecisionLongBoneLesion {
  n: number;
  facts: LesionFacts;
}

/** The long-bone lesions (long-bone or proximal-femur sites) of a stored decision's facts; a row the facts schema refuses is left out. */
export function longBoneLesionsOf(facts: unknown): DecisionLongBoneLesion[] {
  const rows = facts && typeof facts === 'object' && Array.isArray((facts as { lesions?: unknown }).lesions) ? (facts as { lesions: unknown[] }).lesions : [];
  return rows.flatMap((row, i) => {
    const parsed = lesionFactsSchema.safeParse(row);
    return parsed.success && isLongBoneSite(parsed.data.site) ? [{ n: i + 1, facts: parsed.data }] : [];
  });
}

/** Form values from a stored instrument input (to edit or to prefill). */
export function fromInput(fields: readonly FieldSpec[], input: Record<string, unknown>): FormValues {
  const values: FormValues = {};
  for (const f of fields) {
    const v = f.path.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), input);
    if (v === undefined || v === null) continue;
    if (f.kind === 'bool') values[f.path] = v === true;
    else if (f.kind === 'multi') values[f.path] = Array.isArray(v) ? v.map(String) : [];
    else values[f.path] = String(v);
  }
  return values;
}
