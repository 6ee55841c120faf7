import type { z } from 'zod';
import { addDays } from '../knowledge/facts/common.js';
import type { Histology } from '../knowledge/histology.js';
import { SPINAL_LEVELS, type SpinalLevel } from '../knowledge/anatomy/spine.js';
import { INSTRUMENTS, mirelsItemsOfLesion, scoreInstrument } from '../knowledge/instruments/index.js';
import type { Actor } from './access.js';
import type { LeakSite } from '../boundary/codes.js';
import { ENTITIES, type EntityName, type Fields } from './entities.js';
import { sql } from './db.js';
import { PLACEHOLDER, writeRows, type Row } from './import.js';
import type { Registry } from './registry.js';
import { mulberry32 } from '../stats/prng.js';

/**
 * A synthetic demo cohort shaped like 000 (Sun et al. 2019): 106 patients treated 2011-01 to
 * 2016-03 in three arms (PVP+IMRT 38, PVP 38, IMRT 30), followed to 2018-06. Every count of
 * Table 1 is reproduced exactly per arm; VAS, SINS and KPS follow the means and SDs of Tables 2–4;
 * local progression at 6 months, cement leaks by site and deaths before 3 months are the counts
 * of §2.1, §2.6 and Table 3; survival runs 3–43 months with arm medians near 14/15/17 (§2.5) and
 * shorter with brain or visceral metastasis, a KPS ≤ 70 or no systemic therapy (Table 5).
 * Nobody here is real: names say "Synthetic", every patient is flagged synthetic.
 */

export const DEMO_COHORT = 'demo-000';
export const DEMO_STUDY_END = '2018-06-30';
const ENROL_FROM = Date.UTC(2011, 0, 1);
const ENROL_TO = Date.UTC(2016, 2, 31);
const DAYS_PER_MONTH = 30.4375;

type Arm = 'PVP+IMRT' | 'PVP' | 'IMRT';
type Primary = 'lung' | 'breast' | 'liver' | 'other';

interface ArmShape {
  arm: Arm;
  n: number;
  male: number;
  over55: number;
  primaries: Record<Primary, number>;
  single: number;
  brainOrVisceral: number;
  systemic: number;
  sinsUpTo6: number;
  vasOver6: number;
  kps80to100: number;
  /** Table 2: VAS mean and SD before, 1, 3, 6, 12 months. */
  vas: [number, number][];
  /** Table 4: SINS mean and SD before, 1, 3 months. */
  sins: [number, number][];
  /** Table 3: share with KPS 80–100 at 1 and 3 months. */
  kpsGood: [number, number];
  deathsBy3Months: number;
  localProgression6: number;
  leaks: Partial<Record<LeakSite, number>>;
  medianMonths: number;
}

/** 000 Table 1 to Table 4, §2.1, §2.5, §2.6. */
export const DEMO_ARMS: readonly ArmShape[] = [
  {
    arm: 'PVP+IMRT', n: 38, male: 18, over55: 20, primaries: { lung: 19, breast: 10, liver: 2, other: 7 }, single: 8,
    brainOrVisceral: 18, systemic: 29, sinsUpTo6: 9, vasOver6: 27, kps80to100: 14,
    vas: [[7.03, 1.15], [3.02, 0.78], [2.94, 0.75], [2.8, 0.75], [2.75, 0.89]],
    sins: [[7.55, 1.62], [6.1, 1.33], [5.97, 1.23]], kpsGood: [23 / 38, 26 / 36],
    deathsBy3Months: 2, localProgression6: 3, leaks: { paravertebral: 3, disc: 4, pedicle: 2, canal: 1 }, medianMonths: 14,
  },
  {
    arm: 'PVP', n: 38, male: 24, over55: 25, primaries: { lung: 17, breast: 8, liver: 4, other: 9 }, single: 7,
    brainOrVisceral: 21, systemic: 31, sinsUpTo6: 10, vasOver6: 29, kps80to100: 12,
    vas: [[7.13, 1.16], [3.29, 0.89], [3.35, 0.88], [3.51, 0.89], [3.47, 1.08]],
    sins: [[7.5, 1.5], [6.47, 0.97], [6.41, 1.01]], kpsGood: [21 / 38, 22 / 37],
    deathsBy3Months: 1, localProgression6: 11, leaks: { paravertebral: 4, disc: 2, 'paravertebral-vein': 1 }, medianMonths: 15,
  },
  {
    arm: 'IMRT', n: 30, male: 19, over55: 16, primaries: { lung: 20, breast: 5, liver: 2, other: 3 }, single: 10,
    brainOrVisceral: 15, systemic: 21, sinsUpTo6: 6, vasOver6: 20, kps80to100: 10,
    vas: [[6.96, 1.27], [5.43, 1.1], [3.85, 0.8], [3.75, 0.98], [3.82, 1.01]],
    sins: [[7.47, 1.57], [7.26, 1.48], [7.17, 1.51]], kpsGood: [16 / 30, 17 / 28],
    deathsBy3Months: 2, localProgression6: 7, leaks: {}, medianMonths: 17,
  },
];

