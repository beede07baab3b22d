import type { Dataset } from '../data/dataset.ts';
import type { Group } from '../schema/condition.ts';
import type { Dimension } from '../schema/levels.ts';
import { yearEnd, type IsoDate } from '../domain/dates.ts';
import { sortByVi } from '../format/collate.ts';
import { annualReport, type AnnualReport } from './annual.ts';
import { communeTerms, type CommuneTerm } from './commune-history.ts';
import { consistency, type Consistency } from './consistency.ts';
import { courseViewsOf, courseYearsOf, type CourseView, type CourseYear } from './course-view.ts';
import { coverage, type MeasureCoverage } from './coverage.ts';
import { splitSubjects, type CommuneTargetRow, type CommuneTargetRule, type SourceCadreCheck } from './commune-target.ts';
import { courseDistricts, courseIndex, nextCourses, type CourseIndex, type GapNeed, type NextCourse } from './next-courses.ts';
import { ageBandLines, standardVersusTarget, type AgeBandLine, type StandardVersusTarget } from './target-readings.ts';
import { evaluate, standingsAt, type DateFigures } from './evaluate.ts';
import type { Figures } from './figures.ts';
import { tallyAt, tallyGroup, type ScopeTally } from './groups.ts';
import { buildIndex, communeRef, scopeCommunes, scopeLabel, type DatasetIndex } from './indexes.ts';
import { overviewCounts, type OverviewCounts } from './overview.ts';
import { personStandard, type PersonStandard } from './person-standard.ts';
import { courseRows, indicatorRows, rosterRows, type CourseRow, type IndicatorRow, type RosterRow } from './public-tables.ts';
import { reconcile, type Reconciliation } from './reconciliation.ts';
import type { PersonRef } from './refs.ts';
import { roadmap, type RoadmapView } from './roadmap.ts';
import { scopeKey, type Scope } from './scope.ts';
import { scopeSummary, type ScopeSummary } from './scope-summary.ts';
import { reportingDates, targetSeries, targetsByDistrict, type DistrictFigures, type TargetSeries } from './series.ts';
import { summarise, type Standing, type StandardSummary } from './standard.ts';
import { forEachAt, personAt } from './state.ts';
import { conditionHolds, inGroup } from '../domain/condition.ts';
import { buildTable, tableCounts, TABLE_DIMENSIONS, type LevelTable } from './tables.ts';
import { targetFigure, type TargetFigure } from './targets.ts';
import { districtHeader, personView, type CommuneRow, type PersonView } from './views.ts';

export type DistrictView = ReturnType<typeof districtHeader> & {
  date: IsoDate;
  communes: CommuneRow[];
  targets: TargetFigure[];
  standard: StandardSummary;
  tables: LevelTable[];
  /** The district at the baseline and each year end. */
  series: { date: IsoDate; targets: TargetFigure[]; meeting: number; population: number }[];
};

function memo<K, T>(cache: Map<K, T>, key: K, make: () => T): T {
  let v = cache.get(key);
  if (v === undefined) cache.set(key, (v = make()));
  return v;
}

/**
 * Every figure of the site, computed from one Dataset: it owns the dataset's index and every
 * cache (per date, per scope), so each figure is computed once however many pages ask. See README.md.
 */
export interface DistrictShortfalls {
  /** The target's id. */
  id: string;
  /** The districts' shortfalls added up. */
  districts: number;
  /** The city's shortfall. */
  city: number;
  /** What the districts above their own goal have beyond it, added up. */
  surplus: number;
}

export class Assessment implements Figures {
  readonly dataset: Dataset;
  readonly baselineDate: IsoDate;
  readonly currentDate: IsoDate;
  readonly deadline: IsoDate;
  readonly #ix: DatasetIndex;

  readonly #figures = new Map<IsoDate, DateFigures>();
  readonly #standings = new Map<IsoDate, Standing[][]>();
  readonly #summaries = new Map<string, StandardSummary>();
  readonly #standingById = new Map<IsoDate, Map<string, Standing>>();
  /** Keyed by the group's JSON and the date: pages pass equal groups as new objects. */
  readonly #groupTallies = new Map<string, ScopeTally>();
  readonly #cadreLists = new Map<IsoDate, Map<string, PersonRef[]>>();
  readonly #roadmaps = new Map<IsoDate, RoadmapView>();
  #reconciliation: Reconciliation | undefined;
  #consistency: Consistency | undefined;
  #courseViews: CourseView[] | undefined;
  #districtsByName: string[] | undefined;
  #districtRank: Map<string, number> | undefined;
  #courseRank: Map<string, number> | undefined;
  #districtOrder: string[] | undefined;
  #courseDistricts: Map<string, ReadonlySet<string>> | undefined;
  #courseIndex: CourseIndex | undefined;
  readonly #communeTargetRows = new Map<string, CommuneTargetRow[]>();
  readonly #communeTargetRowByCode = new Map<string, ReadonlyMap<string, CommuneTargetRow>>();

