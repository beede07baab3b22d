/** The build date is the last commit's, so rebuilding the same sources gives the same bytes; without git, the data's date. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDate, lastCommitDate } from '../../src/site/build-date.ts';
import { ROOT } from '../data/helpers.ts';

const outside = mkdtempSync(path.join(tmpdir(), 'de-an-no-git-'));
afterAll(() => rmSync(outside, { recursive: true, force: true }));

describe('the build date', () => {
  it('is the date of the last commit in the repository', () => {
    const git = execFileSync('git', ['log', '-1', '--format=%cs'], { cwd: ROOT, encoding: 'utf8' }).trim();
    expect(lastCommitDate(ROOT)).toBe(git);
    expect(buildDate('2016-12-31', ROOT)).toBe(git);
  });

  it('is unknown outside a repository, so the build falls back to the data date', () => {
    expect(lastCommitDate(outside)).toBeUndefined();
    expect(buildDate('2016-12-31', outside)).toBe('2016-12-31');
  });
});
