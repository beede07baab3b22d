import type { Dataset } from '../data/dataset.ts';
import type { IsoDate } from '../domain/dates.ts';
import { assess, type Assessment } from './assessment.ts';
import type { Check, Reconciliation } from './reconciliation.ts';
import type { PersonRef } from './refs.ts';
import { scopeKey } from './scope.ts';
import type { Standing } from './standard.ts';

/** A count, or a count out of a total when the indicator is a share. */
export interface Figure {
  count: number;
  of?: number;
}

export type Section = 'targets' | 'standard' | 'tables' | 'coverage' | 'roadmap';

export interface IndicatorChange {
  key: string;
  section: Section;
  label: string;
  scope: string;
  date: IsoDate;
  /** money: whole đồng. */
  unit: 'count' | 'money';
  /** null: the indicator does not exist on that side (a district added or removed). */
  before: Figure | null;
  after: Figure | null;
}

export type StandardStatus = 'meets' | 'fails' | 'absent';

export interface CriterionChange {
  id: string;
  label: string;
  before: boolean | null;
  after: boolean | null;
}

export interface PersonChange {
  person: PersonRef;
  date: IsoDate;
  before: StandardStatus;
  after: StandardStatus;
  /** Failed criteria on each side, for "chưa đạt (2 tiêu chí)". */
  failedBefore: number;
  failedAfter: number;
  criteria: CriterionChange[];
}

export interface FindingChange {
  id: string;
  change: 'added' | 'removed' | 'changed';
  /** The check as it is after the change (before it, for a finding removed). */
  check: Check;
  before?: Check;
  after?: Check;
}

export interface Impact {
  /** The dates the indicators are compared at: every report date of either side and the current date, ascending. */
  dates: IsoDate[];
  /** Newest date first, then the city, the districts, the clusters: what a reviewer reads first. */
  indicators: IndicatorChange[];
  /** Chairwomen whose standing changed, at the baseline date and the current date. */
  people: PersonChange[];
  findings: FindingChange[];
  /** The date the findings are counted at, and how the document names it. */
  baseline: Pick<Reconciliation, 'date' | 'dateLabel'>;
  unchanged: boolean;
}

type Indicator = Omit<IndicatorChange, 'key' | 'before' | 'after'> & { value: Figure };

/** Long roadmap texts cut for a table cell; the id in the key stays exact. */
const short = (text: string) => (text.length > 80 ? `${text.slice(0, 79).trimEnd()}…` : text);

/** Targets, standard and tables in every scope, and coverage, at each date; the roadmap and money at the current date. */
function indicators(a: Assessment, dates: readonly IsoDate[], current: IsoDate): Map<string, Indicator> {
  const out = new Map<string, Indicator>();
  const put = (key: string, i: Omit<Indicator, 'unit'> & { unit?: Indicator['unit'] }) => out.set(key, { unit: 'count', ...i });
  const city = a.scopeLabel('city');
  for (const date of [...dates].reverse()) {
    for (const s of a.scopes()) {
      const sk = scopeKey(s);
      const scope = a.scopeLabel(s);
      for (const t of a.targetsAt(date, s)) {
        put(`target/${t.id}/${sk}/${date}`, { section: 'targets', label: `Chỉ tiêu ${t.number}. ${t.label}`, scope, date, value: { count: t.numerator, of: t.denominator } });
      }
      const st = a.standardAt(date, s);
      put(`standard/${sk}/${date}`, { section: 'standard', label: 'Chủ tịch Hội đạt tiêu chuẩn', scope, date, value: { count: st.meeting, of: st.population } });
      for (const c of st.criteria) {
        put(`criterion/${c.id}/${sk}/${date}`, { section: 'standard', label: `Tiêu chí: ${c.label}`, scope, date, value: { count: c.met, of: c.applicable } });
      }
      for (const t of a.tables(date, s)) {
        for (const r of t.rows) {
          t.columns.forEach((col, i) => {
            put(`table/${t.dimension}/${sk}/${date}/${r.level}/${col.id}`, { section: 'tables', label: `${t.title}: ${r.label}, ${col.label}`, scope, date, value: { count: r.cells[i]! } });
          });
        }
      }
    }
    for (const m of a.coverage(date)) {
      put(`coverage/${m.id}/needing/${date}`, { section: 'coverage', label: `${m.label}: người cần học`, scope: city, date, value: { count: m.needing } });
      put(`coverage/${m.id}/seats/${date}`, {
        section: 'coverage',
        label: `${m.label}: chỗ học đã dùng${m.promisedSeats === null ? '' : ' trên số chỗ đề án hứa'}`,
        scope: city,
        date,
        value: { count: m.seatsUsed, ...(m.promisedSeats === null ? {} : { of: m.promisedSeats }) },
      });
    }
  }
  const r = a.roadmap(current);
  for (const y of r.years) {
    for (const item of y.items) {
      if (item.achieved !== null) put(`roadmap/${item.id}/${current}`, { section: 'roadmap', label: `Lộ trình ${y.year}: ${short(item.text)} — đạt được`, scope: city, date: current, value: { count: item.achieved } });
    }
  }
  for (const s of r.spending) {
    put(`money/${s.year}/${current}`, { section: 'roadmap', label: `Kinh phí các lớp khai giảng năm ${s.year}`, scope: city, date: current, unit: 'money', value: { count: s.cost } });
  }
  put(`money/total/${current}`, { section: 'roadmap', label: 'Kinh phí đã chi trên kinh phí đề án', scope: city, date: current, unit: 'money', value: { count: r.spent, of: r.budget } });
  return out;
}

