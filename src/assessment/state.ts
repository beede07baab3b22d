import type { PersonRecord } from '../data/dataset.ts';
import type { Role } from '../schema/condition.ts';
import type { Qualifications, Subject } from '../schema/levels.ts';
import type { AgeBand } from '../schema/plan.ts';
import type { RoleTerm } from '../schema/people.ts';
import type { PersonFacts } from '../domain/condition.ts';
import { ageFromBirthYear, bandOf, dayKey, yearOf, type IsoDate } from '../domain/dates.ts';
import type { DatasetIndex, PersonEntry, Step, TermEntry } from './indexes.ts';

/** The step in force on the day: the last one starting on or before it. */
function stepAt(steps: readonly Step[], day: number): Step {
  for (let i = steps.length - 1; i > 0; i--) if (steps[i]!.from <= day) return steps[i]!;
  return steps[0]!;
}

function entryOf(ix: DatasetIndex, person: PersonRecord): PersonEntry {
  const e = ix.entryById.get(person.id);
  if (!e) throw new RangeError(`Người "${person.id}" không có trong dữ liệu (unknown-person)`);
  return e;
}

export function qualificationsAt(ix: DatasetIndex, person: PersonRecord, date: IsoDate): Qualifications {
  return stepAt(entryOf(ix, person).steps, dayKey(date)).qualifications;
}

const NONE: readonly never[] = Object.freeze([]);

const runs = (t: TermEntry, day: number) => t.from <= day && day <= t.to;

/** Her terms running on the day; her own list when her one term runs (the usual case). */
function running(e: PersonEntry, day: number): readonly TermEntry[] {
  const r = e.terms;
  if (r.length === 1) return runs(r[0]!, day) ? r : NONE;
  return r.filter((t) => runs(t, day));
}

/**
 * One person at one date as the passes over everyone see her. The object is reused from person to
 * person: read it during the visit, never keep it.
 */
export interface Visit {
  entry: PersonEntry;
  age: number;
  step: Step;
  facts: PersonFacts;
  /** Role terms running at the date, with their communes. */
  terms: readonly TermEntry[];
}

/**
 * Calls visit for everyone holding a role at the date: in data order, or in Vietnamese name order
 * for a pass that builds lists of people.
 */
export function forEachAt(ix: DatasetIndex, date: IsoDate, visit: (v: Visit) => void, order: 'data' | 'name' = 'data'): void {
  const entries = order === 'name' ? ix.entriesByName : ix.entries;
  const first = entries[0];
  if (!first) return;
  const year = yearOf(date);
  const day = dayKey(date);
  const facts: PersonFacts = { age: 0, qualifications: first.steps[0]!.qualifications, firstTerm: false, partyMember: false };
  const v: Visit = { entry: first, age: 0, step: first.steps[0]!, facts, terms: NONE };
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i]!;
    const terms = running(e, day);
    if (terms.length === 0) continue;
    const step = stepAt(e.steps, day);
    v.entry = e;
    v.age = facts.age = ageFromBirthYear(year, e.birthYear);
    v.step = step;
    v.terms = terms;
    facts.qualifications = step.qualifications;
    facts.firstTerm = e.firstTerm;
    facts.partyMember = e.partyMember;
    visit(v);
  }
}

const ROLE_IDS: Record<Role, Role> = { chairwoman: 'chairwoman', sourceCadre: 'sourceCadre' };
/** A group's roles as the code spells them, as TermEntry.role is (see qualificationsOf). */
export function canonicalRoles(roles: readonly Role[]): readonly Role[] {
  return roles.map((r) => ROLE_IDS[r] ?? r);
}

export function holdsRole(v: Pick<Visit, 'terms'>, roles: readonly Role[]): boolean {
  for (const t of v.terms) if (roles.includes(t.role)) return true;
  return false;
}

/** The city alone: where a term counts if its commune were unknown (the loader refuses that). */
const CITY_ONLY: readonly number[] = Object.freeze([0]);

/** Positions (in DatasetIndex.scopes) of the communes where she holds one of the roles, each once. */
export function scopeIdxInRoles(v: Pick<Visit, 'terms'>, roles: readonly Role[]): readonly number[] {
  if (v.terms.length === 1) return roles.includes(v.terms[0]!.role) ? (v.terms[0]!.place?.scopeIdx ?? CITY_ONLY) : NONE;
  const out = new Set<number>();
  for (const t of v.terms) if (roles.includes(t.role)) for (const s of t.place?.scopeIdx ?? CITY_ONLY) out.add(s);
  return [...out];
}

export function bandAt(ix: DatasetIndex, age: number): AgeBand | undefined {
  return age >= 0 && age < ix.bandByAge.length ? ix.bandByAge[age] : bandOf(ix.dataset.plan.age.bands, age);
}

/** The level tables' column for an age: its band's position, or bands.length outside every band. */
export function bandCol(ix: DatasetIndex, age: number): number {
  if (age >= 0 && age < ix.bandColByAge.length) return ix.bandColByAge[age]!;
  const bands = ix.dataset.plan.age.bands;
  const band = bandOf(bands, age);
  return band ? bands.indexOf(band) : bands.length;
}

/** One person as she stands at one date, kept (unlike a Visit): for a page about her. */
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
  /** Commune code where she is chairwoman at the date. */
  chairOf: string | undefined;
}

export function personAt(ix: DatasetIndex, person: PersonRecord, date: IsoDate): PersonAt {
  const e = entryOf(ix, person);
  const day = dayKey(date);
  const terms = running(e, day).map((t) => t.term);
  const step = stepAt(e.steps, day);
  const age = ageFromBirthYear(yearOf(date), e.birthYear);
  return {
    person,
    date,
    age,
    band: bandAt(ix, age),
    facts: { age, qualifications: step.qualifications, firstTerm: person.firstTerm, partyMember: person.partyMember },
    subjects: step.subjects,
    terms,
    chairOf: terms.find((t) => t.role === 'chairwoman')?.commune,
  };
}
