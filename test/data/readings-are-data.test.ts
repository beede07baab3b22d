/**
 * The plan's readings are data the pages can show, not YAML comments: each place where the site
 * reads the document beyond its words says so in a field (`reading`), next to the figure it
 * concerns. The pages that show them are held by the site tests.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Plan } from '../../src/schema/index.ts';

const text = readFileSync(new URL('../../data/plan.yaml', import.meta.url), 'utf8');
const plan = parse(text) as Plan;

describe('data/plan.yaml readings', () => {
  it('says why the deadline is the day it is: the document names no day', () => {
    expect(plan.deadline.date).toBe('2016-12-31');
    expect(plan.deadline.reading).toMatch(/không ghi ngày/);
    expect(plan.deadline.reading).toContain('31/12/2016');
  });

  it('reads the standard’s "được bồi dưỡng nghiệp vụ" as target 1 does, and says so on the criterion', () => {
    const c = plan.standard.criteria.find((x) => x.id === 'nghiep-vu')!;
    expect(c.quote).toBe('Được bồi dưỡng nghiệp vụ công tác vận động phụ nữ');
    expect(c.reading).toMatch(/từ 1 tháng trở lên/);
    expect(c.reading).toContain('III.2');
  });

  it('says how "mới tham gia" is read', () => {
    expect(plan.term.reading).toMatch(/mới tham gia/);
  });

  it('records the budget sentence as it reads: one source, allocated to three', () => {
    expect(plan.budget.source).toBe('Ngân sách nhà nước');
    expect(plan.budget.allocatedTo).toEqual(['Hội LHPN Hà Nội', 'Trường Đào tạo cán bộ Lê Hồng Phong', 'Các đơn vị có cán bộ cử đi học']);
    expect(plan.budget.quote).toContain('được trích từ ngân sách nhà nước cấp cho Hội LHPN Hà Nội, Trường Đào tạo cán bộ Lê Hồng Phong và các đơn vị có cán bộ cử đi học');
  });

  it('keeps no reading in a comment (past the file’s header)', () => {
    const comments = text
      .split('\n')
      .slice(3)
      .map((l) => /#\s(.*)$/.exec(l)?.[1])
      .filter((c): c is string => c !== undefined);
    expect(comments.filter((c) => /đọc|giả định|không ghi/i.test(c))).toEqual([]);
  });
});
