import { synthesisText } from '../../i18n/rules/common.js';
import { TIERS } from './finding.js';

/**
 * The prose of docs/rules.md that explains the reasoning: how findings become a verdict, what the
 * contraindication screens do, and the readings the sources leave open (each with the source quoted).
 * Clinical knowledge, so it lives here; src/cli/render/rules-docs.ts only lays it out.
 */

export const VERDICT_SYNTHESIS_DOC: readonly string[] = [
  '## How a verdict is reached',
  '',
  'Every finding has an evidence **tier**, highest first:',
  '',
  ...TIERS.map((tier, i) => `${i + 1}. \`${tier}\` — ${synthesisText.tiers[tier].en}`),
  '',
  'A finding whose verdict is `contraindicated` and whose source is one of the documents is tier 1. Otherwise the tier',
  'follows the statement behind the rule: a graded recommendation (001 Minds, 004 GRADE) or a 002 consensus statement is',
  'tier 2; a 001 review, a 004 text section or cohort data (000, 003) is tier 3; NOMS and the prognostic scores (Tomita,',
  'revised Tokuhashi; 002 §2.2: "两项评分的准确性有待进一步提高", they underestimate survival in the targeted-therapy era) are tier 4.',
  'A rule whose findings change tier with the patient (a 004 recommendation is graded for lung cancer and text when',
  'extrapolated to another histology) lists both.',
  '',
  'An option\'s verdict (`src/knowledge/rules/finding.ts`, `synthesise`):',
  '',
  '1. a tier-1 contraindication decides `contraindicated`;',
  '2. otherwise the highest tier that has a deciding finding decides, its most cautious verdict first',
  '   (`not-recommended` > `consider` > `recommended`);',
  '3. an open question (`needs-information`) of a higher tier holds the verdict at `needs-information`, and one of the same',
  '   tier holds any verdict but `not-recommended`;',
  '4. a lower tier\'s `not-recommended` or `consider` lowers `recommended` to `consider` — it **tempers, never vetoes**;',
  '5. the contraindication screen (below) holds `recommended` and `consider` at `needs-information` until it is complete.',
  '',
  'Each option reports `decidedBy` (the finding that set its verdict) and `conflicts`: every finding whose verdict was not',
  'adopted — `{ option, prevailing, overruled, kind, why }` with `kind` one of `contraindication`, `higher-tier`,',
  '`same-tier` or `tempered` — also listed at the top level of the output and on the decision page. `--json` prints',
  '`{ options: [{ option, verdict, decidedBy, findings, conflicts, pending? }], needs, conflicts, plan }`.',
  '',
  '## Contraindication screens',
  '',
  'An option is never `recommended` (or `consider`) while a fact its sources name as a contraindication is unknown: it',
  'reads `needs-information`, asks for the facts (finding `<option>.screen`) and keeps the verdict it would have in',
  '`pending: { verdict, facts }` ("recommended once … is confirmed"). An option without a screen has no contraindication',
  'the sources state as one.',
  '',
];

export const SOURCE_READINGS_DOC: readonly string[] = [
  '## Readings the sources leave open',
  '',
  '- **SSRS after separation surgery** (002 §3.7: "准备术后放疗的患者，建议在伤口愈合或间隔 2 周后再进行放疗。分离手术后的定向放射治疗必须在术后',
  '  3~5 周内进行，否则失去意义"): the window opens at the later of wound healing and day 14 and closes at day 35.',
  '- **SBRT** (004 §4.4.2: "SBRT 应主要用于期望寿命较长(>6 个月),在标准疗程外照射后仍有骨痛或骨痛复发,并需要再次照射的患者") is read',
  '  conjunctively: all three conditions recommend SBRT re-irradiation. As a first treatment SBRT/SSRS is decided by 004 rec 10',
  '  (1B: "局部体外放射治疗, 特别是立体定向放射治疗 (SBRT) 应作为首选治疗") and 002 §3.7 ("对于无明显脊柱不稳或无明显脊髓损害症状的',
  '  患者可作为首选治疗方法") in their own situations; `decidedBy` names which.',
  '- **Opioid taper** (004 §4.3.2.2: "在疼痛得到有效缓解后,应考虑逐步减少或完全终止阿片类药物的使用"): *consider*, and only once pain is',
  '  relieved, read as below 4/10; "controlled" pain of 4/10 or more is refused as a contradiction.',
  '- **Ablation and coagulation** (002 §3.5: "有严重的凝血功能障碍" without a number): the caution thresholds of 001 review 2(3)',
  '  (platelets < 100 000/µL, PT > 1.6 ×, APTT > 1.5 × normal) → consider, correct first.',
  '- **Scope in time**: a separation surgery speaks of its own levels until its SSRS window closes; a level it decompressed',
  '  and stabilised does not hold SSRS back as unstable or compressed.',
  '- **Implausible facts** are refused with the field named and the unit they probably are in (creatinine 0.1–20 mg/dL,',
  '  platelets 1 000–2 000 000/µL, calcium 4–20 mg/dL, PT/APTT 0.5–10 × normal, weight 1–350 kg, dates 1900–2100); Table 2',
  '  is read with the unrounded clearance.',
  '',
];