const sameFigure = (a: Figure | null, b: Figure | null) => a?.count === b?.count && a?.of === b?.of;

function statusOf(s: Standing | undefined): StandardStatus {
  return s === undefined ? 'absent' : s.meets ? 'meets' : 'fails';
}

function peopleChanges(before: Assessment, after: Assessment, date: IsoDate): PersonChange[] {
  const b = new Map(before.standardAt(date).people.map((s) => [s.person.id, s]));
  const a = new Map(after.standardAt(date).people.map((s) => [s.person.id, s]));
  const ids = [...new Set([...a.keys(), ...b.keys()])];
  const out: PersonChange[] = [];
  for (const id of ids) {
    const sb = b.get(id);
    const sa = a.get(id);
    const criteria: CriterionChange[] = [];
    const labels = new Map([...(sb?.criteria ?? []), ...(sa?.criteria ?? [])].map((c) => [c.id, c.label]));
    for (const [cid, label] of labels) {
      const mb = sb?.criteria.find((c) => c.id === cid)?.met ?? null;
      const ma = sa?.criteria.find((c) => c.id === cid)?.met ?? null;
      if (mb !== ma) criteria.push({ id: cid, label, before: mb, after: ma });
    }
    const statusBefore = statusOf(sb);
    const statusAfter = statusOf(sa);
    if (statusBefore === statusAfter && criteria.length === 0) continue;
    out.push({
      person: (sa ?? sb)!.person,
      date,
      before: statusBefore,
      after: statusAfter,
      failedBefore: sb?.failed.length ?? 0,
      failedAfter: sa?.failed.length ?? 0,
      criteria,
    });
  }
  return out;
}

function findingChanges(before: Assessment, after: Assessment): FindingChange[] {
  const b = new Map(before.reconciliation().findings.map((f) => [f.id, f]));
  const a = new Map(after.reconciliation().findings.map((f) => [f.id, f]));
  const out: FindingChange[] = [];
  for (const [id, f] of a) {
    const old = b.get(id);
    if (!old) out.push({ id, change: 'added', check: f, after: f });
    else if (old.printed !== f.printed || old.computed !== f.computed) out.push({ id, change: 'changed', check: f, before: old, after: f });
  }
  for (const [id, f] of b) if (!a.has(id)) out.push({ id, change: 'removed', check: f, before: f });
  return out;
}

/** Every indicator that differs between two datasets, and the chairwomen whose standing changed. */
export function diff(before: Dataset, after: Dataset): Impact {
  const ab = assess(before);
  const aa = assess(after);
  const dates = [...new Set([...ab.dates(), ...aa.dates(), aa.currentDate])].sort();
  const ib = indicators(ab, dates, aa.currentDate);
  const ia = indicators(aa, dates, aa.currentDate);
  const changes: IndicatorChange[] = [];
  for (const key of new Set([...ia.keys(), ...ib.keys()])) {
    const x = ib.get(key);
    const y = ia.get(key);
    if (sameFigure(x?.value ?? null, y?.value ?? null)) continue;
    const { value: _, ...meta } = (y ?? x)!;
    changes.push({ key, ...meta, before: x?.value ?? null, after: y?.value ?? null });
  }
  const people = [...new Set([aa.baselineDate, aa.currentDate])].flatMap((d) => peopleChanges(ab, aa, d));
  const findings = findingChanges(ab, aa);
  const { date, dateLabel } = aa.reconciliation();
  return { dates, indicators: changes, people, findings, baseline: { date, dateLabel }, unchanged: changes.length === 0 && people.length === 0 && findings.length === 0 };
}
