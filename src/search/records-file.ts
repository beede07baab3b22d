/**
 * Where the build leaves the custom records (communes and people) for the indexer: written by
 * src/pages/tim-kiem/ban-ghi.json.ts from the build's one assessment, read and then removed by
 * src/integrations/pagefind.ts, so it is never published.
 */
export const SEARCH_RECORDS_FILE = 'tim-kiem/ban-ghi.json';

/**
 * The site's top folders whose pages the indexer does not read, because their records come from
 * the records file: the person pages (nguoi/<id>/).
 */
export const RECORD_PAGE_FOLDERS: readonly string[] = ['nguoi'];
