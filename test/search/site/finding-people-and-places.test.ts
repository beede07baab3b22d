/**
 * Finding a chairwoman, a source cadre, a commune or a district on the built site, typed with or
 * without diacritics: the first result is the one meant. Every name is taken from the data the site
 * was built from, chosen where it is unambiguous (its folded form belongs to that record alone),
 * and the district names with đ/Đ — the letter Pagefind does not fold — are all tried.
 */
import { describe, expect, inject, it } from 'vitest';
import type { PersonRef } from '../../../src/assessment/index.ts';
import { COMMUNE_TYPES, DISTRICT_TYPES } from '../../../src/schema/districts.ts';
import { fold } from '../../../src/search/fold.ts';
import { words } from '../../../src/search/rank.ts';
import { communeHref, districtHref, personHref } from '../../../src/site/links.ts';
import { assessedSite } from '../../build/assessed-site.ts';
import { ask, useSearchSession, typedPlain } from './search-page.ts';

const { dir, basePath } = inject('builtSite');
const { a } = assessedSite();

const hasD = (text: string) => /[đĐ]/.test(text);
const folded = new Map<string, Set<string>>();
const foldedWords = (text: string) => {
  let set = folded.get(text);
  if (!set) folded.set(text, (set = new Set(words(text).map(fold))));
  return set;
};
/** True when every word of `part` is a word of `whole`, both folded: `whole` would answer a query for `part`. */
const covers = (whole: string, part: string) => [...foldedWords(part)].every((w) => foldedWords(whole).has(w));

const districts = a.dataset.districts.map((d) => ({ id: d.id, name: d.name, full: `${DISTRICT_TYPES[d.type]} ${d.name}`, kindWords: DISTRICT_TYPES[d.type].split(' ').length }));
const communes = a.dataset.districts.flatMap((d) =>
  d.communes.map((c) => ({ district: d.id, code: c.code, name: c.name, full: `${COMMUNE_TYPES[c.type]} ${c.name}`, kindWords: COMMUNE_TYPES[c.type].split(' ').length })),
);
const people = a.people();

/** Districts whose name has đ/Đ: each must be found by its name without marks, and with them. */
const districtsWithD = districts.filter((d) => hasD(d.name));

/**
 * Communes with đ/Đ whose bare name (no "Xã"/"Phường") no other district or commune name holds,
 * so that one answer is right: the first few in data order.
 */
const uniqueCommunes = communes
  .filter((c) => hasD(c.name))
  .filter((c) => ![...districts, ...communes].some((o) => o !== c && covers(o.full, c.name)))
  .slice(0, 4);

/**
 * Communes sharing a name, told apart by their kind word ("Phường Đức Giang", "Xã Đức Giang"),
 * whose name no district or person has.
 */
const namesakes = (() => {
  const titles = [...districts.map((d) => d.full), ...people.map((p) => p.name)];
  for (const c of communes.filter((x) => hasD(x.name))) {
    const group = communes.filter((o) => fold(o.name) === fold(c.name));
    const fulls = new Set(group.map((o) => fold(o.full)));
    if (group.length >= 2 && fulls.size === group.length && !titles.some((t) => covers(t, c.name))) return group;
  }
  return [];
})();

/** People whose full name, folded, no other person's or place's name holds. */
function uniquePeople(pick: (p: PersonRef) => boolean, count: number): PersonRef[] {
  const titles = [...people.map((p) => p.name), ...districts.map((d) => d.full), ...communes.map((c) => c.full)];
  return people.filter(pick).filter((p) => titles.filter((t) => covers(t, p.name)).length === 1).slice(0, count);
}
const roleOf = (p: PersonRef) => a.personView(p.id)!.terms.find((t) => t.current)?.role;
const chairwomen = [
  ...uniquePeople((p) => roleOf(p) === 'chairwoman' && /^Đ/.test(p.name), 2),
  ...uniquePeople((p) => roleOf(p) === 'chairwoman' && /\sĐ|đ/.test(p.name.slice(1)), 1),
  ...uniquePeople((p) => roleOf(p) === 'chairwoman' && !hasD(p.name), 1),
];
const cadres = uniquePeople((p) => roleOf(p) === 'sourceCadre' && hasD(p.name), 2);

