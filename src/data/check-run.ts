import { loadDatasetSync, type LoadResult } from './load.ts';
import { hasErrors } from './problem.ts';
import { reportLines } from './report.ts';

/**
 * What check:data and build share: load, print every problem (and GitHub annotations when
 * running in Actions), and say whether the data may be used.
 */
export function checkAndReport(dataDir: string, env: NodeJS.ProcessEnv = process.env): { ok: boolean; result: LoadResult } {
  const result = loadDatasetSync(dataDir);
  const lines = reportLines(result.problems, result.files.length, env['GITHUB_ACTIONS'] === 'true');
  process.stdout.write(`${lines.join('\n')}\n`);
  return { ok: !hasErrors(result.problems), result };
}
