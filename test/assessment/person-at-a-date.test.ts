import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/assessment/indexes.ts';
import { personAt, qualificationsAt } from '../../src/assessment/state.ts';
import { cadre, chair, course, makeDataset, person } from './fixtures.ts';

const p = person({
  id: 'p',
  unionWork: 'duoi-1-thang',
  politicalTheory: 'trung-cap',
  roles: [chair('00001', '2011-01-01', '2013-06-30'), cadre('00002', '2013-07-01')],
});
const ds = makeDataset({
  people: [p],
  courses: [
    // Completed on 2013-04-30 (the course end).
    course({ id: 'bd', participants: [{ person: 'p', outcome: 'completed' }] }),
    // Completed on its own date, before the end.
    course({
      id: 'llct-so-cap',
      start: '2014-01-01',
      end: '2014-12-31',
      subjects: ['ly-luan-chinh-tri'],
      confers: [{ dimension: 'politicalTheory', level: 'so-cap' }],
      participants: [{ person: 'p', outcome: 'completed', completedOn: '2014-06-01' }],
    }),
    course({
      id: 'dai-hoc',
      start: '2013-01-01',
      end: '2013-12-31',
      subjects: ['chuyen-mon'],
      confers: [{ dimension: 'professional', level: 'dai-hoc' }],
      participants: [{ person: 'p', outcome: 'enrolled' }],
    }),
    course({
      id: 'so-cap-nv',
      start: '2013-01-01',
      end: '2013-02-01',
      confers: [{ dimension: 'unionWork', level: 'so-cap' }],
      participants: [{ person: 'p', outcome: 'dropped' }],
    }),
  ],
});
const ix = buildIndex(ds);

describe('a person at a date', () => {
  it('keeps recorded levels before any completion', () => {
    expect(qualificationsAt(ix, p, '2013-04-29').unionWork).toBe('duoi-1-thang');
  });
  it('is raised by a completed course from its end date', () => {
    expect(qualificationsAt(ix, p, '2013-04-30').unionWork).toBe('boi-duong-1-thang');
  });
  it('counts completedOn instead of the end when given', () => {
    expect(personAt(ix, p, '2014-05-31').subjects.has('ly-luan-chinh-tri')).toBe(false);
    expect(personAt(ix, p, '2014-06-01').subjects.has('ly-luan-chinh-tri')).toBe(true);
  });
  it('is never lowered by a course conferring less than she has', () => {
    expect(qualificationsAt(ix, p, '2016-12-31').politicalTheory).toBe('trung-cap');
  });
  it('gains nothing from courses still running or dropped', () => {
    const q = qualificationsAt(ix, p, '2016-12-31');
    expect(q.professional).toBe('so-cap');
    expect(q.unionWork).toBe('boi-duong-1-thang');
    expect([...personAt(ix, p, '2016-12-31').subjects].sort()).toEqual(['ly-luan-chinh-tri', 'nghiep-vu-cong-tac-hoi']);
  });
  it('holds a role from its first to its last day inclusive', () => {
    expect(personAt(ix, p, '2010-12-31').terms).toEqual([]);
    expect(personAt(ix, p, '2013-06-30').chairOf).toBe('00001');
    const after = personAt(ix, p, '2013-07-01');
    expect(after.chairOf).toBeUndefined();
    expect(after.terms.map((t) => [t.role, t.commune])).toEqual([['sourceCadre', '00002']]);
  });
  it('has the age and band of the date', () => {
    const pa = personAt(ix, p, '2012-04-30');
    expect(pa.age).toBe(42);
    expect(pa.band?.id).toBe('41-45');
  });
});
