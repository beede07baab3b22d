import type { Dataset } from '../data/dataset.ts';
import type { Group } from '../data/schema/condition.ts';
import type { Dimension } from '../data/schema/levels.ts';
import { yearEnd, type IsoDate } from './dates.ts';
import { tallyGroup, type Tally } from './groups.ts';
import { buildIndex, type DatasetIndex } from './indexes.ts';
import { coverage, type MeasureCoverage } from './coverage.ts';
import { reconcile, type Reconciliation } from './reconciliation.ts';
import { personRef, type PersonRef } from './refs.ts';
import { roadmap, type RoadmapView } from './roadmap.ts';
import { allScopes, scopeCommunes, scopeKey, scopeLabel, type Scope } from './scope.ts';
import { standingsByScope, summarise, type Standing, type StandardSummary } from './standard.ts';
import { personAt, snapshotAt, type Snapshot } from './state.ts';
import { buildTable, tallyTables, TABLE_DIMENSIONS, type LevelTable } from './tables.ts';
import { tallyTarget, targetFigure, type TargetFigure } from './targets.ts';
import { districtHeader, personView, type CommuneRow, type PersonView } from './views.ts';
import { communeRef } from './refs.ts';

export type DistrictView = ReturnType<typeof districtHeader> & {
  date: IsoDate;
  communes: CommuneRow[];
  targets: TargetFigure[];
  standard: StandardSummary;
  tables: LevelTable[];
  /** The district at the baseline and each year end. */
  series: { date: IsoDate; targets: TargetFigure[]; meeting: number; population: number }[];
};

/** Every figure of the site, computed from one Dataset and memoised per date. See README.md. */
export interface Assessment {
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
  /** Members of any group at a date (count = of; a page quoting the plan's own groups). */
  count(group: Group, date: IsoDate, scope?: Scope): number;
  reconciliation(): Reconciliation;
  coverage(date?: IsoDate): MeasureCoverage[];
  roadmap(): RoadmapView;
  /** Everyone in data/people, in Vietnamese name order. */
  people(): PersonRef[];
  personView(id: string, date?: IsoDate): PersonView | undefined;
  districtView(id: string, date?: IsoDate): DistrictView | undefined;
}

function memo<T>(cache: Map<string, T>, key: string, make: () => T): T {
  let v = cache.get(key);
  if (v === undefined) cache.set(key, (v = make()));
  return v;
}

const EMPTY: Tally = { count: 0, of: 0 };

