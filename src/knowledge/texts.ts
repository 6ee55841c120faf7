/**
 * Every text catalogue of the core, and the renderer that turns a language-neutral result into
 * one language. The shells render through this module, so every key a result can carry is
 * registered before anything is rendered.
 */
export { histologyText, breastSubtypeText } from './histology.text.js';
export { esccText } from './instruments/escc.text.js';
export { frankelText } from './instruments/frankel.text.js';
export { katagiriText } from './instruments/katagiri.text.js';
export { kpsText } from './instruments/kps.text.js';
export { mdAndersonText } from './instruments/md-anderson.text.js';
export { mirelsText } from './instruments/mirels.text.js';
export { modifiedBauerText } from './instruments/modified-bauer.text.js';
export { nesmsText } from './instruments/nesms.text.js';
export { odiText } from './instruments/odi.text.js';
export { prognosisCaveats } from './instruments/prognosis.text.js';
export { rmdqText } from './instruments/rmdq.text.js';
export { sinsText } from './instruments/sins.text.js';
export { tokuhashiText } from './instruments/tokuhashi.text.js';
export { tomitaTypeText } from './instruments/tomita-type.text.js';
export { tomitaText } from './instruments/tomita.text.js';
export { vasText } from './instruments/vas.text.js';
export { wbbText } from './instruments/wbb.text.js';
export { ablationText } from './rules/ablation.text.js';
export { analgesiaText } from './rules/analgesia.text.js';
export { biopsyText } from './rules/biopsy.text.js';
export { bmaText } from './rules/bma.text.js';
export { recommendText, synthesisText, alertText } from './rules/common.text.js';
export { punctuation } from './punctuation.text.js';
export { lesionAlertText } from './rules/lesion-alerts.text.js';
export { longBoneText, generalConditionText } from './rules/long-bone.text.js';
export { pvpText } from './rules/pvp.text.js';
export { radiotherapyText } from './rules/radiotherapy.text.js';
export { sequenceText, prognosisPanelText } from './rules/sequence.text.js';
export { surgeryText } from './rules/surgery.text.js';
export { systemicText, supportiveText } from './rules/systemic.text.js';
export { MINDS_STRENGTH, GRADE_STRENGTH, GRADE_EVIDENCE, GRADING, GRADING_SEPARATOR } from './guidelines/text.js';
export { factLabels, factValueLabels } from './facts/labels.js';
export { factIssueText } from './facts/issues.text.js';
// registers the source names and section words
import './sources.js';
export { render, renderText, isText, text, unknownKeys, type Rendered, type Text } from './text.js';
