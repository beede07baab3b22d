/**
 * npm run search:transfer --  [SITE_DIR] [QUERY1] [QUERY2]: what search costs a reader.
 * Serves a built site as GitHub Pages does (gzip for text files; Pagefind's index files are
 * compressed already), opens a page in Chromium, focuses the header box and types two queries,
 * and prints the bytes on the wire for each step — counted by the server, because Pagefind
 * fetches from a Web Worker, out of sight of the page's DevTools session — with the size of the
 * index on disk. Not a test: numbers for the report and the benchmarks.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../test/browser/browser.ts';
import { BASE_PATH } from '../src/site/config.ts';

const [dir = 'dist', q1 = 'dong da', q2 = 'nguyen thi hang'] = process.argv.slice(2);
const root = path.resolve(dir);
const TEXT: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

/** Every response body as sent (compressed where it is), in order. */
let log: { url: string; bytes: number }[] = [];

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://x');
  let file = path.join(root, decodeURIComponent(url.pathname).slice(BASE_PATH.length));
  if (statSync(file, { throwIfNoEntry: false })?.isDirectory()) file = path.join(file, 'index.html');
  if (!file.startsWith(root) || !statSync(file, { throwIfNoEntry: false })?.isFile()) {
    res.statusCode = 404;
    return res.end();
  }
  const type = TEXT[path.extname(file)];
  const body = readFileSync(file);
  const gzip = type !== undefined && /\bgzip\b/.test(String(req.headers['accept-encoding']));
  const sent = gzip ? gzipSync(body) : body;
  log.push({ url: url.pathname, bytes: sent.length });
  res.setHeader('content-type', type ?? (file.endsWith('.wasm') ? 'application/wasm' : 'application/octet-stream'));
  if (gzip) res.setHeader('content-encoding', 'gzip');
  res.end(sent);
});
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

const browser = await launchBrowser();
const page = await browser.context.newPage();

const step = async (name: string, act: () => Promise<void>) => {
  log = [];
  await act();
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
  const total = log.reduce((sum, x) => sum + x.bytes, 0);
  console.log(`\n${name}: ${log.length} requests, ${total} bytes (${(total / 1024).toFixed(1)} KiB) on the wire`);
  for (const x of log) console.log(`  ${String(x.bytes).padStart(8)}  ${x.url}`);
};

await step('page load (de-an/)', async () => {
  await page.goto(`${origin}${BASE_PATH}de-an/`, { waitUntil: 'load' });
});
const box = page.locator('#tim-kiem-dau-trang');
await step('first focus of the search box', () => box.focus());
const ask = async (q: string) => {
  await box.fill('');
  await box.pressSequentially(q, { delay: 30 });
  await page.waitForFunction((q) => (document.querySelector('[data-search-status]')?.textContent ?? '').includes('kết quả') && (document.querySelector('[data-search-all]') as HTMLAnchorElement).href.includes(encodeURIComponent(q)), q);
};
await step(`first query "${q1}"`, () => ask(q1));
await step(`second query "${q2}"`, () => ask(q2));

const files = readdirSync(path.join(root, 'pagefind'), { recursive: true, encoding: 'utf8' }).filter((f) => statSync(path.join(root, 'pagefind', f)).isFile());
const size = (pred: (f: string) => boolean) => files.filter(pred).reduce((s, f) => s + statSync(path.join(root, 'pagefind', f)).size, 0);
console.log(`\nindex on disk: ${size(() => true)} bytes in ${files.length} files (index chunks ${size((f) => f.startsWith('index'))}, fragments ${size((f) => f.startsWith('fragment'))}, filters ${size((f) => f.startsWith('filter'))})`);

await browser.close();
server.close();
