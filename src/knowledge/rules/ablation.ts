import { text, join, type Msg, type Text } from '../text.js';
import { ablationText as T } from './ablation.text.js';
import type { PatientFacts } from '../facts/index.js';
import { isLungCancer } from '../histology.js';
import { tomitaTypeOf } from '../instruments/tomita-type.js';
import { cite } from '../sources.js';
import { lesionName } from './context.js';
import { assess, finding, graded, need, type Finding, type Need, type OptionAssessment, type OptionId, type Reason, type RuleInfo, type Verdict } from './finding.js';
import { BLEEDING_CAUTION, cementSafety, indexedLesions, lesionPainful, previouslyIrradiated, severeOrganDysfunction, type IndexedLesion } from './pvp.js';

/**
 * Radiofrequency ablation, microwave ablation (002 §3.5; 004 §4.6.1, rec 12) and percutaneous
 * cementoplasty of extraspinal bone (004 §4.5.4.3, §4.6.2–§4.6.3; 003).
 *
 * How the verdicts are chosen:
 * - contraindicated: the contraindications 002 §3.5 lists (RFA: tumour within 1 cm of the cord,
 *   severe coagulopathy, infection, severe organ failure, destruction with paraplegia risk; MWA:
 *   severe coagulopathy, cardio-/cerebrovascular disease, pulmonary dysfunction), and for
 *   cementoplasty those of vertebral cement (002 §3.4, 001 review 2) applied to the same PMMA
 *   injection. A lesion-level contraindication vetoes the option only when it excludes every
 *   target; otherwise the option is "consider" for the remaining lesions.
 * - consider: every indication here — the sources describe ablation and percutaneous osteoplasty
 *   as palliative options or suggest them (004 rec 12 is weak, 2B); none is a strong recommendation.
 * - not-recommended: no target (no painful lesion for ablation; no extraspinal lesion, or only
 *   osteoblastic ones, for cementoplasty).
 * - needs-information: the facts a contraindication or the indication turns on (cord distance, SINS,
 *   Tomita sites, lesion character, pain).
 */

/** 002 §3.5: tumour within 1 cm (10 mm) of the cord contraindicates RFA; 10 mm itself is allowed. */
export const RFA_MIN_CORD_DISTANCE_MM = 10;
/** 002 §2.3: SINS 13–18 is unstable, read here as the "destruction with paraplegia risk" of 002 §3.5. */
export const SINS_UNSTABLE_FROM = 13;
/** ESCC grades at which the tumour touches or compresses the cord (distance 0; 002 §2.4). */
const CORD_CONTACT_ESCC: readonly string[] = ['1c', '2', '3'];
/** 002 §3.5: MWA alone only for Tomita types 1–3 (intracompartmental). */
const MWA_ALONE_MAX_TOMITA_TYPE = 3;

const consensus = (section: string) => ({ strength: 'consensus' as const, evidence: null, source: cite('002', section) });
const narrative = (section: string) => ({ strength: 'narrative' as const, evidence: null, source: cite('004', section) });

const names = (entries: readonly IndexedLesion[]): Text => join(entries.map(({ lesion }) => lesionName(lesion)), T.separator);
const painfulLesions = (facts: PatientFacts): IndexedLesion[] => indexedLesions(facts).filter(({ lesion }) => lesionPainful(facts, lesion));
const isSpinal = ({ lesion }: IndexedLesion): boolean => lesion.site === 'spine';

// ---------------------------------------------------------------------------------------------
// Shared by RFA and MWA

type AblationOption = 'rfa' | 'mwa';

/** Ablation palliates pain: without a painful lesion it is not indicated; unknown pain is asked for. */
export function noPainfulLesion(option: AblationOption, facts: PatientFacts): Finding | null {
  if (painfulLesions(facts).length > 0) return null;
  const id = `${option}.no-painful-lesion`;
  if (facts.lesions.length === 0) {
    return finding({ id, verdict: 'needs-information', ...consensus('§3.5'), because: [T.noTarget.noLesion], needs: [need('lesions', T.why.lesions)] });
  }
  const painUnknown = !facts.pain && facts.lesions.every((l) => l.painful === undefined);
  if (painUnknown) {
    return finding({ id, verdict: 'needs-information', ...consensus('§3.5'), because: [T.noTarget.painUnknown], needs: [need('pain', T.why.pain)] });
  }
  return finding({ id, verdict: 'not-recommended', ...consensus('§3.5'), because: [T.noTarget.noPain] });
}

