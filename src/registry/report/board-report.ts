/**
 * The board report's content from a stored decision, in one language: the patient's facts, the
 * prognosis panel, every option with its verdict, reasons and sources, the conflicts, the sequenced
 * plan, attendees and sign-off. Only the record code identifies the patient.
 */
import { histologyText } from '../../knowledge/histology.text.js';
import { VERSION } from '../../version.js';
import { render, type Rendered } from '../../knowledge/texts.js';
import { localize, type Lang } from '../../i18n/lang.js';
import { reportText as T } from '../../i18n/report.js';
import { recommendText } from '../../knowledge/rules/common.text.js';
import { ProblemError, validationProblem } from '../../boundary/problem.js';
import { patientFactsSchema, type PatientFacts } from '../../knowledge/facts/index.js';
import { kps as kpsInstrument, type KpsValue } from '../../knowledge/instruments/kps.js';
import { tomitaTypeOf } from '../../knowledge/instruments/tomita-type.js';
import { prognosisPanel, recommendFromFacts, sequencePlan, type OptionId, type PrognosisPanel, type SequencedPlan } from '../../knowledge/rules/index.js';
import { formatSource } from '../../knowledge/sources.js';
import { boardPlanSchema, planChoicesOf, verdictChanges, type BoardPlan } from '../board-plan.js';

export interface ReportOption {
  name: string;
  verdict: string;
  chosen: boolean;
  reasons: string[];
  sources: string[];
}

export interface BoardReport {
  lang: Lang;
  recordCode: string;
  decidedOn: string;
  generatedAt: string;
  knowledgeVersion: string;
  /** The version that computed the recommendation stored at decision time, and the verdicts that changed since. */
  decidedWith: { knowledgeVersion: string; changes: { name: string; then: string; now: string }[] };
  facts: { label: string; value: string }[];
  lesions: { level: string; sins: string; escc: string; tomitaType: string }[];
  alerts: { text: string; sources: string[] }[];
  panel: Rendered<PrognosisPanel>;
  options: ReportOption[];
  conflicts: string[];
  plan: Rendered<SequencedPlan>;
  attendees: BoardPlan['attendees'];
  signOff: BoardPlan['signOff'] | null;
}

export interface StoredDecision {
  decidedOn: string;
  facts: unknown;
  chosenOptions: readonly string[];
  plan: unknown;
  knowledgeVersion: string;
  /** The recommendation stored at decision time. */
  recommendation: unknown;
}

/**
 * The facts as stored, read by this knowledge version; facts it no longer accepts are a problem
 * naming each field (never a server error).
 */
/** The decision's stored board plan, or a problem naming its fields (a plan stored by an older version). */
export function storedPlan(stored: unknown): BoardPlan {
  const parsed = boardPlanSchema.safeParse(stored ?? {}, { reportInput: true });
  if (!parsed.success) throw new ProblemError(validationProblem(parsed.error, 'the stored board plan is not accepted by this version', 'plan'));
  return parsed.data;
}

export function storedFacts(stored: unknown): PatientFacts {
  const parsed = patientFactsSchema.safeParse(stored ?? {}, { reportInput: true });
  if (!parsed.success) throw new ProblemError(validationProblem(parsed.error, 'the stored facts are not accepted by this knowledge version', 'facts'));
  return parsed.data;
}

export function buildBoardReport(decision: StoredDecision, recordCode: string, lang: Lang, now: Date = new Date()): BoardReport {
  const facts = storedFacts(decision.facts);
  const board = storedPlan(decision.plan);
  const neutral = recommendFromFacts(facts);
  const recommendation = render(neutral, lang);
  const chosen = decision.chosenOptions as OptionId[];
  const dash = '—';
  const unknown = localize(T.facts.unknown, lang);
  const kps = facts.kps;
  const ecog = kps === undefined ? null : kpsInstrument.score({ kps: kps as KpsValue }).derived.ecog;
  const histology = facts.primary.histology;
  const factRows = [
    { label: localize(T.facts.age, lang), value: String(facts.patient.age) },
    { label: localize(T.facts.sex, lang), value: localize(T.sex[facts.patient.sex], lang) },
    { label: localize(T.facts.primary, lang), value: histology ? localize(histologyText[histology], lang) : unknown },
    { label: localize(T.facts.kps, lang), value: kps === undefined ? unknown : `${kps} / ${String(ecog)}` },
    { label: localize(T.facts.pain, lang), value: facts.pain ? `${facts.pain.score}/10` : unknown },
    { label: localize(T.facts.frankel, lang), value: facts.neurology?.frankel ?? unknown },
    { label: localize(T.facts.lifeExpectancy, lang), value: facts.lifeExpectancyMonths === undefined ? unknown : localize(T.facts.months, lang, { months: facts.lifeExpectancyMonths }) },
  ];
  const lesions = facts.lesions.map((lesion) => {
    const type = lesion.site === 'spine' && lesion.tomitaSites
      ? tomitaTypeOf({ sites: lesion.tomitaSites, adjacentVertebrae: lesion.adjacentVertebrae ?? false, skipLesions: false })
      : null;
    return {
      level: lesion.level?.text ?? lesion.site,
      sins: lesion.sins === undefined ? dash : String(lesion.sins),
      escc: lesion.escc ?? dash,
      tomitaType: type === null ? dash : String(type),
    };
  });
  const options = recommendation.options.map((o) => {
    const decider = o.findings.find((f) => f.id === o.decidedBy);
    const reasons = decider ? decider.because : o.findings.filter((f) => f.verdict !== 'info').flatMap((f) => f.because).slice(0, 3);
    const sources = [...new Set(o.findings.filter((f) => f.verdict !== 'info' || f.id === o.decidedBy).map((f) => formatSource(f.source)))];
    return {
      name: localize(recommendText.options[o.option], lang),
      verdict: localize(recommendText.verdicts[o.verdict], lang),
      chosen: chosen.includes(o.option),
      reasons,
      sources,
    };
  });
  return {
    lang,
    recordCode,
    decidedOn: decision.decidedOn,
    generatedAt: `${now.toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    // the verdicts, plan and panel above are computed now, by this version's rules
    knowledgeVersion: VERSION,
    decidedWith: {
      knowledgeVersion: decision.knowledgeVersion,
      changes: verdictChanges(decision.recommendation, neutral.options).map((c) => ({
        name: localize(recommendText.options[c.option as OptionId], lang),
        then: c.then in recommendText.verdicts ? localize(recommendText.verdicts[c.then as keyof typeof recommendText.verdicts], lang) : c.then,
        now: localize(recommendText.verdicts[c.now as keyof typeof recommendText.verdicts], lang),
      })),
    },
    facts: factRows,
    lesions,
    alerts: recommendation.alerts.map((a) => ({ text: a.because.join(' '), sources: a.sources.map(formatSource) })),
    panel: render(prognosisPanel(facts, board.scoreInputs), lang),
    options,
    conflicts: recommendation.conflicts.map((c) => c.why),
    plan: render(sequencePlan(facts, neutral.options, chosen, planChoicesOf(board, facts.decisionDate ?? decision.decidedOn)), lang),
    attendees: board.attendees,
    signOff: board.signOff ?? null,
  };
}
