import { L, type Localized } from '../i18n/lang.js';
import { defineTexts, text, verbatim, type Text } from './text.js';

/** The clinical documents in ../shared/seeds, cited by number plus section. */
export const DOCUMENTS = {
  '000': 'Sun J et al. 2019, PVP combined with IMRT for spinal metastases (retrospective cohort)',
  '001': 'JSIR Guideline for percutaneous vertebroplasty for spinal metastases 2019, v1.01',
  '002': 'Chinese expert consensus on surgical treatment of spinal metastases',
  '003': 'Song et al. 2017, CT- vs DSA-guided bone cement infusion for iliac metastases',
  '004': 'Chinese clinical guideline on diagnosis and treatment of lung-cancer bone metastasis (2024)',
} as const;
export type DocumentId = keyof typeof DOCUMENTS;

/**
 * Where a rule or a definition comes from. `public` marks a published definition that a source
 * names without printing it (e.g. the SINS items of Fisher 2010); `citation` then names it.
 */
export interface SourceRef {
  document: DocumentId | 'public';
  section: string;
  citation?: string;
}

export function cite(document: DocumentId, section: string): SourceRef {
  return { document, section };
}

export function publicSource(citation: string): SourceRef {
  return { document: 'public', section: '', citation };
}

export function formatSource(source: SourceRef): string {
  if (source.document === 'public') return `public: ${source.citation ?? ''}`.trim();
  return `${source.document} ${source.section}`.trim();
}

/** What people call each document, and the section words, in each language (the CLI, the web and reports name sources so). */
const SOURCE_TEXT = defineTexts('sources', {
  documents: {
    '000': L('Sun 2019 PVP + IMRT cohort', '孙等 2019 PVP 联合 IMRT 队列研究', '孫ら 2019 PVP＋IMRT コホート研究'),
    '001': L('JSIR PVP guideline 2019', '日本 IVR 学会 PVP 指南 2019', '日本IVR学会 PVP ガイドライン 2019'),
    '002': L('Chinese consensus on spinal-metastasis surgery', '脊柱转移瘤外科治疗专家共识', '脊椎転移外科治療に関する中国専門家コンセンサス'),
    '003': L('Song 2017 iliac cementoplasty study', '宋等 2017 髂骨转移骨水泥研究', '宋ら 2017 腸骨転移骨セメント研究'),
    '004': L('Lung-cancer bone-metastasis guideline 2024', '肺癌骨转移诊疗指南 2024', '肺癌骨転移診療ガイドライン 2024'),
  } satisfies Record<DocumentId, Localized>,
  label: L('{document} {section}', '{document} {section}', '{document} {section}'),
  rec: L('rec {rest}', '推荐 {rest}', '推奨 {rest}'),
  review: L('review {rest}', '综述 {rest}', '総説 {rest}'),
});

/** A source as people read it: "JSIR PVP guideline 2019 §7 CQ1-①", "肺癌骨转移诊疗指南 2024 推荐 10 (1B)". */
export function sourceLabel(source: SourceRef): Text {
  if (source.document === 'public') return verbatim(source.citation ?? '');
  const document = text(SOURCE_TEXT.documents[source.document]);
  const section = source.section.trim();
  if (!section) return document;
  const words = /^rec (\d.*)$/.exec(section) ? SOURCE_TEXT.rec : /^review /.test(section) ? SOURCE_TEXT.review : null;
  const rest = words ? section.replace(/^(rec|review) /, '') : section;
  return text(SOURCE_TEXT.label, { document, section: words ? text(words, { rest }) : rest });
}