export function assess(dataset: Dataset): Assessment {
  const ix: DatasetIndex = buildIndex(dataset);
  const { plan, baseline, progress } = dataset;
  const baselineDate = baseline.date;
  const deadline = plan.deadline;

  const snapshots = new Map<string, Snapshot>();
  const targetTallies = new Map<string, Map<string, Map<string, Tally>>>();
  const standings = new Map<string, Map<string, Standing[]>>();
  const summaries = new Map<string, StandardSummary>();
  const tableTallies = new Map<string, ReturnType<typeof tallyTables>>();
  let reconciliationMemo: Reconciliation | undefined;
  let roadmapMemo: RoadmapView | undefined;

  const snapshot = (date: IsoDate) => memo(snapshots, date, () => snapshotAt(ix, date));
  const targetsTally = (date: IsoDate) =>
    memo(targetTallies, date, () => new Map(plan.targets.map((t) => [t.id, tallyTarget(ix, snapshot(date), t)])));
  const standingsAt = (date: IsoDate) => memo(standings, date, () => standingsByScope(ix, snapshot(date)));
  const standingById = new Map<string, Map<string, Standing>>();
  const standingOf = (date: IsoDate, id: string) =>
    memo(standingById, date, () => new Map((standingsAt(date).get('city') ?? []).map((s) => [s.person.id, s]))).get(id);
  const tablesTally = (date: IsoDate) => memo(tableTallies, date, () => tallyTables(ix, snapshot(date)));

  const yearEnds = () => {
    const out: IsoDate[] = [];
    for (let y = plan.period.start; y <= plan.period.end; y++) out.push(yearEnd(y));
    return out;
  };

  const self: Assessment = {
    dataset,
    baselineDate,
    currentDate: progress.asOf,
    deadline,
    yearEnds,
    dates: () => [baselineDate, ...yearEnds()],
    scopes: () => allScopes(ix),
    scopeLabel: (s) => scopeLabel(ix, s),

    targetsAt(date, scope = 'city') {
      scopeLabel(ix, scope);
      const key = scopeKey(scope);
      const now = targetsTally(date);
      const base = targetsTally(baselineDate);
      return plan.targets.map((t) =>
        targetFigure(t, date, scope, now.get(t.id)?.get(key) ?? EMPTY, base.get(t.id)?.get(key) ?? EMPTY, baselineDate, deadline),
      );
    },

    standardAt(date, scope = 'city') {
      scopeLabel(ix, scope);
      const key = scopeKey(scope);
      return memo(summaries, `${date}|${key}`, () => summarise(ix, date, standingsAt(date).get(key) ?? []));
    },

    table(dimension, date, scope = 'city') {
      scopeLabel(ix, scope);
      return buildTable(ix, dimension, date, tablesTally(date).get(scopeKey(scope))?.[dimension]);
    },

    tables(date, scope = 'city') {
      return TABLE_DIMENSIONS.map((d) => self.table(d, date, scope));
    },

    count(group, date, scope = 'city') {
      scopeLabel(ix, scope);
      return tallyGroup(ix, snapshot(date), group).get(scopeKey(scope))?.of ?? 0;
    },

    reconciliation: () => (reconciliationMemo ??= reconcile(ix, snapshot(baselineDate))),
    coverage: (date = progress.asOf) => coverage(ix, snapshot(date)),
    roadmap: () => (roadmapMemo ??= roadmap(ix)),

    people() {
      const rank = (id: string) => ix.nameRank.get(id) ?? 0;
      return [...dataset.people].sort((a, b) => rank(a.id) - rank(b.id)).map((p) => personRef(ix, p));
    },

    personView(id, date = progress.asOf) {
      const p = ix.personById.get(id);
      if (!p) return undefined;
      const now = snapshot(date).byId.get(id) ?? personAt(ix, p, date);
      const then = snapshot(baselineDate).byId.get(id) ?? personAt(ix, p, baselineDate);
      return personView(ix, now, then, standingOf(date, id));
    },

    districtView(id, date = progress.asOf) {
      if (!ix.districtById.has(id)) return undefined;
      const scope: Scope = { district: id };
      const standard = self.standardAt(date, scope);
      const chairByCommune = new Map(standard.people.map((s) => [s.commune.code, s]));
      const cadres = new Map<string, PersonRef[]>();
      const codes = scopeCommunes(ix, scope);
      for (const code of codes) cadres.set(code, []);
      for (const pa of snapshot(date).people) for (const c of pa.cadreOf) cadres.get(c)?.push(personRef(ix, pa.person));
      const rank = (r: PersonRef) => ix.nameRank.get(r.id) ?? 0;
      return {
        ...districtHeader(ix, id),
        date,
        communes: codes.map((code): CommuneRow => {
          const chair = chairByCommune.get(code);
          return {
            commune: communeRef(ix, code),
            ...(chair ? { chairwoman: chair } : {}),
            sourceCadres: (cadres.get(code) ?? []).sort((a, b) => rank(a) - rank(b)),
          };
        }),
        targets: self.targetsAt(date, scope),
        standard,
        tables: self.tables(date, scope),
        series: self.dates().map((d) => {
          const s = self.standardAt(d, scope);
          return { date: d, targets: self.targetsAt(d, scope), meeting: s.meeting, population: s.population };
        }),
      };
    },
  };
  return self;
}
