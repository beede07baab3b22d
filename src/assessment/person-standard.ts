import type { MeasureRef } from './course-view.ts';
import type { IsoDate } from '../domain/dates.ts';
import type { Figures } from './figures.ts';
import type { DatasetIndex } from './indexes.ts';
import { checkCriteria, type CriterionCheck } from './standard.ts';
import { personAt } from './state.ts';

export interface GapCheck extends CriterionCheck {
  /**
   * Where she falls short and the plan names a measure: that measure. Its courses are the
   * assessment's (coursesOfMeasure, and nextCourses for those she could still take): a copy here of
   * every course under it cost people × courses (at 100×, 29 s of the build for lists no page shows).
   */
  closedBy?: MeasureRef;
}

export interface PersonStandard {
  date: IsoDate;
  /** True when she is chairwoman at the date: only then does her standing count in the figures. */
  counted: boolean;
  meets: boolean;
  criteria: GapCheck[];
}

/**
 * One person against the standard for chairwomen (I.9) at a date, whatever her role: a
 * chairwoman's standing as the figures count it, and for a source cadre or a former chairwoman
 * the same check for reference (source cadres are the chairwomen of tomorrow). Each unmet
 * criterion carries the plan's measure that would close the gap.
 */
export function personStandard(ix: DatasetIndex, a: Figures, id: string, date: IsoDate): PersonStandard | undefined {
  const p = ix.personById.get(id);
  if (!p) return undefined;
  const counted = a.personView(id, date)?.standard;
  const checks = counted?.criteria ?? checkCriteria(ix.standardRules, personAt(ix, p, date));
  const criteria = checks.map((c): GapCheck => {
    if (!c.measure) return c;
    const m = a.dataset.plan.measures.find((x) => x.id === c.measure);
    return { ...c, closedBy: { id: c.measure, label: m?.label ?? c.measure, where: m?.where ?? '' } };
  });
  return { date, counted: counted !== undefined, meets: criteria.every((c) => c.met !== false), criteria };
}
