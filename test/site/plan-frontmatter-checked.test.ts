/**
 * The plan's frontmatter, checked by the build (src/site/plan-frontmatter.ts) now that no content
 * collection does: the file's own passes; a missing or empty field, an unknown one, or a plan without
 * numbered sections stops the build with one Vietnamese message and its key.
 */
import { describe, expect, it } from 'vitest';
import { planFrontmatter } from '../../src/site/plan-frontmatter.ts';
import { frontmatterOf, readMdx } from './document-text.ts';

const own = frontmatterOf(readMdx());
const sections = { 'III.2': 'iii-2-chi-tieu' };

describe("the plan's frontmatter", () => {
  it("of the file itself passes, with the plugin's sections", () => {
    const { data, sections: got } = planFrontmatter({ ...own, sections });
    expect(data).toEqual({ title: own['title'], description: own['description'], source: own['source'] });
    expect(got).toEqual(sections);
  });

  it('names every wrong field at once', () => {
    const { title: _title, ...rest } = own;
    const run = () => planFrontmatter({ ...rest, description: '', tieuDe: 'x', sections });
    expect(run).toThrow(/^Phần đầu của src\/content\/de-an\.mdx sai \(invalid-document-frontmatter\):/);
    for (const field of ['title', 'description', 'tieuDe']) expect(run).toThrow(field);
  });

  it('refuses a plan with no numbered section', () => {
    expect(() => planFrontmatter(own)).toThrow('Văn bản đề án không có mục đánh số nào (missing-sections)');
    expect(() => planFrontmatter({ ...own, sections: {} })).toThrow('(missing-sections)');
  });
});
