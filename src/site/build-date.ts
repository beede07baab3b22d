/**
 * The date the site and its download files say they were built: the date of the last commit, so
 * that building the same sources again gives the same bytes (the clock would not); SOURCE_DATE_EPOCH
 * overrides it, so two commits can be built alike and compared (scripts/same-site.ts). Outside a git
 * repository (a copy of the sources, git missing) it is the data's own date.
 */
import { execFileSync } from 'node:child_process';

/** `git log -1 --format=%cs` in the folder: the last commit's date (YYYY-MM-DD), or undefined without git or commits. */
export function lastCommitDate(cwd: string): string | undefined {
  try {
    const out = execFileSync('git', ['log', '-1', '--format=%cs'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return /^\d{4}-\d{2}-\d{2}$/.test(out) ? out : undefined;
  } catch {
    return undefined;
  }
}

// Asked once per build (which runs in the project folder): every page and file gives the same date.
const asked = new Map<string, string | undefined>();

/** SOURCE_DATE_EPOCH (the reproducible-builds convention, seconds) as an ISO date, when set. */
function sourceDate(): string | undefined {
  const epoch = Number(process.env.SOURCE_DATE_EPOCH);
  return process.env.SOURCE_DATE_EPOCH && Number.isInteger(epoch) ? new Date(epoch * 1000).toISOString().slice(0, 10) : undefined;
}

/** ISO date of the build: SOURCE_DATE_EPOCH's, else the last commit's, else `dataDate`. */
export function buildDate(dataDate: string, cwd = process.cwd()): string {
  if (!asked.has(cwd)) asked.set(cwd, sourceDate() ?? lastCommitDate(cwd));
  return asked.get(cwd) ?? dataDate;
}
