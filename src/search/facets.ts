/**
 * What the search index knows about each record besides its text: kind, district, standing,
 * the name with its folded copy, and a sort position. The pages carry it as data-pagefind-*
 * attributes (src/components/SearchMeta.astro); communes, which have no page of their own, and
 * people, whose pages are too many to parse, become custom records (src/page-models/search.ts →
 * src/integrations/pagefind.ts).
 * Pure: everything comes from the assessment's views; `order` is the record's position in its list
 * (people: Assessment.nameRank, districts: districtsByName, courses: courseViews).
 */
import { mainTerm, type CommuneRow, type CourseView, type DistrictView, type PersonView } from '../assessment/index.ts';
import { compareVi } from '../format/collate.ts';
import { BASE_PATH } from '../site/config.ts';
import { personHref } from '../site/links.ts';
import { roleSummary } from '../site/person-role.ts';
import { directoryPath, stripBase } from '../site/path.ts';
import { standardPhrase } from '../site/standing.ts';
import { fold } from './fold.ts';
import { FILTER, KIND_ORDER, KINDS, META, SORT_KEY, STANDARD, type Kind } from './vocabulary.ts';

export interface SearchFacets {
  kind: Kind;
  /** The district's full name ("Quận Đống Đa"): the district filter's value. */
  district?: string;
  /** For a chairwoman holding the post at the data's date: whether she meets the standard. */
  standard?: string;
  /** The record's own name, searched with a title's weight, as written and folded. */
  name?: string;
  /** Further text that should also match when typed without marks (place, title). */
  alsoFolded?: string;
  /** Text of the page the indexer would not read (inside a table): searched, never shown. */
  text?: string;
  /** Pagefind's weight of the page's indexed text (1 when absent): long overview pages below the records they summarise. */
  weight?: number;
  /** Position within the kind (people in name order, districts and communes by name, courses by start). */
  order: number;
}

/** A Pagefind custom record: a commune (its section on the district page) or a person (her page). */
export interface SearchRecord {
  /** Under the site root without the base path ("/quan-huyen/cau-giay/#xa-00166"); the search script adds the base. */
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

/** The sort key: the kind's rank, then the order within the kind, fixed width so strings sort as numbers. */
export function sortKey(f: Pick<SearchFacets, 'kind' | 'order'>): string {
  return `${KIND_ORDER.indexOf(f.kind)}${String(f.order).padStart(7, '0')}`;
}

/** Records in the order of their sort key (digits of fixed width: a number each). */
export function bySortKey(x: Pick<SearchRecord, 'sort'>, y: Pick<SearchRecord, 'sort'>): number {
  return Number(x.sort[SORT_KEY]) - Number(y.sort[SORT_KEY]);
}

/**
 * Pagefind's metadata of a record: only fields with something to add (each field is indexed). The
 * name is kept as written: a query typed with d finds đ through its variants (src/search/expand.ts),
 * and the ranking reads the name back (src/search/rank.ts).
 */
export function metaOf(f: SearchFacets): Record<string, string> {
  const meta: Record<string, string> = {};
  if (f.name) meta[META.name] = f.name;
  if (f.text) meta[META.text] = f.text;
  const folded = f.alsoFolded && fold(f.alsoFolded);
  if (folded && folded !== f.alsoFolded) meta[META.folded] = folded;
  return meta;
}

export function filtersOf(f: SearchFacets): Record<string, string[]> {
  const filters: Record<string, string[]> = { [FILTER.kind]: [KINDS[f.kind]] };
  if (f.district) filters[FILTER.district] = [f.district];
  if (f.standard) filters[FILTER.standard] = [f.standard];
  return filters;
}

/**
 * A person as a custom record, with the text her page's heading and first line would give the
 * indexer ("Vũ Thị Hảo. Chủ tịch Hội Phường Phúc Xá, Quận Ba Đình."): at national size the indexer
 * would otherwise parse 124,000 pages for those two lines. `order` as for personFacets.
 */
export function personRecord(v: PersonView, order: number): SearchRecord {
  const f = personFacets(v, order);
  return {
    url: directoryPath(stripBase(BASE_PATH, personHref(v.person.id))),
    content: `${v.person.name}. ${roleSummary(v)}, ${mainTerm(v).commune.districtName}.`,
    meta: { title: v.person.name, ...metaOf(f) },
    filters: filtersOf(f),
    sort: { [SORT_KEY]: sortKey(f) },
  };
}

/** A person by her current role (chairwoman first), else as former, placed by her last one; the standard only while she is chairwoman. */
export function personFacets(v: PersonView, order: number): SearchFacets {
  const term = mainTerm(v);
  return {
    kind: term.current ? term.role : 'former',
    district: term.commune.districtName,
    ...(v.standard ? { standard: v.standard.meets ? STANDARD.meets : STANDARD.short } : {}),
    name: v.person.name,
    alsoFolded: `${term.commune.name} ${term.commune.districtName}`,
    order,
  };
}

export function districtFacets(d: Pick<DistrictView, 'name'>, order: number): SearchFacets {
  return { kind: 'district', district: d.name, name: d.name, order };
}

export function courseFacets(c: Pick<CourseView, 'title' | 'organiser'>, order: number): SearchFacets {
  return { kind: 'course', alsoFolded: `${c.title} ${c.organiser}`, order };
}

export function documentFacets(title: string): SearchFacets {
  return { kind: 'document', alsoFolded: title, order: 0 };
}

/** A roadmap year, answering to its report's name ("Báo cáo năm 2014") and holding its tasks' text. */
export function roadmapFacets(year: number, title: string, tasks: readonly string[] = []): SearchFacets {
  return { kind: 'roadmap', name: `Báo cáo năm ${year}`, alsoFolded: title, ...(tasks.length > 0 ? { text: tasks.join(' ') } : {}), order: year };
}

/**
 * An overview or index page (kind `page`), or the targets page (`target`): indexed whole by the
 * layout (Base.astro, from the frame's `search`). Their text repeats the records they list, so it
 * weighs less than a record's own: a name typed finds the record before the list that holds it.
 */
export function pageFacets(title: string, order: number, description?: string, kind: Extract<Kind, 'page' | 'target'> = 'page'): SearchFacets {
  return { kind, name: title, ...(description ? { text: description } : {}), weight: 0.5, order };
}

/**
 * Every commune with its chairwoman at the data's date (the rows of every district view), by name (then
 * district); `hrefOf` gives the page that lists each (src/page-models/commune-pages.ts).
 */
export function communeRecords(communes: readonly CommuneRow[], hrefOf: (c: CommuneRow['commune']) => string): SearchRecord[] {
  const rows = [...communes].sort((x, y) => compareVi(x.commune.name, y.commune.name) || compareVi(x.commune.districtName, y.commune.districtName));
  return rows.map((row, i) => {
    const c = row.commune;
    const f: SearchFacets = { kind: 'commune', district: c.districtName, name: c.name, alsoFolded: c.districtName, order: i };
    const chair = row.chairwoman
      ? `Chủ tịch Hội: ${row.chairwoman.person.name} (${standardPhrase(row.chairwoman.meets)}).`
      : 'Chưa ghi Chủ tịch Hội.';
    return {
      url: `/${stripBase(BASE_PATH, hrefOf(c))}`,
      content: `${c.name}, ${c.districtName}. ${chair}`,
      meta: { title: c.name, ...metaOf(f) },
      filters: filtersOf(f),
      sort: { [SORT_KEY]: sortKey(f) },
    };
  });
}
