import { describe, expect, it } from 'vitest';
import { assess, latestRoadmapItems, measuresForTarget } from '../../src/assessment/index.ts';
import { cadre, course, fourChairwomen, makeDataset, person } from './fixtures.ts';

const people = [
  ...fourChairwomen(),
  person({ id: 'c1', name: 'Đỗ Thị Hoa', roles: [cadre('00012', '2012-01-01')] }),
];
const courses = [
  course({
    id: 'bd-2013',
    cost: 100_000,
    participants: [
      { person: 'p2', outcome: 'completed' },
      { person: 'p4', outcome: 'completed', completedOn: '2014-02-01' },
    ],
  }),
  course({ id: 'bd-2014', roadmapItem: '2014-boi-duong', start: '2014-03-01', end: '2014-04-30', cost: 250_000, participants: [] }),
];
const progress = [
  { item: '2012-trien-khai', status: 'hoan-thanh' as const, start: '2012-07-01', end: '2012-09-30', achieved: 100 },
  { item: '2013-hoi-thi', status: 'hoan-thanh' as const, start: '2013-05-01', end: '2013-11-30', achieved: 3 },
  { item: '2013-boi-duong', status: 'hoan-thanh' as const, start: '2013-03-01', end: '2013-04-30' },
  { item: '2014-boi-duong', status: 'dang-thuc-hien' as const, start: '2014-03-01' },
];
const at = (asOf: string) => assess(makeDataset({ people, courses, progress, asOf }));

describe('dates a trend reports at', () => {
  it('stops at the data date, adding it when it falls inside a year', () => {
    expect(at('2014-12-31').reportingDates()).toEqual(['2012-04-30', '2012-12-31', '2013-12-31', '2014-12-31']);
    expect(at('2014-06-30').reportingDates()).toEqual(['2012-04-30', '2012-12-31', '2013-12-31', '2014-06-30']);
  });

  it('carries every target to the deadline, with figures only up to the data date', () => {
    const a = at('2014-06-30');
    const series = a.targetSeries();
    expect(series.map((s) => s.id)).toEqual(['chuan-hoa', 'tre-trung-cap', 'nguon']);
    const dates = series[0]!.points.map((p) => p.date);
    expect(dates).toEqual(['2012-04-30', '2012-12-31', '2013-12-31', '2014-06-30', '2014-12-31', '2015-12-31', '2016-12-31']);
    expect(series[0]!.points.map((p) => p.reported)).toEqual([true, true, true, true, false, false, false]);
    for (const s of series) {
      for (const p of s.points) expect(p.figure).toEqual(a.targetsAt(p.date).find((f) => f.id === s.id));
      expect(s.points.at(-1)!.figure.pace.expectedPercent).toBeCloseTo(s.goal, 9);
    }
  });

  it('gives each district the figures of its own scope, adding up to the city', () => {
    const a = at('2014-12-31');
    const rows = a.targetsByDistrict();
    expect(rows.map((r) => [r.id, r.name])).toEqual([
      ['quan-a', 'Quận A'],
      ['huyen-b', 'Huyện B'],
    ]);
    for (const r of rows) expect(r.targets).toEqual(a.targetsAt(a.currentDate, { district: r.id }));
    const city = a.targetsAt(a.currentDate);
    city.forEach((f, i) => {
      expect(rows.reduce((s, r) => s + r.targets[i]!.numerator, 0)).toBe(f.numerator);
      expect(rows.reduce((s, r) => s + r.targets[i]!.denominator, 0)).toBe(f.denominator);
    });
  });
});

