import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assessment/assessment.ts';
import { course, fourChairwomen, makeDataset } from './fixtures.ts';

const ds = makeDataset({
  people: fourChairwomen(),
  courses: [
    course({
      id: 'bd-2013',
      cost: 100_000,
      participants: [
        { person: 'p2', outcome: 'completed' },
        { person: 'p4', outcome: 'dropped' },
        { person: 'p3', outcome: 'enrolled' },
      ],
    }),
    course({ id: 'bd-2014', roadmapItem: '2014-boi-duong', start: '2014-03-01', end: '2014-04-30', cost: 200_000, participants: [] }),
  ],
  progress: [{ item: '2012-trien-khai', status: 'hoan-thanh', achieved: 100, end: '2012-09-30' }],
});
const a = assess(ds);

describe('plan coverage per measure', () => {
  const m = (date: string, id: string) => a.coverage(date).find((c) => c.id === id)!;

  it('adds the roadmap seat promises, ignoring other units', () => {
    expect(m('2012-12-31', 'boi-duong')).toMatchObject({ promisedSeats: 5, seatsUsed: 0, seatsLeft: 5, needing: 2, uncovered: 0 });
    expect(m('2012-12-31', 'boi-duong').promises.map((p) => p.item)).toEqual(['2013-boi-duong', '2014-boi-duong']);
  });

  it('does not add V.2.3 seats to the roadmap seats that carry them out', () => {
    expect(m('2012-12-31', 'dai-hoc')).toMatchObject({ measureSeats: 30, promisedSeats: 30 });
  });

  it('has no promise where the plan names no number', () => {
    expect(m('2012-12-31', 'trung-cap-llct')).toMatchObject({ promisedSeats: null, seatsLeft: null, uncovered: null, needing: 3 });
  });

  it('uses the seats of started courses, not counting drop-outs', () => {
    // p2 completed, p3 enrolled: 2 seats; p2 no longer needs the measure, p4 still does.
    expect(m('2013-12-31', 'boi-duong')).toMatchObject({ seatsUsed: 2, seatsLeft: 3, needing: 1, courses: ['bd-2013'] });
  });
});

describe('roadmap and money', () => {
  const r = a.roadmap();
  const item = (id: string) => r.years.flatMap((y) => y.items).find((i) => i.id === id)!;

  it('takes each item status from progress, an item without entry not started', () => {
    expect(item('2012-trien-khai')).toMatchObject({ status: 'hoan-thanh', statusLabel: 'Hoàn thành', achieved: 100, end: '2012-09-30' });
    expect(item('2012-dai-hoc')).toMatchObject({ status: 'chua-bat-dau', achieved: 0 });
    expect(item('2013-hoi-thi').achieved).toBeNull();
  });

  it('counts a course item by its participants who completed or are enrolled', () => {
    expect(item('2013-boi-duong')).toMatchObject({ achieved: 2, participants: { completed: 1, enrolled: 1, dropped: 1 } });
    expect(item('2013-boi-duong').courses.map((c) => c.id)).toEqual(['bd-2013']);
  });

  it('sets the course costs against the budget, per year of start', () => {
    expect(r.spending).toEqual([
      { year: 2013, cost: 100_000, courses: 1 },
      { year: 2014, cost: 200_000, courses: 1 },
    ]);
    expect([r.budget, r.spent, r.remaining]).toEqual([1_000_000, 300_000, 700_000]);
    expect(r.years.map((y) => y.spent)).toEqual([0, 100_000, 200_000]);
  });
});