/** 004 rec 12 (2B): osteolytic lung-cancer bone metastases → ablation with osteoplasty (bone cement). */
export function ablationWithCementoplasty(option: OptionId, facts: PatientFacts, candidates: readonly IndexedLesion[]): Finding | null {
  if (!isLungCancer(facts.primary.histology)) return null;
  const lytic = candidates.filter(({ lesion }) => lesion.character === 'lytic');
  if (lytic.length === 0) return null;
  return finding({ id: `${option}.lung-lytic-ablation-cement`, verdict: 'consider', ...graded('lc-bone-rec-12'), because: [T.rec12] }, {
    lesions: names(lytic),
  });
}

/** A lesion-level contraindication: its lines, its missing facts, and the lesions it excludes. */
interface LesionCheck {
  lines: Text[];
  needs: Need[];
  excluded: Set<number>;
}

function lesionCheckFinding(id: string, header: Msg, check: LesionCheck, targetCount: number, allExcluded: Set<number>): Finding | null {
  if (check.lines.length === 0 && check.needs.length === 0) return null;
  const everyTargetExcluded = allExcluded.size === targetCount;
  const verdict: Verdict = check.lines.length > 0 && everyTargetExcluded
    ? 'contraindicated'
    : check.needs.length > 0 ? 'needs-information' : 'consider';
  const because: Reason[] = [header, ...check.lines];
  if (check.lines.length > 0 && !everyTargetExcluded) because.push(T.rfa.someExcluded);
  return finding({ id, verdict, ...consensus('§3.5'), because, needs: check.needs });
}

// ---------------------------------------------------------------------------------------------
// RFA (002 §3.5; 004 §4.6.1)

/** 002 §3.5: painful spinal metastasis → RFA for palliation of pain. */
export function rfaPalliativePain(spinal: readonly IndexedLesion[]): Finding | null {
  if (spinal.length === 0) return null;
  return finding({ id: 'rfa.palliative-pain', verdict: 'consider', ...consensus('§3.5'), because: [T.rfa.palliativePain] }, { levels: names(spinal) });
}

/** 004 §4.6.1: painful extraspinal bone metastasis → ablation (RFA, cryoablation, focused ultrasound). */
export function rfaExtraspinal(extraspinal: readonly IndexedLesion[]): Finding | null {
  if (extraspinal.length === 0) return null;
  return finding({ id: 'rfa.extraspinal', verdict: 'consider', ...narrative('§4.6.1'), because: [T.rfa.extraspinal] }, { levels: names(extraspinal) });
}

/** 004 §4.6.1: pain persisting after radiotherapy → ablation. */
export function rfaAfterRadiotherapy(facts: PatientFacts, painful: readonly IndexedLesion[]): Finding | null {
  const irradiated = painful.filter(({ lesion }) => previouslyIrradiated(facts, lesion));
  if (irradiated.length === 0) return null;
  return finding({ id: 'rfa.after-radiotherapy', verdict: 'consider', ...narrative('§4.6.1'), because: [T.rfa.afterRadiotherapy] }, { levels: names(irradiated) });
}

/** 002 §3.5: tumour within 1 cm of the cord (given in mm, or ESCC 1c–3 = touching the cord). */
function cordDistanceCheck(spinal: readonly IndexedLesion[]): LesionCheck {
  const check: LesionCheck = { lines: [], needs: [], excluded: new Set() };
  for (const { lesion, index } of spinal) {
    let reason: Text | null = null;
    if (lesion.cordDistanceMm !== undefined) {
      if (lesion.cordDistanceMm < RFA_MIN_CORD_DISTANCE_MM) reason = text(T.rfa.distanceMm, { mm: lesion.cordDistanceMm });
    } else if (lesion.escc !== undefined && CORD_CONTACT_ESCC.includes(lesion.escc)) {
      reason = text(T.rfa.distanceEscc, { grade: lesion.escc });
    } else {
      check.needs.push(need(`lesions[${index}].cordDistanceMm`, T.why.cordDistance));
    }
    if (reason) {
      check.lines.push(text(T.lesionLine, { name: lesionName(lesion), reasons: reason }));
      check.excluded.add(index);
    }
  }
  return check;
}

