import { z } from 'zod';
import { katagiriInput } from '../knowledge/instruments/katagiri.js';
import { AMBULATORY } from '../knowledge/instruments/nesms.js';
import { planChoicesSchema, type PlanChoices } from '../knowledge/rules/index.js';

const name = z.string().trim().min(1, 'give a name').max(200, 'at most 200 characters');

/**
 * The board's plan stored with a decision: the sequenced plan's choices (start date, dates the
 * board set, chosen schedules), the score inputs the facts do not carry, who attended and who
 * signed off. Sign-off is set by the server from the signed-in user, never taken from the body.
 */
export const boardPlanSchema = planChoicesSchema.extend({
  scoreInputs: z.strictObject({
    nesms: z.strictObject({ ambulatory: z.enum(AMBULATORY), albumin: z.number().min(0.5, 'albumin in g/dL, 0.5–10').max(10, 'albumin in g/dL, 0.5–10') }).optional(),
    katagiri: katagiriInput.optional(),
  }).default({}),
  attendees: z.array(z.strictObject({ name, role: name })).max(50, 'at most 50 attendees').default([]),
  signOff: z.strictObject({ by: name, role: name, at: z.iso.datetime() }).optional(),
});
export type BoardPlan = z.output<typeof boardPlanSchema>;

/** The plan builder's choices of a stored board plan; day 1 defaults to `start` (the decision's date). */
export const planChoicesOf = (board: BoardPlan, start: string): PlanChoices =>
  ({ startDate: board.startDate ?? start, dates: board.dates, schedules: board.schedules, targets: board.targets, ...(board.targetLesions ? { targetLesions: board.targetLesions } : {}) });

export interface VerdictChange { option: string; then: string; now: string }

/**
 * Options whose verdict differs between the recommendation stored at decision time and the one this
 * knowledge version computes from the same facts (the plan and report use the current one).
 */
export function verdictChanges(stored: unknown, current: readonly { option: string; verdict: string }[]): VerdictChange[] {
  const options = (stored as { options?: unknown } | null)?.options;
  if (!Array.isArray(options)) return [];
  const then = new Map(options.flatMap((o) => (typeof o?.option === 'string' && typeof o?.verdict === 'string' ? [[o.option as string, o.verdict as string]] : [])));
  return current.flatMap(({ option, verdict }) => {
    const before = then.get(option);
    return before !== undefined && before !== verdict ? [{ option, then: before, now: verdict }] : [];
  });
}