  constructor(dataset: Dataset) {
    this.dataset = dataset;
    this.baselineDate = dataset.baseline.date;
    this.currentDate = dataset.progress.asOf;
    this.deadline = dataset.plan.deadline.date;
    this.#ix = buildIndex(dataset);
  }

  #at(date: IsoDate): DateFigures {
    return memo(this.#figures, date, () => evaluate(this.#ix, date));
  }

  /** Position of a scope in the index; an unknown district or cluster throws (scopeLabel says which). */
  #idx(scope: Scope): number {
    const i = this.#ix.scopeIdxByKey.get(scopeKey(scope));
    if (i === undefined) throw new RangeError(scopeLabel(this.#ix, scope));
    return i;
  }

  #listsAt(date: IsoDate): Standing[][] {
    return memo(this.#standings, date, () => standingsAt(this.#ix, date));
  }

  #standingOf(date: IsoDate, id: string): Standing | undefined {
    return memo(this.#standingById, date, () => new Map((this.#listsAt(date)[0] ?? []).map((s) => [s.person.id, s]))).get(id);
  }

  /** Source cadres per commune at the date; people are visited in name order, so each list comes out sorted. */
  #cadresAt(date: IsoDate): Map<string, PersonRef[]> {
    return memo(this.#cadreLists, date, () => {
      const out = new Map<string, PersonRef[]>();
      forEachAt(this.#ix, date, (v) => {
        for (const t of v.terms) {
          if (t.role !== 'sourceCadre') continue;
          const list = out.get(t.commune);
          if (list) list.push(v.entry.ref);
          else out.set(t.commune, [v.entry.ref]);
        }
      }, 'name');
      return out;
    });
  }

  // --- Figures per date and scope -------------------------------------------------------------

  yearEnds(): IsoDate[] {
    const out: IsoDate[] = [];
    for (let y = this.dataset.plan.period.start; y <= this.dataset.plan.period.end; y++) out.push(yearEnd(y));
    return out;
  }

  dates(): IsoDate[] {
    return [this.baselineDate, ...this.yearEnds()];
  }

  scopes(): Scope[] {
    return [...this.#ix.scopes];
  }

  scopeLabel(scope: Scope): string {
    return scopeLabel(this.#ix, scope);
  }

  targetsAt(date: IsoDate, scope: Scope = 'city'): TargetFigure[] {
    const i = this.#idx(scope);
    const now = this.#at(date).targets;
    const base = this.#at(this.baselineDate).targets;
    return this.dataset.plan.targets.map((t) => {
      const tally = now.get(t.id);
      const baseTally = base.get(t.id);
      if (!tally || !baseTally) throw new RangeError(`Chỉ tiêu "${t.id}" chưa được tính (unknown-target)`);
      return targetFigure(t, date, scope, tallyAt(tally, i), tallyAt(baseTally, i), this.baselineDate, this.deadline);
    });
  }

  standardAt(date: IsoDate, scope: Scope = 'city'): StandardSummary {
    const i = this.#idx(scope);
    return memo(this.#summaries, `${date}|${i}`, () => {
      const codes = new Map([...this.#at(date).standard].map(([code, counts]) => [code, counts[i] ?? 0]));
      return summarise(this.#ix, date, codes, () => this.#listsAt(date)[i] ?? []);
    });
  }

  table(dimension: Dimension, date: IsoDate, scope: Scope = 'city'): LevelTable {
    return buildTable(this.#ix, dimension, date, tableCounts(this.#ix, dimension, this.#at(date).tables[dimension], this.#idx(scope)));
  }

  tables(date: IsoDate, scope: Scope = 'city'): LevelTable[] {
    return TABLE_DIMENSIONS.map((d) => this.table(d, date, scope));
  }

  count(group: Group, date: IsoDate, scope: Scope = 'city'): number {
    return memo(this.#groupTallies, `${date}|${JSON.stringify(group)}`, () => tallyGroup(this.#ix, date, group)).of[this.#idx(scope)] ?? 0;
  }

  reconciliation(): Reconciliation {
    return (this.#reconciliation ??= reconcile(this.#ix, this.#at(this.baselineDate)));
  }

  /** The document against itself across its sections (data/plan.yaml crossChecks), the site's values at the baseline date. */
  consistency(): Consistency {
    return (this.#consistency ??= consistency(this));
  }

  coverage(date: IsoDate = this.currentDate): MeasureCoverage[] {
    return coverage(this.#ix, date);
  }

  roadmap(asOf: IsoDate = this.currentDate): RoadmapView {
    return memo(this.#roadmaps, asOf, () => roadmap(this.#ix, asOf));
  }

  // --- People, districts, communes, courses -----------------------------------------------------

  people(): PersonRef[] {
    return this.#ix.entriesByName.map((e) => e.ref);
  }

  /** People (or rows about a person) in the one Vietnamese name order (given → middle → family name). */
  byName<T extends { person: PersonRef } | PersonRef>(list: readonly T[]): T[] {
    const rank = this.#ix.nameRank;
    const idOf = (x: T) => ('person' in x ? x.person.id : x.id);
    return [...list].sort((x, y) => (rank.get(idOf(x)) ?? 0) - (rank.get(idOf(y)) ?? 0));
  }

  /** Her position in that order (0 for someone the data do not list). */
  nameRank(id: string): number {
    return this.#ix.nameRank.get(id) ?? 0;
  }

  /** District ids by Vietnamese name (Intl.Collator('vi')): the one order of districts in lists. */
  districtsByName(): string[] {
    return (this.#districtsByName ??= sortByVi(this.dataset.districts, (d) => d.name).map((d) => d.id));
  }

  /** A district's position in districtsByName() (0 for one the data do not list). */
  districtRank(id: string): number {
    return (this.#districtRank ??= new Map(this.districtsByName().map((d, i) => [d, i]))).get(id) ?? 0;
  }

  /**
   * The one order of districts in every list and table of the site: by cluster (data order, the
   * order the Union compares them in, so a district sits beside those it is measured against),
   * then by name within the cluster (districtsByName). /quan-huyen/ groups by cluster in this order;
   * a flat list (/chi-tieu/) uses the same, so a reader finds a district at the same place on both.
   */
  districtOrder(): string[] {
    return (this.#districtOrder ??= this.clustersWithDistricts().flatMap((c) => [...c.districts].sort((x, y) => this.districtRank(x) - this.districtRank(y))));
  }

  personView(id: string, date: IsoDate = this.currentDate): PersonView | undefined {
    const p = this.#ix.personById.get(id);
    if (!p) return undefined;
    return personView(this.#ix, personAt(this.#ix, p, date), personAt(this.#ix, p, this.baselineDate), this.#standingOf(date, id));
  }

  /** One person against the standard at a date, whatever her role, with the courses that close each gap. */
  personStandard(id: string, date: IsoDate = this.currentDate): PersonStandard | undefined {
    return personStandard(this.#ix, this, id, date);
  }

  /** The plan's target counted per commune on a role (target 3: source cadres who learned both subjects). */
  communeTarget(): CommuneTargetRule | undefined {
    return this.dataset.plan.targets.find((t): t is CommuneTargetRule => t.unit === 'commune');
  }

  /** One commune's row of communeTargetRows: a lookup, since every source cadre's page asks for hers. */
  #communeTargetRow(districtId: string, code: string, date: IsoDate): CommuneTargetRow | undefined {
    const key = `${districtId}|${date}`;
    return memo(this.#communeTargetRowByCode, key, () => new Map(this.communeTargetRows(districtId, date).map((r) => [r.commune.code, r]))).get(code);
  }

  /**
   * Each commune of a district for the commune target at a date, in data order: counted or not, and
   * each holder of the role with the subjects she has completed and those she still lacks (the same
   * reading as the figures: a commune counts when one of them has completed them all).
   */
  communeTargetRows(districtId: string, date: IsoDate = this.currentDate): CommuneTargetRow[] {
    const rule = this.communeTarget();
    if (!rule || !this.#ix.districtById.has(districtId)) return [];
    return memo(this.#communeTargetRows, `${districtId}|${date}`, () => {
      const cadres = rule.role === 'sourceCadre' ? this.#cadresAt(date) : new Map<string, PersonRef[]>();
      return scopeCommunes(this.#ix, { district: districtId }).map((code): CommuneTargetRow => {
        const rows = (cadres.get(code) ?? []).flatMap((ref) => {
          const p = this.#ix.personById.get(ref.id);
          if (!p) return [];
          const split = splitSubjects(rule, personAt(this.#ix, p, date).subjects);
          return [{ person: ref, ...split, complete: split.missing.length === 0 }];
        });
        return { commune: communeRef(this.#ix, code), counted: rows.some((r) => r.complete), cadres: rows };
      });
    });
  }

  /** A source cadre against the commune target at a date; undefined when she holds no such role then. */
  sourceCadreCheck(id: string, date: IsoDate = this.currentDate): SourceCadreCheck | undefined {
    const rule = this.communeTarget();
    const p = this.#ix.personById.get(id);
    if (!rule || !p) return undefined;
    const at = personAt(this.#ix, p, date);
    const codes = at.terms.filter((t) => t.role === rule.role).map((t) => t.commune);
    if (codes.length === 0) return undefined;
    const communes = codes.map((code) => {
      const commune = communeRef(this.#ix, code);
      const row = this.#communeTargetRow(commune.district, code, date);
      return { commune, counted: row?.counted ?? false };
    });
    const split = splitSubjects(rule, at.subjects);
    const district = communes[0]?.commune.district ?? p.district;
    return {
      date,
      target: { id: rule.id, number: rule.number, label: rule.label, where: rule.where, subjects: [...split.done, ...split.missing].sort((x, y) => rule.subjects.indexOf(x.id) - rule.subjects.indexOf(y.id)) },
      communes,
      ...split,
      complete: split.missing.length === 0,
      next: split.missing.length === 0 ? [] : this.nextCourses(id, district, { subjects: split.missing.map((s) => s.id) }, date),
    };
  }

  /**
   * A person against each of the plan's person targets at a date: in its population or not (role and
   * age), and meeting its requirement — the chairwoman's share of targets 1 and 2.
   */
  personTargets(id: string, date: IsoDate = this.currentDate): { id: string; number: number; label: string; goal: number; counted: boolean; met: boolean }[] {
    const p = this.#ix.personById.get(id);
    if (!p) return [];
    const at = personAt(this.#ix, p, date);
    const roles = at.terms.map((t) => t.role);
    return this.dataset.plan.targets.flatMap((t) =>
      t.unit === 'person' ? [{ id: t.id, number: t.number, label: t.label, goal: t.goal, counted: inGroup(t.population, roles, at.facts), met: conditionHolds(t.require, at.facts) }] : [],
    );
  }

  /** A person target's share in each of the plan's age bands; undefined for a commune target. */
  ageBands(targetId: string, date: IsoDate = this.currentDate): AgeBandLine[] | undefined {
    const t = this.dataset.plan.targets.find((x) => x.id === targetId);
    return t && ageBandLines(this, t, date);
  }

  /** A target over every chairwoman against the full standard (why target 1 and the standard differ). */
  standardVersusTarget(targetId: string, date: IsoDate = this.currentDate): StandardVersusTarget | undefined {
    return standardVersusTarget(this, targetId, date);
  }

  /** The few courses that would close one gap of a person at a date: see next-courses.ts. */
  nextCourses(personId: string, district: string, need: GapNeed, date: IsoDate = this.currentDate): NextCourse[] {
    this.#courseIndex ??= courseIndex(this.courseViews(), this.#districtsOfCourses());
    return nextCourses(this.#courseIndex, { id: personId, district }, need, date);
  }

  /** The courses held with a district: one of its people took part, by the role held at the course's start (courseDistricts). */
  districtCourses(districtId: string): CourseView[] {
    const districts = this.#districtsOfCourses();
    return this.courseViews().filter((c) => districts.get(c.id)?.has(districtId));
  }

  #districtsOfCourses(): Map<string, ReadonlySet<string>> {
    return (this.#courseDistricts ??= courseDistricts(this.courseViews()));
  }

  districtView(id: string, date: IsoDate = this.currentDate): DistrictView | undefined {
    if (!this.#ix.districtById.has(id)) return undefined;
    const scope: Scope = { district: id };
    const standard = this.standardAt(date, scope);
    const chairByCommune = new Map(standard.people.map((s) => [s.commune.code, s]));
    const cadres = this.#cadresAt(date);
    return {
      ...districtHeader(this.#ix, id),
      date,
      communes: scopeCommunes(this.#ix, scope).map((code): CommuneRow => {
        const chair = chairByCommune.get(code);
        return { commune: communeRef(this.#ix, code), ...(chair ? { chairwoman: chair } : {}), sourceCadres: cadres.get(code) ?? [] };
      }),
      targets: this.targetsAt(date, scope),
      standard,
      tables: this.tables(date, scope),
      series: this.dates().map((d) => {
        const s = this.standardAt(d, scope);
        return { date: d, targets: this.targetsAt(d, scope), meeting: s.meeting, population: s.population };
      }),
    };
  }

  /** Every commune of the city with its chairwoman and source cadres at the date, districts in data order. */
  communeRows(date: IsoDate = this.currentDate): CommuneRow[] {
    return this.dataset.districts.flatMap((d) => this.districtView(d.id, date)?.communes ?? []);
  }

  /** Everyone who held a role in each commune of a district, at any date (see commune-history.ts). */
  communeTerms(districtId: string, date: IsoDate = this.currentDate): Map<string, CommuneTerm[]> {
    return communeTerms(this.#ix, districtId, date);
  }

  courseViews(): CourseView[] {
    return (this.#courseViews ??= courseViewsOf(this.#ix));
  }

  /** A course's position in courseViews() (0 for one the data do not list). */
  courseRank(id: string): number {
    return (this.#courseRank ??= new Map(this.courseViews().map((c, i) => [c.id, i]))).get(id) ?? 0;
  }

  courseView(id: string): CourseView | undefined {
    return this.courseViews().find((c) => c.id === id);
  }

  /** Courses grouped by the year they start, ascending, with the year's totals. */
  courseYears(): CourseYear[] {
    return courseYearsOf(this.courseViews());
  }

  /** The courses run under one of the plan's measures (V.2.3), by start date. */
  coursesOfMeasure(measure: string): CourseView[] {
    return this.courseViews().filter((c) => c.measure === measure);
  }

  // --- Series, summaries and reports -----------------------------------------------------------

  /** The baseline and year ends up to currentDate, plus currentDate inside a year. */
  reportingDates(): IsoDate[] {
    return reportingDates(this);
  }

  /** Per target, points over dates() ∪ reportingDates(): what the trend charts draw. */
  targetSeries(scope: Scope = 'city'): TargetSeries[] {
    return targetSeries(this, scope);
  }

  /** Every district's targets at a date, in data order. */
  targetsByDistrict(date: IsoDate = this.currentDate): DistrictFigures[] {
    return targetsByDistrict(this, date);
  }

  /**
   * Per target, the districts' shortfalls added up next to the city's, and what districts above
   * their own goal have beyond it: each district rounds its goal up and no district's surplus makes
   * up for another's shortfall, so districts − city = surplus + rounding, never less than the city.
   */
  shortfallsByDistrict(date: IsoDate = this.currentDate): DistrictShortfalls[] {
    const districts = this.targetsByDistrict(date);
    return this.targetsAt(date).map((t) => {
      const per = districts.map((d) => d.targets.find((x) => x.id === t.id));
      return {
        id: t.id,
        districts: per.reduce((n, f) => n + (f?.missing ?? 0), 0),
        city: t.missing,
        surplus: per.reduce((n, f) => n + Math.max(0, (f?.numerator ?? 0) - (f?.goalCount ?? 0)), 0),
      };
    });
  }

  /** The headline counts of the overview page. */
  overviewCounts(date: IsoDate = this.currentDate): OverviewCounts {
    return overviewCounts(this, date);
  }

  /** A district's or cluster's size, standard and targets at a date. */
  scopeSummary(scope: Scope, date: IsoDate = this.currentDate): ScopeSummary {
    return scopeSummary(this, scopeCommunes(this.#ix, scope).length, scope, date);
  }

  /** The scope at each reporting date. */
  scopeSeries(scope: Scope): ScopeSummary[] {
    return this.reportingDates().map((d) => this.scopeSummary(scope, d));
  }

  /** The clusters in data order, each with its districts in data order. */
  clustersWithDistricts(): { id: string; name: string; districts: string[] }[] {
    return this.dataset.clusters.map((c) => ({
      id: c.id,
      name: c.name,
      districts: this.dataset.districts.filter((d) => d.cluster === c.id).map((d) => d.id),
    }));
  }

  /** One year of the plan for its page and its printed report. */
  annualReport(year: number): AnnualReport {
    return annualReport(this, year);
  }

  // --- Published tables (downloads) ------------------------------------------------------------

  rosterRows(date: IsoDate = this.currentDate): RosterRow[] {
    return rosterRows(this, date);
  }

  indicatorRows(): IndicatorRow[] {
    return indicatorRows(this);
  }

  courseRows(): CourseRow[] {
    return courseRows(this.courseViews());
  }
}

export function assess(dataset: Dataset): Assessment {
  return new Assessment(dataset);
}