/** 002 §3.5: severe destruction with paraplegia risk (SINS 13–18, or posterior wall broken). */
function paraplegiaRiskCheck(spinal: readonly IndexedLesion[]): LesionCheck {
  const check: LesionCheck = { lines: [], needs: [], excluded: new Set() };
  for (const { lesion, index } of spinal) {
    const reasons: Text[] = [];
    if (lesion.sins !== undefined && lesion.sins >= SINS_UNSTABLE_FROM) reasons.push(text(T.rfa.unstable, { sins: lesion.sins }));
    if (lesion.posteriorWallIntact === false) reasons.push(text(T.rfa.posteriorWall));
    if (reasons.length > 0) {
      check.lines.push(text(T.lesionLine, { name: lesionName(lesion), reasons: join(reasons, T.separator) }));
      check.excluded.add(index);
    } else if (lesion.sins === undefined) {
      check.needs.push(need(`lesions[${index}].sins`, T.why.sins));
    }
  }
  return check;
}

/**
 * 002 §3.5: severe coagulopathy contraindicates ablation. An uncontrollable bleeding tendency is that; values
 * beyond 001 review 2(3)'s caution thresholds → consider, correct first (the source gives no number: a reading).
 * Unknown values are asked for by the option's screen.
 */
export function coagulopathy(option: AblationOption, facts: PatientFacts): Finding | null {
  const id = `${option}.coagulopathy`;
  if (facts.comorbidities.uncontrollableBleeding) {
    return finding({ id, verdict: 'contraindicated', ...consensus('§3.5'), because: [option === 'rfa' ? T.rfa.coagulopathy : T.mwa.coagulopathy] });
  }
  const { plateletsPerUl, ptRatio, apttRatio } = facts.labs;
  const beyond = [
    plateletsPerUl !== undefined && plateletsPerUl < BLEEDING_CAUTION.plateletsBelowPerUl ? `platelets ${plateletsPerUl}/µL` : null,
    ptRatio !== undefined && ptRatio > BLEEDING_CAUTION.ptRatioAbove ? `PT ${ptRatio} ×` : null,
    apttRatio !== undefined && apttRatio > BLEEDING_CAUTION.apttRatioAbove ? `APTT ${apttRatio} ×` : null,
  ].filter((v): v is string => v !== null);
  if (beyond.length === 0) return null;
  return finding({ id, verdict: 'consider', ...consensus('§3.5'), because: [T.coagulationValues] }, { values: join(beyond, T.separator) });
}

/** 002 §3.5: concurrent infection contraindicates RFA; unknown infection status is asked for. */
export function rfaInfection(facts: PatientFacts): Finding | null {
  const infection = facts.infection;
  if (!infection) {
    return finding({ id: 'rfa.infection', verdict: 'info', ...consensus('§3.5'), because: [T.rfa.infectionCheck], needs: [need('infection', T.why.infection)] });
  }
  const sites = [...(infection.local ? [T.infectionSites.local] : []), ...(infection.systemic ? [T.infectionSites.systemic] : [])];
  if (sites.length === 0) return null;
  return finding({ id: 'rfa.infection', verdict: 'contraindicated', ...consensus('§3.5'), because: [T.rfa.infection] }, {
    sites: join(sites.map((site) => text(site)), T.separator),
  });
}

/** 002 §3.5: severe failure of a vital organ contraindicates RFA. */
export function rfaOrganFailure(facts: PatientFacts): Finding | null {
  const organs = severeOrganDysfunction(facts);
  if (organs.length === 0) return null;
  return finding({ id: 'rfa.organ-failure', verdict: 'contraindicated', ...consensus('§3.5'), because: [T.rfa.organFailure] }, {
    organs: join(organs, T.separator),
  });
}

