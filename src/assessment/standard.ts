import type { Criterion } from '../data/schema/plan.ts';
import { conditionHolds } from './condition.ts';
import type { IsoDate } from './dates.ts';
import type { DatasetIndex } from './indexes.ts';
import { percentOf } from './percent.ts';
import { communeRef, personRef, type CommuneRef, type PersonRef } from './refs.ts';
import { allScopes, scopeKey } from './scope.ts';
import type { PersonAt, Snapshot } from './state.ts';

export interface CriterionCheck {
  id: string;
  label: string;
  applies: boolean;
  /** null where the criterion does not apply to her. */
  met: boolean | null;
  /** The plan's measure that would close the gap, when she falls short and the plan names one. */
  measure?: string;
}

export interface Standing {
  person: PersonRef;
  commune: CommuneRef;
  /** Label of her age band at the date ("31-40"); undefined outside every band. */
  ageBand: string | undefined;
  meets: boolean;
  criteria: CriterionCheck[];
  /** Ids of the applicable criteria she does not meet. */
  failed: string[];
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
  /** Sorted by name (given name first). */
  people: Standing[];
}

export function checkCriteria(criteria: readonly Criterion[], pa: PersonAt): CriterionCheck[] {
  return criteria.map((c) => {
    const applies = conditionHolds(c.appliesTo, pa.facts);
    const met = applies ? conditionHolds(c.require, pa.facts) : null;
    return {
      id: c.id,
      label: c.label,
      applies,
      met,
      ...(met === false && c.measure ? { measure: c.measure } : {}),
    };
  });
}

export function standing(ix: DatasetIndex, pa: PersonAt, commune: string): Standing {
  const criteria = checkCriteria(ix.dataset.plan.standard.criteria, pa);
  const failed = criteria.filter((c) => c.met === false).map((c) => c.id);
  return {
    person: personRef(ix, pa.person),
    commune: communeRef(ix, commune),
    ageBand: pa.band?.label,
    meets: failed.length === 0,
    criteria,
    failed,
  };
}

/** Every chairwoman at the snapshot's date, bucketed by scope key, each bucket sorted by name. */
export function standingsByScope(ix: DatasetIndex, snap: Snapshot): Map<string, Standing[]> {
  const out = new Map<string, Standing[]>();
  for (const s of allScopes(ix)) out.set(scopeKey(s), []);
  for (const pa of snap.people) {
    if (pa.chairOf === undefined) continue;
    const s = standing(ix, pa, pa.chairOf);
    for (const key of ix.communes.get(pa.chairOf)?.scopeKeys ?? ['city']) out.get(key)?.push(s);
  }
  const rank = (s: Standing) => ix.nameRank.get(s.person.id) ?? 0;
  for (const list of out.values()) list.sort((a, b) => rank(a) - rank(b));
  return out;
}

export function summarise(ix: DatasetIndex, date: IsoDate, people: Standing[]): StandardSummary {
  const criteria: CriterionSummary[] = ix.dataset.plan.standard.criteria.map((c) => ({
    id: c.id,
    label: c.label,
    ...(c.measure ? { measure: c.measure } : {}),
    applicable: 0,
    met: 0,
    notMet: 0,
  }));
  let meeting = 0;
  for (const s of people) {
    if (s.meets) meeting += 1;
    s.criteria.forEach((c, i) => {
      const sum = criteria[i]!;
      if (!c.applies) return;
      sum.applicable += 1;
      if (c.met) sum.met += 1;
      else sum.notMet += 1;
    });
  }
  return { date, population: people.length, meeting, percent: percentOf(meeting, people.length), criteria, people };
}
