import type { Condition, Group } from '../schema/condition.ts';
import { compileCondition } from '../domain/condition.ts';
import type { IsoDate } from '../domain/dates.ts';
import type { DatasetIndex } from './indexes.ts';
import { canonicalRoles, forEachAt, holdsRole, scopeIdxInRoles } from './state.ts';

export interface Tally {
  /** Members meeting the requirement. */
  count: number;
  /** Members of the group. */
  of: number;
}

/** A tally in every scope at once, indexed by position in DatasetIndex.scopes. */
export interface ScopeTally {
  count: Int32Array;
  of: Int32Array;
}

export function scopeTally(ix: DatasetIndex): ScopeTally {
  return { count: new Int32Array(ix.scopes.length), of: new Int32Array(ix.scopes.length) };
}

export function tallyAt(t: ScopeTally, scopeIdx: number): Tally {
  return { count: t.count[scopeIdx] ?? 0, of: t.of[scopeIdx] ?? 0 };
}

export interface GroupQuery {
  group: Group;
  /** Counted in `count`; absent: count = of. */
  require?: Condition;
}

/**
 * Members of each group at a date, counted in every scope, in one pass over everyone: a member
 * counts in the scopes of the communes where she holds one of the group's roles, once per scope.
 */
export function tallyGroups(ix: DatasetIndex, date: IsoDate, queries: readonly GroupQuery[]): ScopeTally[] {
  const compiled = queries.map((q) => ({ roles: canonicalRoles(q.group.roles), inGroup: compileCondition(q.group.where), meets: compileCondition(q.require), out: scopeTally(ix) }));
  forEachAt(ix, date, (v) => {
    for (const q of compiled) {
      if (!holdsRole(v, q.roles) || !q.inGroup(v.facts)) continue;
      const meets = q.meets(v.facts);
      for (const s of scopeIdxInRoles(v, q.roles)) {
        q.out.of[s]! += 1;
        if (meets) q.out.count[s]! += 1;
      }
    }
  });
  return compiled.map((q) => q.out);
}

export function tallyGroup(ix: DatasetIndex, date: IsoDate, group: Group, require?: Condition): ScopeTally {
  return tallyGroups(ix, date, [{ group, ...(require ? { require } : {}) }])[0]!;
}