export function assessRfa(facts: PatientFacts): OptionAssessment {
  const none = noPainfulLesion('rfa', facts);
  if (none) return assess('rfa', [none]);
  const painful = painfulLesions(facts);
  const spinal = painful.filter(isSpinal);
  const extraspinal = painful.filter((entry) => !isSpinal(entry));
  const cord = cordDistanceCheck(spinal);
  const paraplegia = paraplegiaRiskCheck(spinal);
  const excluded = new Set([...cord.excluded, ...paraplegia.excluded]);
  const spinalNotes = spinal.length > 0
    ? [
        finding({ id: 'rfa.electrode-placement', verdict: 'info', ...consensus('§3.5'), because: [T.rfa.electrode] }),
        finding({ id: 'rfa.with-cement', verdict: 'info', ...consensus('§3.5'), because: [T.rfa.withCement] }),
      ]
    : [];
  return assess('rfa', [
    rfaPalliativePain(spinal),
    rfaExtraspinal(extraspinal),
    rfaAfterRadiotherapy(facts, painful),
    ablationWithCementoplasty('rfa', facts, painful),
    lesionCheckFinding('rfa.cord-distance', T.rfa.cordDistance, cord, painful.length, excluded),
    lesionCheckFinding('rfa.paraplegia-risk', T.rfa.paraplegiaRisk, paraplegia, painful.length, excluded),
    coagulopathy('rfa', facts),
    rfaInfection(facts),
    rfaOrganFailure(facts),
    ...spinalNotes,
  ]);
}

// ---------------------------------------------------------------------------------------------
// MWA (002 §3.5)

/**
 * 002 §3.5: MWA alone only for intracompartmental disease (Tomita 1–3); anything else (types 4–6,
 * posterior elements only) combined with surgery or radiotherapy. A span over several vertebrae
 * counts as adjacent-vertebra extension (type 6) unless `adjacentVertebrae` says otherwise.
 */
export function mwaCompartment(spinal: readonly IndexedLesion[]): Finding[] {
  const alone: Text[] = [];
  const combined: Text[] = [];
  const needs: Need[] = [];
  for (const { lesion, index } of spinal) {
    if (!lesion.tomitaSites || lesion.tomitaSites.length === 0) {
      needs.push(need(`lesions[${index}].tomitaSites`, T.why.tomitaSites));
      continue;
    }
    const adjacentVertebrae = lesion.adjacentVertebrae ?? (lesion.level?.levels.length ?? 1) > 1;
    const type = tomitaTypeOf({ sites: lesion.tomitaSites, adjacentVertebrae, skipLesions: false });
    const label = type === null ? text(T.mwa.posteriorOnly) : text(T.mwa.type, { type });
    const line = text(T.mwa.lesionType, { name: lesionName(lesion), label });
    if (type !== null && type <= MWA_ALONE_MAX_TOMITA_TYPE) alone.push(line);
    else combined.push(line);
  }
  const findings: Finding[] = [];
  const list = (lines: readonly Text[]) => join(lines, T.separator);
  if (alone.length > 0) {
    findings.push(finding({ id: 'mwa.intracompartmental', verdict: 'consider', ...consensus('§3.5'), because: [T.mwa.intracompartmental] }, { lesions: list(alone) }));
  }
  if (combined.length > 0) {
    findings.push(finding({ id: 'mwa.extracompartmental', verdict: 'consider', ...consensus('§3.5'), because: [T.mwa.extracompartmental] }, { lesions: list(combined) }));
  }
  if (needs.length > 0) {
    findings.push(finding({ id: 'mwa.tomita-type', verdict: 'needs-information', ...consensus('§3.5'), because: [T.mwa.typeUnknown], needs }));
  }
  return findings;
}

/** 002 §3.5: cardio- or cerebrovascular disease or pulmonary dysfunction contraindicates MWA. */
export function mwaCardiopulmonary(facts: PatientFacts): Finding | null {
  const { severeCardiac, cerebrovascular, severePulmonary } = facts.comorbidities;
  const conditions = [
    ...(severeCardiac ? [T.mwa.cardiac] : []),
    ...(cerebrovascular ? [T.mwa.cerebrovascular] : []),
    ...(severePulmonary ? [T.mwa.pulmonary] : []),
  ];
  if (conditions.length === 0) return null;
  return finding({ id: 'mwa.cardiopulmonary', verdict: 'contraindicated', ...consensus('§3.5'), because: [T.mwa.cardiopulmonary] }, {
    conditions: join(conditions.map((condition) => text(condition)), T.separator),
  });
}

