/**
 * The static server of the benchmarks and browser tests (scripts/bench/serve-like-pages.ts): pages
 * under the base, 404.html for anything else, nothing outside the site folder however the path is
 * written, 400 for a path that does not decode, and gzip only when asked for.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveLikePages, type StaticSite } from '../../scripts/bench/serve-like-pages.ts';

const work = mkdtempSync(path.join(tmpdir(), 'de-an-serve-'));
const site = path.join(work, 'site');
// A sibling whose name starts with the site folder's: a prefix check without the separator lets it through.
const sibling = path.join(work, 'site-evil');
let plain: StaticSite;
let zipped: StaticSite;

/** A raw GET (no client-side normalisation of the path): status, headers and body. */
function get(origin: string, rawPath: string, headers: Record<string, string> = {}) {
  const { host, port } = new URL(origin);
  return new Promise<{ status: number; encoding: string | undefined; body: Buffer }>((resolve, reject) => {
    const req = request({ host: host.split(':')[0], port, path: rawPath, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, encoding: res.headers['content-encoding'], body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  mkdirSync(path.join(site, 'de-an'), { recursive: true });
  writeFileSync(path.join(site, 'index.html'), '<h1>home</h1>');
  writeFileSync(path.join(site, 'de-an', 'index.html'), '<h1>plan</h1>');
  writeFileSync(path.join(site, '404.html'), '<h1>missing</h1>');
  mkdirSync(sibling);
  writeFileSync(path.join(sibling, 'secret.txt'), 'secret');
  writeFileSync(path.join(work, 'outside.txt'), 'outside');
  plain = await serveLikePages(site, '/base/', { gzip: false });
  zipped = await serveLikePages(site, '/base/');
});

afterAll(async () => {
  await plain?.close();
  await zipped?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('the static server', () => {
  it('serves folders as their index.html under the base, anything else as 404.html', async () => {
    expect(plain.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/base\/$/);
    const home = await get(plain.url, '/base/');
    expect([home.status, home.body.toString()]).toEqual([200, '<h1>home</h1>']);
    const plan = await get(plain.url, '/base/de-an/');
    expect([plan.status, plan.body.toString()]).toEqual([200, '<h1>plan</h1>']);
    const missing = await get(plain.url, '/base/khong-co/');
    expect([missing.status, missing.body.toString()]).toEqual([404, '<h1>missing</h1>']);
    const noBase = await get(plain.url, '/de-an/');
    expect(noBase.status).toBe(404);
  });

  it.each(['/base/..%2Fsite-evil%2Fsecret.txt', '/base/%2E%2E/site-evil/secret.txt', '/base/..%2F..%2Foutside.txt', '/base/..%2Foutside.txt'])(
    'serves nothing outside the site folder: %s',
    async (raw) => {
      const r = await get(plain.url, raw);
      expect([r.status, r.body.toString()]).toEqual([404, '<h1>missing</h1>']);
    },
  );

  it.each(['/base/%E0%A4%A', '/base/%', '/base/a%00b'])('answers 400 to a path that does not decode (%s) and keeps serving', async (raw) => {
    expect((await get(plain.url, raw)).status).toBe(400);
    expect((await get(plain.url, '/base/')).status).toBe(200);
  });

  it('gzips text only when asked to and the client accepts it', async () => {
    const accept = { 'accept-encoding': 'gzip' };
    const off = await get(plain.url, '/base/', accept);
    expect([off.encoding, off.body.toString()]).toEqual([undefined, '<h1>home</h1>']);
    const on = await get(zipped.url, '/base/', accept);
    expect([on.encoding, gunzipSync(on.body).toString()]).toEqual(['gzip', '<h1>home</h1>']);
    const refused = await get(zipped.url, '/base/');
    expect(refused.encoding).toBeUndefined();
  });
});
