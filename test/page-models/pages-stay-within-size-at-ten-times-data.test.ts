/**
 * Issue 12: at ten times the city's data, a person page stays under 15 kB of HTML and no page goes
 * over 150 kB (kB as the bench counts them: 1,000 bytes). Every district page, every person page and
 * every page of the course list are rendered through their real templates.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { communeLink } from '../../src/page-models/commune-pages.ts';
import { districtCommunePaths, districtPage } from '../../src/page-models/district.ts';
import { OVERVIEW_COURSES_PER_YEAR, courseYearPaths, coursesPage } from '../../src/page-models/courses.ts';
import { personPage } from '../../src/page-models/person.ts';
import { roadmapYearPaths } from '../../src/page-models/roadmap-year.ts';
import type { SiteContext } from '../../src/page-models/context.ts';
import { pageRenderer, type PageRenderer } from './astro-pages.ts';
import { scaledContext } from './ten-times-context.ts';

const PERSON_LIMIT = 15_000;
const PAGE_LIMIT = 150_000;

let ctx: SiteContext;
let pages: PageRenderer;
const bytes = (html: string) => Buffer.byteLength(html, 'utf8');

beforeAll(async () => {
  ctx = scaledContext(10);
  pages = await pageRenderer();
});
afterAll(() => pages?.close());

describe('pages at ten times the data', () => {
  it('has ten times the communes of the committed data', () => {
    const communes = ctx.a.dataset.districts.reduce((n, d) => n + d.communes.length, 0);
    expect(communes).toBeGreaterThan(5000);
  });

  it('renders every district page under 150 kB', async () => {
    const sizes: [string, number][] = [];
    let folded = false;
    for (const d of ctx.a.dataset.districts) {
      const model = districtPage(ctx, d.id);
      // The data is large enough to need the folding the bound relies on.
      if (model.short.more > 0 && model.communes.filter((c) => !c.detailed).length > 100) folded = true;
      sizes.push([d.id, bytes(await pages.render('/src/pages/quan-huyen/[id].astro', model))]);
    }
    expect(folded).toBe(true);
    const over = sizes.filter(([, n]) => n >= PAGE_LIMIT);
    expect(over, `largest: ${JSON.stringify(sizes.sort((x, y) => y[1] - x[1]).slice(0, 3))}`).toEqual([]);
  });

  it('renders every person page under 15 kB', async () => {
    const people = ctx.a.people();
    const sizes: [string, number][] = [];
    for (const p of people) sizes.push([p.id, bytes(await pages.render('/src/pages/nguoi/[id].astro', personPage(ctx, p.id)))]);
    expect(sizes.length).toBe(people.length);
    expect(sizes.filter(([, n]) => n >= PERSON_LIMIT), `largest: ${JSON.stringify(sizes.sort((x, y) => y[1] - x[1]).slice(0, 3))}`).toEqual([]);
  });

  it('bounds the course list at its first courses of each year, and renders every page of a year under 150 kB', async () => {
    const overview = coursesPage(ctx);
    // The data is large enough to need the paging the bound relies on; the overview (which builds
    // its own model from data/, so it cannot be rendered with this one) lists a fixed number per year.
    expect(overview.years.some((y) => y.more > 0)).toBe(true);
    for (const y of overview.years) expect(y.courses.length).toBeLessThanOrEqual(OVERVIEW_COURSES_PER_YEAR);
    const sizes: [string, number][] = [];
    const paths = courseYearPaths(ctx);
    expect(paths.length).toBeGreaterThan(overview.years.length);
    for (const p of paths) sizes.push([`${p.params.year}/${p.params.page ?? ''}`, bytes(await pages.render('/src/pages/lop-hoc/nam-[year]/[...page].astro', p.props.model))]);
    expect(sizes.filter(([, n]) => n >= PAGE_LIMIT), `largest: ${JSON.stringify(sizes.sort((x, y) => y[1] - x[1]).slice(0, 3))}`).toEqual([]);
  });

  it("pages a district's communes past the first ones, each page under 150 kB, and every commune link finds its row", async () => {
    const paths = districtCommunePaths(ctx);
    expect(paths.length).toBeGreaterThan(0);
    const listed = new Map<string, string>();
    for (const d of ctx.a.dataset.districts) {
      const m = districtPage(ctx, d.id);
      for (const c of m.communes) listed.set(c.code, `${m.communePages[0]!.href}#${c.anchor}`);
    }
    const sizes: [string, number][] = [];
    for (const p of paths) {
      for (const c of p.props.model.communes) listed.set(c.code, `${p.props.model.pages[p.props.model.page - 1]!.href}#${c.anchor}`);
      sizes.push([`${p.params.id}/${p.params.page}`, bytes(await pages.render('/src/pages/quan-huyen/[id]/xa/[page].astro', p.props.model))]);
    }
    expect(sizes.filter(([, n]) => n >= PAGE_LIMIT), JSON.stringify(sizes.sort((x, y) => y[1] - x[1]).slice(0, 3))).toEqual([]);
    const communes = ctx.a.dataset.districts.flatMap((d) => d.communes.map((c) => ({ district: d.id, code: c.code })));
    expect(listed.size).toBe(communes.length);
    const lost = communes.filter((c) => listed.get(c.code) !== communeLink(ctx.a, c));
    expect(lost.slice(0, 3)).toEqual([]);
  });

  it('renders every year of the roadmap under 150 kB, its course list bounded', async () => {
    const sizes: [string, number][] = [];
    for (const p of roadmapYearPaths(ctx)) {
      expect(p.props.model.courses.length).toBeLessThanOrEqual(OVERVIEW_COURSES_PER_YEAR);
      sizes.push([String(p.props.model.year), bytes(await pages.render('/src/pages/lo-trinh/[year].astro', p.props.model))]);
    }
    expect(sizes.length).toBeGreaterThan(0);
    expect(sizes.filter(([, n]) => n >= PAGE_LIMIT), JSON.stringify(sizes)).toEqual([]);
  });
});
