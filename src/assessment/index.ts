/**
 * src/assessment/ — every figure the site, the CLI and the tests show, computed from a Dataset.
 * Pure (no I/O, no Astro). Start with `assess(dataset)`; see README.md for the API and the readings.
 */
export { assess, Assessment, type DistrictShortfalls, type DistrictView } from './assessment.ts';
export type { Figures } from './figures.ts';
export { conditionHolds, inGroup, type PersonFacts } from '../domain/condition.ts';
export { ageAt, bandOf, yearEnd, yearOf, type IsoDate } from '../domain/dates.ts';
export { atLeast, below, compareLevels, dimensionLabel, levelLabel, levelRank, levelsOf } from '../domain/levels.ts';
export type { Scope } from './scope.ts';
export type { TargetFigure, TargetPace } from './targets.ts';
export type { CriterionCheck, CriterionSummary, Standing, StandardSummary } from './standard.ts';
export { TABLE_DIMENSIONS, type LevelTable, type LevelTableRow } from './tables.ts';
export type { Check, CheckBasis, CheckKind, DocumentNote, FindingNote, PrintedPlace, Reconciliation } from './reconciliation.ts';
export type { Consistency, CrossCheck, CrossCompare, CrossRole, CrossSource, CrossValue, UnitCount } from './consistency.ts';
export { SEAT_UNIT, type MeasureCoverage, type SeatPromise } from './coverage.ts';
export type { CourseSummary, ParticipantCounts, RoadmapItemView, RoadmapView, RoadmapYearView, YearSpending } from './roadmap.ts';
export type { CommuneRef, PersonRef } from './refs.ts';
export { ROLE_LABELS, type CommuneRow, type PersonCourseView, type PersonView, type QualificationView, type TermView } from './views.ts';
export { diff, type Figure, type FindingChange, type Impact, type IndicatorChange, type PersonChange, type Section, type StandardStatus } from './impact.ts';
export { percentOf, roundedPercent } from './percent.ts';
export type { CourseParticipantView, CourseView, CourseYear, MeasureRef } from './course-view.ts';
export type { GapCheck, PersonStandard } from './person-standard.ts';
export type { CommuneTerm } from './commune-history.ts';
export { mainTerm, type CourseRow, type IndicatorRow, type RosterRow } from './public-tables.ts';
export type { DistrictFigures, TargetPoint, TargetSeries } from './series.ts';
export { latestRoadmapItems, type KindCount, type OverviewCounts } from './overview.ts';
export { measuresForTarget } from './target-measures.ts';
export type { AgeBandLine, StandardVersusTarget } from './target-readings.ts';
export { districtExtremes, tableExtremes, type TableExtremes } from './extremes.ts';
export type { AnnualMoney, AnnualReport, YearState } from './annual.ts';
export type { ScopeSummary } from './scope-summary.ts';
export type { CadreSubjects, CommuneTargetRow, CommuneTargetRule, SourceCadreCheck, SubjectRef } from './commune-target.ts';
export { NEXT_COURSES, type GapNeed, type NextCourse } from './next-courses.ts';
