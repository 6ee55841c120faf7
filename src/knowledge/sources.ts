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
