import type { AgeBand, Criterion } from '../schema/plan.ts';
import { compileCondition, type PersonFacts, type Predicate } from '../domain/condition.ts';
import type { IsoDate } from '../domain/dates.ts';
import type { CommuneInfo, DatasetIndex, PersonEntry } from './indexes.ts';
import { percentOf } from './percent.ts';
import { communeRef, entryRef, type CommuneRef, type PersonRef } from './refs.ts';

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

export interface Outcome {
  criteria: readonly CriterionCheck[];
  failed: readonly string[];
}

/**
 * The standard's criteria, compiled once. Each criterion has three possible results (not
 * applicable, met, not met), so a person's results are one number in base 3 and each combination
 * is built once and shared: 57,700 standings per date cost one small object each.
 */
export interface StandardRules {
  criteria: readonly Criterion[];
  applies: Predicate[];
  require: Predicate[];
  outcomes: Map<number, Outcome>;
}

const rulesCache = new WeakMap<readonly Criterion[], StandardRules>();

export function standardRules(criteria: readonly Criterion[]): StandardRules {
  let r = rulesCache.get(criteria);
  if (!r) {
    r = {
      criteria,
      applies: criteria.map((c) => compileCondition(c.appliesTo)),
      require: criteria.map((c) => compileCondition(c.require)),
      outcomes: new Map(),
    };
    rulesCache.set(criteria, r);
  }
  return r;
}

export function outcomeCode(r: StandardRules, facts: PersonFacts): number {
  let code = 0;
  for (let i = r.criteria.length - 1; i >= 0; i--) code = code * 3 + (!r.applies[i]!(facts) ? 0 : r.require[i]!(facts) ? 1 : 2);
  return code;
}

export function outcome(r: StandardRules, code: number): Outcome {
  let o = r.outcomes.get(code);
  if (!o) {
    let rest = code;
    const checks = r.criteria.map((c): CriterionCheck => {
      const state = rest % 3;
      rest = (rest - state) / 3;
      const met = state === 0 ? null : state === 1;
      return Object.freeze({ id: c.id, label: c.label, applies: state !== 0, met, ...(met === false && c.measure ? { measure: c.measure } : {}) });
    });
    o = { criteria: Object.freeze(checks), failed: Object.freeze(checks.filter((c) => c.met === false).map((c) => c.id)) };
    r.outcomes.set(code, o);
  }
  return o;
}

export function checkCriteria(criteria: readonly Criterion[], pa: { facts: PersonFacts }): readonly CriterionCheck[] {
  const r = standardRules(criteria);
  return outcome(r, outcomeCode(r, pa.facts)).criteria;
}

export function standing(ix: DatasetIndex, person: PersonEntry, o: Outcome, band: AgeBand | undefined, commune: CommuneInfo | undefined, code: string): Standing {
  return {
    person: entryRef(ix, person),
    commune: commune?.ref ?? communeRef(ix, code),
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
  const rules = standardRules(ix.dataset.plan.standard.criteria);
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
