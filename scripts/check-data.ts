/** npm run check:data [-- --data DIR]: validates data/ and prints every problem; exit 1 on any error. */
import { enableCompileCache } from 'node:module';

// Node's on-disk compile cache (os.tmpdir()/node-compile-cache, or NODE_COMPILE_CACHE; off with
// NODE_DISABLE_COMPILE_CACHE=1) keeps the type-stripped and compiled modules between runs: it
// halves the CPU time of starting up, which is most of a check of small data. Enabled before the
// modules are imported, hence the dynamic imports.
enableCompileCache();
const { checkAndReport } = await import('../src/data/check-run.ts');
const { parseDataArgs } = await import('../src/data/data-dir.ts');

try {
  const args = parseDataArgs(process.argv.slice(2));
  if ('error' in args) {
    console.error(args.error);
    process.exitCode = 2;
  } else {
    process.exitCode = checkAndReport(args.dataDir).ok ? 0 : 1;
  }
} catch (e) {
  // A bug in the checker, not in the data: say so without a stack trace.
  console.error(`Lỗi không mong đợi khi kiểm tra dữ liệu: ${e instanceof Error ? e.message : String(e)} [internal_error]`);
  process.exitCode = 2;
}
