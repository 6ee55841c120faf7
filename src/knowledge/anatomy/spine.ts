/** Spinal levels C1–S5 in cranio-caudal order; one list, one type. */
export const SPINAL_LEVELS = [
  'C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7',
  'T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8', 'T9', 'T10', 'T11', 'T12',
  'L1', 'L2', 'L3', 'L4', 'L5',
  'S1', 'S2', 'S3', 'S4', 'S5',
] as const;
export type SpinalLevel = (typeof SPINAL_LEVELS)[number];

export const LEVELS_ACCEPTED = 'C1–C7, T1–T12, L1–L5, S1–S5';

export function parseLevel(text: string): SpinalLevel | undefined {
  const normalized = text.trim().toUpperCase();
  return (SPINAL_LEVELS as readonly string[]).includes(normalized) ? (normalized as SpinalLevel) : undefined;
}

/**
 * A single level ("T11") or a contiguous span ("T12-L1", "C7–T2") → its levels in order.
 * Returns undefined when a level is unknown or the span runs upwards.
 */
export function parseLevelSpan(text: string): SpinalLevel[] | undefined {
  const parts = text.split(/\s*[-–—~]\s*/);
  if (parts.length > 2) return undefined;
  const first = parseLevel(parts[0] ?? '');
  const last = parts.length === 2 ? parseLevel(parts[1] ?? '') : first;
  if (!first || !last) return undefined;
  const from = SPINAL_LEVELS.indexOf(first);
  const to = SPINAL_LEVELS.indexOf(last);
  if (to < from) return undefined;
  return SPINAL_LEVELS.slice(from, to + 1);
}

export type SpineRegion = 'cervical' | 'thoracic' | 'lumbar' | 'sacral';

export function regionOf(level: SpinalLevel): SpineRegion {
  switch (level[0]) {
    case 'C': return 'cervical';
    case 'T': return 'thoracic';
    case 'L': return 'lumbar';
    default: return 'sacral';
  }
}
