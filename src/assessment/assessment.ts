import type { Dataset } from '../data/dataset.ts';
import type { Group } from '../schema/condition.ts';
import type { Dimension } from '../schema/levels.ts';
import { coverage, type MeasureCoverage } from './coverage.ts';
import { yearEnd, type IsoDate } from '../domain/dates.ts';
import { evaluate, standingsAt, type DateFigures } from './evaluate.ts';
import { tallyAt, tallyGroup, type ScopeTally } from './groups.ts';
import { buildIndex, type DatasetIndex } from './indexes.ts';
import { reconcile, type Reconciliation } from './reconciliation.ts';
import { communeRef, entryRef, personRef, type PersonRef } from './refs.ts';
import { roadmap, type RoadmapView } from './roadmap.ts';
import { scopeCommunes, scopeKey, scopeLabel, type Scope } from './scope.ts';
import { summarise, type Standing, type StandardSummary } from './standard.ts';
import { forEachAt, personAt } from './state.ts';
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
  /** Members of any group at a date (a page quoting the plan's own groups). */
  count(group: Group, date: IsoDate, scope?: Scope): number;
  reconciliation(): Reconciliation;
  coverage(date?: IsoDate): MeasureCoverage[];
  /** The roadmap and money as they stood at a date (default: currentDate). */
  roadmap(asOf?: IsoDate): RoadmapView;
  /** Everyone in data/people, in Vietnamese name order. */
  people(): PersonRef[];
  personView(id: string, date?: IsoDate): PersonView | undefined;
  districtView(id: string, date?: IsoDate): DistrictView | undefined;
}

/** Each assessment's index, for the views defined outside this file (see shared-index.ts). */
const indexes = new WeakMap<Assessment, DatasetIndex>();

export function indexOfAssessment(a: Assessment): DatasetIndex | undefined {
  return indexes.get(a);
}

function memo<T>(cache: Map<string, T>, key: string, make: () => T): T {
  let v = cache.get(key);
  if (v === undefined) cache.set(key, (v = make()));
  return v;
}

export function assess(dataset: Dataset): Assessment {
  const ix: DatasetIndex = buildIndex(dataset);
  const { plan, baseline, progress } = dataset;
  const baselineDate = baseline.date;
  const deadline = plan.deadline;

  const figures = new Map<string, DateFigures>();
  const standings = new Map<string, Standing[][]>();
  const summaries = new Map<string, StandardSummary>();
  const standingById = new Map<string, Map<string, Standing>>();
  let reconciliationMemo: Reconciliation | undefined;
  const roadmaps = new Map<string, RoadmapView>();

  const at = (date: IsoDate) => memo(figures, date, () => evaluate(ix, date));
  /** Position of a scope in ix.scopes; an unknown district or cluster throws (scopeLabel says which). */
  const idx = (scope: Scope): number => {
    const i = ix.scopeIdxByKey.get(scopeKey(scope));
    if (i === undefined) throw new RangeError(scopeLabel(ix, scope));
    return i;
  };
  const listsAt = (date: IsoDate) => memo(standings, date, () => standingsAt(ix, date));
  const standingOf = (date: IsoDate, id: string) =>
    memo(standingById, date, () => new Map(listsAt(date)[0]!.map((s) => [s.person.id, s]))).get(id);

  /** Keyed by the group's JSON and the date: pages pass equal groups as new objects. */
  const groupTallies = new Map<string, ScopeTally>();
  const cadreLists = new Map<string, Map<string, PersonRef[]>>();
  /** Source cadres per commune at the date; people are visited in name order, so each list comes out sorted. */
  const cadresAt = (date: IsoDate) =>
    memo(cadreLists, date, () => {
      const out = new Map<string, PersonRef[]>();
      forEachAt(ix, date, (v) => {
        for (const t of v.terms) {
          if (t.role !== 'sourceCadre') continue;
          const list = out.get(t.commune);
          if (list) list.push(entryRef(ix, v.entry));
          else out.set(t.commune, [entryRef(ix, v.entry)]);
        }
      }, 'name');
      return out;
    });

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
    scopes: () => [...ix.scopes],
    scopeLabel: (s) => scopeLabel(ix, s),

    targetsAt(date, scope = 'city') {
      const i = idx(scope);
      const now = at(date).targets;
      const base = at(baselineDate).targets;
      return plan.targets.map((t) => targetFigure(t, date, scope, tallyAt(now.get(t.id)!, i), tallyAt(base.get(t.id)!, i), baselineDate, deadline));
    },

    standardAt(date, scope = 'city') {
      const i = idx(scope);
      return memo(summaries, `${date}|${i}`, () => {
        const codes = new Map([...at(date).standard].map(([code, counts]) => [code, counts[i]!]));
        return summarise(ix, date, codes, () => listsAt(date)[i]!);
      });
    },

    table(dimension, date, scope = 'city') {
      return buildTable(ix, dimension, date, tableCounts(ix, dimension, at(date).tables[dimension], idx(scope)));
    },

    tables(date, scope = 'city') {
      return TABLE_DIMENSIONS.map((d) => self.table(d, date, scope));
    },

    count(group, date, scope = 'city') {
      return memo(groupTallies, `${date}|${JSON.stringify(group)}`, () => tallyGroup(ix, date, group)).of[idx(scope)]!;
    },

    reconciliation: () => (reconciliationMemo ??= reconcile(ix, at(baselineDate))),
    coverage: (date = progress.asOf) => coverage(ix, date),
    roadmap: (asOf = progress.asOf) => memo(roadmaps, asOf, () => roadmap(ix, asOf)),
    people: () => ix.peopleByName.map((p) => personRef(ix, p)),

    personView(id, date = progress.asOf) {
      const p = ix.personById.get(id);
      if (!p) return undefined;
      return personView(ix, personAt(ix, p, date), personAt(ix, p, baselineDate), standingOf(date, id));
    },

    districtView(id, date = progress.asOf) {
      if (!ix.districtById.has(id)) return undefined;
      const scope: Scope = { district: id };
      const standard = self.standardAt(date, scope);
      const chairByCommune = new Map(standard.people.map((s) => [s.commune.code, s]));
      const codes = scopeCommunes(ix, scope);
      const cadres = cadresAt(date);
      return {
        ...districtHeader(ix, id),
        date,
        communes: codes.map((code): CommuneRow => {
          const chair = chairByCommune.get(code);
          return { commune: communeRef(ix, code), ...(chair ? { chairwoman: chair } : {}), sourceCadres: cadres.get(code) ?? [] };
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
  indexes.set(self, ix);
  return self;
}