class Rng {
  constructor(readonly next: () => number) {}
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
  normal(mean: number, sd: number): number {
    const u = 1 - this.next();
    const v = this.next();
    return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [items[i], items[j]] = [items[j]!, items[i]!];
    }
    return items;
  }
  /** `yes` trues and `n − yes` falses in random order: exact marginal counts. */
  flags(n: number, yes: number): boolean[] {
    return this.shuffle(Array.from({ length: n }, (_, i) => i < yes));
  }
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
const round1 = (x: number) => Math.round(x * 10) / 10;
const isoOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

// SINS answers giving a wanted total at a level, found by scoring every combination once.
const sinsCache = new Map<string, Map<number, Fields[]>>();
function sinsAnswersByTotal(level: SpinalLevel): Map<number, Fields[]> {
  const cached = sinsCache.get(level);
  if (cached) return cached;
  const shape = (INSTRUMENTS.sins.schema as unknown as z.ZodObject).shape as Record<string, z.ZodEnum>;
  const options = (field: string) => shape[field]!.options as string[];
  const byTotal = new Map<number, Fields[]>();
  for (const pain of options('pain')) for (const boneLesion of options('boneLesion')) for (const alignment of options('alignment'))
    for (const collapse of options('collapse')) for (const posterolateral of options('posterolateral')) {
      if (alignment === 'subluxation-translation') continue; // not a PVP candidate (000 §1.1)
      const inputs = { level, pain, boneLesion, alignment, collapse, posterolateral };
      const total = scoreInstrument('sins', inputs).total!;
      byTotal.set(total, [...(byTotal.get(total) ?? []), inputs]);
    }
  sinsCache.set(level, byTotal);
  return byTotal;
}

function sinsInputs(rng: Rng, level: SpinalLevel, wanted: number): Fields {
  const byTotal = sinsAnswersByTotal(level);
  for (let d = 0; d < 18; d++) {
    for (const total of [wanted - d, wanted + d]) {
      const options = byTotal.get(total);
      if (options?.length) return rng.pick(options);
    }
  }
  throw new Error(`no SINS answers near ${wanted} at ${level}`);
}

const THORACOLUMBAR = SPINAL_LEVELS.filter((l) => /^(T([4-9]|1[0-2])|L[1-5])$/.test(l)) as SpinalLevel[];
const OTHER_PRIMARIES: Histology[] = ['kidney', 'prostate', 'colon', 'stomach', 'esophagus', 'thyroid', 'unknown-primary'];
const VISCERA = ['liver', 'lung', 'adrenal', 'brain'] as const;

/** One synthetic patient as the records to write, in order; an assessment of a lesion names the lesion's record by its index. */
export interface DemoPatient {
  arm: Arm;
  patient: Fields;
  records: { entity: EntityName; fields: Fields; visitMonth?: number; lesion?: number }[];
}

/** The demo patient who also has a femoral lesion (with its Mirels score), to show an extraspinal lesion; drawn without the random stream, so the rest of the cohort is as before. */
const FEMORAL_DEMO = 1;

