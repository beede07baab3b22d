import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { displayPath } from '../../src/data/files.ts';
import type { Problem } from '../../src/data/problem.ts';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const FIXTURES = path.join(ROOT, 'test/fixtures');
export const VALID = path.join(FIXTURES, 'valid-minimal');
export const BAD = path.join(FIXTURES, 'bad');
export const NODE = path.join(ROOT, 'node_modules/.bin/node');

/** A problem as a fixture's expect.json writes it: file relative to the data folder, no folder prefix in the text. */
export interface ExpectedProblem {
  file: string;
  line: number;
  col?: number;
  severity: Problem['severity'];
  key: string;
  path?: string;
  message: string;
  hint?: string;
}

export function relativeProblems(dataDir: string, problems: readonly Problem[]): ExpectedProblem[] {
  const prefix = `${displayPath(dataDir)}/`;
  const strip = (t: string) => t.split(prefix).join('');
  return problems.map((p) => ({
    file: strip(p.file),
    line: p.line,
    col: p.col,
    severity: p.severity,
    key: p.key,
    path: p.path,
    message: strip(p.message),
    ...(p.hint ? { hint: strip(p.hint) } : {}),
  }));
}

/** A fresh copy of a fixture folder named `data` in a temporary directory; removed by the returned function. */
export function copyFixture(from: string, name = 'data'): { dir: string; cleanup: () => void } {
  const base = mkdtempSync(path.join(tmpdir(), 'de-an-04-'));
  const dir = path.join(base, name);
  cpSync(from, dir, { recursive: true });
  return { dir, cleanup: () => rmSync(base, { recursive: true, force: true }) };
}

/** Legitimate ways to write the same data: each must load, and build, exactly like the plain text. */
export const VARIANTS: [string, (text: string) => string][] = [
  ['a byte-order mark', (t) => `\uFEFF${t}`],
  ['CRLF line ends', (t) => t.replace(/\n/g, '\r\n')],
  ['NFD text', (t) => t.normalize('NFD')],
  ['BOM, CRLF and NFD together', (t) => `\uFEFF${t.normalize('NFD').replace(/\n/g, '\r\n')}`],
];
