/**
 * /du-lieu/<name>.csv, .xlsx and .json, written at build time from src/assessment:
 * the same table in every format (src/site/downloads.ts, src/page-models/downloads.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { downloadFilePaths, type DownloadFile } from '../../page-models/downloads.ts';
import { getBuildDate, getSiteContext } from '../../page-models/load.ts';

export const getStaticPaths = (async () => downloadFilePaths(await getSiteContext(), await getBuildDate())) satisfies GetStaticPaths;

export const GET: APIRoute<{ model: DownloadFile }> = ({ props: { model } }) =>
  new Response(model.body, { headers: { 'Content-Type': model.contentType } });
