// CJK ideographs, kana, CJK and full-width punctuation, circled numbers (CQ1-①).
const CJK = '\\u2460-\\u24ff\\u2e80-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef';
const SPACE_BESIDE_CJK = new RegExp(`(?<=[${CJK}]) | (?=[${CJK}])`, 'g');

/**
 * Undoes the whitespace that PDF extraction adds: line breaks and runs of spaces collapse, and a
 * space next to a CJK character goes ("PVP は" → "PVPは", "患者, 推荐 MDT" → "患者,推荐MDT").
 * Spaces between Latin words stay. Never changes a non-space character.
 */
export function normalizeExtractedText(text: string): string {
  return text.replace(/\s+/g, ' ').replace(SPACE_BESIDE_CJK, '').trim();
}
