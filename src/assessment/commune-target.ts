import type { Target } from '../schema/plan.ts';
import { SUBJECTS, type Subject } from '../schema/levels.ts';
import type { IsoDate } from '../domain/dates.ts';
import type { CommuneRef, PersonRef } from './refs.ts';
import type { NextCourse } from './next-courses.ts';

export type CommuneTargetRule = Extract<Target, { unit: 'commune' }>;

export interface SubjectRef {
  id: Subject;
  label: string;
}

/** One holder of the target's role (a source cadre) against the subjects the target asks of her. */
export interface CadreSubjects {
  person: PersonRef;
  /** Subjects of the courses she completed by the date, of those the target asks. */
  done: SubjectRef[];
  missing: SubjectRef[];
  /** She has all of them: her commune counts for the target. */
  complete: boolean;
}

/** A commune for the commune target (target 3): counted or not, and by whom. */
export interface CommuneTargetRow {
  commune: CommuneRef;
  /** Some holder of the role at the date has completed every subject (README: a commune counts once). */
  counted: boolean;
  /** In name order. */
  cadres: CadreSubjects[];
}

/** A source cadre's own page: the target, and each commune she is source cadre of at the date. */
export interface SourceCadreCheck {
  date: IsoDate;
  target: { id: string; number: number; label: string; where: string; subjects: SubjectRef[] };
  /** Each commune where she holds the role at the date (usually one). */
  communes: { commune: CommuneRef; counted: boolean }[];
  done: SubjectRef[];
  missing: SubjectRef[];
  complete: boolean;
  /** For the missing subjects: the few courses that would teach them (next-courses.ts). */
  next: NextCourse[];
}

export const subjectRef = (id: Subject): SubjectRef => ({ id, label: SUBJECTS[id] });

/** The target's subjects split by what she has completed. */
export function splitSubjects(rule: CommuneTargetRule, has: ReadonlySet<Subject>): { done: SubjectRef[]; missing: SubjectRef[] } {
  return {
    done: rule.subjects.filter((s) => has.has(s)).map(subjectRef),
    missing: rule.subjects.filter((s) => !has.has(s)).map(subjectRef),
  };
}
