import { z } from 'zod';
import { text as t } from '../text.js';
import { factIssueText as I } from '../facts/issues.text.js';
import { refusal } from '../facts/issues.js';
import { LEVELS_ACCEPTED, parseLevel, parseLevelSpan, type SpinalLevel } from './spine.js';

/** A level or span is at most "T12 - L1" long; longer text is refused without echoing it. */
const MAX_LEVEL_TEXT = 12;
const LEVEL_TOO_LONG = `a vertebral level or span is at most ${MAX_LEVEL_TEXT} characters, such as "T11" or "T12-L1"`;

/** A single vertebral level such as "T11". */
export const spinalLevelSchema = z.string().max(MAX_LEVEL_TEXT, LEVEL_TOO_LONG).transform((text, ctx): SpinalLevel => {
  const level = parseLevel(text);
  if (!level) {
    ctx.addIssue({ code: 'custom', ...refusal(t(I.notLevel, { text, accepted: LEVELS_ACCEPTED })) });
    return z.NEVER;
  }
  return level;
});

/** A level ("T11") or a contiguous span ("T12-L1"), validated into its ordered levels. */
export const spinalSpanSchema = z.string().max(MAX_LEVEL_TEXT, LEVEL_TOO_LONG).transform((text, ctx) => {
  const levels = parseLevelSpan(text);
  if (!levels) {
    ctx.addIssue({ code: 'custom', ...refusal(t(I.notLevelOrSpan, { text, accepted: LEVELS_ACCEPTED })) });
    return z.NEVER;
  }
  return { text: text.trim().toUpperCase(), levels };
});

/** The vertebrae of a spine are 29 (C1–S5 as levels here): no list of levels is longer. */
export const MAX_LEVELS = 29;

/**
 * A list of levels or spans given as text ("T11", "T12-L1"): each valid, none repeated, at most 29; kept as
 * the trimmed upper-case text. Free text (names, record numbers) is refused, never stored.
 */
export const levelListSchema = z
  .array(spinalSpanSchema, { error: 'a list of vertebral levels such as ["T11", "T12-L1"]' })
  .max(MAX_LEVELS, `at most ${MAX_LEVELS} levels`)
  .superRefine((spans, ctx) => {
    const seen = new Set<string>();
    spans.forEach((span, index) => {
      // An element that failed its own check has no levels to compare.
      if (!Array.isArray(span?.levels)) return;
      for (const level of span.levels) {
        if (seen.has(level)) ctx.addIssue({ code: 'custom', path: [index], ...refusal(t(I.levelTwice, { level })) });
        seen.add(level);
      }
    });
  })
  .transform((spans) => spans.map((span) => span.text));