describe('overview counts', () => {
  it('counts units by kind, people in office and courses by the date', () => {
    const a = at('2013-12-31');
    expect(a.overviewCounts()).toEqual({
      date: '2013-12-31',
      districts: 2,
      districtsByKind: [
        { kind: 'quan', label: 'Quận', count: 1 },
        { kind: 'huyen', label: 'Huyện', count: 1 },
      ],
      communes: 5,
      communesByKind: [
        { kind: 'xa', label: 'Xã', count: 2 },
        { kind: 'phuong', label: 'Phường', count: 2 },
        { kind: 'thi-tran', label: 'Thị trấn', count: 1 },
      ],
      chairwomen: 4,
      meetingStandard: a.standardAt('2013-12-31').meeting,
      sourceCadres: 1,
      coursesStarted: 1,
      // p4 completes only in 2014.
      completions: 1,
    });
    expect(a.overviewCounts('2014-12-31')).toMatchObject({ coursesStarted: 2, completions: 2 });
  });

  it('lists the running items first, then the last finished, leaving out those not started', () => {
    const a = at('2014-06-30');
    const ids = (limit: number) => latestRoadmapItems(a.roadmap(), a.currentDate, limit).map((i) => i.id);
    expect(ids(10)).toEqual(['2014-boi-duong', '2013-hoi-thi', '2013-boi-duong', '2012-trien-khai']);
    expect(ids(2)).toEqual(['2014-boi-duong', '2013-hoi-thi']);
    expect(latestRoadmapItems(a.roadmap(), '2013-06-30', 10).map((i) => i.id)).toEqual(['2013-hoi-thi', '2013-boi-duong', '2012-trien-khai']);
  });
});

describe('measures that move a target', () => {
  const { plan } = at('2014-12-31').dataset;
  const ids = (target: string) => measuresForTarget(plan, plan.targets.find((t) => t.id === target)!).map((m) => m.id);

  it('pairs person targets with measures conferring a level they require', () => {
    expect(ids('chuan-hoa')).toEqual(['dai-hoc', 'trung-cap-llct', 'so-cap-ctpn', 'boi-duong']);
    // Sơ cấp does not reach trung cấp; union work is not asked.
    expect(ids('tre-trung-cap')).toEqual(['dai-hoc', 'trung-cap-llct']);
  });

  it('pairs a commune target with the measures reaching its role', () => {
    expect(ids('nguon')).toEqual(['trung-cap-llct']);
  });
});

describe('annual report', () => {
  it('counts a closed year to its end: items, its courses, targets and money', () => {
    const a = at('2014-06-30');
    const r = a.annualReport(2013);
    expect(r).toMatchObject({ year: 2013, where: 'VI.1.2', state: 'closed', asOf: '2013-12-31' });
    expect(r.items.map((i) => i.id)).toEqual(['2013-boi-duong', '2013-hoi-thi']);
    expect(r.statusCounts.find((s) => s.status === 'hoan-thanh')?.count).toBe(2);
    expect(r.statusCounts.reduce((s, c) => s + c.count, 0)).toBe(r.items.length);
    expect(r.courses.map((c) => c.id)).toEqual(['bd-2013']);
    expect(r.targets).toEqual(a.targetsAt('2013-12-31'));
    expect(r.standard).toEqual({ population: 4, meeting: a.standardAt('2013-12-31').meeting, percent: a.standardAt('2013-12-31').percent });
    expect(r.money).toEqual({
      budget: 1_000_000,
      spentInYear: 100_000,
      spentToDate: 100_000,
      remaining: 900_000,
      byYear: [
        { year: 2012, spent: 0, cumulative: 0 },
        { year: 2013, spent: 100_000, cumulative: 100_000 },
      ],
    });
  });

  it('counts a running year to the data date and a year not begun not at all', () => {
    const a = at('2014-06-30');
    const running = a.annualReport(2014);
    expect(running).toMatchObject({ state: 'running', asOf: '2014-06-30' });
    expect(running.money).toMatchObject({ spentInYear: 250_000, spentToDate: 350_000, remaining: 650_000 });
    expect(running.targets).toEqual(a.targetsAt('2014-06-30'));
    const ahead = a.annualReport(2015);
    expect(ahead).toMatchObject({ state: 'ahead', asOf: '2014-06-30', targets: null, standard: null, items: [], where: undefined });
  });
});
