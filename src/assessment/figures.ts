import type { Dataset } from '../data/dataset.ts';
import type { IsoDate } from '../domain/dates.ts';
import type { Group } from '../schema/condition.ts';
import type { Dimension } from '../schema/levels.ts';
import type { CourseView } from './course-view.ts';
import type { MeasureCoverage } from './coverage.ts';
import type { Reconciliation } from './reconciliation.ts';
import type { PersonRef } from './refs.ts';
import type { RoadmapView } from './roadmap.ts';
import type { Scope } from './scope.ts';
import type { StandardSummary } from './standard.ts';
import type { LevelTable } from './tables.ts';
import type { TargetFigure } from './targets.ts';
import type { PersonView } from './views.ts';

/**
 * The figures per date and scope that the Assessment computes from its index and memoises: what
 * the derived views (series, summaries, reports, public tables) are built from. A separate
 * interface so that those modules depend on it, not on the Assessment class that calls them.
 */
export interface Figures {
  readonly dataset: Dataset;
  /** data/baseline.yaml date: the document's "tháng 4/2012". */
  readonly baselineDate: IsoDate;
  /** The date the data speak for (data/progress.yaml asOf): "now" on the site. */
  readonly currentDate: IsoDate;
  /** plan.deadline: when the targets fall due. */
  readonly deadline: IsoDate;
  /** 31/12 of each year of the plan's period. */
  yearEnds(): IsoDate[];
  /** The baseline date, then each year end: the dates the site reports at. */
  dates(): IsoDate[];
  /** City, each district, each cluster. */
  scopes(): Scope[];
  scopeLabel(scope: Scope): string;
  targetsAt(date: IsoDate, scope?: Scope): TargetFigure[];
  standardAt(date: IsoDate, scope?: Scope): StandardSummary;
  tables(date: IsoDate, scope?: Scope): LevelTable[];
  table(dimension: Dimension, date: IsoDate, scope?: Scope): LevelTable;
  /** Members of any group at a date (a page quoting the plan's own groups). */
  count(group: Group, date: IsoDate, scope?: Scope): number;
  reconciliation(): Reconciliation;
  coverage(date?: IsoDate): MeasureCoverage[];
  /** The roadmap and money as they stood at a date (default: currentDate). */
  roadmap(asOf?: IsoDate): RoadmapView;
  /** Everyone in data/people, in Vietnamese name order. */
  people(): PersonRef[];
  personView(id: string, date?: IsoDate): PersonView | undefined;
  /** Every course, by start date (then id), each with its participants in name order. */
  courseViews(): CourseView[];
}
