import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assessment/assessment.ts';
import { course, replacedChairDataset } from './fixtures.ts';

const ds = replacedChairDataset({
  nguon: { born: 1992, politicalTheory: 'chua-qua' },
  courses: [
    course({
      id: 'bd',
      seats: 4,
      cost: 120_000,
      participants: [
        { person: 'p4', outcome: 'completed' },
        { person: 'p2', outcome: 'completed', completedOn: '2013-04-20' },
        { person: 'nguon', outcome: 'dropped' },
      ],
    }),
    course({ id: 'llct', measure: 'trung-cap-llct', start: '2014-02-01', end: '2015-01-31', seats: 2, cost: 50_000, participants: [{ person: 'nguon', outcome: 'enrolled' }] }),
  ],
  asOf: '2014-12-31',
});
const a = assess(ds);

describe('a course page', () => {
  const c = a.courseView('bd')!;

  it('counts seats filled, completion and cost from its participants', () => {
    expect(c.seats).toBe(4);
    expect(c.filled).toBe(3);
    expect(c.participants).toEqual({ enrolled: 0, completed: 2, dropped: 1 });
    expect(c.fillPercent).toBe(75);
    expect(c.completionPercent).toBeCloseTo(200 / 3, 10);
    expect(c.cost).toBe(120_000);
  });

  it('lists participants in Vietnamese name order with their outcome and role at the start', () => {
    expect(c.people.map((p) => [p.person.name, p.outcomeLabel, p.completedOn])).toEqual([
      ['Trần Thị Bình', 'Hoàn thành', '2013-04-20'],
      ['Phạm Thị Dung', 'Hoàn thành', '2013-04-30'],
      ['Vũ Thị Giang', 'Bỏ học', undefined],
    ]);
    expect(c.people[2]!.roleAtStart).toMatchObject({ roleLabel: 'Cán bộ nguồn', commune: { code: '00001', name: 'Phường Một' } });
  });

  it('names its measure and roadmap item', () => {
    expect(c.measureRef).toEqual({ id: 'boi-duong', label: 'Bồi dưỡng', where: 'V.2.3' });
    expect(c.roadmapRef).toEqual({ id: '2013-boi-duong', year: 2013, text: 't' });
  });

  it('groups courses by the year they start, with totals', () => {
    expect(a.courseViews().map((x) => x.id)).toEqual(['bd', 'llct']);
    expect(a.courseYears().map((y) => [y.year, y.courses.length, y.seats, y.filled, y.cost, y.participants])).toEqual([
      [2013, 1, 4, 3, 120_000, { enrolled: 0, completed: 2, dropped: 1 }],
      [2014, 1, 2, 1, 50_000, { enrolled: 1, completed: 0, dropped: 0 }],
    ]);
    expect(a.courseView('khong-co')).toBeUndefined();
  });
});

describe('a person against the standard', () => {
  it('for a chairwoman, is exactly her standing as the figures count it', () => {
    for (const id of ['p1', 'moi', 'p3', 'p4']) {
      const s = a.personStandard(id)!;
      const v = a.personView(id)!;
      expect(s.counted).toBe(true);
      expect(s.meets).toBe(v.standard!.meets);
      expect(s.criteria.map(({ closedBy: _, ...c }) => c)).toEqual(v.standard!.criteria);
    }
  });

  it('names the measure for each criterion she falls short of, and the assessment lists its courses', () => {
    const s = a.personStandard('p4', '2012-12-31')!;
    expect(s.meets).toBe(false);
    const nv = s.criteria.find((c) => c.id === 'nghiep-vu')!;
    expect(nv.met).toBe(false);
    expect(nv.closedBy).toMatchObject({ id: 'boi-duong', label: 'Bồi dưỡng' });
    expect(a.coursesOfMeasure(nv.closedBy!.id).map((c) => c.id)).toEqual(['bd']);
    expect(s.criteria.find((c) => c.id === 'hoc-van')!.closedBy).toBeUndefined();
  });

  it('for a source cadre, is a reference check that the figures do not count', () => {
    const s = a.personStandard('nguon')!;
    expect(s.counted).toBe(false);
    expect(a.personView('nguon')!.standard).toBeUndefined();
    expect(s.criteria.find((c) => c.id === 'llct')).toMatchObject({ met: false, closedBy: { id: 'trung-cap-llct' } });
    expect(a.coursesOfMeasure('trung-cap-llct').map((c) => c.id)).toEqual(['llct']);
    expect(s.criteria.find((c) => c.id === 'chuyen-mon-40')).toMatchObject({ applies: true, met: false });
  });
});