/** The demo cohort, deterministic for a seed. */
export function demoCohort(seed = 106): DemoPatient[] {
  const rng = new Rng(mulberry32(seed)); // seeded: the demo is the same on every machine
  const out: DemoPatient[] = [];
  let serial = 0;
  for (const shape of DEMO_ARMS) {
    const n = shape.n;
    const primaries = rng.shuffle(
      (Object.entries(shape.primaries) as [Primary, number][]).flatMap(([p, count]) => Array<Primary>(count).fill(p)),
    );
    // breast primaries are women; the other women and the men are spread over the rest
    const women = n - shape.male;
    const others = rng.shuffle(primaries.map((p, i) => (p === 'breast' ? -1 : i)).filter((i) => i >= 0));
    const female = new Set([...primaries.keys()].filter((i) => primaries[i] === 'breast').concat(others.slice(0, women - shape.primaries.breast)));
    const over55 = rng.flags(n, shape.over55);
    const single = rng.flags(n, shape.single);
    const brainOrVisceral = rng.flags(n, shape.brainOrVisceral);
    const systemic = rng.flags(n, shape.systemic);
    const sinsLow = rng.flags(n, shape.sinsUpTo6);
    const vasHigh = rng.flags(n, shape.vasOver6);
    const kpsGood = rng.flags(n, shape.kps80to100);

    // survival from the end of treatment (months): Weibull, shorter with the Table 5 factors
    const months = Array.from({ length: n }, (_, i) => {
      const factor = (brainOrVisceral[i] ? 0.72 : 1.3) * (kpsGood[i] ? 1.45 : 0.8) * (systemic[i] ? 1.15 : 0.7);
      return factor * Math.pow(-Math.log(1 - rng.next()) / Math.LN2, 1 / 1.6);
    });
    // scale so that the arm's median is the one of 000 §2.5
    const middle = [...months].sort((a, b) => a - b)[Math.floor(n / 2)]!;
    for (let i = 0; i < n; i++) months[i] = (months[i]! * shape.medianMonths) / middle;
    // about one in twelve is lost to follow-up before dying (censored at the last contact)
    const lost = rng.flags(n, Math.round(n / 12));
    const earlyDeaths = new Set([...months.keys()].sort((a, b) => months[a]! - months[b]!).slice(0, shape.deathsBy3Months));
    for (let i = 0; i < n; i++) months[i] = earlyDeaths.has(i) ? 2.6 + 0.35 * rng.next() : clamp(months[i]!, 3.1, 43);

    const leakSites = rng.shuffle((Object.entries(shape.leaks) as [LeakSite, number][]).flatMap(([site, count]) => Array<LeakSite>(count).fill(site)));
    const leakOf = new Map(rng.shuffle([...Array(n).keys()]).slice(0, leakSites.length).map((p, k) => [p, leakSites[k]!]));
    const aliveAt6 = [...Array(n).keys()].filter((i) => months[i]! > 6.2);
    const progressing = new Set(rng.shuffle(aliveAt6).slice(0, shape.localProgression6));

    for (let i = 0; i < n; i++) {
      serial++;
      const code = `DEMO-${String(serial).padStart(3, '0')}`;
      const start = isoOf(ENROL_FROM + rng.next() * (ENROL_TO - ENROL_FROM));
      const age = over55[i] ? rng.int(56, 82) : rng.int(34, 55);
      const count = single[i] ? 1 : rng.int(2, 4);
      const first = rng.int(0, THORACOLUMBAR.length - count);
      const levels = THORACOLUMBAR.slice(first, first + count);
      const primary = primaries[i]!;
      const histology: Histology = primary === 'lung' ? (rng.next() < 0.85 ? 'lung-nsclc' : 'lung-sclc') : primary === 'other' ? rng.pick(OTHER_PRIMARIES) : primary;
      const records: DemoPatient['records'] = [];
      const add = (entity: EntityName, fields: Fields, visitMonth?: number) => records.push({ entity, fields, ...(visitMonth !== undefined ? { visitMonth } : {}) }) - 1;

      add('primary-tumours', { histology, diagnosedOn: addDays(start, -rng.int(30, 900)), ...(histology === 'lung-nsclc' ? { egfr: rng.pick(['mutant', 'wild-type', 'unknown'] as const) } : {}) });
      for (const level of levels) add('metastatic-sites', { kind: 'spine', location: level, detectedOn: addDays(start, -rng.int(7, 30)) });
      if (brainOrVisceral[i]) {
        const where = rng.pick(VISCERA);
        add('metastatic-sites', { kind: where === 'brain' ? 'brain' : 'visceral', location: where, detectedOn: addDays(start, -rng.int(7, 60)), ...(where === 'brain' ? {} : { resectable: false }) });
      }
      const character = rng.next() < 0.75 ? 'lytic' : 'mixed';
      for (const level of levels) {
        add('lesions', { level, detectedOn: addDays(start, -rng.int(7, 30)), character, posteriorWallIntact: true, pediclesInvolved: 'none', escc: rng.pick(['0', '1a', '1b', '1c'] as const), collapsePercent: rng.int(0, 40) });
      }
      const femoral = serial === FEMORAL_DEMO
        ? { site: 'proximal-femur', longBone: 'femur', boneRegion: 'end', peritrochanteric: true, limbPain: 'moderate', character, cortexInvolved: 'under-third', fracture: 'none', detectedOn: addDays(start, -14) } as const
        : undefined;
      const femoralLesion = femoral ? add('lesions', femoral) : undefined;
      if (femoral) add('metastatic-sites', { kind: 'extraspinal-bone', location: 'proximal femur', detectedOn: femoral.detectedOn });

      // treatment: PVP on up to 3 levels (001 review 3), IMRT within 1 week after PVP (000 §1.2)
      let end = start;
      const hasPvp = shape.arm !== 'IMRT';
      if (hasPvp) {
        const treated = levels.slice(0, 3);
        const leak = leakOf.get(i);
        add('treatments', {
          kind: 'pvp', startedOn: start, endedOn: start,
          details: { approach: 'transpedicular', needleGauge: 13, levels: treated.map((level, k) => ({ level, cementMl: round1(clamp(rng.normal(3.6, 0.8), 2, 6)), leaks: leak && k === 0 ? [leak] : [] })) },
        });
        if (leak) add('adverse-events', { occurredOn: start, kind: `cement-leak-${leak}`, level: treated[0], symptomatic: false, severity: 'mild' });
      }
      if (shape.arm !== 'PVP') {
        const fractions = rng.int(15, 25);
        const rtStart = hasPvp ? addDays(start, rng.int(2, 7)) : start;
        end = addDays(rtStart, Math.ceil((fractions * 7) / 5) - 1);
        add('treatments', { kind: 'radiotherapy', startedOn: rtStart, endedOn: end, details: { technique: 'imrt', doseGy: fractions * 2, fractions, levels } });
        if (rng.next() < 0.2) add('adverse-events', { occurredOn: addDays(rtStart, rng.int(3, 10)), kind: 'radiation-toxicity', severity: 'mild', notes: 'nausea, reduced appetite (synthetic)' });
      }
      if (systemic[i]) add('treatments', { kind: 'systemic', startedOn: addDays(end, rng.int(7, 30)), details: { agent: primary === 'lung' ? 'platinum doublet' : primary === 'breast' ? 'endocrine therapy' : 'chemotherapy', class: primary === 'breast' ? 'endocrine' : 'chemotherapy' } });

      // baseline assessments before treatment
      const day0 = addDays(start, -rng.int(1, 5));
      const vasBase = vasHigh[i] ? round1(clamp(rng.normal(7.5, 0.7), 6.1, 10)) : round1(clamp(rng.normal(5.6, 0.5), 4, 6));
      const sinsBase = sinsLow[i] ? rng.int(4, 6) : Math.round(clamp(rng.normal(8.3, 1.2), 7, 12));
      const kpsBase = kpsGood[i] ? rng.pick([80, 80, 90]) : rng.pick([50, 60, 60, 70, 70]);
      const level = levels[0]!;
      add('assessments', { instrument: 'vas', assessedOn: day0, inputs: { score: vasBase } });
      add('assessments', { instrument: 'sins', assessedOn: day0, inputs: sinsInputs(rng, level, sinsBase) });
      add('assessments', { instrument: 'kps', assessedOn: day0, inputs: { kps: kpsBase } });
      if (femoral) records.push({ entity: 'assessments', fields: { instrument: 'mirels', assessedOn: day0, inputs: mirelsItemsOfLesion(femoral) }, lesion: femoralLesion! });

      // follow-up: at the scheduled visits while alive
      const survivalDays = Math.round(months[i]! * DAYS_PER_MONTH);
      const death = addDays(end, survivalDays);
      const lostOn = lost[i] && !earlyDeaths.has(i) ? addDays(end, Math.round(survivalDays * (0.4 + 0.5 * rng.next()))) : undefined;
      const dies = death <= DEMO_STUDY_END && lostOn === undefined;
      const lastContact = dies ? death : lostOn && lostOn < DEMO_STUDY_END ? lostOn : DEMO_STUDY_END;
      const [m0, s0] = shape.vas[0]!;
      const [sm0] = shape.sins[0]!;
      for (const [k, month] of [1, 3, 6, 12].entries()) {
        const visitDay = addDays(end, Math.round(month * DAYS_PER_MONTH) + rng.int(-3, 3));
        if (visitDay >= lastContact) break;
        const [m, s] = shape.vas[k + 1]!;
        add('assessments', { instrument: 'vas', assessedOn: visitDay, inputs: { score: round1(clamp(m + ((vasBase - m0) / s0) * s * 0.4 + rng.normal(0, s * 0.9), 0, 10)) } }, month);
        if (month <= 3) {
          const [sm, ss] = shape.sins[k + 1]!;
          const total = Math.round(clamp(sm + (sinsBase - sm0) * 0.5 + rng.normal(0, ss * 0.8), 2, 15));
          add('assessments', { instrument: 'sins', assessedOn: visitDay, inputs: sinsInputs(rng, level, total) }, month);
          const good = rng.next() < shape.kpsGood[k]!;
          add('assessments', { instrument: 'kps', assessedOn: visitDay, inputs: { kps: good ? rng.pick([80, 90, 90, 100]) : rng.pick([50, 60, 70, 70]) } }, month);
        }
        if (month === 6 && progressing.has(i)) add('outcome-events', { kind: 'local-progression', occurredOn: visitDay, notes: 'RECIST 1.1 non-measurable disease at 6 months (synthetic)' });
      }
      if (dies) add('outcome-events', { kind: 'death', occurredOn: death });

      const enrolledYear = Number(start.slice(0, 4));
      out.push({
        arm: shape.arm,
        patient: {
          code, name: `Synthetic Patient ${String(serial).padStart(3, '0')}`, sex: female.has(i) ? 'female' : 'male',
          birthYear: enrolledYear - age, cohort: DEMO_COHORT, studyArm: shape.arm, enrolledOn: start, lastContactOn: lastContact,
          synthetic: true, notes: 'Synthetic demo record shaped like 000; not a real person.',
        },
        records,
      });
    }
  }
  return out;
}

