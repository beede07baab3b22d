import type { Dataset } from '../data/dataset.ts';
import { assess, type Assessment } from './assessment.ts';
import type { IsoDate } from './dates.ts';
import type { Check } from './reconciliation.ts';
import type { PersonRef } from './refs.ts';
import { scopeKey, type Scope } from './scope.ts';
import type { Standing } from './standard.ts';

/** A count, or a count out of a total when the indicator is a share. */
export interface Figure {
  count: number;
  of?: number;
}

export type Section = 'targets' | 'standard' | 'tables';

export interface IndicatorChange {
  key: string;
  section: Section;
  label: string;
  scope: string;
  date: IsoDate;
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
  label: string;
  change: 'added' | 'removed' | 'changed';
  before?: Check;
  after?: Check;
}

export interface Impact {
  /** Compared at the baseline date and at the data's current date (both from the "after" side). */
  dates: IsoDate[];
  indicators: IndicatorChange[];
  people: PersonChange[];
  findings: FindingChange[];
  unchanged: boolean;
}

interface Indicator {
  section: Section;
  label: string;
  scope: string;
  date: IsoDate;
  value: Figure;
}

function indicators(a: Assessment, dates: readonly IsoDate[]): Map<string, Indicator> {
  const out = new Map<string, Indicator>();
  const scopes: Scope[] = a.scopes().filter((s) => s === 'city' || 'district' in s);
  for (const date of dates) {
    for (const s of scopes) {
      const sk = scopeKey(s);
      const scope = a.scopeLabel(s);
      for (const t of a.targetsAt(date, s)) {
        out.set(`target/${t.id}/${sk}/${date}`, {
          section: 'targets',
          label: `Chỉ tiêu ${t.number}. ${t.label}`,
          scope,
          date,
          value: { count: t.numerator, of: t.denominator },
        });
      }
      const st = a.standardAt(date, s);
      out.set(`standard/${sk}/${date}`, { section: 'standard', label: 'Chủ tịch Hội đạt tiêu chuẩn', scope, date, value: { count: st.meeting, of: st.population } });
      for (const c of st.criteria) {
        out.set(`criterion/${c.id}/${sk}/${date}`, { section: 'standard', label: `Tiêu chí: ${c.label}`, scope, date, value: { count: c.met, of: c.applicable } });
      }
      for (const t of a.tables(date, s)) {
        for (const r of t.rows) {
          t.columns.forEach((col, i) => {
            out.set(`table/${t.dimension}/${sk}/${date}/${r.level}/${col.id}`, {
              section: 'tables',
              label: `${t.title}: ${r.label}, ${col.label}`,
              scope,
              date,
              value: { count: r.cells[i]! },
            });
          });
        }
      }
    }
  }
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
    if (!old) out.push({ id, label: f.label, change: 'added', after: f });
    else if (old.printed !== f.printed || old.computed !== f.computed) out.push({ id, label: f.label, change: 'changed', before: old, after: f });
  }
  for (const [id, f] of b) if (!a.has(id)) out.push({ id, label: f.label, change: 'removed', before: f });
  return out;
}

/** Every indicator that differs between two datasets, and the chairwomen whose standing changed. */
export function diff(before: Dataset, after: Dataset): Impact {
  const ab = assess(before);
  const aa = assess(after);
  const dates = [...new Set([aa.baselineDate, aa.currentDate])];
  const ib = indicators(ab, dates);
  const ia = indicators(aa, dates);
  const changes: IndicatorChange[] = [];
  for (const key of new Set([...ia.keys(), ...ib.keys()])) {
    const x = ib.get(key);
    const y = ia.get(key);
    const meta = (y ?? x)!;
    if (sameFigure(x?.value ?? null, y?.value ?? null)) continue;
    changes.push({ key, section: meta.section, label: meta.label, scope: meta.scope, date: meta.date, before: x?.value ?? null, after: y?.value ?? null });
  }
  const people = dates.flatMap((d) => peopleChanges(ab, aa, d));
  const findings = findingChanges(ab, aa);
  return { dates, indicators: changes, people, findings, unchanged: changes.length === 0 && people.length === 0 && findings.length === 0 };
}
