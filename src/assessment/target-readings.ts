/**
 * A person target read two more ways: by the plan's age bands, and (for a target over every
 * chairwoman) against the full standard of I.9, with the criteria the target does not ask for.
 * Group counts only, through the Figures interface.
 */
import type { IsoDate } from '../domain/dates.ts';
import type { Condition, Target } from '../schema/index.ts';
import type { Figures } from './figures.ts';
import { percentOf } from './percent.ts';

/** A target's share in one age band: counted, not paced (the pace line is drawn for scopes only). */
export interface AgeBandLine {
  id: string;
  name: string;
  numerator: number;
  denominator: number;
  percent: number | null;
}

/** Target 1 against the full standard: what the one counts and the other does not. */
export interface StandardVersusTarget {
  targetNumber: number;
  targetCount: number;
  meeting: number;
  population: number;
  /** targetCount − meeting. */
  difference: number;
  /** The standard's criteria the target does not ask for, with how many who count for the target fail each. */
  criteria: { id: string; label: string; failing: number }[];
}

/** Both conditions at once: age ranges intersected, level tests of one dimension joined. */
export function bothConditions(x: Condition | undefined, y: Condition | undefined): Condition {
  const out: Condition = { ...x };
  for (const [k, v] of Object.entries(y ?? {}) as [keyof Condition, Condition[keyof Condition]][]) {
    const had = out[k];
    if (k === 'age' && had && v && typeof had === 'object' && typeof v === 'object') {
      const a = had as { min?: number; max?: number };
      const b = v as { min?: number; max?: number };
      const min = Math.max(a.min ?? 0, b.min ?? 0);
      const max = Math.min(a.max ?? Infinity, b.max ?? Infinity);
      out.age = { ...(min > 0 ? { min } : {}), ...(max < Infinity ? { max } : {}) };
    } else if (had && v && typeof had === 'object' && typeof v === 'object') {
      (out as Record<string, unknown>)[k] = { ...had, ...v };
    } else {
      (out as Record<string, unknown>)[k] = v;
    }
  }
  return out;
}

/** The person target's share in each age band of the plan, from the assessment's group counts. */
export function ageBandLines(a: Figures, t: Target, date: IsoDate): AgeBandLine[] | undefined {
  if (t.unit !== 'person') return undefined;
  const { population, require } = t;
  return a.dataset.plan.age.bands.flatMap((b): AgeBandLine[] => {
    const inBand = bothConditions(population.where, { age: { min: b.min, ...(b.max !== undefined ? { max: b.max } : {}) } });
    if (inBand.age && inBand.age.min !== undefined && inBand.age.max !== undefined && inBand.age.min > inBand.age.max) return [];
    const denominator = a.count({ roles: population.roles, where: inBand }, date);
    const numerator = a.count({ roles: population.roles, where: bothConditions(inBand, require) }, date);
    return [{ id: b.id, name: b.label, numerator, denominator, percent: percentOf(numerator, denominator) }];
  });
}

/** The negation of a one-dimension "at least" test, or undefined where there is none to write. */
function failing(require: Condition): Condition | undefined {
  const entries = Object.entries(require);
  if (entries.length !== 1) return undefined;
  const [k, v] = entries[0] as [string, { atLeast?: string } | undefined];
  if (!v || typeof v !== 'object' || !v.atLeast || Object.keys(v).length !== 1) return undefined;
  return { [k]: { below: v.atLeast } } as Condition;
}

/**
 * A target counting every chairwoman (no age or other limit) against the full standard, or undefined
 * for any other target: why the two figures differ, from the criteria themselves.
 */
export function standardVersusTarget(a: Figures, targetId: string, date: IsoDate): StandardVersusTarget | undefined {
  const { plan } = a.dataset;
  const t = plan.targets.find((x) => x.id === targetId);
  if (!t || t.unit !== 'person' || t.population.where) return undefined;
  const roles = t.population.roles;
  if (roles.length !== 1 || roles[0] !== 'chairwoman') return undefined;
  const figure = a.targetsAt(date).find((f) => f.id === t.id);
  if (!figure) return undefined;
  const standard = a.standardAt(date);
  const require = t.require;
  const criteria = plan.standard.criteria.flatMap((c) => {
    const not = failing(c.require);
    if (!not) return [];
    const count = a.count({ roles, where: bothConditions(bothConditions(require, c.appliesTo), not) }, date);
    return count > 0 ? [{ id: c.id, label: c.label, failing: count }] : [];
  });
  return {
    targetNumber: t.number,
    targetCount: figure.numerator,
    meeting: standard.meeting,
    population: standard.population,
    difference: figure.numerator - standard.meeting,
    criteria,
  };
}
