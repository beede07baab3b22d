import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assessment/assessment.ts';
import { course, replacedChairDataset } from './fixtures.ts';

const ds = replacedChairDataset({
  courses: [course({ id: 'bd', participants: [{ person: 'p2', outcome: 'completed' }] })],
  asOf: '2013-12-31',
});
const a = assess(ds);

describe('a person page', () => {
  const v = a.personView('p2')!;

  it('never carries birth date or party membership', () => {
    const json = JSON.stringify(v);
    expect(json).not.toMatch(/birthDate|partyMember|1985/);
  });

  it('shows qualifications at the baseline and at the date, and what rose', () => {
    expect(v.date).toBe('2013-12-31');
    expect(v.qualificationsAtBaseline.find((q) => q.dimension === 'unionWork')?.level).toBe('duoi-1-thang');
    expect(v.qualifications.find((q) => q.dimension === 'unionWork')).toMatchObject({ level: 'boi-duong-1-thang', label: 'Bồi dưỡng 1 tháng' });
    expect(v.raised).toEqual(['unionWork']);
    expect(v.ageBandAtBaseline).toBe('18-30');
    expect(v.courses).toMatchObject([{ id: 'bd', outcome: 'completed', outcomeLabel: 'Hoàn thành', completedOn: '2013-04-30' }]);
  });

  it('links a chairwoman term to her successor and back', () => {
    expect(v.terms[0]).toMatchObject({ role: 'chairwoman', roleLabel: 'Chủ tịch Hội', current: false, successor: { id: 'moi' } });
    expect(v.terms[0]!.predecessor).toBeUndefined();
    expect(a.personView('moi')!.terms[0]).toMatchObject({ current: true, predecessor: { id: 'p2', name: 'Trần Thị Bình' } });
  });

  it('gives her standing only while she is chairwoman', () => {
    expect(v.standard).toBeUndefined();
    expect(a.personView('p2', '2012-12-31')!.standard?.failed).toEqual(['chuyen-mon-40', 'nghiep-vu']);
  });

  it('is undefined for an unknown id', () => {
    expect(a.personView('khong-co')).toBeUndefined();
  });
});

describe('a district page', () => {
  const d = a.districtView('quan-a')!;

  it('lists each commune with its chairwoman at the date and its source cadres', () => {
    expect(d.name).toBe('Quận A');
    expect(d.cluster).toEqual({ id: 'cum-quan', name: 'Cụm khối quận' });
    expect(d.communes.map((c) => [c.commune.name, c.chairwoman?.person.id, c.sourceCadres.map((s) => s.id)])).toEqual([
      ['Phường Một', 'p1', ['nguon']],
      ['Phường Hai', 'moi', []],
    ]);
  });

  it('carries its targets, standard and tables at the date, and a series over the report dates', () => {
    expect(d.targets.find((t) => t.id === 'chuan-hoa')).toMatchObject({ numerator: 2, denominator: 2 });
    expect(d.standard.population).toBe(2);
    expect(d.tables.map((t) => t.total)).toEqual([2, 2, 2]);
    expect(d.series.map((s) => s.date)).toEqual(['2012-04-30', '2012-12-31', '2013-12-31', '2014-12-31', '2015-12-31', '2016-12-31']);
  });

  it('is undefined for an unknown id', () => {
    expect(a.districtView('khong-co')).toBeUndefined();
  });
});

describe('report dates', () => {
  it('are the baseline and each 31/12 of the period', () => {
    expect(a.yearEnds()).toEqual(['2012-12-31', '2013-12-31', '2014-12-31', '2015-12-31', '2016-12-31']);
    expect(a.dates()[0]).toBe('2012-04-30');
    expect(a.currentDate).toBe('2013-12-31');
  });
  it('lists everyone by Vietnamese name order', () => {
    expect(a.people().map((p) => p.name)).toEqual([
      'Nguyễn Thị An',
      'Trần Thị Bình',
      'Lê Thị Chi',
      'Phạm Thị Dung',
      'Hoàng Thị Em',
      'Vũ Thị Giang',
    ]);
  });
});
