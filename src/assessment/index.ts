/**
 * src/assessment/ — every figure the site, the CLI and the tests show, computed from a Dataset.
 * Pure (no I/O, no Astro). Start with `assess(dataset)`; see README.md for the API and the readings.
 */
export { assess, type Assessment, type DistrictView } from './assessment.ts';
export { conditionHolds, inGroup, type PersonFacts } from '../domain/condition.ts';
export { ageAt, bandOf, yearEnd, yearOf, type IsoDate } from '../domain/dates.ts';
export { atLeast, below, compareLevels, dimensionLabel, levelLabel, levelRank, levelsOf } from '../domain/levels.ts';
export type { Scope } from './scope.ts';
export type { TargetFigure, TargetPace } from './targets.ts';
export type { CriterionCheck, CriterionSummary, Standing, StandardSummary } from './standard.ts';
export { TABLE_DIMENSIONS, type LevelTable, type LevelTableRow } from './tables.ts';
export type { Check, CheckKind, DocumentNote, Reconciliation } from './reconciliation.ts';
export { SEAT_UNIT, type MeasureCoverage, type SeatPromise } from './coverage.ts';
export type { CourseSummary, ParticipantCounts, RoadmapItemView, RoadmapView, RoadmapYearView, YearSpending } from './roadmap.ts';
export type { CommuneRef, PersonRef } from './refs.ts';
export { ROLE_LABELS, type CommuneRow, type PersonCourseView, type PersonView, type QualificationView, type TermView } from './views.ts';
export { diff, type Figure, type Impact, type IndicatorChange, type PersonChange } from './impact.ts';
export { impactMarkdown, NO_CHANGE } from './impact-markdown.ts';
export { percentOf, roundedPercent } from './percent.ts';
export { courseView, courseViews, courseYears, coursesOfMeasure, type CourseParticipantView, type CourseView, type CourseYear, type MeasureRef } from './course-view.ts';
export { personStandard, type GapCheck, type PersonStandard } from './person-standard.ts';
export { communeTerms, type CommuneTerm } from './commune-history.ts';
export { courseRows, indicatorRows, mainTerm, rosterRows, type CourseRow, type IndicatorRow, type RosterRow } from './public-tables.ts';
export { reportingDates, targetSeries, targetsByDistrict, type DistrictFigures, type TargetPoint, type TargetSeries } from './series.ts';
export { latestRoadmapItems, overviewCounts, type KindCount, type OverviewCounts } from './overview.ts';
export { measuresForTarget } from './target-measures.ts';
export { districtExtremes, tableExtremes, type TableExtremes } from './extremes.ts';
export { annualReport, type AnnualMoney, type AnnualReport, type YearState } from './annual.ts';
export { byName, clustersWithDistricts, scopeSeries, scopeSummary, type ScopeSummary } from './scope-summary.ts';
