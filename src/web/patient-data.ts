import { useCallback, useEffect, useState } from 'react';
import { api, listAll, type Problem, type Rec, problemOf } from './api.js';

/** One patient's whole record, loaded once per patient page and reloaded after each write. */
export interface PatientData {
  patient: Rec;
  primaries: Rec[];
  sites: Rec[];
  lesions: Rec[];
  assessments: Rec[];
  decisions: Rec[];
  treatments: Rec[];
  visits: Rec[];
  adverse: Rec[];
  outcomes: Rec[];
  labs: Rec[];
}

export function usePatientData(id: string): { data: PatientData | null; problem: Problem | null; reload(): Promise<void> } {
  const [data, setData] = useState<PatientData | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const reload = useCallback(async () => {
    try {
      const by = { patientId: id };
      const [patient, primaries, sites, lesions, assessments, decisions, treatments, visits, adverse, outcomes, labs] = await Promise.all([
        api.get<Rec>(`/api/patients/${encodeURIComponent(id)}`),
        listAll('primary-tumours', by),
        listAll('metastatic-sites', by),
        listAll('lesions', by),
        listAll('assessments', by),
        listAll('decisions', by),
        listAll('treatments', by),
        listAll('follow-up-visits', by),
        listAll('adverse-events', by),
        listAll('outcome-events', by),
        listAll('laboratory-values', by),
      ]);
      setData({ patient, primaries, sites, lesions, assessments, decisions, treatments, visits, adverse, outcomes, labs });
      setProblem(null);
    } catch (e) {
      setProblem(problemOf(e));
    }
  }, [id]);
  useEffect(() => {
    setData(null);
    void reload();
  }, [reload]);
  return { data, problem, reload };
}

export const todayIso = (): string => new Date().toISOString().slice(0, 10);

/** The date of the patient's recorded death (the earliest death outcome event), or null. */
export function deathOf(data: Pick<PatientData, 'outcomes'>): string | null {
  const deaths = data.outcomes.filter((o) => o.kind === 'death').map((o) => String(o.occurredOn)).sort();
  return deaths[0] ?? null;
}

/** The date follow-up ended alive (the latest last-contact outcome event), or null. */
export function lastContactOf(data: Pick<PatientData, 'outcomes'>): string | null {
  const dates = data.outcomes.filter((o) => o.kind === 'last-contact').map((o) => String(o.occurredOn)).sort();
  return dates[dates.length - 1] ?? null;
}
