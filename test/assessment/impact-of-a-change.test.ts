import { describe, expect, it } from 'vitest';
import { diff } from '../../src/assessment/impact.ts';
import { impactMarkdown, NO_CHANGE } from '../../src/assessment/impact-markdown.ts';
import { course, fourChairwomen, makeDataset } from './fixtures.ts';

const before = makeDataset({ people: fourChairwomen() });
const after = makeDataset({
  people: fourChairwomen(),
  courses: [course({ id: 'bd', participants: [{ person: 'p2', outcome: 'completed' }] })],
});

describe('the impact of a data change', () => {
  it('reports nothing for identical data', () => {
    const i = diff(before, before);
    expect(i.unchanged).toBe(true);
    expect(impactMarkdown(i, 'main')).toContain(NO_CHANGE);
  });

  it('reports each indicator that moved, at the baseline and the current date', () => {
    const i = diff(before, after);
    expect(i.dates).toEqual(['2012-04-30', '2014-12-31']);
    const t1 = i.indicators.find((c) => c.key === 'target/chuan-hoa/city/2014-12-31');
    expect(t1).toMatchObject({ before: { count: 2, of: 4 }, after: { count: 3, of: 4 }, scope: 'Toàn thành phố' });
    expect(i.indicators.find((c) => c.key === 'target/chuan-hoa/district:quan-a/2014-12-31')).toMatchObject({
      before: { count: 1, of: 2 },
      after: { count: 2, of: 2 },
    });
    expect(i.indicators.some((c) => c.date === '2012-04-30')).toBe(false);
    expect(i.indicators.find((c) => c.key === 'table/unionWork/city/2014-12-31/duoi-1-thang/18-30')).toMatchObject({
      before: { count: 1 },
      after: { count: 0 },
    });
  });

  it('names the chairwomen whose standing changed and the criteria that moved', () => {
    const i = diff(before, after);
    expect(i.people).toEqual([
      expect.objectContaining({
        person: expect.objectContaining({ id: 'p2', name: 'Trần Thị Bình' }),
        date: '2014-12-31',
        before: 'fails',
        after: 'fails',
        failedBefore: 2,
        failedAfter: 1,
        criteria: [{ id: 'nghiep-vu', label: 'Nghiệp vụ', before: false, after: true }],
      }),
    ]);
  });

  it('writes Vietnamese Markdown with vi-VN numbers', () => {
    const md = impactMarkdown(diff(before, after), 'origin/main');
    expect(md).toContain('So với `origin/main`, tại ngày 30/4/2012 và 31/12/2014.');
    expect(md).toContain('| Chỉ tiêu 1. Chuẩn hoá | Toàn thành phố | 31/12/2014 | 2/4 (50,0%) | 3/4 (75,0%) |');
    expect(md).toContain('Trần Thị Bình (`p2`)');
    expect(md).toContain('Chưa đạt (2 tiêu chí) | Chưa đạt (1 tiêu chí) | Nghiệp vụ: chưa đạt → đạt');
    expect(md).not.toContain(NO_CHANGE);
  });
});