export function assessMwa(facts: PatientFacts): OptionAssessment {
  const none = noPainfulLesion('mwa', facts);
  if (none) return assess('mwa', [none]);
  const painful = painfulLesions(facts);
  const spinal = painful.filter(isSpinal);
  const rec12 = ablationWithCementoplasty('mwa', facts, painful);
  const noSpinal = spinal.length === 0 && rec12 === null
    ? finding({ id: 'mwa.no-spinal-lesion', verdict: 'not-recommended', ...consensus('§3.5'), because: [T.mwa.noSpinalLesion] })
    : null;
  return assess('mwa', [
    noSpinal,
    ...mwaCompartment(spinal),
    rec12,
    coagulopathy('mwa', facts),
    mwaCardiopulmonary(facts),
    spinal.length > 0 ? finding({ id: 'mwa.combined-procedures', verdict: 'info', ...consensus('§3.5'), because: [T.mwa.combined] }) : null,
  ]);
}

// ---------------------------------------------------------------------------------------------
// Extraspinal cementoplasty (004 §4.5.4.3, §4.6.2–§4.6.3; 003)

const extraspinalLesions = (facts: PatientFacts): IndexedLesion[] => indexedLesions(facts).filter((entry) => !isSpinal(entry));

/** Cementoplasty here treats extraspinal bone; vertebrae are PVP/PKP. */
export function noExtraspinalLesion(facts: PatientFacts): Finding | null {
  if (extraspinalLesions(facts).length > 0) return null;
  const id = 'cementoplasty.no-extraspinal-lesion';
  const count = facts.metastases.extraspinalBone;
  if (count !== undefined && count > 0) {
    return finding({ id, verdict: 'needs-information', ...narrative('§4.6.2'), because: [T.cementoplasty.notDescribed], needs: [need('lesions', T.why.lesions)] }, { count });
  }
  if (facts.lesions.length === 0 && count === undefined) {
    return finding({ id, verdict: 'needs-information', ...narrative('§4.6.2'), because: [T.noTarget.noLesion], needs: [need('lesions', T.why.lesions)] });
  }
  return finding({ id, verdict: 'not-recommended', ...narrative('§4.6.2'), because: [T.cementoplasty.noExtraspinal] });
}

/**
 * 004 §4.6.2: percutaneous cementoplasty suits osteolytic lesions (lytic or mixed → consider);
 * osteoblastic ones are not its target (not recommended when every lesion is blastic).
 */
export function cementoplastyByCharacter(extraspinal: readonly IndexedLesion[]): Finding[] {
  const lytic = extraspinal.filter(({ lesion }) => lesion.character === 'lytic' || lesion.character === 'mixed');
  const blastic = extraspinal.filter(({ lesion }) => lesion.character === 'blastic');
  const unknown = extraspinal.filter(({ lesion }) => lesion.character === undefined);
  const findings: Finding[] = [];
  if (lytic.length > 0) {
    findings.push(finding({ id: 'cementoplasty.osteolytic', verdict: 'consider', ...narrative('§4.6.2'), because: [T.cementoplasty.osteolytic] }, { lesions: names(lytic) }));
  }
  if (unknown.length > 0) {
    findings.push(finding({
      id: 'cementoplasty.character',
      verdict: lytic.length > 0 ? 'info' : 'needs-information',
      ...narrative('§4.6.2'),
      because: [T.cementoplasty.characterUnknown],
      needs: unknown.map(({ index }) => need(`lesions[${index}].character`, T.why.character)),
    }));
  }
  if (blastic.length > 0) {
    const onlyBlastic = lytic.length === 0 && unknown.length === 0;
    findings.push(finding({ id: 'cementoplasty.osteoblastic', verdict: onlyBlastic ? 'not-recommended' : 'info', ...narrative('§4.6.2'), because: [T.cementoplasty.blastic] }, {
      lesions: names(blastic),
    }));
  }
  return findings;
}

/**
 * 004 §4.5.4.3 (pelvis): acetabulum spared → implant or cement reinforcement of the load-bearing
 * zones, so cementoplasty is that option (consider); acetabulum involved → arthroplasty is the
 * surgical option (the surgery module), percutaneous periacetabular cementoplasty otherwise (note);
 * pubis/ischium → non-load-bearing, simple resection (note).
 */
