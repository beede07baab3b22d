/**
 * The typo hint's vocabulary (src/page-models/search.ts): published beside the search page, fetched
 * by the search scripts only when a query finds nothing by name.
 */
import type { APIRoute } from 'astro';
import { getSiteContext } from '../../page-models/load.ts';
import { searchVocabulary } from '../../page-models/search.ts';

export const GET: APIRoute = async () => {
  const vocabulary = searchVocabulary(await getSiteContext());
  return new Response(JSON.stringify(vocabulary), { headers: { 'Content-Type': 'application/json' } });
};
