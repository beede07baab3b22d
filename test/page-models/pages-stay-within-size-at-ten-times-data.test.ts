/**
 * Issue 12: at ten times the city's data, a person page stays under 15 KB of HTML and no page goes
 * over 150 KB. Every district page and the largest person pages (by the size of their model: most
 * roles, gaps and courses) are rendered through their real templates.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { districtPage } from '../../src/page-models/district.ts';
import { personPage } from '../../src/page-models/person.ts';
import type { SiteContext } from '../../src/page-models/context.ts';
import { pageRenderer, type PageRenderer } from './astro-pages.ts';
import { scaledContext } from './ten-times-context.ts';

const PERSON_LIMIT = 15 * 1024;
const PAGE_LIMIT = 150 * 1024;
/** Person pages rendered: the largest models; the rest are smaller by construction of the same template. */
const LARGEST_PEOPLE = 8;

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

  it('renders every district page under 150 KB', async () => {
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

  it('renders the largest person pages under 15 KB', async () => {
    const models = ctx.a.people().map((p) => personPage(ctx, p.id));
    const largest = models.map((m) => ({ m, n: JSON.stringify(m).length })).sort((x, y) => y.n - x.n).slice(0, LARGEST_PEOPLE);
    const sizes: [string, number][] = [];
    for (const { m } of largest) sizes.push([m.frame.title, bytes(await pages.render('/src/pages/nguoi/[id].astro', m))]);
    expect(sizes.length).toBe(LARGEST_PEOPLE);
    expect(sizes.filter(([, n]) => n >= PERSON_LIMIT), JSON.stringify(sizes)).toEqual([]);
  });
});