export function pelvicLoadBearing(extraspinal: readonly IndexedLesion[]): Finding[] {
  const candidates = extraspinal.filter(({ lesion }) => lesion.character !== 'blastic');
  const spared = candidates.filter(({ lesion }) => lesion.site === 'ilium' && lesion.acetabulumInvolved === false);
  const involved = candidates.filter(({ lesion }) => lesion.site === 'acetabulum' || (lesion.site === 'ilium' && lesion.acetabulumInvolved === true));
  const unknown = candidates.filter(({ lesion }) => lesion.site === 'ilium' && lesion.acetabulumInvolved === undefined);
  const nonLoadBearing = candidates.filter(({ lesion }) => lesion.site === 'pubis-ischium');
  const section = narrative('§4.5.4.3');
  const findings: Finding[] = [];
  if (spared.length > 0) {
    findings.push(finding({ id: 'cementoplasty.load-bearing-reinforcement', verdict: 'consider', ...section, because: [T.cementoplasty.acetabulumSpared] }, { lesions: names(spared) }));
  }
  if (involved.length > 0) {
    findings.push(finding({ id: 'cementoplasty.acetabulum-involved', verdict: 'info', ...section, because: [T.cementoplasty.acetabulumInvolved] }, { lesions: names(involved) }));
  }
  if (unknown.length > 0) {
    findings.push(finding({
      id: 'cementoplasty.acetabulum-unknown',
      verdict: 'info',
      ...section,
      because: [T.cementoplasty.acetabulumUnknown],
      needs: unknown.map(({ index }) => need(`lesions[${index}].acetabulumInvolved`, T.why.acetabulum)),
    }, { lesions: names(unknown) }));
  }
  if (nonLoadBearing.length > 0) {
    findings.push(finding({ id: 'cementoplasty.non-load-bearing', verdict: 'info', ...section, because: [T.cementoplasty.nonLoadBearing] }, { lesions: names(nonLoadBearing) }));
  }
  return findings;
}

/** 004 §4.6.2: proximal-femur metastases are easier to treat with percutaneous cementoplasty. */
export function proximalFemur(extraspinal: readonly IndexedLesion[]): Finding | null {
  const femur = extraspinal.filter(({ lesion }) => lesion.site === 'proximal-femur' && lesion.character !== 'blastic');
  if (femur.length === 0) return null;
  return finding({ id: 'cementoplasty.proximal-femur', verdict: 'info', ...narrative('§4.6.2'), because: [T.cementoplasty.proximalFemur] }, { lesions: names(femur) });
}

/** 003: iliac metastases, CT- vs DSA-guided cement infusion (leaks 1 vs 2 of 32; VAS and ODI improved in both). */
export function iliacGuidance(extraspinal: readonly IndexedLesion[]): Finding | null {
  const ilium = extraspinal.filter(({ lesion }) => lesion.site === 'ilium' && lesion.character !== 'blastic');
  if (ilium.length === 0) return null;
  return finding({ id: 'cementoplasty.iliac-guidance', verdict: 'info', strength: 'study', evidence: null, source: cite('003', 'abstract'), because: [T.cementoplasty.iliacGuidance] }, {
    lesions: names(ilium),
  });
}

/** 004 §4.6.3: pain after failed or resistant conventional treatment → I-125 brachytherapy, combinable with cement. */
export function brachytherapy(facts: PatientFacts, extraspinal: readonly IndexedLesion[]): Finding | null {
  const resistant = extraspinal.filter(({ lesion }) => lesionPainful(facts, lesion) && (facts.pain?.refractory === true || previouslyIrradiated(facts, lesion)));
  if (resistant.length === 0) return null;
  return finding({ id: 'cementoplasty.brachytherapy', verdict: 'info', ...narrative('§4.6.3'), because: [T.cementoplasty.brachytherapy] }, { lesions: names(resistant) });
}

export function assessCementoplasty(facts: PatientFacts): OptionAssessment {
  const none = noExtraspinalLesion(facts);
  if (none) return assess('cementoplasty', [none]);
  const extraspinal = extraspinalLesions(facts);
  return assess('cementoplasty', [
    ...cementoplastyByCharacter(extraspinal),
    ablationWithCementoplasty('cementoplasty', facts, extraspinal),
    ...pelvicLoadBearing(extraspinal),
    proximalFemur(extraspinal),
    iliacGuidance(extraspinal),
    brachytherapy(facts, extraspinal),
    ...cementSafety('cementoplasty', facts),
  ]);
}

