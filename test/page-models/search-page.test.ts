import { describe, expect, it } from 'vitest';
import { communeRecords, type SearchRecord } from '../../src/search/facets.ts';
import { KIND_ORDER, KIND_SLUGS, KINDS, SORT_KEY, STANDARD, STANDARD_SLUGS } from '../../src/search/vocabulary.ts';
import { searchPage, searchRecords } from '../../src/page-models/search.ts';
import { sampleContext } from './context.ts';
import { communeLink } from '../../src/page-models/commune-pages.ts';

describe('the search page model, from the sample data', () => {
  const ctx = sampleContext();
  const { a } = ctx;
  const m = searchPage(ctx);
  const collator = new Intl.Collator('vi');

  it('offers every kind of result in the ranking order, and both standings', () => {
    expect(m.kinds).toEqual(KIND_ORDER.map((k) => ({ slug: KIND_SLUGS[k], label: KINDS[k] })));
    expect(m.standards).toEqual([
      { slug: STANDARD_SLUGS.meets, label: STANDARD.meets },
      { slug: STANDARD_SLUGS.short, label: STANDARD.short },
    ]);
  });

  it('offers every district by its short name in Vietnamese order, labelled with the full name the index filters on', () => {
    const shortName = new Map(a.dataset.districts.map((d) => [d.id, d.name]));
    expect(m.districts.map((d) => d.slug).sort()).toEqual(a.dataset.districts.map((d) => d.id).sort());
    const names = m.districts.map((d) => shortName.get(d.slug) ?? '');
    expect(names).toEqual([...names].sort(collator.compare));
    expect(names.join()).not.toBe([...names].sort().join());
    const labels = m.districts.map((d) => d.label);
    expect(labels.join()).not.toBe([...labels].sort(collator.compare).join());
    for (const d of m.districts) expect(d.label).toBe(a.scopeLabel({ district: d.slug }));
  });

  it('gives the indexer every commune as a record on its district page and every person on hers, in sort-key order', () => {
    const records = searchRecords(ctx.a);
    const byUrl = (list: readonly SearchRecord[]) => [...list].sort((x, y) => (x.url < y.url ? -1 : 1));
    const communeRecs = records.filter((r) => !r.url.startsWith('/nguoi/'));
    expect(byUrl(communeRecs)).toEqual(byUrl(communeRecords(a.communeRows(), (c) => communeLink(a, c))));
    const communes = a.dataset.districts.flatMap((d) => d.communes.map((c) => `/quan-huyen/${d.id}/#xa-${c.code}`));
    expect(communeRecs.map((r) => r.url.replace(/^.*(\/quan-huyen\/)/, '$1')).sort()).toEqual(communes.sort());
    expect(records.filter((r) => r.url.startsWith('/nguoi/')).map((r) => r.url).sort()).toEqual(a.people().map((p) => `/nguoi/${p.id}/`).sort());
    // Pagefind packs neighbours together: the order of the sort key (people of one name side by side).
    const keys = records.map((r) => Number(r.sort[SORT_KEY]));
    expect(keys).toEqual([...keys].sort((x, y) => x - y));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('hands the layout its frame and the data chrome once', () => {
    expect(m.frame.title).toBe('Tìm kiếm');
    expect(m.frame.breadcrumbs).toEqual([{ label: 'Tìm kiếm' }]);
    expect(m.frame.chrome).toBe(ctx.chrome);
  });
});
