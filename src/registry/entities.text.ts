import { L } from '../i18n/lang.js';
import { defineTexts } from '../knowledge/text.js';

/** What the registry's entity checks say when they refuse a value (a zod custom issue's `params.text`). */
export const registryIssueText = defineTexts('registryIssue', {
  levelRequired: L(
    'required for a spinal lesion (site "spine", the default); accepted: C1–C7, T1–T12, L1–L5, S1–S5',
    '脊柱病灶（部位 "spine"，默认）必填；可填 C1–C7、T1–T12、L1–L5、S1–S5',
    '脊椎病変（部位 "spine"、既定）では必須；C1–C7、T1–T12、L1–L5、S1–S5',
  ),
  onlyLocalTreatment: L(
    'only for a local treatment (pvp, pkp, radiotherapy, surgery, ablation); kind is "{kind}"',
    '仅用于局部治疗（pvp、pkp、radiotherapy、surgery、ablation）；当前类型为 "{kind}"',
    '局所治療のみ（pvp、pkp、radiotherapy、surgery、ablation）；種類は "{kind}"',
  ),
  lesionOnce: L('each lesion once', '每个病灶只填一次', '各病変は一度だけ'),
});
