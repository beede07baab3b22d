/**
 * npm run screens [-- --site DIR] [--data DIR] [--out DIR]
 * Screenshots of every page type, full page, at a phone (390×844) and a laptop (1366×900) width, for
 * looking at the pages as a reader does. Builds nothing: it serves an already built site (dist/ unless
 * --site) on 127.0.0.1 the way the tests do (scripts/bench/serve-like-pages.ts) and opens it in the
 * system Chromium. The person pages are a chairwoman's and a source cadre's, the search page has a
 * query: both picked from the data the site was built from (--data, data/ by default), so that no id
 * is typed here. Writes screens/<width>/<page>.png (screens/ is git-ignored).
 */
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { loadDatasetSync } from '../src/data/load.ts';
import { BASE_PATH } from '../src/site/config.ts';
import { serveLikePages } from './bench/serve-like-pages.ts';
import { CHROMIUM, CHROMIUM_FLAGS } from './chromium.ts';
import { pageTypes } from './lib/page-types.ts';

const REPO = path.resolve(import.meta.dirname, '..');
const VIEWPORTS = [
  { width: 390, height: 844 },
  { width: 1366, height: 900 },
];

const { values } = parseArgs({
  options: {
    site: { type: 'string', default: path.join(REPO, 'dist') },
    data: { type: 'string', default: path.join(REPO, 'data') },
    out: { type: 'string', default: path.join(REPO, 'screens') },
  },
});
const site = path.resolve(values.site);
const out = path.resolve(values.out);

function fail(message: string): never {
  console.error(`screens: ${message}`);
  process.exit(2);
}

if (!existsSync(path.join(site, 'index.html'))) fail(`không thấy trang đã dựng ở ${site} (chạy npm run build trước, hoặc --site DIR)`);
const { dataset, problems } = loadDatasetSync(path.resolve(values.data));
if (!dataset) fail(`dữ liệu có lỗi:\n${problems.map((p) => p.message).join('\n')}`);

const holds = (role: string) => dataset.people.find((p) => p.roles.some((r) => r.role === role) && existsSync(path.join(site, 'nguoi', p.id, 'index.html')));
const chairwoman = holds('chairwoman');
const cadre = dataset.people.find((p) => p.roles.every((r) => r.role === 'sourceCadre') && existsSync(path.join(site, 'nguoi', p.id, 'index.html')));
const query = dataset.districts[0]?.name;

const shots: { name: string; path: string }[] = [];
for (const t of pageTypes(site)) {
  if (t.name === 'person') continue;
  if (t.file === undefined) {
    console.warn(`screens: trang đã dựng không có trang loại ${t.name}, bỏ qua`);
    continue;
  }
  shots.push({ name: t.name, path: t.path });
  if (t.name === 'district') {
    if (chairwoman) shots.push({ name: 'person-chairwoman', path: `nguoi/${chairwoman.id}/` });
    if (cadre) shots.push({ name: 'person-source-cadre', path: `nguoi/${cadre.id}/` });
  }
  if (t.name === 'search' && query) shots.push({ name: 'search-query', path: `${t.path}?q=${encodeURIComponent(query)}` });
}

rmSync(out, { recursive: true, force: true });
const server = await serveLikePages(site, BASE_PATH, { gzip: false });
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS });
let written = 0;
try {
  for (const viewport of VIEWPORTS) {
    const dir = path.join(out, String(viewport.width));
    mkdirSync(dir, { recursive: true });
    const context = await browser.newContext({ viewport, locale: 'vi-VN', deviceScaleFactor: 1 });
    for (const shot of shots) {
      const page = await context.newPage();
      await page.goto(`${server.url}${shot.path}`, { waitUntil: 'networkidle' });
      // Charts draw after load; search answers after its index arrives.
      await page.waitForTimeout(shot.name.startsWith('search') ? 1500 : 300);
      const file = path.join(dir, `${shot.name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      await page.close();
      written++;
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`Đã chụp ${written} ảnh vào ${path.relative(process.cwd(), out) || out}/ (${shots.map((s) => s.name).join(', ')}).`);
