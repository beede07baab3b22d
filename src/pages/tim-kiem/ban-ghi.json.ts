/**
 * The communes and people as Pagefind custom records (src/page-models/search.ts), for the indexer only: the
 * integration (src/integrations/pagefind.ts) reads this file at the end of the build and deletes it.
 * A page of its own because only the build's pages share its one loaded and assessed dataset.
 */
import type { APIRoute } from 'astro';
import { getSiteContext } from '../../page-models/load.ts';
import { searchRecords } from '../../page-models/search.ts';

export const GET: APIRoute = async () => {
  const records = searchRecords(await getSiteContext());
  return new Response(JSON.stringify(records), { headers: { 'Content-Type': 'application/json' } });
};
