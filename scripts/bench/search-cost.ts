/**
 * What search costs a reader on a built site, from scripts/search-transfer.ts (the search work's own
 * measure, run as it is): the bytes on the wire when the header box is first focused and for the
 * first query. Undefined figures when it could not run (no Chromium, a query that found nothing).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

export interface SearchCost {
  firstFocusBytes?: number;
  firstQueryBytes?: number;
  /** Why the figures are missing. */
  failed?: string;
}

function bytesOf(stdout: string, step: RegExp): number | undefined {
  const line = stdout.split('\n').find((l) => step.test(l));
  const m = line && /: \d+ requests, (\d+) bytes/.exec(line);
  return m ? Number(m[1]) : undefined;
}

export function searchCost(repo: string, site: string, env: NodeJS.ProcessEnv): SearchCost {
  const run = spawnSync(process.execPath, [path.join(repo, 'scripts/search-transfer.ts'), site], { cwd: repo, env, encoding: 'utf8', timeout: 180_000 });
  if (run.status !== 0) return { failed: `search-transfer thoát với mã ${run.status ?? run.signal}: ${(run.stderr || '').trim().split('\n').slice(-1)[0] ?? ''}` };
  const out: SearchCost = {};
  const focus = bytesOf(run.stdout, /^first focus of the search box:/);
  const query = bytesOf(run.stdout, /^first query /);
  if (focus !== undefined) out.firstFocusBytes = focus;
  if (query !== undefined) out.firstQueryBytes = query;
  if (focus === undefined || query === undefined) out.failed = 'search-transfer không in số byte như mong đợi';
  return out;
}
