/**
 * The communes as Pagefind custom records (src/search/facets.ts), for the indexer only: the
 * integration (src/integrations/pagefind.ts) reads this file at the end of the build and deletes it.
 * A page of its own because only the build's pages share its one loaded and assessed dataset.
 */
import type { APIRoute } from 'astro';
import { getAssessment } from '../../site/assessment.ts';
import { communeRecords } from '../../search/facets.ts';

export const GET: APIRoute = async () => {
  const records = communeRecords(await getAssessment());
  return new Response(JSON.stringify(records), { headers: { 'Content-Type': 'application/json' } });
};
