import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
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

export interface StaticSite {
  /** Origin and base path, ending in "/": http://127.0.0.1:PORT/de-an-04/ */
  url: string;
  close(): Promise<void>;
}

function fileFor(root: string, rel: string): string | undefined {
  const file = path.join(root, rel);
  if (!file.startsWith(root)) return undefined;
  try {
    const st = statSync(file);
    if (st.isFile()) return file;
    if (st.isDirectory()) {
      const index = path.join(file, 'index.html');
      return statSync(index, { throwIfNoEntry: false })?.isFile() ? index : undefined;
    }
  } catch {
    return undefined;
  }
  return undefined;
}

/**
 * Serves a built site on 127.0.0.1 at a free port, under the base path it was built for, as
 * GitHub Pages would: "/base/x/" → x/index.html, anything else → 404.html with status 404.
 */
export async function serveStatic(dir: string, basePath: string): Promise<StaticSite> {
  const root = path.resolve(dir);
  const base = basePath.endsWith('/') ? basePath : `${basePath}/`;
  const server: Server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = pathname.startsWith(base) ? fileFor(root, pathname.slice(base.length)) : undefined;
    const target = file ?? path.join(root, '404.html');
    res.statusCode = file ? 200 : 404;
    res.setHeader('content-type', TYPES[path.extname(target)] ?? 'application/octet-stream');
    createReadStream(target).on('error', () => res.end()).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}
