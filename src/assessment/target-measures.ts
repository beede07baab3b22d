import type { Condition } from '../schema/condition.ts';
import type { Measure, Plan, Target } from '../schema/plan.ts';
import { atLeast } from '../domain/levels.ts';

/** Whether completing the measure's courses can satisfy one of the requirement's level tests. */
function confersTowards(m: Measure, require: Condition): boolean {
  return m.confers.some(({ dimension, level }) => {
    const test = require[dimension];
    if (!test) return false;
    if (test.atLeast !== undefined) return atLeast(dimension, level, test.atLeast);
    return test.is?.includes(level as never) ?? false;
  });
}

/**
 * The plan's measures (V.2.3) that move a target: for a per-person target, those reaching its
 * population's roles and conferring a level the target requires; for a per-commune target,
 * those reaching the role it counts. The plan does not pair them itself; this is the reading.
 */
export function measuresForTarget(plan: Plan, target: Target): Measure[] {
  return plan.measures.filter((m) => {
    if (target.unit === 'commune') return m.targetGroup.roles.includes(target.role);
    const roles = target.population.roles;
    return m.targetGroup.roles.some((r) => roles.includes(r)) && confersTowards(m, target.require);
  });
}

