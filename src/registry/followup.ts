import type { InstrumentId } from '../knowledge/instruments/index.js';
import { addDays } from '../knowledge/facts/common.js';
import { cite, type SourceRef } from '../knowledge/sources.js';

export interface ScheduledVisit {
  month: number;
  instruments: InstrumentId[];
  /** Days either side of the due date in which the visit counts as on time. */
  windowDays: number;
}

/**
 * The follow-up of 000 §1.3: VAS before and 1, 3, 6 and 12 months after treatment; SINS and KPS
 * before and 1 and 3 months after. The source gives no windows: ±7 days at 1 month, ±14 days at
 * 3 months and ±30 days at 6 and 12 months are this registry's convention.
 */
export const FOLLOW_UP_SCHEDULE: readonly ScheduledVisit[] = [
  { month: 1, instruments: ['vas', 'sins', 'kps'], windowDays: 7 },
  { month: 3, instruments: ['vas', 'sins', 'kps'], windowDays: 14 },
  { month: 6, instruments: ['vas'], windowDays: 30 },
  { month: 12, instruments: ['vas'], windowDays: 30 },
];
export const FOLLOW_UP_SOURCE: SourceRef = cite('000', '§1.3');

/**
 * A treatment recorded within this many days after the end of another local treatment whose
 * visits have not started belongs to the same course (000 §1.2: IMRT within 1 week after PVP):
 * the course's visits move to count from the later end.
 */
export const SAME_COURSE_DAYS = 30;

/** `date` plus `months` calendar months, clamped to the month's last day (Jan 31 + 1 → Feb 28/29). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, last));
  return target.toISOString().slice(0, 10);
}

export interface VisitDates {
  month: number;
  instruments: InstrumentId[];
  dueOn: string;
  windowStart: string;
  windowEnd: string;
}

/** The visits due after a treatment that ended on `anchor`. */
export function visitsAfter(anchor: string): VisitDates[] {
  return FOLLOW_UP_SCHEDULE.map((visit) => {
    const dueOn = addMonths(anchor, visit.month);
    return {
      month: visit.month,
      instruments: [...visit.instruments],
      dueOn,
      windowStart: addDays(dueOn, -visit.windowDays),
      windowEnd: addDays(dueOn, visit.windowDays),
    };
  });
}

/** Today as an ISO date in UTC. */
export const todayUtc = (): string => new Date().toISOString().slice(0, 10);

export interface CourseTreatment {
  id: string;
  startedOn: string;
  /** End of treatment (start when not given). */
  anchor: string;
}

/**
 * The visits a patient's local treatments schedule, treatment by treatment in the order given,
 * before any visit has happened: a treatment starting within SAME_COURSE_DAYS after the previous
 * one's end joins its course, whose visits then count from the later end (as Registry.scheduleFollowUp).
 */
export function plannedVisits(treatments: readonly CourseTreatment[]): (VisitDates & { treatmentId: string })[] {
  const courses: CourseTreatment[] = [];
  for (const t of treatments) {
    const last = courses[courses.length - 1];
    if (last && last.anchor >= addDays(t.startedOn, -SAME_COURSE_DAYS) && last.anchor <= t.anchor) courses[courses.length - 1] = t;
    else courses.push(t);
  }
  return courses.flatMap((course) => visitsAfter(course.anchor).map((visit) => ({ ...visit, treatmentId: course.id })));
}
