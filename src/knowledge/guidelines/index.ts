import { JSIR_PVP_RECOMMENDATIONS } from './jsir-pvp-2019.js';
import { LUNG_CANCER_BONE_RECOMMENDATIONS } from './lung-cancer-bone-2024.js';
import type { GuidelineRecommendation, GuidelineRecommendationId, GuidelineTopic } from './types.js';

export * from './types.js';
export { formatGrade, formatGrading, gradedStatements } from './format.js';
export { normalizeExtractedText } from './normalize.js';

/** Every recommendation of 001 (§7 CQ1–CQ5) and 004 (recs 1–12), in source order (REFERENCE S11). */
export const GUIDELINE_RECOMMENDATIONS: readonly GuidelineRecommendation[] = [
  ...JSIR_PVP_RECOMMENDATIONS,
  ...LUNG_CANCER_BONE_RECOMMENDATIONS,
];

const BY_ID = new Map<GuidelineRecommendationId, GuidelineRecommendation>(
  GUIDELINE_RECOMMENDATIONS.map((rec) => [rec.id, rec]),
);

export function recommendation(id: GuidelineRecommendationId): GuidelineRecommendation {
  const rec = BY_ID.get(id);
  if (!rec) throw new Error(`No guideline recommendation with id ${id}`);
  return rec;
}

export function recommendationsByTopic(topic: GuidelineTopic): readonly GuidelineRecommendation[] {
  return GUIDELINE_RECOMMENDATIONS.filter((rec) => rec.topics.includes(topic));
}
