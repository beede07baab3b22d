import type { Condition, Group, Role } from '../schema/condition.ts';
import { DIMENSIONS, type Dimension, type Qualifications } from '../schema/levels.ts';
import { atLeast, below, levelsOf } from './levels.ts';

/** What a condition can ask about one person at one date. */
export interface PersonFacts {
  /** By the plan's age rule at the date. */
  age: number;
  /** Recorded levels raised by the courses completed by the date. */
  qualifications: Qualifications;
  firstTerm: boolean;
  partyMember: boolean;
}

export type LevelTest = NonNullable<Condition[Dimension]>;

/** One level against one scale's test (atLeast, below, is: all given must hold). */
export function levelHolds(d: Dimension, level: string, t: LevelTest): boolean {
  if (t.atLeast !== undefined && !atLeast(d, level, t.atLeast)) return false;
  if (t.below !== undefined && !below(d, level, t.below)) return false;
  if (t.is !== undefined && !(t.is as readonly string[]).includes(level)) return false;
  return true;
}

/** A test compiled once: each scale it names becomes the set of levels it admits. */
export type Predicate = (f: PersonFacts) => boolean;

const always: Predicate = () => true;
const compiled = new WeakMap<Condition, Predicate>();

export function compileCondition(c: Condition | undefined): Predicate {
  if (!c) return always;
  let p = compiled.get(c);
  if (p) return p;
  const tests: Predicate[] = [];
  const { min, max } = c.age ?? {};
  if (min !== undefined) tests.push((f) => f.age >= min);
  if (max !== undefined) tests.push((f) => f.age <= max);
  for (const d of DIMENSIONS) {
    const t = c[d];
    if (!t) continue;
    const allowed = new Set<string>(levelsOf(d).filter((l) => levelHolds(d, l, t)));
    tests.push((f) => allowed.has(f.qualifications[d]));
  }
  const { firstTerm, partyMember } = c;
  if (firstTerm !== undefined) tests.push((f) => f.firstTerm === firstTerm);
  if (partyMember !== undefined) tests.push((f) => f.partyMember === partyMember);
  p =
    tests.length === 0
      ? always
      : tests.length === 1
        ? tests[0]!
        : (f) => {
            for (let i = 0; i < tests.length; i++) if (!tests[i]!(f)) return false;
            return true;
          };
  compiled.set(c, p);
  return p;
}

/** Every key given must hold; an absent condition holds for everyone. */
export function conditionHolds(c: Condition | undefined, f: PersonFacts): boolean {
  return compileCondition(c)(f);
}

/** In the group at a date: holding one of its roles then and meeting its condition. */
export function inGroup(g: Group, rolesHeld: Iterable<Role>, f: PersonFacts): boolean {
  let holds = false;
  for (const r of rolesHeld) if (g.roles.includes(r)) holds = true;
  return holds && conditionHolds(g.where, f);
}
