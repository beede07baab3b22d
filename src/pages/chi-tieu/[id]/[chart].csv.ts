/** Each chart of a target's page as CSV (the data its table shows), beside the page: /chi-tieu/<id>/<chart>.csv. */
import type { APIRoute } from 'astro';
import { getSiteContext } from '../../../page-models/load.ts';
import { targetIds, targetPage } from '../../../page-models/target.ts';
import { chartCsv } from '../../../site/chart-table.ts';

export async function getStaticPaths() {
  const ctx = await getSiteContext();
  return targetIds(ctx).flatMap((id) =>
    Object.values(targetPage(ctx, id).charts).map((c) => ({
      params: { id, chart: c.key },
      props: { csv: chartCsv(c.spec, c.categoryHeader) },
    })),
  );
}

export const GET: APIRoute = ({ props }) => new Response((props as { csv: string }).csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
