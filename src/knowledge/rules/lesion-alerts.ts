import { lesionAlertText as T } from './lesion-alerts.text.js';
import { text, type Text } from '../text.js';
import { ESCC_GRADES, esccBand } from '../instruments/escc.js';
import { sins, sinsBand } from '../instruments/sins.js';
import { cite, type SourceRef } from '../sources.js';

/** A spinal lesion as the registry keeps it: its level and the ESCC grade recorded with it. */
export interface LesionForAlerts {
  id: string;
  level: string;
  escc?: unknown;
}

/** A stored assessment: the lesion it scores, when, and the total the core gave it (null: not assessable). */
export interface AssessmentForAlerts {
  lesionId: unknown;
  instrument: unknown;
  assessedOn: unknown;
  total: unknown;
}

/** A local treatment in the record: its kind, when it started and the spinal levels it treated. */
export interface TreatmentForAlerts {
  kind: unknown;
  startedOn: unknown;
  levels: readonly string[];
}

/** Treatments after which a level's SINS no longer assesses it (002 §2.3 "已经手术的节段或者放化疗后的节段无法评估"). */
const REASSESS_AFTER = ['surgery', 'radiotherapy', 'pvp', 'pkp', 'ablation'];

export interface LesionAlert {
  id: 'sins-unstable' | 'escc-high-grade';
  lesionId: string;
  message: Text;
  sources: SourceRef[];
}

/** SINS: 002 §2.3 and Fisher 2010 (the 13–18 band); ESCC: 002 §2.4 (grades 2 and 3 compress the cord). */
const SINS_SOURCES = sins.sources;
const ESCC_SOURCES = [cite('002', '§2.4')];

const isEsccGrade = (value: unknown): value is (typeof ESCC_GRADES)[number] => (ESCC_GRADES as readonly unknown[]).includes(value);

/**
 * What the patient's record says needs attention at each spinal lesion: its latest SINS in the
 * unstable band (13–18; 002 §2.3 names only the low and middle bands, the 13 cut is Fisher 2010),
 * and its ESCC grade 2 or 3 (high grade: cord compressed, 002 §2.4). SINS alerts come first, then
 * ESCC, each in the order of the lesions; a level SINS cannot assess (total null) raises none.
 */
export function lesionAlerts(lesions: readonly LesionForAlerts[], assessments: readonly AssessmentForAlerts[], treatments: readonly TreatmentForAlerts[] = []): LesionAlert[] {
  const unstable = lesions.flatMap((lesion): LesionAlert[] => {
    const latest = assessments
      .filter((a) => a.lesionId === lesion.id && a.instrument === 'sins')
      .sort((a, b) => String(b.assessedOn).localeCompare(String(a.assessedOn)))[0];
    const total = latest?.total;
    if (typeof total !== 'number' || sinsBand(total) !== 'unstable') return [];
    // a level treated since it was scored is no longer assessed by that score: ask for a new reading instead
    const since = treatments
      .filter((tr) => REASSESS_AFTER.includes(String(tr.kind)) && tr.levels.includes(lesion.level) && String(tr.startedOn) >= String(latest!.assessedOn))
      .map((tr) => String(tr.startedOn)).sort().at(-1);
    const message = since
      ? text(T.sinsBeforeTreatment, { level: lesion.level, total, date: since })
      : text(T.sinsUnstable, { level: lesion.level, total });
    return [{ id: 'sins-unstable', lesionId: lesion.id, message, sources: since ? [cite('002', '§2.3')] : SINS_SOURCES }];
  });
  const compressed = lesions.flatMap((lesion): LesionAlert[] =>
    isEsccGrade(lesion.escc) && esccBand(lesion.escc) === 'high-grade'
      ? [{ id: 'escc-high-grade', lesionId: lesion.id, message: text(T.highGradeEscc, { level: lesion.level, grade: lesion.escc }), sources: ESCC_SOURCES }]
      : []);
  return [...unstable, ...compressed];
}
