import { conditionHolds } from '../assessment/condition.ts';
import { qualificationsOf } from '../assessment/levels.ts';
import type { Condition, Qualifications } from './schema/index.ts';

/**
 * A flat view of a person for code that has no Dataset yet (the sample generator). The rule itself
 * lives once, in src/assessment/condition.ts; this only reshapes the facts for it.
 */
export interface PersonFacts extends Qualifications {
  age: number;
  firstTerm: boolean;
  partyMember: boolean;
}

export function matchesCondition(cond: Condition, f: PersonFacts): boolean {
  return conditionHolds(cond, { age: f.age, qualifications: qualificationsOf(f), firstTerm: f.firstTerm, partyMember: f.partyMember });
}

export { levelRank } from '../assessment/levels.ts';
