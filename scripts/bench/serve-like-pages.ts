/**
 * Serves a built site on 127.0.0.1 at a free port the way GitHub Pages does: under the base path,
 * "x/" → x/index.html, unknown paths → 404.html with status 404, a ten-minute cache, and text
 * gzipped unless `{ gzip: false }`. The one static server: Lighthouse and the benchmark measure
 * through it (compressed, as Pages sends), the browser tests load pages from it.
 */
import { readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.csv': 'text/csv; charset=utf-8',
  '.yaml': 'text/yaml; charset=utf-8',
  '.zip': 'application/zip',
  '.wasm': 'application/wasm',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.txt', '.xml', '.csv', '.yaml']);

export interface StaticSite {
  /** Origin and base path, ending in "/": http://127.0.0.1:PORT/de-an-04/ */
  url: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** Gzip text when the client accepts it, as Pages does (default true). */
  gzip?: boolean;
}

/** The file a path under the base names, or undefined: outside the site, missing, or a folder without index.html. */
function fileFor(root: string, rel: string): string | undefined {
  const file = path.join(root, rel);
  // With the separator: "/x/site-evil" starts with "/x/site" but is not inside it.
  if (file !== root && !file.startsWith(root + path.sep)) return undefined;
  const st = statSync(file, { throwIfNoEntry: false });
  if (st?.isFile()) return file;
  const index = path.join(file, 'index.html');
  return st?.isDirectory() && statSync(index, { throwIfNoEntry: false })?.isFile() ? index : undefined;
}

/** The decoded path of a request, or undefined when it is not a valid one (a bad %-escape, a NUL). */
function decodedPath(url: string | undefined): string | undefined {
  try {
    const pathname = decodeURIComponent(new URL(url ?? '/', 'http://localhost').pathname);
    return pathname.includes('\0') ? undefined : pathname;
  } catch {
    return undefined;
  }
}

export async function serveLikePages(dir: string, basePath: string, options: ServeOptions = {}): Promise<StaticSite> {
  const root = path.resolve(dir);
  const base = basePath.endsWith('/') ? basePath : `${basePath}/`;
  const gzip = options.gzip ?? true;
  const server = createServer((req, res) => {
    const pathname = decodedPath(req.url);
    if (pathname === undefined) {
      res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end('Bad request\n');
      return;
    }
    // Like Pages: /robots.txt and friends live at the origin's root even when the site has a base.
    const rel = pathname.startsWith(base) ? pathname.slice(base.length) : pathname === '/robots.txt' ? 'robots.txt' : undefined;
    const file = rel === undefined ? undefined : fileFor(root, rel);
    const target = file ?? path.join(root, '404.html');
    const ext = path.extname(target);
    let body: Buffer;
    try {
      body = readFileSync(target);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found\n');
      return;
    }
    res.statusCode = file ? 200 : 404;
    res.setHeader('content-type', TYPES[ext] ?? 'application/octet-stream');
    res.setHeader('cache-control', 'max-age=600');
    if (gzip && COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
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
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}
