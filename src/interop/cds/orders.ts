/**
 * Draft orders bonemet reads without a code of its own: systemic anticancer therapy (004 §4.2) and
 * long-bone surgery (004 §4.5.4.1). No RxNorm or SNOMED CT codes are kept for these (none could be
 * verified here), so they are matched by the bonemet agent class or by the order's text.
 */
import { AGENT_CLASSES, type AgentClass } from '../../knowledge/facts/therapy.js';
import { LONG_BONES } from '../../knowledge/facts/index.js';

/** Agent classes of the facts that 004 §4.2 treats as systemic therapy: chemotherapy, immunotherapy, targeted and anti-angiogenic agents (endocrine therapy is not in §4.2 and is not mapped). */
export const SYSTEMIC_ANTICANCER_CLASSES = [
  'chemotherapy', 'immunotherapy', 'egfr-tki-oral', 'alk-tki-oral', 'other-targeted-oral', 'other-targeted-iv', 'vegf-targeted-iv',
] as const satisfies readonly AgentClass[];

export const isSystemicAnticancerClass = (code: string): boolean =>
  (AGENT_CLASSES as readonly string[]).includes(code) && (SYSTEMIC_ANTICANCER_CLASSES as readonly string[]).includes(code);

/**
 * Systemic anticancer agents of lung cancer by name (en, zh, ja), matched in an order's text: platinum doublet
 * partners (004 §4.2.1), EGFR and ALK inhibitors (§4.2.3), anti-angiogenics (§4.2.4) and checkpoint inhibitors (§4.2.2).
 */
export const SYSTEMIC_ANTICANCER_NAMES: readonly string[] = [
  'cisplatin', 'carboplatin', 'pemetrexed', 'docetaxel', 'paclitaxel', 'gemcitabine', 'vinorelbine', 'etoposide',
  'osimertinib', 'gefitinib', 'erlotinib', 'afatinib', 'dacomitinib', 'icotinib', 'almonertinib', 'furmonertinib',
  'alectinib', 'crizotinib', 'ceritinib', 'brigatinib', 'lorlatinib', 'ensartinib',
  'bevacizumab', 'ramucirumab', 'anlotinib', 'endostar',
  'pembrolizumab', 'nivolumab', 'atezolizumab', 'durvalumab', 'ipilimumab', 'sintilimab', 'camrelizumab', 'tislelizumab', 'toripalimab',
  '顺铂', '卡铂', '培美曲塞', '多西他赛', '紫杉醇', '吉西他滨', '长春瑞滨', '依托泊苷', '奥希替尼', '吉非替尼', '厄洛替尼', '阿法替尼', '埃克替尼',
  '阿来替尼', '克唑替尼', '洛拉替尼', '贝伐珠单抗', '安罗替尼', '恩度', '帕博利珠单抗', '纳武利尤单抗', '阿替利珠单抗', '度伐利尤单抗', '信迪利单抗',
  '卡瑞利珠单抗', '替雷利珠单抗', '特瑞普利单抗',
  'シスプラチン', 'カルボプラチン', 'ペメトレキセド', 'ドセタキセル', 'パクリタキセル', 'オシメルチニブ', 'ゲフィチニブ', 'エルロチニブ', 'アファチニブ',
  'アレクチニブ', 'クリゾチニブ', 'ロルラチニブ', 'ベバシズマブ', 'ペムブロリズマブ', 'ニボルマブ', 'アテゾリズマブ', 'デュルバルマブ',
];

const LONG_BONE_WORDS = [...LONG_BONES, 'femoral', 'humeral', 'tibial', 'fibular', '股骨', '肱骨', '胫骨', '腓骨', '桡骨', '尺骨', '大腿骨', '上腕骨', '脛骨', '橈骨'];
/** 004 §4.5.4.1: fixation (with cement), prosthetic or segmental reconstruction, amputation. */
const LONG_BONE_OPERATIONS = [
  'fixation', 'nail', 'plate', 'prosthe', 'arthroplasty', 'replacement', 'reconstruction', 'resection', 'amputation',
  '内固定', '髓内钉', '假体', '置换', '重建', '截肢', '固定術', '髄内釘', '人工', '置換', '再建', '切断',
];
/** Percutaneous cementoplasty of a long bone is its own option (cementoplasty), not open surgery. */
const PERCUTANEOUS = ['percutaneous', 'cementoplasty', '经皮', '経皮'];

const textsOf = (concept: unknown): string[] => {
  if (!concept || typeof concept !== 'object') return [];
  const { text, coding } = concept as { text?: unknown; coding?: unknown };
  const displays = Array.isArray(coding) ? coding.map((c: { display?: unknown }) => c?.display) : [];
  return [text, ...displays].filter((t): t is string => typeof t === 'string');
};

const mentions = (texts: readonly string[], words: readonly string[]): boolean =>
  texts.some((t) => { const lower = t.toLowerCase(); return words.some((w) => lower.includes(w)); });

/** A MedicationRequest/MedicationStatement whose medication text names a systemic anticancer agent. */
export function namesSystemicAnticancerAgent(resource: Record<string, unknown>): boolean {
  return mentions(textsOf(resource.medicationCodeableConcept), SYSTEMIC_ANTICANCER_NAMES);
}

/** A ServiceRequest/Procedure whose text (code or body site) names an open operation on a long bone. */
export function namesLongBoneOperation(resource: Record<string, unknown>): boolean {
  const texts = [...textsOf(resource.code), ...(Array.isArray(resource.bodySite) ? resource.bodySite.flatMap(textsOf) : [])];
  return mentions(texts, LONG_BONE_WORDS) && mentions(texts, LONG_BONE_OPERATIONS) && !mentions(texts, PERCUTANEOUS);
}
