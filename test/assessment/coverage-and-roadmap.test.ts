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

describe('the roadmap as it stood at a date', () => {
  // Item 2013-boi-duong: one course in spring 2013, one over the new year (p4 finishes in 2014),
  // one started late in 2014; and a course starting after the data's date.
  const late = assess(
    makeDataset({
      people: fourChairwomen(),
      courses: [
        course({ id: 'bd-2013', cost: 100_000, participants: [{ person: 'p2', outcome: 'completed' }] }),
        course({ id: 'bd-2013-dong', start: '2013-11-01', end: '2014-02-28', cost: 100_000, participants: [{ person: 'p4', outcome: 'completed', completedOn: '2014-02-01' }] }),
        course({ id: 'bd-2013-muon', start: '2014-09-01', end: '2014-10-31', cost: 100_000, participants: [{ person: 'p3', outcome: 'enrolled' }] }),
        course({ id: 'bd-sau', roadmapItem: '2014-boi-duong', start: '2015-03-01', end: '2015-04-30', cost: 500_000, participants: [] }),
      ],
      asOf: '2014-12-31',
    }),
  );
  const item = (r: ReturnType<typeof late.roadmap>, id: string) => r.years.flatMap((y) => y.items).find((i) => i.id === id)!;

  it("counts only the courses started and the completions dated by the report's date", () => {
    const r2013 = late.annualReport(2013);
    expect(r2013.asOf).toBe('2013-12-31');
    const i = r2013.items.find((x) => x.id === '2013-boi-duong')!;
    // p4 was still learning on 31/12/2013; the late course had not started.
    expect(i).toMatchObject({ achieved: 2, participants: { completed: 1, enrolled: 1, dropped: 0 } });
    expect(i.courses.map((c) => c.id)).toEqual(['bd-2013', 'bd-2013-dong']);
    expect(r2013.courses.find((c) => c.id === 'bd-2013-dong')?.participants).toEqual({ completed: 0, enrolled: 1, dropped: 0 });
    // At the data's date the same item counts all three.
    expect(item(late.roadmap(), '2013-boi-duong')).toMatchObject({ achieved: 3, participants: { completed: 2, enrolled: 1, dropped: 0 } });
  });

  it('spends only what started by the date, one figure for the roadmap and the annual report', () => {
    const now = late.roadmap();
    expect(now.spending).toEqual([
      { year: 2013, cost: 200_000, courses: 2 },
      { year: 2014, cost: 100_000, courses: 1 },
    ]);
    expect([now.spent, now.remaining]).toEqual([300_000, 700_000]);
    expect(now.years.find((y) => y.year === 2014)?.spent).toBe(100_000);
    for (const year of [2014, 2016]) {
      expect(late.annualReport(year).money).toMatchObject({ spentToDate: now.spent, remaining: now.remaining });
    }
    expect(late.annualReport(2013).money).toMatchObject({ spentInYear: 200_000, spentToDate: 200_000 });
  });
});
