/**
 * /du-lieu/<name>.csv and /du-lieu/<name>.json, written at build time from src/assessment:
 * the same table in both formats (src/site/downloads.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getAssessment } from '../../site/assessment.ts';
import { buildDate } from '../../site/build-date.ts';
import { dataChrome } from '../../site/chrome.ts';
import { csvOf, DOWNLOADS, FORMATS, jsonOf, type Format } from '../../site/downloads.ts';

export const getStaticPaths = (() =>
  DOWNLOADS.flatMap((table) => (Object.keys(FORMATS) as Format[]).map((format) => ({ params: { file: `${table.name}.${format}` }, props: { name: table.name, format } })))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { name, format } = props as { name: string; format: Format };
  const table = DOWNLOADS.find((t) => t.name === name)!;
  const a = await getAssessment();
  const rows = table.rows(a);
  const chrome = dataChrome(a.dataset);
  const body = format === 'csv' ? csvOf(table, rows) : jsonOf(table, rows, { asOf: chrome.dataDate, builtOn: buildDate(chrome.dataDate), sample: chrome.sample, source: chrome.dataSource });
  return new Response(body, { headers: { 'Content-Type': FORMATS[format] } });
};