/**
 * Writes the demo cohort with the import's writer (so follow-up visits are scheduled and
 * completed as for imported records), in one transaction. Returns the patients written.
 */
export async function seedDemoCohort(registry: Registry, actor: Actor, seed = 106): Promise<number> {
  await registry.authorize(actor, 'import', 'cohort');
  const cohort = demoCohort(seed);
  const rows: Row[] = [];
  const ofLesions: { code: string; lesion: Fields; fields: Fields }[] = [];
  for (const demo of cohort) {
    const code = demo.patient.code as string;
    rows.push({ row: rows.length + 1, entity: 'patients', patient: code, fields: registry.parseInput('patients', demo.patient) });
    for (const record of demo.records) {
      const fields = registry.parseInput(record.entity, { ...record.fields, patientId: PLACEHOLDER });
      if (record.lesion !== undefined) ofLesions.push({ code, lesion: registry.parseInput('lesions', { ...demo.records[record.lesion]!.fields, patientId: PLACEHOLDER }), fields });
      else rows.push({ row: rows.length + 1, entity: record.entity, patient: code, fields, ...(record.visitMonth !== undefined ? { visitMonth: record.visitMonth } : {}) });
    }
  }
  await registry.db.transaction(async (tx) => {
    await writeRows(registry, tx, actor, rows, new Map());
    // assessments of a lesion, once the lesion has its id (a demo patient's lesions differ in site or level)
    for (const { code, lesion, fields } of ofLesions) {
      const [found] = await tx.rows<{ id: string; patientId: string }>(sql`SELECT l.id::text AS id, l.patient_id::text AS "patientId" FROM lesions l JOIN patients p ON p.id = l.patient_id
        WHERE p.code = ${code} AND p.deleted_at IS NULL AND l.deleted_at IS NULL AND l.site = ${lesion.site as string} AND l.level IS NOT DISTINCT FROM ${(lesion.level as string | undefined) ?? null}`);
      await registry.createIn(tx, ENTITIES.assessments, { ...fields, patientId: found!.patientId, lesionId: found!.id }, actor);
    }
  });
  return cohort.length;
}
