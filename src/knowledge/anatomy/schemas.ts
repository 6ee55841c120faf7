import { z } from 'zod';
import { LEVELS_ACCEPTED, parseLevel, parseLevelSpan, type SpinalLevel } from './spine.js';

/** A single vertebral level such as "T11". */
export const spinalLevelSchema = z.string().transform((text, ctx): SpinalLevel => {
  const level = parseLevel(text);
  if (!level) {
    ctx.addIssue({ code: 'custom', message: `"${text}" is not a vertebral level; accepted: ${LEVELS_ACCEPTED}` });
    return z.NEVER;
  }
  return level;
});

/** A level ("T11") or a contiguous span ("T12-L1"), validated into its ordered levels. */
export const spinalSpanSchema = z.string().transform((text, ctx) => {
  const levels = parseLevelSpan(text);
  if (!levels) {
    ctx.addIssue({
      code: 'custom',
      message: `"${text}" is not a vertebral level or span; accepted: ${LEVELS_ACCEPTED}, or a span from cranial to caudal such as "T12-L1"`,
    });
    return z.NEVER;
  }
  return { text: text.trim().toUpperCase(), levels };
});