const S = {
  rfa: cite('002', '§3.5'),
  ablation: cite('004', '§4.6.1'),
  osteoplasty: cite('004', '§4.6.2'),
  pelvis: cite('004', '§4.5.4.3'),
  rec12: cite('004', 'rec 12 (2B)'),
};

export const ABLATION_RULES: RuleInfo[] = [
  { id: 'rfa.no-painful-lesion', option: 'rfa', decides: 'No painful lesion: not recommended (RFA palliates pain); no lesion or pain recorded: needs information.', sources: [S.rfa] },
  { id: 'rfa.palliative-pain', option: 'rfa', decides: 'Painful spinal metastasis: RFA for palliation of pain (consider).', sources: [S.rfa] },
  { id: 'rfa.extraspinal', option: 'rfa', decides: 'Painful extraspinal bone metastasis: ablation (RFA, cryoablation, focused ultrasound) without a surgical indication (consider).', sources: [S.ablation] },
  { id: 'rfa.after-radiotherapy', option: 'rfa', decides: 'Pain persisting at an irradiated lesion: ablation (consider).', sources: [S.ablation] },
  { id: 'rfa.lung-lytic-ablation-cement', option: 'rfa', decides: 'Lung cancer with a painful osteolytic lesion: ablation with osteoplasty (consider; 2B).', sources: [S.rec12] },
  { id: 'rfa.cord-distance', option: 'rfa', decides: 'Spinal target within 10 mm of the cord (or ESCC 1c–3): contraindicated when it excludes every target, else consider the others; distance unknown: needs information.', sources: [S.rfa] },
  { id: 'rfa.paraplegia-risk', option: 'rfa', decides: 'Spinal target with SINS 13–18 or a broken posterior wall (destruction with paraplegia risk): contraindicated when it excludes every target, else consider the others; SINS unknown: needs information.', sources: [S.rfa, cite('002', '§2.3')] },
  { id: 'rfa.coagulopathy', option: 'rfa', decides: 'Severe coagulopathy (uncontrollable bleeding): contraindicated; platelets < 100 000/µL, PT > 1.6 × or APTT > 1.5 × normal (001 review 2(3) thresholds as the reading): consider, correct first; unknown values asked for by the screen.', sources: [S.rfa, cite('001', 'review 2(3)')] },
  { id: 'rfa.infection', option: 'rfa', decides: 'Local or systemic infection: contraindicated; infection status unknown: asked for.', sources: [S.rfa] },
  { id: 'rfa.organ-failure', option: 'rfa', decides: 'Severe cardiac, pulmonary, hepatic or renal failure: contraindicated.', sources: [S.rfa] },
  { id: 'rfa.electrode-placement', option: 'rfa', decides: 'Never place the electrode directly on the posterior wall (note).', sources: [S.rfa] },
  { id: 'rfa.with-cement', option: 'rfa', decides: 'RFA combined with cement vertebroplasty relieves pain and restores height (note).', sources: [S.rfa] },
  { id: 'mwa.no-painful-lesion', option: 'mwa', decides: 'No painful lesion: not recommended; no lesion or pain recorded: needs information.', sources: [S.rfa] },
  { id: 'mwa.no-spinal-lesion', option: 'mwa', decides: 'Painful lesions are all extraspinal and not lytic lung cancer: not recommended (002 describes MWA for spinal metastases).', sources: [S.rfa] },
  { id: 'mwa.intracompartmental', option: 'mwa', decides: 'Painful spinal lesion of Tomita type 1–3: MWA alone suitable (consider).', sources: [S.rfa] },
  { id: 'mwa.extracompartmental', option: 'mwa', decides: 'Painful spinal lesion of Tomita type 4–6 or posterior elements only: MWA only with surgery or radiotherapy (consider).', sources: [S.rfa] },
  { id: 'mwa.tomita-type', option: 'mwa', decides: 'Tomita sites not given for a painful spinal lesion: needs information.', sources: [S.rfa] },
  { id: 'mwa.lung-lytic-ablation-cement', option: 'mwa', decides: 'Lung cancer with a painful osteolytic lesion: ablation with osteoplasty (consider; 2B).', sources: [S.rec12] },
  { id: 'mwa.coagulopathy', option: 'mwa', decides: 'Severe coagulopathy (uncontrollable bleeding): contraindicated; platelets < 100 000/µL, PT > 1.6 × or APTT > 1.5 × normal (001 review 2(3) thresholds as the reading): consider, correct first; unknown values asked for by the screen.', sources: [S.rfa, cite('001', 'review 2(3)')] },
  { id: 'mwa.cardiopulmonary', option: 'mwa', decides: 'Severe cardiac disease, cerebrovascular disease or severe pulmonary dysfunction: contraindicated.', sources: [S.rfa] },
  { id: 'mwa.combined-procedures', option: 'mwa', decides: 'MWA with vertebroplasty or separation surgery: safe, effective palliation (note).', sources: [S.rfa] },
  { id: 'cementoplasty.no-extraspinal-lesion', option: 'cementoplasty', decides: 'No extraspinal lesion: not recommended (vertebrae: PVP); extraspinal metastases counted but not described, or nothing described: needs information.', sources: [S.osteoplasty] },
  { id: 'cementoplasty.osteolytic', option: 'cementoplasty', decides: 'Lytic or mixed extraspinal lesion: percutaneous cementoplasty (consider).', sources: [S.osteoplasty] },
  { id: 'cementoplasty.character', option: 'cementoplasty', decides: 'Extraspinal lesion of unknown character: needs information (note when another lesion is lytic).', sources: [S.osteoplasty] },
  { id: 'cementoplasty.osteoblastic', option: 'cementoplasty', decides: 'Osteoblastic extraspinal lesion: not recommended when all are blastic, else a note.', sources: [S.osteoplasty] },
  { id: 'cementoplasty.lung-lytic-ablation-cement', option: 'cementoplasty', decides: 'Lung cancer with an osteolytic extraspinal lesion: ablation with osteoplasty (consider; 2B).', sources: [S.rec12] },
  { id: 'cementoplasty.load-bearing-reinforcement', option: 'cementoplasty', decides: 'Iliac lesion sparing the acetabulum: cement reinforcement of the load-bearing zones (consider).', sources: [S.pelvis] },
  { id: 'cementoplasty.acetabulum-involved', option: 'cementoplasty', decides: 'Acetabulum involved: total hip arthroplasty is the surgical option, percutaneous periacetabular cementoplasty otherwise (note).', sources: [S.pelvis, S.osteoplasty] },
  { id: 'cementoplasty.acetabulum-unknown', option: 'cementoplasty', decides: 'Iliac lesion with acetabular involvement unknown: asked for (note).', sources: [S.pelvis] },
  { id: 'cementoplasty.non-load-bearing', option: 'cementoplasty', decides: 'Pubis or ischium: non-load-bearing, simple resection is the surgical option (note).', sources: [S.pelvis] },
  { id: 'cementoplasty.proximal-femur', option: 'cementoplasty', decides: 'Proximal femur: percutaneous cementoplasty eases treatment (note).', sources: [S.osteoplasty] },
  { id: 'cementoplasty.iliac-guidance', option: 'cementoplasty', decides: 'Iliac lesion: CT- vs DSA-guided cement infusion, leaks 1 vs 2 of 32, VAS and ODI improved in both (note).', sources: [cite('003', 'abstract')] },
  { id: 'cementoplasty.brachytherapy', option: 'cementoplasty', decides: 'Pain after failed or resistant conventional treatment: I-125 brachytherapy, combinable with cement (note).', sources: [cite('004', '§4.6.3')] },
  { id: 'cementoplasty.infection', option: 'cementoplasty', decides: 'Local or systemic infection: contraindicated until resolved (vertebral rule applied to PMMA elsewhere); unknown: asked for.', sources: [cite('001', 'review 2(4)')] },
  { id: 'cementoplasty.bleeding-risk', option: 'cementoplasty', decides: 'Uncontrollable bleeding: contraindicated; platelets < 100 000/µL, PT > 1.6 × or APTT > 1.5 × normal: consider; missing values asked for (vertebral rule applied to PMMA elsewhere).', sources: [cite('001', 'review 2(3)')] },
  { id: 'cementoplasty.pmma-allergy', option: 'cementoplasty', decides: 'Known PMMA allergy: contraindicated; unknown: asked for.', sources: [cite('002', '§3.4')] },
  { id: 'cementoplasty.pregnancy', option: 'cementoplasty', decides: 'Pregnancy: contraindicated; women aged 15–49 with pregnancy not recorded: asked for.', sources: [cite('002', '§3.4')] },
];
