import { z } from 'zod';
import { localize } from '../../i18n/lang.js';
import { recommendText } from '../../i18n/rules/common.js';
import { patientFactsSchema } from '../../knowledge/facts/index.js';
import { RULE_CATALOGUE, catalogueTiers } from '../../knowledge/rules/catalog.js';
import { OPTION_IDS, TIERS, type RuleInfo } from '../../knowledge/rules/finding.js';
import { SCREENS } from '../../knowledge/rules/screens.js';
import { synthesisText } from '../../i18n/rules/common.js';
import { formatSource } from '../../knowledge/sources.js';

type JsonSchema = {
  type?: string;
  enum?: unknown[];
  anyOf?: JsonSchema[];
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  description?: string;
  minimum?: number;
  maximum?: number;
  format?: string;
};

function typeOf(schema: JsonSchema): string {
  if (schema.anyOf) return schema.anyOf.map(typeOf).join(' or ');
  if (schema.enum) return schema.enum.map((v) => `\`${String(v)}\``).join(', ');
  if (schema.format === 'date') return 'date `YYYY-MM-DD`';
  const min = schema.minimum !== undefined && schema.minimum > Number.MIN_SAFE_INTEGER ? schema.minimum : undefined;
  const max = schema.maximum !== undefined && schema.maximum < Number.MAX_SAFE_INTEGER ? schema.maximum : undefined;
  const range = min !== undefined && max !== undefined ? ` ${min}–${max}` : min !== undefined ? ` ≥ ${min}` : '';
  return `${schema.type ?? 'value'}${range}`;
}

/** Every leaf of the facts schema as `path | type | required | meaning`. */
function factRows(schema: JsonSchema, prefix = ''): string[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).flatMap(([name, field]) => {
    const path = `${prefix}${name}`;
    if (field.type === 'object' && field.properties) return factRows(field, `${path}.`);
    if (field.type === 'array' && field.items?.type === 'object' && field.items.properties) {
      return [`| \`${path}[]\` | array of objects | ${required.has(name) ? 'yes' : 'no'} | ${field.description ?? ''} |`, ...factRows(field.items, `${path}[].`)];
    }
    const type = field.type === 'array' && field.items ? `array of ${typeOf(field.items)}` : typeOf(field);
    return [`| \`${path}\` | ${type} | ${required.has(name) ? 'yes' : 'no'} | ${field.description ?? ''} |`];
  });
}

/** The tier(s) a rule's findings have; a stated contraindication is tier 1 whatever the rule's tier. */
const tierCell = (rule: RuleInfo): string => catalogueTiers(rule).map((tier) => `${TIERS.indexOf(tier) + 1} ${tier}`).join(' / ');

const SYNTHESIS = [
  '## How a verdict is reached',
  '',
  'Every finding has an evidence **tier**, highest first:',
  '',
  ...TIERS.map((tier, i) => `${i + 1}. \`${tier}\` — ${localize(synthesisText.tiers[tier], 'en')}`),
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
  '| option | screen | source |',
  '| --- | --- | --- |',
  ...OPTION_IDS.filter((option) => SCREENS[option]).map((option) => {
    const items = SCREENS[option] ?? [];
    return `| \`${option}\` | ${items.map((i) => localize(synthesisText.screen.items[i.id], 'en')).join('; ')} | ${[...new Set(items.map((i) => formatSource(i.source)))].join('; ')} |`;
  }),
  '',
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
].join('\n');

/** docs/rules.md, generated from the rule catalogue and the facts schema so it cannot drift. */
export function renderRulesDocs(): string {
  const facts = z.toJSONSchema(patientFactsSchema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  const sections = OPTION_IDS.map((option) => {
    const rules = RULE_CATALOGUE.filter((r) => r.option === option);
    return [
      `### \`${option}\` — ${localize(recommendText.options[option], 'en')}`,
      '',
      '| rule id | tier | decides | source |',
      '| --- | --- | --- | --- |',
      ...rules.map((r) => `| \`${r.id}\` | ${tierCell(r)} | ${r.decides} | ${r.sources.map(formatSource).join('; ')} |`),
    ].join('\n');
  });
  const planRules = RULE_CATALOGUE.filter((r) => r.option === 'plan');
  return [
    '# Guideline reasoning: rules and facts',
    '',
    '<!-- Generated by `npm run docs` from the rule catalogue (src/knowledge/rules/*_RULES) and the facts schema; a test fails when this file is stale. -->',
    '',
    '`bonemet recommend [--json] [--lang en|zh|ja] [--input FILE]` reads one patient’s facts (JSON) and',
    'assesses every treatment option. Each rule is a small function in `src/knowledge/rules/<module>.ts`',
    'named after what it decides; it returns a finding `{ id, verdict, strength, tier, evidence, source, because, needs, recommendation? }`.',
    '`info` findings advise without deciding. A missing fact a rule needs is reported as a need on its finding and in',
    'the top-level `needs`, never guessed.',
    '',
    SYNTHESIS,
    '## Rules by option',
    '',
    ...sections.flatMap((s) => [s, '']),
    '## Plan computations',
    '',
    '| rule id | computes | source |',
    '| --- | --- | --- |',
    ...planRules.map((r) => `| \`${r.id}\` | ${r.decides} | ${r.sources.map(formatSource).join('; ')} |`),
    '',
    '## Facts',
    '',
    'Only `patient.age` and `patient.sex` are always required; "required" below marks a field that must be given when its enclosing object is. Unknown fields are rejected.',
    '',
    '| fact | type | required | meaning |',
    '| --- | --- | --- | --- |',
    ...factRows(facts),
    '',
  ].join('\n');
}