describe('the history of a commune', () => {
  it('lists every chairwoman one after another, then the source cadres, against the date', () => {
    const terms = a.communeTerms('quan-a');
    expect([...terms.keys()]).toEqual(['00001', '00002']);
    expect(terms.get('00002')!.map((t) => [t.person.id, t.role, t.when])).toEqual([
      ['p2', 'chairwoman', 'past'],
      ['moi', 'chairwoman', 'current'],
    ]);
    expect(terms.get('00001')!.map((t) => [t.person.id, t.role])).toEqual([
      ['p1', 'chairwoman'],
      ['nguon', 'sourceCadre'],
    ]);
    expect(a.communeTerms('quan-a', '2012-06-01').get('00002')!.map((t) => t.when)).toEqual(['current', 'future']);
  });
});

describe('scope summaries', () => {
  it('repeat the standard and targets of the scope, with its commune count', () => {
    for (const scope of a.scopes()) {
      const s = a.scopeSummary(scope);
      const std = a.standardAt(a.currentDate, scope);
      expect([s.population, s.meeting, s.percent]).toEqual([std.population, std.meeting, std.percent]);
      expect(s.targets).toEqual(a.targetsAt(a.currentDate, scope));
      expect(s.communes).toBe(s.targets.find((t) => t.unit === 'commune')!.denominator);
    }
  });

  it('run over the reporting dates, never past the data date', () => {
    expect(a.scopeSeries({ district: 'quan-a' }).map((s) => s.date)).toEqual(['2012-04-30', '2012-12-31', '2013-12-31', '2014-12-31']);
  });

  it('sort people by given name, middle, family name', () => {
    const refs = a.people();
    expect(a.byName([...refs].reverse()).map((r) => r.id)).toEqual(refs.map((r) => r.id));
  });
});

describe('the public tables', () => {
  it('never carry a birth date or a party flag', () => {
    const text = JSON.stringify([a.rosterRows(), a.indicatorRows(), a.courseRows()]);
    expect(text).not.toMatch(/birth|party|partyMember|đảng/i);
    for (const p of ds.people) expect(text).not.toContain(p.birthDate);
  });

  it('give each person her role at the date, or her last one', () => {
    const rows = new Map(a.rosterRows().map((r) => [r.id, r]));
    expect(rows.get('p2')).toMatchObject({ role: 'chairwoman', current: false, communeCode: '00002', meetsStandard: null });
    expect(rows.get('moi')).toMatchObject({ role: 'chairwoman', current: true, district: 'quan-a', districtName: 'Quận A' });
    expect(rows.get('nguon')).toMatchObject({ role: 'sourceCadre', current: true, meetsStandard: null, politicalTheory: 'Chưa qua LLCT' });
    expect(rows.get('p4')!.meetsStandard).toBe(a.personView('p4')!.standard!.meets);
    expect([...rows.keys()]).toEqual(a.people().map((p) => p.id));
  });

  it('have one indicator row per date, scope and target, equal to the assessment', () => {
    const rows = a.indicatorRows();
    expect(rows).toHaveLength(a.dates().length * a.scopes().length * ds.plan.targets.length);
    const row = rows.find((r) => r.date === '2013-12-31' && r.scopeId === 'huyen-b' && r.target === 'chuan-hoa')!;
    const t = a.targetsAt('2013-12-31', { district: 'huyen-b' }).find((x) => x.id === 'chuan-hoa')!;
    expect(row).toMatchObject({ scopeKind: 'district', numerator: t.numerator, denominator: t.denominator, goalCount: t.goalCount, reached: t.reached });
    expect(row.percent).toBeCloseTo(t.percent!, 2);
  });

  it('count each course participants by outcome', () => {
    expect(a.courseRows()).toMatchObject([
      { id: 'bd', year: 2013, seats: 4, participants: 3, completed: 2, enrolled: 0, dropped: 1, cost: 120_000, measureLabel: 'Bồi dưỡng' },
      { id: 'llct', year: 2014, participants: 1, enrolled: 1 },
    ]);
  });
});
