import type { Assessment } from '../assessment/index.ts';
import { bySortKey, communeRecords, personRecord, type SearchRecord } from '../search/facets.ts';
import type { Vocabulary } from '../search/suggest.ts';
import { KIND_ORDER, KIND_SLUGS, KINDS, STANDARD, STANDARD_SLUGS } from '../search/vocabulary.ts';
import { communeLink } from './commune-pages.ts';
import type { SiteContext } from './context.ts';
import type { PageFrame } from './frame.ts';

/** One choice of a filter: its value in the page's address, and the index's filter value it selects (shown too). */
export interface SearchChoice {
  slug: string;
  label: string;
}

export interface SearchPage {
  frame: PageFrame;
  /** In the order the page lists results by kind. */
  kinds: SearchChoice[];
  standards: SearchChoice[];
  /** By name ("Sơn Tây", not "Thị xã"), in Vietnamese order; labelled with the full name, the index's filter value. */
  districts: SearchChoice[];
}

export function searchPage({ a, chrome }: SiteContext): SearchPage {
  return {
    frame: {
      title: 'Tìm kiếm',
      description: 'Tìm Chủ tịch Hội, cán bộ nguồn, xã, phường, quận, huyện, lớp học và các mục của đề án',
      breadcrumbs: [{ label: 'Tìm kiếm' }],
      chrome,
    },
    kinds: KIND_ORDER.map((k) => ({ slug: KIND_SLUGS[k], label: KINDS[k] })),
    standards: (Object.keys(STANDARD) as (keyof typeof STANDARD)[]).map((k) => ({ slug: STANDARD_SLUGS[k], label: STANDARD[k] })),
    districts: a.districtsByName().map((id) => ({ slug: id, label: a.scopeLabel({ district: id }) })),
  };
}

/**
 * The Pagefind custom records, which the indexer (src/integrations/pagefind.ts) sends as the build
 * starts: the communes (they have no page of their own) and the people (their pages are not read).
 * In the order of their sort key: Pagefind numbers records as they come and, past MAX_FRAGMENTS,
 * packs neighbours into one file, so namesakes share a file (at 100× the query "nguyen thi hang"
 * fetched 159 kB instead of 178 kB, the first focus 1,799 kB instead of 1,838 kB).
 */
export function searchRecords(a: Assessment): SearchRecord[] {
  const people = a.people().map((p) => personRecord(a.personView(p.id)!, a.nameRank(p.id)));
  const records = [...communeRecords(a.communeRows(), (c) => communeLink(a, c)), ...people];
  return records.sort(bySortKey);
}

/**
 * The names a typo hint may suggest (src/search/suggest.ts), each once: districts, communes,
 * courses, then people. For /tim-kiem/tu-vung.json, fetched only when a query finds nothing by name.
 */
export function searchVocabulary({ a }: SiteContext): Vocabulary {
  const names = [
    ...a.districtsByName().map((id) => a.scopeLabel({ district: id })),
    ...a.communeRows().map((r) => r.commune.name),
    ...a.courseViews().map((c) => c.title),
    ...a.people().map((p) => p.name),
  ];
  return { names: [...new Set(names)] };
}
