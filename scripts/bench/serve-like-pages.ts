/**
 * Serves a built site on 127.0.0.1 the way GitHub Pages does what Lighthouse measures: under the
 * base path, "x/" → x/index.html, unknown paths → 404.html with status 404, text gzipped, and a
 * ten-minute cache. (test/browser/static-server.ts is the tests' plainer server: no compression.)
 */
import { readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.csv': 'text/csv; charset=utf-8',
  '.wasm': 'application/wasm',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.txt', '.xml', '.csv']);

function fileFor(root: string, rel: string): string | undefined {
  const file = path.join(root, rel);
  if (file !== root && !file.startsWith(root + path.sep)) return undefined;
  const st = statSync(file, { throwIfNoEntry: false });
  if (st?.isFile()) return file;
  const index = path.join(file, 'index.html');
  return st?.isDirectory() && statSync(index, { throwIfNoEntry: false })?.isFile() ? index : undefined;
}

export async function serveLikePages(dir: string, basePath: string): Promise<{ url: string; close(): Promise<void> }> {
  const root = path.resolve(dir);
  const server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    // Like Pages: /robots.txt and friends live at the origin's root even when the site has a base.
    const rel = pathname.startsWith(basePath) ? pathname.slice(basePath.length) : pathname === '/robots.txt' ? 'robots.txt' : undefined;
    const file = rel === undefined ? undefined : fileFor(root, rel);
    const target = file ?? path.join(root, '404.html');
    const ext = path.extname(target);
    let body = readFileSync(target);
    res.statusCode = file ? 200 : 404;
    res.setHeader('content-type', TYPES[ext] ?? 'application/octet-stream');
    res.setHeader('cache-control', 'max-age=600');
    if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      body = gzipSync(body);
      res.setHeader('content-encoding', 'gzip');
      res.setHeader('vary', 'Accept-Encoding');
    }
    res.setHeader('content-length', body.length);
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${basePath}`,
    close: () => new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}
