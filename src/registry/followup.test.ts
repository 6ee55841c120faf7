import { describe, expect, it } from 'vitest';
import { addMonths, plannedVisits, visitsAfter } from './followup.js';

describe('follow-up schedule (000 §1.3)', () => {
  it('counts calendar months, clamped to the end of the month', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2023-01-31', 1)).toBe('2023-02-28');
    expect(addMonths('2024-11-15', 3)).toBe('2025-02-15');
  });

  it('plans VAS at 1, 3, 6, 12 months and SINS and KPS at 1 and 3, with windows', () => {
    expect(visitsAfter('2024-01-10').map((v) => [v.month, v.instruments.join('+'), v.windowStart, v.dueOn, v.windowEnd])).toEqual([
      [1, 'vas+sins+kps', '2024-02-03', '2024-02-10', '2024-02-17'],
      [3, 'vas+sins+kps', '2024-03-27', '2024-04-10', '2024-04-24'],
      [6, 'vas', '2024-06-10', '2024-07-10', '2024-08-09'],
      [12, 'vas', '2024-12-11', '2025-01-10', '2025-02-09'],
    ]);
  });

  it('treats a treatment starting within 30 days of the previous end as the same course (as the registry does one by one)', () => {
    const visits = plannedVisits([
      { id: 'pvp', startedOn: '2024-01-10', anchor: '2024-01-10' },
      { id: 'rt', startedOn: '2024-01-15', anchor: '2024-02-05' },
      { id: 'later', startedOn: '2024-09-01', anchor: '2024-09-01' },
    ]);
    expect(visits.map((v) => [v.treatmentId, v.month, v.dueOn])).toEqual([
      ['rt', 1, '2024-03-05'], ['rt', 3, '2024-05-05'], ['rt', 6, '2024-08-05'], ['rt', 12, '2025-02-05'],
      ['later', 1, '2024-10-01'], ['later', 3, '2024-12-01'], ['later', 6, '2025-03-01'], ['later', 12, '2025-09-01'],
    ]);
  });
});
