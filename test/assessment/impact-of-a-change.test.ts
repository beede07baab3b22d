import { describe, expect, it } from 'vitest';
import { diff } from '../../src/assessment/impact.ts';
import { impactMarkdown, NO_CHANGE } from '../../scripts/lib/impact-markdown.ts';
import { formatMoney } from '../../src/format/vi.ts';
import { course, fourChairwomen, makeDataset } from './fixtures.ts';

const before = makeDataset({ people: fourChairwomen() });
const after = makeDataset({
  people: fourChairwomen(),
  courses: [course({ id: 'bd', participants: [{ person: 'p2', outcome: 'completed' }] })],
});
const key = (k: string) => diff(before, after).indicators.find((c) => c.key === k);

describe('the impact of a data change', () => {
  it('reports nothing for identical data', () => {
    const i = diff(before, before);
    expect(i.unchanged).toBe(true);
    expect(impactMarkdown(i, 'main')).toContain(NO_CHANGE);
  });

  it('compares at the baseline, every year end and the current date', () => {
    expect(diff(before, after).dates).toEqual(['2012-04-30', '2012-12-31', '2013-12-31', '2014-12-31', '2015-12-31', '2016-12-31']);
  });

  it('reports each indicator that moved, in the city, each district and each cluster', () => {
    const i = diff(before, after);
    expect(key('target/chuan-hoa/city/2014-12-31')).toMatchObject({ before: { count: 2, of: 4 }, after: { count: 3, of: 4 }, scope: 'Toàn thành phố' });
    expect(key('target/chuan-hoa/district:quan-a/2014-12-31')).toMatchObject({ before: { count: 1, of: 2 }, after: { count: 2, of: 2 } });
    expect(key('target/chuan-hoa/cluster:cum-quan/2013-12-31')).toMatchObject({ before: { count: 1, of: 2 }, after: { count: 2, of: 2 }, scope: 'Cụm khối quận' });
    // The course ended on 30/4/2013: nothing moves at the baseline or the end of 2012.
    expect(i.indicators.some((c) => c.date === '2012-04-30' || c.date === '2012-12-31')).toBe(false);
    expect(key('table/unionWork/city/2014-12-31/duoi-1-thang/18-30')).toMatchObject({ before: { count: 1 }, after: { count: 0 } });
  });

  it('reports coverage, the roadmap and money', () => {
    // p2 took a seat of the 5 the roadmap promises and no longer needs the course.
    expect(key('coverage/boi-duong/seats/2013-12-31')).toMatchObject({ section: 'coverage', before: { count: 0, of: 5 }, after: { count: 1, of: 5 } });
    expect(key('coverage/boi-duong/needing/2013-12-31')).toMatchObject({ before: { count: 2 }, after: { count: 1 } });
    expect(key('roadmap/2013-boi-duong/2014-12-31')).toMatchObject({ section: 'roadmap', before: { count: 0 }, after: { count: 1 } });
    expect(key('money/2013/2014-12-31')).toMatchObject({ unit: 'money', before: null, after: { count: 100_000 } });
    expect(key('money/total/2014-12-31')).toMatchObject({ before: { count: 0, of: 1_000_000 }, after: { count: 100_000, of: 1_000_000 } });
  });

  it("reports a course's cost alone", () => {
    const dearer = makeDataset({ people: fourChairwomen(), courses: [course({ id: 'bd', cost: 150_000, participants: [{ person: 'p2', outcome: 'completed' }] })] });
    const i = diff(after, dearer);
    expect(i.unchanged).toBe(false);
    expect(i.indicators.map((c) => c.key)).toEqual(['money/2013/2014-12-31', 'money/total/2014-12-31']);
    expect(impactMarkdown(i, 'main')).toContain(`| Kinh phí các lớp khai giảng năm 2013 | Toàn thành phố | 31/12/2014 | ${formatMoney(100_000)} | ${formatMoney(150_000)} |`);
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
    expect(md).toContain('So với `origin/main`, tại ngày 30/4/2012, 31/12/2012, 31/12/2013, 31/12/2014, 31/12/2015 và 31/12/2016.');
    expect(md).toContain('| Chỉ tiêu 1. Chuẩn hoá | Toàn thành phố | 31/12/2014 | 2/4 (50,0%) | 3/4 (75,0%) |');
    expect(md).toContain('| Trần Thị Bình (`p2`) | Quận A | 31/12/2014 | Chưa đạt (2 tiêu chí) → Chưa đạt (1 tiêu chí) | Nghiệp vụ: chưa đạt → đạt |');
    expect(md).not.toContain(NO_CHANGE);
  });
});

describe('data text in the comment', () => {
  const name = 'Trần <!-- Thị | *Bình* `x` _y_ [z]';
  const people = () => fourChairwomen().map((p) => (p.id === 'p2' ? { ...p, name } : p));
  const quote = 'Có <!-- 5 *đảng viên* | `x`';
  const md = impactMarkdown(
    diff(
      makeDataset({ people: people() }),
      makeDataset({
        people: people(),
        courses: [course({ id: 'bd', participants: [{ person: 'p2', outcome: 'completed' }] })],
        baseline: { figures: [{ id: 'dang-vien', where: 'II.1', quote, printed: 5, unit: 'people', count: { roles: ['chairwoman'], where: { partyMember: true } } }] },
      }),
    ),
    'origin/main',
  );
  const unescapedPipes = (line: string) => line.match(/(?<!\\)\|/g)?.length ?? 0;

  it('cannot open an HTML comment or change the rendering', () => {
    expect(md).not.toContain('<!--');
    expect(md).not.toMatch(/(?<!\\)\*Bình/);
  });

  it('keeps a name with Markdown and HTML characters literal, in its own cell', () => {
    const row = md.split('\n').find((l) => l.includes('(`p2`)'))!;
    expect(row).toContain('| Trần &lt;!-- Thị \\| \\*Bình\\* \\`x\\` \\_y\\_ \\[z\\] (`p2`) | Quận A |');
    expect(unescapedPipes(row)).toBe(6);
  });

  it('keeps a finding line literal', () => {
    const line = md.split('\n').find((l) => l.startsWith('- Chỗ lệch mới:'))!;
    expect(line).toBe('- Chỗ lệch mới: Có &lt;!-- 5 \\*đảng viên\\* \\| \\`x\\` — Văn bản ghi 5 nhưng danh sách đếm được 3');
  });
});
