/**
 * Life expectancy as the rules read it (issue 14; docs/rules.md "Readings the sources leave open"):
 * the clinician's estimate decides. A rule that needs a life expectancy as such (002 §3.1 TES "> 6 months",
 * 004 §4.4.2 SBRT "> 6 months") asks for it when it is missing, and a framework-tier note says what the
 * prognosis panel's scores suggest without deciding. Where a source makes a score itself the criterion
 * (002 §2.2: revised Tokuhashi 12–15 → active surgery) the score is read as the source says, and a
 * clinician's estimate outside the score's survival band prevails, shown as a conflict.
 */
import type { PatientFacts } from '../facts/index.js';
import { cite } from '../sources.js';
import { finding, type Finding, type OptionId } from './finding.js';
import { prognosisPanel } from './prognosis-panel.js';

export const LIFE_EXPECTANCY_FACT = 'lifeExpectancyMonths';

/**
 * The note `<option>.life-expectancy-scores` when a finding of the option asks for the life expectancy:
 * what the prognosis panel's scores suggest (framework tier, `info`: it never decides).
 */
export function lifeExpectancyScoresNote(option: OptionId, facts: PatientFacts, findings: readonly (Finding | null)[]): Finding | null {
  if (facts.lifeExpectancyMonths !== undefined) return null;
  if (!findings.some((f) => f?.needs.some((n) => n.fact === LIFE_EXPECTANCY_FACT))) return null;
  const panel = prognosisPanel(facts, {});
  return finding({
    id: `${option}.life-expectancy-scores`,
    verdict: 'info',
    strength: 'definition',
    tier: 'framework',
    evidence: null,
    source: cite('002', '§2.2'),
    because: [panel.statement],
  });
}
