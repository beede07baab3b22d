import type { AgeBand } from '../schema/plan.ts';
import type { PersonFacts } from '../domain/condition.ts';
import type { IsoDate } from '../domain/dates.ts';
import type { CommuneInfo, DatasetIndex, PersonEntry } from './indexes.ts';
import { percentOf } from './percent.ts';
import { unknownCommuneRef, type CommuneRef, type PersonRef } from './refs.ts';
import { outcome, outcomeCode, type CriterionCheck, type Outcome, type StandardRules } from './standard-rules.ts';

export type { CriterionCheck } from './standard-rules.ts';


export interface Standing {
  person: PersonRef;
  commune: CommuneRef;
  /** Label of her age band at the date ("31-40"); undefined outside every band. */
  ageBand: string | undefined;
  meets: boolean;
  /** Shared between everyone with the same results: read, never mutate. */
  criteria: readonly CriterionCheck[];
  /** Ids of the applicable criteria she does not meet. */
  failed: readonly string[];
}

export interface CriterionSummary {
  id: string;
  label: string;
  measure?: string;
  applicable: number;
  met: number;
  notMet: number;
}

export interface StandardSummary {
  date: IsoDate;
  population: number;
  meeting: number;
  percent: number | null;
  criteria: CriterionSummary[];
  /** In Vietnamese name order (given name first); built on first read. */
  readonly people: Standing[];
}

export function checkCriteria(r: StandardRules, pa: { facts: PersonFacts }): readonly CriterionCheck[] {
  return outcome(r, outcomeCode(r, pa.facts)).criteria;
}

export function standing(person: PersonEntry, o: Outcome, band: AgeBand | undefined, commune: CommuneInfo | undefined, code: string): Standing {
  return {
    person: person.ref,
    commune: commune?.ref ?? unknownCommuneRef(code),
    ageBand: band?.label,
    meets: o.failed.length === 0,
    criteria: o.criteria,
    failed: o.failed,
  };
}

/**
 * The standard in one scope from the count of each outcome code; the list of people is built
 * only when read (pages need it, the figures do not).
 */
export function summarise(ix: DatasetIndex, date: IsoDate, codes: ReadonlyMap<number, number>, people: () => Standing[]): StandardSummary {
  const rules = ix.standardRules;
  const criteria: CriterionSummary[] = rules.criteria.map((c) => ({
    id: c.id,
    label: c.label,
    ...(c.measure ? { measure: c.measure } : {}),
    applicable: 0,
    met: 0,
    notMet: 0,
  }));
  let population = 0;
  let meeting = 0;
  for (const [code, n] of codes) {
    if (n === 0) continue;
    const o = outcome(rules, code);
    population += n;
    if (o.failed.length === 0) meeting += n;
    o.criteria.forEach((c, i) => {
      if (!c.applies) return;
      const sum = criteria[i]!;
      sum.applicable += n;
      if (c.met) sum.met += n;
      else sum.notMet += n;
    });
  }
  let list: Standing[] | undefined;
  return {
    date,
    population,
    meeting,
    percent: percentOf(meeting, population),
    criteria,
    get people() {
      return (list ??= people());
    },
  };
}
