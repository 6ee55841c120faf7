/**
 * Properties of the verdict synthesis (docs/rules.md "How a verdict is reached") over 5 000 seeded random
 * patients: never withhold an indicated treatment, never recommend an unscreened one, never let a score
 * decide against a graded recommendation, and show every overruled finding.
 */
import { describe, expect, it } from 'vitest';
import { renderText } from '../texts.js';
import { patientFactsSchema, type PatientFacts } from '../facts/index.js';
import type { Finding, OptionAssessment, OptionId, Verdict } from './finding.js';
import { RULE_CATALOGUE, catalogueTiers } from './catalog.js';
import { recommendFromFacts } from './index.js';
import { randomFacts } from './test-support.js';
import { applyScreen } from './screens.js';
import { assess, finding } from './finding.js';
import { cite } from '../sources.js';
import { verbatim } from '../text.js';

const PATIENTS = 5_000;
const CORD_OPTIONS: readonly OptionId[] = ['ebrt', 'sbrt', 'separation-surgery', 'palliative-surgery'];
const against = (v: Verdict | 'info') => v === 'not-recommended' || v === 'contraindicated';
const positive = (v: Verdict | 'info' | undefined) => v === 'recommended' || v === 'consider';

/**
 * The contraindication screen written from the sources independently of src/knowledge/rules/screens.ts:
 * the facts that must be known before each option may be recommended or considered.
 */
function unscreened(option: OptionId, f: PatientFacts): string[] {
  const coagulation = f.comorbidities.uncontrollableBleeding === true ? [] : (['plateletsPerUl', 'ptRatio', 'apttRatio'] as const).filter((k) => f.labs[k] === undefined);
  const childBearing = f.patient.sex === 'female' && f.patient.age >= 15 && f.patient.age <= 49;
  const pregnancy = childBearing && f.patient.pregnant === undefined ? ['pregnant'] : [];
  const infection = f.infection === undefined ? ['infection'] : [];
  const fitness = f.toleratesSurgery === undefined ? ['toleratesSurgery'] : [];
  switch (option) {
    case 'pvp':
    case 'cementoplasty': // 002 §3.4 (1)–(5), 001 review 2(3)(4)
      return [...infection, ...coagulation, ...(f.pmmaAllergy === undefined ? ['pmmaAllergy'] : []), ...pregnancy];
    case 'rfa': // 002 §3.5
      return [...infection, ...coagulation];
    case 'mwa':
      return [...coagulation];
    case 'tes':
    case 'laminectomy-fixation':
    case 'palliative-surgery': // 002 §3.3
      return fitness;
    case 'separation-surgery': // 002 §3.3, §3.2
      return [...fitness, ...(f.primary.histology === undefined && f.primary.radiosensitivity === undefined ? ['histology'] : [])];
    case 'bma': {
      const onAgent = f.systemicTherapy.some((t) => (t.class === 'bisphosphonate' || t.class === 'denosumab') && t.ongoing);
      return [
        ...(!onAgent && f.boneAgents.dentalExamDone === undefined ? ['dental'] : []), // 004 rec 8
        ...(f.hypocalcaemia === undefined && f.labs.calciumMgDl === undefined ? ['calcium'] : []), // 004 §4.1.4.3
        ...(f.labs.creatinineMgDl === undefined || f.patient.weightKg === undefined ? ['clearance'] : []), // 004 §4.1.4.2
      ];
    }
    default:
      return [];
  }
}

const decidingFinding = (o: OptionAssessment): Finding | undefined => o.findings.find((f) => f.id === o.decidedBy);

const CATALOGUE = new Map(RULE_CATALOGUE.map((rule) => [rule.id, rule]));

interface Checked {
  problems: string[];
  compressed: boolean;
  pending: number;
  conflicts: number;
}

