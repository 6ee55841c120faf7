import { describe, expect, it } from 'vitest';
import { editedFields, rebaseDraft, targetOptions, type PlanDraft } from './board-plan.js';

/** The version the user opened: PVP and EBRT, started on 2030-01-01, PVP on the 10th, one attendee. */
const base: PlanDraft = {
  chosen: ['pvp', 'ebrt'],
  plan: { startDate: '2030-01-01', dates: { pvp: '2030-01-10' }, schedules: { ebrt: 'ebrt-8x1' }, scoreInputs: {}, attendees: [{ name: 'Dr Wang', role: 'spine surgeon' }] },
  attendees: 'Dr Wang — spine surgeon',
  signOff: false,
};

describe('the board plan\'s edits re-applied on a newer stored version', () => {
  it('takes the user\'s value where the user changed a field, the newer version\'s everywhere else', () => {
    // the user: adds SBRT with its schedule, adds an attendee, clears the PVP date
    const mine: PlanDraft = {
      ...base,
      chosen: ['pvp', 'ebrt', 'sbrt'],
      plan: { ...base.plan, dates: { pvp: undefined }, schedules: { ...base.plan.schedules, sbrt: 'sbrt-24x2' } },
      attendees: 'Dr Wang — spine surgeon\nDr Sato — radiation oncologist',
    };
    // someone else meanwhile: moves the start, drops EBRT, names another attendee
    const theirs: PlanDraft = {
      ...base,
      chosen: ['pvp'],
      plan: { ...base.plan, startDate: '2030-01-05', schedules: {}, attendees: [{ name: 'Dr Li', role: 'oncologist' }] },
      attendees: 'Dr Li — oncologist',
    };
    expect(editedFields(base, mine).sort()).toEqual(['attendees', 'chosen.sbrt', 'dates.pvp', 'schedules.sbrt']);
    const { draft, overridden } = rebaseDraft(base, mine, theirs);
    // EBRT dropped by them stays dropped; SBRT added by the user stays added
    expect(draft.chosen).toEqual(['pvp', 'sbrt']);
    expect(draft.plan.startDate).toBe('2030-01-05');
    expect(draft.plan.dates).toEqual({});
    expect(draft.plan.schedules).toEqual({ sbrt: 'sbrt-24x2', ebrt: undefined });
    expect(draft.attendees).toBe('Dr Wang — spine surgeon\nDr Sato — radiation oncologist');
    // both changed the attendees: the user's kept, and said
    expect(overridden).toEqual(['attendees']);
  });

  it('names no field when the two changed different ones, and keeps the user\'s sign-off box', () => {
    const mine: PlanDraft = { ...base, plan: { ...base.plan, dates: { pvp: '2030-01-12' } }, signOff: true };
    const theirs: PlanDraft = { ...base, plan: { ...base.plan, startDate: '2030-01-03' } };
    const { draft, overridden } = rebaseDraft(base, mine, theirs);
    expect(draft.plan).toMatchObject({ startDate: '2030-01-03', dates: { pvp: '2030-01-12' } });
    expect(draft.signOff).toBe(true);
    expect(overridden).toEqual([]);
  });

  it('keeps the lesions the user chose for a step, and theirs for a step the user left alone', () => {
    const mine: PlanDraft = { ...base, plan: { ...base.plan, targets: { pvp: [1] } } };
    const theirs: PlanDraft = { ...base, plan: { ...base.plan, targets: { ebrt: [2] } } };
    expect(editedFields(base, mine)).toEqual(['targets.pvp']);
    const { draft, overridden } = rebaseDraft(base, mine, theirs);
    expect(draft.plan.targets).toEqual({ pvp: [1], ebrt: [2] });
    expect(overridden).toEqual([]);
  });

  it('sees no edit in an untouched form, nor in blank lines and spaces around attendees', () => {
    expect(editedFields(base, { ...base, attendees: '  Dr Wang — spine surgeon \n\n' })).toEqual([]);
  });
});

it('offers a stored target the step cannot treat, so it can be unticked', () => {
  expect(targetOptions([{ n: 1, label: 'L1' }], [1, 2], (n) => `lesion ${n} (not one this step can treat: untick it)`)).toEqual([
    { n: 1, label: 'L1' },
    { n: 2, label: 'lesion 2 (not one this step can treat: untick it)' },
  ]);
});
