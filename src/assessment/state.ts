import type { PersonRecord } from '../data/dataset.ts';
import type { Role } from '../data/schema/condition.ts';
import type { Qualifications, Subject } from '../data/schema/levels.ts';
import type { AgeBand } from '../data/schema/plan.ts';
import type { RoleTerm } from '../data/schema/people.ts';
import type { PersonFacts } from './condition.ts';
import { ageAt, bandOf, within, type IsoDate } from './dates.ts';
import type { DatasetIndex } from './indexes.ts';
import { qualificationsOf, raise } from './levels.ts';

/** One person as she stands at one date: what every rule reads. */
export interface PersonAt {
  person: PersonRecord;
  date: IsoDate;
  age: number;
  band: AgeBand | undefined;
  facts: PersonFacts;
  /** Subjects of the courses completed by the date. */
  subjects: ReadonlySet<Subject>;
  /** Role terms running at the date. */
  terms: readonly RoleTerm[];
  roles: readonly Role[];
  /** Commune code where she is chairwoman at the date. */
  chairOf: string | undefined;
  /** Commune codes where she is a source cadre at the date. */
  cadreOf: readonly string[];
}

const NO_SUBJECTS: ReadonlySet<Subject> = new Set();

export function qualificationsAt(ix: DatasetIndex, person: PersonRecord, date: IsoDate): Qualifications {
  let q = qualificationsOf(person);
  for (const c of ix.completions.get(person.id) ?? []) {
    if (c.date > date) break; // sorted by date
    for (const l of c.course.confers) q = raise(q, l.dimension, l.level);
  }
  return q;
}

export function subjectsAt(ix: DatasetIndex, person: PersonRecord, date: IsoDate): ReadonlySet<Subject> {
  const list = ix.completions.get(person.id);
  if (!list || list.length === 0 || list[0]!.date > date) return NO_SUBJECTS;
  const s = new Set<Subject>();
  for (const c of list) {
    if (c.date > date) break;
    for (const sub of c.course.subjects) s.add(sub);
  }
  return s;
}

export function termsAt(person: PersonRecord, date: IsoDate): RoleTerm[] {
  return person.roles.filter((t) => within(date, t.from, t.to));
}

export function personAt(ix: DatasetIndex, person: PersonRecord, date: IsoDate, terms = termsAt(person, date)): PersonAt {
  const age = ageAt(person.birthDate, date);
  const roles: Role[] = [];
  let chairOf: string | undefined;
  const cadreOf: string[] = [];
  for (const t of terms) {
    if (!roles.includes(t.role)) roles.push(t.role);
    if (t.role === 'chairwoman') chairOf ??= t.commune;
    else cadreOf.push(t.commune);
  }
  return {
    person,
    date,
    age,
    band: bandOf(ix.dataset.plan.age.bands, age),
    facts: { age, qualifications: qualificationsAt(ix, person, date), firstTerm: person.firstTerm, partyMember: person.partyMember },
    subjects: subjectsAt(ix, person, date),
    terms,
    roles,
    chairOf,
    cadreOf,
  };
}

/** Everyone holding a role at the date, in data order. */
export interface Snapshot {
  date: IsoDate;
  people: readonly PersonAt[];
  byId: ReadonlyMap<string, PersonAt>;
}

export function snapshotAt(ix: DatasetIndex, date: IsoDate): Snapshot {
  const people: PersonAt[] = [];
  const byId = new Map<string, PersonAt>();
  for (const person of ix.dataset.people) {
    const terms = termsAt(person, date);
    if (terms.length === 0) continue;
    const pa = personAt(ix, person, date, terms);
    people.push(pa);
    byId.set(person.id, pa);
  }
  return { date, people, byId };
}

/** Communes where she holds one of the roles at the date. */
export function communesInRoles(pa: PersonAt, roles: readonly Role[]): string[] {
  const out: string[] = [];
  for (const t of pa.terms) if (roles.includes(t.role) && !out.includes(t.commune)) out.push(t.commune);
  return out;
}
