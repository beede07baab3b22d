/**
 * How big a built site is, for issue 12's size goals: the space it takes on disk (blocks, as `du`
 * counts them, not the sum of file lengths), its largest HTML page, its largest and median person
 * page, and the Pagefind index.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export interface PageSize {
  /** Path under the site folder, "/"-separated ("nguoi/ba-dinh-001/index.html"). */
  path: string;
  bytes: number;
}

export interface SiteSize {
  /** Blocks allocated, in bytes (stat's 512-byte blocks), as `du -s` reports it. */
  bytesOnDisk: number;
  htmlPages: number;
  largestPage: PageSize;
  largestPerson?: PageSize;
  medianPersonBytes?: number;
  /** Every file under pagefind/, their lengths added up. */
  searchIndexBytes: number;
  searchIndexFiles: number;
}

/** Person pages live at nguoi/<id>/ (src/pages/nguoi/[id].astro). */
const PERSON = /^nguoi\/[^/]+\/index\.html$/;

export function siteSize(site: string): SiteSize {
  let bytesOnDisk = 0;
  let searchIndexBytes = 0;
  let searchIndexFiles = 0;
  const pages: PageSize[] = [];
  const people: number[] = [];
  let largestPerson: PageSize | undefined;
  for (const entry of readdirSync(site, { recursive: true, withFileTypes: true })) {
    const full = path.join(entry.parentPath, entry.name);
    const st = statSync(full);
    bytesOnDisk += st.blocks * 512;
    if (!entry.isFile()) continue;
    const rel = path.relative(site, full).split(path.sep).join('/');
    if (rel.startsWith('pagefind/')) {
      searchIndexBytes += st.size;
      searchIndexFiles++;
    }
    if (!rel.endsWith('.html')) continue;
    pages.push({ path: rel, bytes: st.size });
    if (PERSON.test(rel)) {
      people.push(st.size);
      if (!largestPerson || st.size > largestPerson.bytes) largestPerson = { path: rel, bytes: st.size };
    }
  }
  bytesOnDisk += statSync(site).blocks * 512;
  if (pages.length === 0) throw new Error(`${site} không có trang HTML nào`);
  const largestPage = pages.reduce((a, b) => (b.bytes > a.bytes ? b : a));
  people.sort((a, b) => a - b);
  const out: SiteSize = { bytesOnDisk, htmlPages: pages.length, largestPage, searchIndexBytes, searchIndexFiles };
  if (largestPerson) {
    out.largestPerson = largestPerson;
    out.medianPersonBytes = people[Math.floor(people.length / 2)]!;
  }
  return out;
}
