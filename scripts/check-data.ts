/** npm run check:data [-- --data DIR]: validates data/ and prints every problem; exit 1 on any error. */
import { checkAndReport } from '../src/data/check-run.ts';
import { parseDataArgs } from '../src/data/data-dir.ts';

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
