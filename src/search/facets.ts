/**
 * What the search index knows about each record besides its text: kind, district, standing,
 * the name with its folded copy, and a sort position. The pages carry it as data-pagefind-*
 * attributes (src/components/SearchMeta.astro); communes, which have no page of their own, become
 * custom records (src/pages/tim-kiem/ban-ghi-xa.json.ts → src/integrations/pagefind.ts).
 * Pure: everything comes from the assessment's views; `order` is the record's position in its list
 * (people: Assessment.nameRank, districts: districtsByName, courses: courseViews).
 */
import { mainTerm, type CommuneRow, type CourseView, type DistrictView, type PersonView } from '../assessment/index.ts';
import { compareVi } from '../format/collate.ts';
import { BASE_PATH } from '../site/config.ts';
import { communeHref } from '../site/links.ts';
import { stripBase } from '../site/path.ts';
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
  /** Position within the kind (people in name order, districts and communes by name, courses by start). */
  order: number;
}

/** A commune as Pagefind's custom record: its section on the district page. */
export interface CommuneRecord {
  /** Under the site root without the base path ("/quan-huyen/cau-giay/#xa-00166"); the search script adds the base. */
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

/** "Phường Dịch Vọng Phuong Dich Vong": the text once as written and once folded, when folding changes it. */
export function withFolded(text: string): string {
  const folded = fold(text);
  return folded === text ? text : `${text} ${folded}`;
}

/** The sort key: the kind's rank, then the order within the kind, fixed width so strings sort as numbers. */
export function sortKey(f: Pick<SearchFacets, 'kind' | 'order'>): string {
  return `${KIND_ORDER.indexOf(f.kind)}${String(f.order).padStart(7, '0')}`;
}

/** Pagefind's metadata of a record: only fields with something to add (each field is indexed). */
export function metaOf(f: SearchFacets): Record<string, string> {
  const meta: Record<string, string> = {};
  if (f.name) meta[META.name] = withFolded(f.name);
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

export function roadmapFacets(year: number, title: string): SearchFacets {
  return { kind: 'roadmap', alsoFolded: title, order: year };
}

/** Every commune with its chairwoman at the data's date (the rows of every district view), by name (then district). */
export function communeRecords(communes: readonly CommuneRow[]): CommuneRecord[] {
  const rows = [...communes].sort((x, y) => compareVi(x.commune.name, y.commune.name) || compareVi(x.commune.districtName, y.commune.districtName));
  return rows.map((row, i) => {
    const c = row.commune;
    const f: SearchFacets = { kind: 'commune', district: c.districtName, name: c.name, alsoFolded: c.districtName, order: i };
    const chair = row.chairwoman
      ? `Chủ tịch Hội: ${row.chairwoman.person.name} (${row.chairwoman.meets ? 'đạt' : 'chưa đạt'} tiêu chuẩn).`
      : 'Chưa ghi Chủ tịch Hội.';
    return {
      url: `/${stripBase(BASE_PATH, communeHref(c.district, c.code))}`,
      content: `${c.name}, ${c.districtName}. ${chair}`,
      meta: { title: c.name, ...metaOf(f) },
      filters: filtersOf(f),
      sort: { [SORT_KEY]: sortKey(f) },
    };
  });
}
