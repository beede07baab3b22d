import type { Condition, Group, Role } from '../data/schema/condition.ts';
import { DIMENSIONS, type Dimension, type Qualifications } from '../data/schema/levels.ts';
import { atLeast, below } from './levels.ts';

/** What a condition can ask about one person at one date. */
export interface PersonFacts {
  /** By the plan's age rule at the date. */
  age: number;
  /** Recorded levels raised by the courses completed by the date. */
  qualifications: Qualifications;
  firstTerm: boolean;
  partyMember: boolean;
}

type LevelTest = NonNullable<Condition[Dimension]>;

function levelHolds(d: Dimension, level: string, t: LevelTest): boolean {
  if (t.atLeast !== undefined && !atLeast(d, level, t.atLeast)) return false;
  if (t.below !== undefined && !below(d, level, t.below)) return false;
  if (t.is !== undefined && !(t.is as readonly string[]).includes(level)) return false;
  return true;
}

/** Every key given must hold; an absent condition holds for everyone. */
export function conditionHolds(c: Condition | undefined, f: PersonFacts): boolean {
  if (!c) return true;
  if (c.age) {
    if (c.age.min !== undefined && f.age < c.age.min) return false;
    if (c.age.max !== undefined && f.age > c.age.max) return false;
  }
  for (const d of DIMENSIONS) {
    const t = c[d];
    if (t && !levelHolds(d, f.qualifications[d], t)) return false;
  }
  if (c.firstTerm !== undefined && c.firstTerm !== f.firstTerm) return false;
  if (c.partyMember !== undefined && c.partyMember !== f.partyMember) return false;
  return true;
}

/** In the group at a date: holding one of its roles then and meeting its condition. */
export function inGroup(g: Group, rolesHeld: Iterable<Role>, f: PersonFacts): boolean {
  let holds = false;
  for (const r of rolesHeld) if (g.roles.includes(r)) holds = true;
  return holds && conditionHolds(g.where, f);
}
