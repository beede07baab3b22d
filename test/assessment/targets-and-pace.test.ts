import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assessment/assessment.ts';
import { expectedPercent } from '../../src/assessment/targets.ts';
import { cadre, course, fourChairwomen, makeDataset, person } from './fixtures.ts';

const byId = <T extends { id: string }>(list: T[], id: string): T => list.find((x) => x.id === id)!;

describe('per-person targets', () => {
  const a = assess(makeDataset({ people: fourChairwomen() }));

  it('target 1: chairwomen meeting all three requirements', () => {
    const t = byId(a.targetsAt('2012-12-31'), 'chuan-hoa');
    expect([t.numerator, t.denominator, t.percent]).toEqual([2, 4, 50]);
    expect(t.goalCount).toBe(4);
    expect(t.missing).toBe(2);
    expect(t.reached).toBe(false);
  });

  it('target 2: the population is the chairwomen aged 40 or less at the date', () => {
    const t = byId(a.targetsAt('2012-12-31'), 'tre-trung-cap');
    expect([t.numerator, t.denominator]).toEqual([1, 3]);
    expect(t.goalCount).toBe(3); // ceil(0.9 × 3 = 2.7)
    expect(t.missing).toBe(2);
    // p4 (born 1975) turns 41 in 2016 and leaves the population.
    const later = byId(a.targetsAt('2016-12-31'), 'tre-trung-cap');
    expect([later.numerator, later.denominator]).toEqual([1, 2]);
  });

  it('counts per district and per cluster by the commune she chairs', () => {
    expect(byId(a.targetsAt('2012-12-31', { district: 'quan-a' }), 'chuan-hoa')).toMatchObject({ numerator: 1, denominator: 2 });
    expect(byId(a.targetsAt('2012-12-31', { district: 'huyen-b' }), 'chuan-hoa')).toMatchObject({ numerator: 1, denominator: 2 });
    expect(byId(a.targetsAt('2012-12-31', { cluster: 'cum-huyen' }), 'tre-trung-cap')).toMatchObject({ numerator: 0, denominator: 1 });
  });

  it('refuses an unknown scope', () => {
    expect(() => a.targetsAt('2012-12-31', { district: 'khong-co' })).toThrow(/unknown-district/);
  });

  it('gives no percent and no pace when nobody is counted', () => {
    const empty = assess(makeDataset({ people: [] }));
    const t = byId(empty.targetsAt('2013-12-31'), 'chuan-hoa');
    expect(t.percent).toBeNull();
    expect(t.pace.onTrack).toBeNull();
    expect(t.missing).toBe(0);
  });
});

describe('per-commune target 3', () => {
  const both = ['ly-luan-chinh-tri', 'nghiep-vu-cong-tac-hoi'] as const;
  const a = assess(
    makeDataset({
      people: [
        person({ id: 'c1', commune: '00001', roles: [cadre('00001', '2012-01-01')] }),
        person({ id: 'c2', commune: '00010', roles: [cadre('00010', '2012-01-01')] }),
        person({ id: 'c3', commune: '00011', roles: [cadre('00011', '2012-01-01')] }),
        person({ id: 'c4', commune: '00012', roles: [cadre('00012', '2012-01-01', '2013-06-30')] }),
      ],
      courses: [
        course({ id: 'llct', subjects: ['ly-luan-chinh-tri'], end: '2013-06-30', participants: [{ person: 'c1', outcome: 'completed' }] }),
        course({ id: 'nv', start: '2014-01-01', end: '2014-05-31', participants: [{ person: 'c1', outcome: 'completed' }] }),
        course({
          id: 'ca-hai',
          subjects: [...both],
          end: '2013-12-01',
          participants: [
            { person: 'c2', outcome: 'completed' },
            { person: 'c3', outcome: 'enrolled' },
            { person: 'c4', outcome: 'completed', completedOn: '2013-05-01' },
          ],
        }),
      ],
    }),
  );
  const t3 = (date: string, scope: Parameters<typeof a.targetsAt>[1] = 'city') => byId(a.targetsAt(date, scope), 'nguon');

  it('denominator: every commune in the scope', () => {
    expect(t3('2012-12-31').denominator).toBe(5);
    expect(t3('2012-12-31', { district: 'quan-a' }).denominator).toBe(2);
  });
  it('counts a commune once one of its current source cadres has completed courses covering all subjects', () => {
    expect(t3('2013-06-01').numerator).toBe(1); // c4, completed on 2013-05-01, still a cadre
    expect(t3('2013-12-31').numerator).toBe(1); // c4 gone, c2 done; c1 has one subject only
    expect(t3('2014-12-31').numerator).toBe(2); // c1 completes the second subject
    expect(t3('2014-12-31', { district: 'quan-a' }).numerator).toBe(1);
  });
  it('missing = ceil(goal × communes) − reached', () => {
    expect(t3('2013-12-31').goalCount).toBe(3); // ceil(2.5)
    expect(t3('2013-12-31').missing).toBe(2);
    expect(t3('2014-12-31').missing).toBe(1);
  });
});

describe('the linear pace', () => {
  it('runs straight from the baseline percent to the goal at the deadline', () => {
    expect(expectedPercent(40, 90, '2015-01-01', '2015-01-11', '2015-01-06')).toBe(65);
    expect(expectedPercent(40, 90, '2015-01-01', '2015-01-11', '2015-01-01')).toBe(40);
    expect(expectedPercent(40, 90, '2015-01-01', '2015-01-11', '2014-06-01')).toBe(40);
    expect(expectedPercent(40, 90, '2015-01-01', '2015-01-11', '2016-01-01')).toBe(90);
  });

  it('judges a date on track when the actual percent reaches the line', () => {
    // p2 completes the one-month course on 2013-04-30: target 1 goes from 2/4 to 3/4.
    const a = assess(
      makeDataset({ people: fourChairwomen(), courses: [course({ id: 'bd', participants: [{ person: 'p2', outcome: 'completed' }] })] }),
    );
    const at = (d: string) => byId(a.targetsAt(d), 'chuan-hoa');
    expect(at('2012-04-30').pace).toMatchObject({ baselinePercent: 50, expectedPercent: 50, onTrack: true });
    // 30/4/2012 → 31/12/2013 is 610 days of the 1706 to 31/12/2016.
    const y2013 = at('2013-12-31');
    expect(y2013.percent).toBe(75);
    expect(y2013.pace.expectedPercent).toBeCloseTo(50 + (50 * 610) / 1706, 10);
    expect(y2013.pace.onTrack).toBe(true);
    const y2014 = at('2014-12-31');
    expect(y2014.pace.expectedPercent).toBeCloseTo(50 + (50 * 975) / 1706, 10);
    expect(y2014.pace.onTrack).toBe(false);
    expect(y2014.pace.expectedCount).toBe(4);
  });
});