/** A family name with Đ and a given name that, together, belong to one person only. */
const familyAndGiven = people
  .filter((p) => /^Đ/.test(p.name))
  .map((p) => {
    const w = p.name.split(' ');
    return { person: p, query: `${w[0]} ${w.at(-1)}` };
  })
  .filter(({ query }) => people.filter((o) => covers(o.name, query)).length === 1)
  .slice(0, 2);

const s = useSearchSession(dir, basePath);

describe('the data offer the cases this test is about', () => {
  it('has districts, communes, chairwomen, source cadres and name pairs with đ/Đ to look for', () => {
    expect(districtsWithD.map((d) => d.name)).toEqual(expect.arrayContaining(['Đống Đa', 'Đan Phượng']));
    expect(uniqueCommunes.length).toBe(4);
    expect(namesakes.length).toBeGreaterThanOrEqual(2);
    expect(chairwomen.length).toBe(4);
    expect(cadres.length).toBe(2);
    expect(familyAndGiven.length).toBe(2);
  });
});

describe.each(districtsWithD)('district $full', (d) => {
  it(`"${typedPlain(d.full, d.kindWords)}" (no marks) finds the district page first`, async () => {
    const { results } = await ask(s, typedPlain(d.full, d.kindWords));
    expect(results[0]?.href).toBe(districtHref(d.id));
  });

  it(`"${d.name}" (as written) finds the district page first`, async () => {
    const { results } = await ask(s, d.name);
    expect(results[0]?.href).toBe(districtHref(d.id));
  });
});

describe.each(uniqueCommunes)('commune $full', (c) => {
  it(`"${typedPlain(c.name)}" (no marks) lands on its section of the district page`, async () => {
    const { results } = await ask(s, typedPlain(c.name));
    expect(results[0]?.href).toBe(communeHref(c.district, c.code));
  });

  it(`"${c.name}" (as written) lands on its section`, async () => {
    const { results } = await ask(s, c.name);
    expect(results[0]?.href).toBe(communeHref(c.district, c.code));
  });
});

describe('communes sharing a name', () => {
  it('all come first for the bare name, and the kind word picks one', async () => {
    const { results } = await ask(s, typedPlain(namesakes[0]!.name));
    expect(results.slice(0, namesakes.length).map((r) => r.href).sort()).toEqual(namesakes.map((c) => communeHref(c.district, c.code)).sort());
    for (const c of namesakes) {
      expect(await ask(s, typedPlain(c.full)).then((x) => x.results[0]?.href)).toBe(communeHref(c.district, c.code));
      expect(await ask(s, c.full).then((x) => x.results[0]?.href)).toBe(communeHref(c.district, c.code));
    }
  });
});

describe.each([...chairwomen, ...cadres])('person $name', (p) => {
  it(`"${typedPlain(p.name)}" (no marks) finds her page first`, async () => {
    const { results } = await ask(s, typedPlain(p.name));
    expect(results[0]?.href).toBe(personHref(p.id));
  });

  it(`"${p.name}" (as written) finds her page first`, async () => {
    const { results } = await ask(s, p.name);
    expect(results[0]?.href).toBe(personHref(p.id));
  });
});

describe.each(familyAndGiven)('family and given name "$query"', ({ person, query }) => {
  it('find the one person who has both, typed without marks', async () => {
    const { results } = await ask(s, typedPlain(query));
    expect(results[0]?.href).toBe(personHref(person.id));
  });
});

describe('an exactly accented query', () => {
  it('ranks its exact match before a name that differs only in its marks', async () => {
    // Two people whose names fold alike but are written differently: each, typed exactly, comes first.
    const pair = people
      .map((p) => people.filter((o) => covers(o.name, p.name)))
      .find((g) => g.length === 2 && g[0]!.name !== g[1]!.name && fold(g[0]!.name) === fold(g[1]!.name));
    expect(pair, 'two people whose names differ only in their marks').toBeDefined();
    for (const p of pair!) {
      const { results } = await ask(s, p.name);
      expect(results[0]?.href).toBe(personHref(p.id));
    }
  });
});
