import type { Condition, Group } from '../data/schema/condition.ts';
import { conditionHolds, inGroup } from './condition.ts';
import type { DatasetIndex } from './indexes.ts';
import { keysOfCommunes } from './scope.ts';
import { communesInRoles, type Snapshot } from './state.ts';

export interface Tally {
  /** Members meeting the requirement. */
  count: number;
  /** Members of the group. */
  of: number;
}

/**
 * Members of a group at the snapshot's date, counted in every scope at once: a member counts in
 * the scopes of the communes where she holds one of the group's roles, once per scope.
 */
export function tallyGroup(ix: DatasetIndex, snap: Snapshot, g: Group, require?: Condition): Map<string, Tally> {
  const out = new Map<string, Tally>();
  for (const pa of snap.people) {
    if (!inGroup(g, pa.roles, pa.facts)) continue;
    const meets = conditionHolds(require, pa.facts);
    for (const key of keysOfCommunes(ix, communesInRoles(pa, g.roles))) {
      let t = out.get(key);
      if (!t) out.set(key, (t = { count: 0, of: 0 }));
      t.of += 1;
      if (meets) t.count += 1;
    }
  }
  return out;
}
