import { describe, expect, it } from 'vitest';
import { diff } from '../../src/assessment/impact.ts';
import { formatFigure, impactMarkdown, NO_CHANGE } from '../../scripts/lib/impact-markdown.ts';
import { formatDate, formatMoney } from '../../src/format/vi.ts';
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
    const i = diff(before, after);
    const md = impactMarkdown(i, 'origin/main', { dataDate: after.progress.asOf });
    expect(md).toContain(`<summary>Từng ngày: ${i.indicators.length} thay đổi tại ngày 30/4/2012, 31/12/2012, 31/12/2013, 31/12/2014, 31/12/2015 và 31/12/2016</summary>`);
    expect(md).toContain('| Chỉ tiêu 1. Chuẩn hoá | Toàn thành phố | 31/12/2014 | 2/4 (50,0%) | 3/4 (75,0%) |');
    expect(md).toContain('| Trần Thị Bình (`p2`) | Quận A | 31/12/2014 | Chưa đạt (2 tiêu chí) → Chưa đạt (1 tiêu chí) | Nghiệp vụ: chưa đạt → đạt |');
    expect(md).not.toContain(NO_CHANGE);
  });
});

describe('the impact report reads at a glance', () => {
  const i = diff(before, after);
  const dataDate = after.progress.asOf;
  const md = impactMarkdown(i, 'origin/main', { dataDate });
  const lines = md.split('\n');
  const at = (s: string) => lines.findIndex((l) => l.startsWith(s));
  const folded = at('<details>');
  const change = (k: string) => `${formatFigure(key(k)!.before)} → ${formatFigure(key(k)!.after)}`;

  it('leads with a summary: who changed, then each indicator at the data date; the dated tables are folded below', () => {
    expect(i.indicators.some((c) => c.date !== dataDate)).toBe(true);
    expect(at('So với `origin/main`: 1 lượt Chủ tịch Hội đổi về tiêu chuẩn')).toBe(2);
    expect(at('### Chủ tịch Hội thay đổi về tiêu chuẩn')).toBeGreaterThan(0);
    expect(at('### Chủ tịch Hội thay đổi về tiêu chuẩn')).toBeLessThan(at(`### Các chỉ số tại ngày ${formatDate(dataDate)}`));
    expect(at(`### Các chỉ số tại ngày ${formatDate(dataDate)}`)).toBeLessThan(folded);
    expect(lines.indexOf('</details>')).toBeGreaterThan(folded);
    // Every dated row (one with a date column) is inside the fold, and only there.
    const dated = lines.map((l, n) => [l, n] as const).filter(([l]) => /^\| .* \| \d{1,2}\/\d{1,2}\/\d{4} \| /.test(l) && !l.includes('(`p2`)'));
    expect(dated.length).toBe(i.indicators.length);
    expect(dated.every(([, n]) => n > folded)).toBe(true);
  });

  it('gives one line per indicator at the data date, the city first, then its districts and clusters', () => {
    const k = (scope: string) => `target/chuan-hoa/${scope}/${dataDate}`;
    const row = lines.slice(0, folded).find((l) => l.startsWith('| Chỉ tiêu 1. Chuẩn hoá | '));
    expect(row).toBe(`| Chỉ tiêu 1. Chuẩn hoá | ${change(k('city'))} | Quận A: ${change(k('district:quan-a'))}; Cụm khối quận: ${change(k('cluster:cum-quan'))} |`);
    const summary = lines.slice(at(`### Các chỉ số tại ngày ${formatDate(dataDate)}`), folded);
    const labels = summary.filter((l) => l.startsWith('| ') && !l.startsWith('| Chỉ số |')).map((l) => l.split(' | ')[0]);
    expect(new Set(labels).size).toBe(labels.length);
    expect(labels.length).toBe(new Set(i.indicators.filter((c) => c.date === dataDate).map((c) => c.label)).size);
  });

  it('leaves out the criteria of someone taking up or leaving office: her standing says it', () => {
    const gone = makeDataset({ people: fourChairwomen().map((p) => (p.id === 'p2' ? { ...p, roles: p.roles.map((r) => ({ ...r, to: '2013-06-30' })) } : p)) });
    const out = impactMarkdown(diff(before, gone), 'main', { dataDate });
    const row = out.split('\n').find((l) => l.includes('(`p2`)') && l.includes(formatDate(dataDate)))!;
    expect(row).toMatch(/ → Không giữ chức \| — \|$/);
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
