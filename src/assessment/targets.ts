import type { Target } from '../data/schema/plan.ts';
import { dayNumber, type IsoDate } from './dates.ts';
import { tallyGroup, type Tally } from './groups.ts';
import type { DatasetIndex } from './indexes.ts';
import { countForPercent, percentOf } from './percent.ts';
import type { Scope } from './scope.ts';
import type { Snapshot } from './state.ts';

export interface TargetPace {
  baselineDate: IsoDate;
  baselinePercent: number | null;
  /** Where the straight line from the baseline to the goal at the deadline stands at the date. */
  expectedPercent: number | null;
  /** Whole people/communes needed to be on that line. */
  expectedCount: number;
  /** actual ≥ expected; null when there is nothing to count. */
  onTrack: boolean | null;
}

export interface TargetFigure {
  id: string;
  number: number;
  label: string;
  unit: Target['unit'];
  goal: number;
  date: IsoDate;
  scope: Scope;
  numerator: number;
  denominator: number;
  /** Unrounded, 0–100; null when the denominator is 0. */
  percent: number | null;
  /** ceil(goal% × denominator). */
  goalCount: number;
  /** People or communes still needed to reach the goal: max(0, goalCount − numerator). */
  missing: number;
  reached: boolean;
  pace: TargetPace;
}

/**
 * Numerator and denominator of one target at the snapshot's date, in every scope.
 * Per person: the population group, and those of it meeting `require`.
 * Per commune: every commune, and those where someone holding `role` at the date has completed
 * courses covering all `subjects` by then.
 */
export function tallyTarget(ix: DatasetIndex, snap: Snapshot, t: Target): Map<string, Tally> {
  if (t.unit === 'person') return tallyGroup(ix, snap, t.population, t.require);
  const reached = new Set<string>();
  for (const pa of snap.people) {
    if (!t.subjects.every((s) => pa.subjects.has(s))) continue;
    for (const term of pa.terms) if (term.role === t.role) reached.add(term.commune);
  }
  const out = new Map<string, Tally>();
  for (const [code, info] of ix.communes) {
    const hit = reached.has(code);
    for (const key of info.scopeKeys) {
      let tl = out.get(key);
      if (!tl) out.set(key, (tl = { count: 0, of: 0 }));
      tl.of += 1;
      if (hit) tl.count += 1;
    }
  }
  return out;
}

/**
 * The plan's 'linear' pace: baseline% + (goal − baseline%) × elapsed share of the period from the
 * baseline date to the deadline, the share held within [0, 1].
 */
export function expectedPercent(baselinePercent: number, goal: number, baselineDate: IsoDate, deadline: IsoDate, date: IsoDate): number {
  const span = dayNumber(deadline) - dayNumber(baselineDate);
  const share = span <= 0 ? 1 : Math.min(1, Math.max(0, (dayNumber(date) - dayNumber(baselineDate)) / span));
  return baselinePercent + (goal - baselinePercent) * share;
}

export function targetFigure(
  t: Target,
  date: IsoDate,
  scope: Scope,
  now: Tally,
  base: Tally,
  baselineDate: IsoDate,
  deadline: IsoDate,
): TargetFigure {
  const percent = percentOf(now.count, now.of);
  const baselinePercent = percentOf(base.count, base.of);
  const expected = baselinePercent === null ? null : expectedPercent(baselinePercent, t.goal, baselineDate, deadline, date);
  const goalCount = countForPercent(t.goal, now.of);
  return {
    id: t.id,
    number: t.number,
    label: t.label,
    unit: t.unit,
    goal: t.goal,
    date,
    scope,
    numerator: now.count,
    denominator: now.of,
    percent,
    goalCount,
    missing: Math.max(0, goalCount - now.count),
    reached: percent !== null && now.count >= goalCount,
    pace: {
      baselineDate,
      baselinePercent,
      expectedPercent: expected,
      expectedCount: expected === null ? 0 : countForPercent(expected, now.of),
      // Compared with a hair of tolerance: at the baseline date actual and expected are the same number.
      onTrack: percent === null || expected === null ? null : percent >= expected - 1e-9,
    },
  };
}
