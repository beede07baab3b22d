import type { Target } from '../schema/plan.ts';
import { dayNumber, type IsoDate } from '../domain/dates.ts';
import type { Tally } from './groups.ts';
import { countForPercent, percentOf } from './percent.ts';
import type { Scope } from './scope.ts';

export interface TargetPace {
  baselineDate: IsoDate;
  /** plan.deadline: when the goal falls due, where the pace line ends. */
  deadline: IsoDate;
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
      deadline,
      baselinePercent,
      expectedPercent: expected,
      expectedCount: expected === null ? 0 : countForPercent(expected, now.of),
      // Compared with a hair of tolerance: at the baseline date actual and expected are the same number.
      onTrack: percent === null || expected === null ? null : percent >= expected - 1e-9,
    },
  };
}
