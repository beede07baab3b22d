import type { Course, Participant } from '../schema/courses.ts';
import type { Qualifications } from '../schema/levels.ts';
import { compareDates, type IsoDate } from './dates.ts';
import { raiseBy } from './levels.ts';

/** A course a person completed, on the day it counts from. */
export interface Completion<C extends Course = Course> {
  date: IsoDate;
  course: C;
}

/** The day a participant's completion counts from: completedOn, else the course's end; none unless completed. */
export function completionDate(course: Course, participant: Participant): IsoDate | undefined {
  return participant.outcome === 'completed' ? (participant.completedOn ?? course.end) : undefined;
}

/** Each person's completed courses, in date order: what raises her levels, and when. */
export function completionsOf<C extends Course>(courses: Iterable<C>): Map<string, Completion<C>[]> {
  const out = new Map<string, Completion<C>[]>();
  for (const course of courses) {
    for (const participant of course.participants) {
      const date = completionDate(course, participant);
      if (date === undefined) continue;
      const list = out.get(participant.person);
      if (list) list.push({ date, course });
      else out.set(participant.person, [{ date, course }]);
    }
  }
  for (const list of out.values()) list.sort((a, b) => compareDates(a.date, b.date));
  return out;
}

/** Recorded levels raised by the courses completed strictly before the date: a course never qualifies anyone for itself. */
export function levelsBefore(recorded: Qualifications, done: readonly Completion[], date: IsoDate): Qualifications {
  let q = recorded;
  for (const c of done) {
    if (c.date >= date) break;
    q = raiseBy(q, c.course.confers);
  }
  return q;
}
