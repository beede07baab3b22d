/**
 * What the index is told about each record (src/search/facets.ts), from the committed data: one
 * custom record per commune landing on its section, kinds and standing as the assessment has them,
 * folded copies only where folding changes something, and sort keys that keep each kind in order.
 */
import { describe, expect, it } from 'vitest';
import { assess, mainTerm } from '../../src/assessment/index.ts';
import { loadDatasetSync } from '../../src/data/load.ts';
import { communeRecords, districtFacets, filtersOf, metaOf, personFacets, sortKey } from '../../src/search/facets.ts';
import { fold } from '../../src/search/fold.ts';
import { FILTER, KINDS, META, SORT_KEY, STANDARD } from '../../src/search/vocabulary.ts';
import { BASE_PATH } from '../../src/site/config.ts';
import { communeHref } from '../../src/site/links.ts';
import { ROOT } from '../data/helpers.ts';
import { communeLink } from '../../src/page-models/commune-pages.ts';
import { personPage } from '../../src/page-models/person.ts';
import { searchRecords } from '../../src/page-models/search.ts';
import { personHref } from '../../src/site/links.ts';
import { sampleContext } from '../page-models/context.ts';

const { dataset } = loadDatasetSync(`${ROOT}/data`);
const a = assess(dataset!);
const communes = a.communeRows();

describe('commune records', () => {
  const records = communeRecords(a.communeRows(), (c) => communeLink(a, c));

  it('are one per commune, each on its section of the district page, under the site root without the base', () => {
    expect(records.length).toBe(communes.length);
    expect(new Set(records.map((r) => r.url)).size).toBe(records.length);
    for (const { commune: c } of communes) {
      const url = communeHref(c.district, c.code);
      expect(url.startsWith(BASE_PATH)).toBe(true);
      expect(records.some((r) => r.url === `/${url.slice(BASE_PATH.length)}`)).toBe(true);
    }
  });

  it('carry the name as written in the title and text, the folded copy only in metadata', () => {
    for (const r of records) {
      const c = communes.find((x) => r.url.endsWith(`#xa-${x.commune.code}`))!.commune;
      expect(r.meta['title']).toBe(c.name);
      expect(r.content.startsWith(`${c.name}, ${c.districtName}.`)).toBe(true);
      expect(r.meta[META.name]).toBe(c.name);
      if (fold(c.name) !== c.name) expect(r.content).not.toContain(fold(c.name));
      expect(r.filters).toEqual({ [FILTER.kind]: [KINDS.commune], [FILTER.district]: [c.districtName] });
    }
  });

  it('name the chairwoman and her standing where the commune has one', () => {
    const withChair = communes.filter((c) => c.chairwoman);
    expect(withChair.length).toBeGreaterThan(0);
    for (const row of withChair) {
      const r = records.find((x) => x.url.endsWith(`#xa-${row.commune.code}`))!;
      expect(r.content).toContain(row.chairwoman!.person.name);
    }
  });

  it('sort by name within their kind', () => {
    const keys = records.map((r) => r.sort[SORT_KEY]!);
    expect(keys).toEqual([...keys].sort());
    const collator = new Intl.Collator('vi');
    const names = records.map((r) => r.meta['title']!);
    for (let i = 1; i < names.length; i++) expect(collator.compare(names[i - 1]!, names[i]!)).toBeLessThanOrEqual(0);
  });
});

describe('people', () => {
  const views = a.people().map((p) => a.personView(p.id)!);

  it('are chairwomen, source cadres or former by the role they hold at the data date; only counted chairwomen have a standing', () => {
    const kinds = new Set<string>();
    for (const v of views) {
      const f = personFacets(v, a.nameRank(v.person.id));
      kinds.add(f.kind);
      const current = v.terms.filter((t) => t.current);
      expect(f.kind).toBe(current.length === 0 ? 'former' : current.some((t) => t.role === 'chairwoman') ? 'chairwoman' : 'sourceCadre');
      expect(f.standard).toBe(v.standard ? (v.standard.meets ? STANDARD.meets : STANDARD.short) : undefined);
      expect(f.district).toBe(mainTerm(v).commune.districtName);
    }
    expect([...kinds].sort()).toEqual(['chairwoman', 'former', 'sourceCadre']);
  });

  it('sort in the name order of the site (given name, middle, family), after the kinds before them', () => {
    const keys = views.map((v) => personFacets(v, a.nameRank(v.person.id))).filter((f) => f.kind === 'chairwoman').map(sortKey);
    expect(keys).toEqual([...keys].sort());
    expect(sortKey(districtFacets({ name: 'x' }, 0)) > keys.at(-1)!).toBe(true);
  });
});

describe('person records', () => {
  const ctx = sampleContext();
  const records = searchRecords(ctx.a).filter((r) => r.url.startsWith('/nguoi/'));

  it('are one per person, on her page, reading as the heading and first line of her page read', () => {
    const people = ctx.a.people();
    expect(records).toHaveLength(people.length);
    expect(new Set(records.map((r) => r.url)).size).toBe(people.length);
    for (const p of people) {
      const r = records.find((x) => `${BASE_PATH}${x.url.slice(1)}` === personHref(p.id));
      expect(r, p.id).toBeDefined();
      const m = personPage(ctx, p.id);
      expect(r!.content).toBe(`${m.name}. ${m.roleSummary}, ${m.district.name}.`);
      expect(r!.meta['title']).toBe(m.name);
    }
  });

  it('carry the facets a person page carried: kind, district, standing, name and sort key', () => {
    for (const r of records) {
      const id = r.url.split('/')[2]!;
      const v = ctx.a.personView(id)!;
      const f = personFacets(v, ctx.a.nameRank(id));
      expect(r.filters).toEqual(filtersOf(f));
      expect(r.meta).toEqual({ title: v.person.name, ...metaOf(f) });
      expect(r.sort).toEqual({ [SORT_KEY]: sortKey(f) });
    }
  });
});

describe('metadata', () => {
  it('keeps the name as written (đ is found as d at query time) and adds a folded copy of the place only when folding changes it', () => {
    expect(metaOf({ kind: 'district', name: 'Quận Đống Đa', order: 0 })).toEqual({ [META.name]: 'Quận Đống Đa' });
    expect(metaOf({ kind: 'course', alsoFolded: 'Hội LHPN Hà Nội', order: 0 })).toEqual({ [META.folded]: 'Hoi LHPN Ha Noi' });
    expect(metaOf({ kind: 'course', alsoFolded: 'LHPN', order: 0 })).toEqual({});
    expect(filtersOf({ kind: 'district', district: 'Quận Đống Đa', order: 0 })).toEqual({ [FILTER.kind]: [KINDS.district], [FILTER.district]: ['Quận Đống Đa'] });
  });
});
