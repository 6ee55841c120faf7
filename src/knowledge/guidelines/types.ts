import type { Localized } from '../../i18n/lang.js';
import type { SourceRef } from '../sources.js';

/** Stable ids: 001 (JSIR PVP guideline) CQs, then 004 (lung-cancer bone metastasis) recommendations. */
export const GUIDELINE_RECOMMENDATION_IDS = [
  'jsir-cq1-1',
  'jsir-cq1-2',
  'jsir-cq2',
  'jsir-cq3',
  'jsir-cq4',
  'jsir-cq5',
  'lc-bone-rec-1',
  'lc-bone-rec-2',
  'lc-bone-rec-3',
  'lc-bone-rec-4',
  'lc-bone-rec-5',
  'lc-bone-rec-6',
  'lc-bone-rec-7',
  'lc-bone-rec-8',
  'lc-bone-rec-9',
  'lc-bone-rec-10',
  'lc-bone-rec-11',
  'lc-bone-rec-12',
] as const;
export type GuidelineRecommendationId = (typeof GUIDELINE_RECOMMENDATION_IDS)[number];

/** Controlled topic list for the rule engine; only topics some recommendation carries. */
export const GUIDELINE_TOPICS = [
  'pvp',
  'analgesia',
  'mobility',
  'fracture-prevention',
  'osteoblastic',
  'osteolytic',
  'combined-therapy',
  'cement-volume',
  'diagnosis',
  'imaging',
  'biopsy',
  'mdt',
  'bone-modifying-agent',
  'sre-prevention',
  'dental',
  'systemic-therapy',
  'radiotherapy',
  'sbrt',
  'cord-compression',
  'surgery',
  'ablation',
  'cementoplasty',
] as const;
export type GuidelineTopic = (typeof GUIDELINE_TOPICS)[number];

export type GuidelineDocumentId = '001' | '004';

/** Minds 2017 (001 §3(9)): strength strong / weak / none; evidence A strong … D very weak. */
export type MindsStrength = 'strong' | 'weak' | 'none';
export type MindsEvidence = 'A' | 'B' | 'C' | 'D';

/** GRADE (004 §1): 1 strong, 2 weak; A high, B moderate, C low quality. */
export type GradeStrength = 'strong' | 'weak';
export type GradeEvidence = 'A' | 'B' | 'C';
export type GradeLabel = `${1 | 2}${GradeEvidence}`;

export interface MindsGrading {
  readonly grading: 'minds-2017';
  readonly strength: MindsStrength;
  readonly evidence: MindsEvidence;
  /** As printed under the answer, e.g. "推奨度：強い エビデンスの強さ：B". */
  readonly grade: string;
}

export interface GradeGrading {
  readonly grading: 'grade';
  readonly strength: GradeStrength;
  readonly evidence: GradeEvidence;
  /** As printed in the recommendation, e.g. "1A". */
  readonly grade: GradeLabel;
}

export type Grading = MindsGrading | GradeGrading;

/** Whether the recommendation speaks for or against the action it names. */
export type RecommendationDirection = 'for' | 'against';

export interface ClinicalQuestion {
  readonly original: string;
  readonly text: Localized;
}

/** A statement with one grade: a whole recommendation, or one clause of a split one. */
export type GradedStatement = Grading & {
  readonly original: string;
  readonly text: Localized;
  readonly direction: RecommendationDirection;
};

/** One separately graded part of a recommendation (004 recs 5 and 7 grade two clauses apart). */
export type GradedClause = GradeGrading & {
  /** The clause verbatim, without its "(1A)" marker. */
  readonly original: string;
  readonly text: Localized;
  readonly direction: RecommendationDirection;
};

interface RecommendationCore {
  readonly id: GuidelineRecommendationId;
  /** Where the recommendation is printed, e.g. "§7 CQ3" or "§4". */
  readonly section: string;
  /** Sections of the source that give its rationale, when they differ from `section`. */
  readonly discussedIn?: readonly string[];
  readonly source: SourceRef;
  /** Verbatim from the source (extraction whitespace removed, see normalizeExtractedText). */
  readonly original: string;
  /** Renderings; the one in `originalLang` equals `original`. */
  readonly text: Localized;
  readonly direction: RecommendationDirection;
  readonly topics: readonly GuidelineTopic[];
}

export type JsirRecommendation = RecommendationCore &
  MindsGrading & {
    readonly document: '001';
    readonly originalLang: 'ja';
    readonly question: ClinicalQuestion;
  };

/**
 * A 004 recommendation. Its top-level grade is that of the first clause; when the source grades
 * parts separately, `clauses` lists every part with its own grade and direction.
 */
export type LungCancerBoneRecommendation = RecommendationCore &
  GradeGrading & {
    readonly document: '004';
    readonly originalLang: 'zh';
    readonly clauses?: readonly GradedClause[];
  };

export type GuidelineRecommendation = JsirRecommendation | LungCancerBoneRecommendation;