function check(seed: number): Checked {
  const facts = patientFactsSchema.parse(randomFacts(seed));
  const result = recommendFromFacts(facts);
  const problems: string[] = [];
  const byOption = new Map(result.options.map((o) => [o.option, o]));

  // (a) Cord compression: some radiotherapy or surgery stays on the table unless each is contraindicated.
  const compressed = facts.lesions.some((l) => l.site === 'spine' && (l.escc === '2' || l.escc === '3'));
  if (compressed) {
    const options = CORD_OPTIONS.map((id) => byOption.get(id) as OptionAssessment);
    const open = options.some((o) => positive(o.verdict) || positive(o.pending?.verdict));
    const allContraindicated = options.every((o) => o.verdict === 'contraindicated' && decidingFinding(o)?.tier === 'contraindication');
    if (!open && !allContraindicated) problems.push(`(a) cord compression with nothing open: ${options.map((o) => `${o.option}=${o.verdict} by ${o.decidedBy}`).join(', ')}`);
  }
  for (const o of result.options) {
    // docs/rules.md shows each rule's tier: every finding has it (or states a contraindication from a document).
    for (const f of o.findings) {
      const rule = CATALOGUE.get(f.id);
      const documented = rule ? catalogueTiers(rule) : [];
      const stated = f.verdict === 'contraindicated' && f.tier === 'contraindication';
      if (!documented.includes(f.tier) && !stated) problems.push(`${f.id} has tier ${f.tier}, docs say ${documented.join(' / ')}`);
      // A rule cites only the sources it declares (docs/rules.md lists them).
      const declared = rule?.sources.some((d) => d.document === f.source.document && d.section === f.source.section && (d.document !== 'public' || d.citation === f.source.citation));
      if (!declared) problems.push(`${f.id} cites ${f.source.document} ${f.source.section}${f.source.citation ?? ''}, not declared`);
    }
    // Every verdict names the finding that set it, and that finding is the option's.
    if (o.decidedBy !== null && !decidingFinding(o)) problems.push(`${o.option}: decidedBy ${o.decidedBy} is not among its findings`);
    // (b) Nothing recommended or considered while its screen is incomplete.
    const open = unscreened(o.option, facts);
    if (open.length > 0 && positive(o.verdict)) problems.push(`(b) ${o.option} ${o.verdict} with ${open.join(', ')} unknown`);
    if (o.pending && o.verdict !== 'needs-information') problems.push(`${o.option}: pending but ${o.verdict}`);
    // (c) A framework or score never decides against a graded recommendation or consensus indication.
    const graded = o.findings.some((f) => f.tier === 'recommendation' && f.verdict === 'recommended');
    const decider = decidingFinding(o);
    if (graded && against(o.verdict) && decider && decider.tier !== 'contraindication' && decider.tier !== 'recommendation') {
      problems.push(`(c) ${o.option} ${o.verdict} decided by ${decider.id} (${decider.tier}) over a graded recommendation`);
    }
    // (d) Every overruled finding is listed as a conflict.
    const effective = o.pending?.verdict ?? o.verdict;
    if (effective !== 'needs-information') {
      const listed = new Set(o.conflicts.map((c) => c.overruled));
      for (const f of o.findings) {
        const overruled = (positive(effective) && against(f.verdict)) || (against(effective) && f.verdict === 'recommended');
        if (overruled && !listed.has(f.id)) problems.push(`(d) ${o.option}: ${f.id} (${f.verdict}) overruled by ${effective} but not in conflicts`);
      }
      for (const c of o.conflicts) if (!/^[^[{]+$/.test(renderText(c.why, 'en'))) problems.push(`${o.option}: conflict without a reason`);
    }
  }
  if (result.conflicts.length !== result.options.reduce((n, o) => n + o.conflicts.length, 0)) problems.push('top-level conflicts differ from the options’');
  return { problems, compressed, pending: result.options.filter((o) => o.pending).length, conflicts: result.conflicts.length };
}

describe(`verdict synthesis over ${PATIENTS} random patients`, () => {
  it('(a) cord compression keeps a radiotherapy or surgery open; (b) no unscreened recommendation; (c) no score vetoes a graded recommendation; (d) every overruled finding is a conflict', () => {
    const problems: string[] = [];
    let compressed = 0;
    let pending = 0;
    let conflicts = 0;
    for (let seed = 0; seed < PATIENTS; seed++) {
      const checked = check(seed);
      for (const p of checked.problems) if (problems.length < 10 && !problems.some((q) => q.endsWith(p))) problems.push(`seed ${seed}: ${p}`);
      if (checked.compressed) compressed++;
      pending += checked.pending;
      conflicts += checked.conflicts;
    }
    expect(problems).toEqual([]);
    // The properties were exercised, not vacuously true.
    expect(compressed).toBeGreaterThan(500);
    expect(pending).toBeGreaterThan(1_000);
    expect(conflicts).toBeGreaterThan(1_000);
  }, 300_000);
});

describe('the contraindication screen promises a verdict only when nothing else holds it', () => {
  const tes = (because: string) => ({ id: `tes.${because}`, strength: 'consensus' as const, evidence: null, source: cite('002', '§3.1'), because: [verbatim(because)] });
  const facts = patientFactsSchema.parse({ patient: { age: 60, sex: 'male' } }); // fitness for surgery not recorded
  it('screen alone: "would be recommended once …", with pending', () => {
    const screened = applyScreen(assess('tes', [finding({ ...tes('indication'), verdict: 'recommended' })]), facts);
    expect(screened).toMatchObject({ verdict: 'needs-information', decidedBy: 'tes.screen', pending: { verdict: 'recommended', facts: ['toleratesSurgery'] } });
    expect(renderText(screened.findings[0]!.because[0]!, 'en')).toBe('Would be "recommended" once the contraindication screen is complete: fitness for open surgery and anaesthesia.');
  });
  it('a graded question still open (life expectancy) and a score saying "recommended": the screen is asked, nothing promised', () => {
    const screened = applyScreen(assess('tes', [
      finding({ ...tes('indication'), verdict: 'needs-information' }),
      finding({ ...tes('tokuhashi'), verdict: 'recommended', strength: 'definition', tier: 'framework' }),
    ]), facts);
    expect(screened.verdict).toBe('needs-information');
    expect(screened.pending).toBeUndefined();
    expect(renderText(screened.findings[0]!.because[0]!, 'zh')).toBe('禁忌证筛查尚未完成：能否耐受开放手术及麻醉。');
  });
});
