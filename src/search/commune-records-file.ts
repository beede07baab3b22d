/**
 * Where the build leaves the communes' custom records for the indexer: written by
 * src/pages/tim-kiem/ban-ghi-xa.json.ts from the build's one assessment, read and then removed
 * by src/integrations/pagefind.ts, so it is never published.
 */
export const COMMUNE_RECORDS_FILE = 'tim-kiem/ban-ghi-xa.json';
