/**
 * A throwaway Astro project with N trivial static pages (one dynamic route, getStaticPaths), built
 * with the Astro installed here: what Astro alone costs for as many pages as the real site has,
 * so the benchmark can say how much of a build is ours.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { BUILD_CONCURRENCY } from '../../src/site/build-concurrency.ts';

export function writeBareProject(dir: string, pages: number, repo: string): void {
  mkdirSync(path.join(dir, 'src/pages'), { recursive: true });
  // The project's own dependencies, unchanged: same Astro, same Vite.
  symlinkSync(path.join(repo, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  writeFileSync(path.join(dir, 'package.json'), `${JSON.stringify({ name: 'bare-astro-bench', private: true, type: 'module' })}\n`);
  writeFileSync(
    path.join(dir, 'astro.config.mjs'),
    // The same build settings as astro.config.mjs, pages in flight included: the ratio then measures
    // our pages, not a setting any Astro site can turn on.
    `export default { output: 'static', trailingSlash: 'always', build: { format: 'directory', concurrency: ${BUILD_CONCURRENCY} }, devToolbar: { enabled: false } };\n`,
  );
  writeFileSync(
    path.join(dir, 'src/pages/[id].astro'),
    `---
export function getStaticPaths() {
  return Array.from({ length: ${pages} }, (_, i) => ({ params: { id: 'p' + i }, props: { n: i } }));
}
const { n } = Astro.props;
---
<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>Trang {n}</title></head><body><h1>Trang {n}</h1><p>Nội dung trang {n}.</p></body></html>
`,
  );
}

/** The command that builds it, run with the project folder as working directory. */
export function bareBuildArgs(repo: string, dir: string): string[] {
  return [path.join(repo, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', dir];
}
