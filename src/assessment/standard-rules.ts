import type { Criterion } from '../schema/plan.ts';
import { compileCondition, type PersonFacts, type Predicate } from '../domain/condition.ts';

/** One criterion's result for one person (see Standing). */
export interface CriterionCheck {
  id: string;
  label: string;
  applies: boolean;
  /** null where the criterion does not apply to her. */
  met: boolean | null;
  /** The plan's measure that would close the gap, when she falls short and the plan names one. */
  measure?: string;
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

/** Compiled once per dataset, by the index (indexes.ts). */
export function standardRules(criteria: readonly Criterion[]): StandardRules {
  return {
    criteria,
    applies: criteria.map((c) => compileCondition(c.appliesTo)),
    require: criteria.map((c) => compileCondition(c.require)),
    outcomes: new Map(),
  };
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
