/**
 * node scripts/bench/js-yaml-load.ts DIR — the yardstick of check:data: js-yaml (current major,
 * default options) merely loading the same YAML files check:data reads, and nothing else.
 * Prints the files, bytes and the in-process load time; the bench times the whole process.
 * Node's compile cache is on, as for check:data, so that neither gains from it over the other.
 */
import { readFileSync } from 'node:fs';
import { enableCompileCache } from 'node:module';

enableCompileCache();
const { load } = await import('js-yaml');
const { findDataFiles } = await import('../../src/data/files.ts');

const dir = process.argv[2];
if (!dir) {
  console.error('cách dùng: node scripts/bench/js-yaml-load.ts THƯ_MỤC_DỮ_LIỆU');
  process.exit(2);
}
const { files } = findDataFiles(dir);
const t0 = performance.now();
let bytes = 0;
for (const f of files) {
  const text = readFileSync(f.abs, 'utf8');
  bytes += text.length;
  load(text);
}
console.log(`${files.length} files, ${bytes} characters, loaded in ${(performance.now() - t0).toFixed(0)} ms`);
