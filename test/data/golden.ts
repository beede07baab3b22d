import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { displayPath } from '../../src/data/files.ts';
import { loadDatasetSync } from '../../src/data/load.ts';
import { reportLines } from '../../src/data/report.ts';
import { BAD, FIXTURES, VALID, copyFixture } from './helpers.ts';
import { VARIANT_FIXTURES, YAML_CASES } from './yaml-cases.ts';

/** What check:data prints for one data folder (folder prefix removed), and what it loads. */
export interface Outcome {
  /** The lines check:data prints, GitHub annotations included. */
  lines: string[];
  ok: boolean;
  /** sha256 of the Dataset, every value typed (so "3" and 3, -0 and 0, NaN and null differ). */
  dataset?: string;
  /** The source lines of districts, people and courses, the one place a valid load uses positions. */
  sources?: string;
}

export const GOLDEN_FILE = path.join(FIXTURES, 'check-data-golden.json');

/** JSON in which no two different JS values print the same (key order kept: pages iterate it). */
export function typedJson(value: unknown): string {
  return JSON.stringify(value, function (this: unknown, _k, v: unknown) {
    if (typeof v === 'number') return { n: Object.is(v, -0) ? '-0' : String(v) };
    if (v === undefined) return { u: 1 };
    if (v instanceof Date || v instanceof Map || v instanceof Set || v instanceof Uint8Array) return { odd: Object.prototype.toString.call(v), s: String(v) };
    if (v && typeof v === 'object' && !Array.isArray(v) && Object.getPrototypeOf(v) !== Object.prototype && Object.getPrototypeOf(v) !== null) {
      return { proto: String(Object.getPrototypeOf(v)?.constructor?.name), v: { ...v } };
    }
    return v;
  });
}

export function outcome(dir: string, load: (dir: string) => ReturnType<typeof loadDatasetSync> = loadDatasetSync): Outcome {
  const result = load(dir);
  const prefix = `${displayPath(dir)}/`;
  const lines = reportLines(result.problems, result.files.length, true).map((l) => l.split(prefix).join(''));
  const ok = !result.problems.some((p) => p.severity === 'error');
  if (!result.dataset) return { lines, ok };
  const d = result.dataset;
  const src = (xs: { source: { file: string; line: number } }[]) => xs.map((x) => `${x.source.file.replace(/^[^/]*\//, '')}:${x.source.line}`).join(' ');
  return {
    lines,
    ok,
    dataset: createHash('sha256').update(typedJson(d)).digest('hex'),
    sources: [src(d.districts), src(d.people), src(d.courses)].join(' | '),
  };
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.yaml') && statSync(path.join(dir, f)).isFile());
}

/** A temporary copy of `from` with `change` applied, its outcome, then the copy removed. */
export function withCopy<T>(from: string, change: (dir: string) => void, run: (dir: string) => T): T {
  const copy = copyFixture(from);
  try {
    change(copy.dir);
    return run(copy.dir);
  } finally {
    copy.cleanup();
  }
}

const everyFile = (change: (t: string) => string) => (dir: string) => {
  for (const f of yamlFiles(dir)) writeFileSync(path.join(dir, f), change(readFileSync(path.join(dir, f), 'utf8')));
};
const oneFile = (file: string, change: (t: string) => string) => (dir: string) => {
  writeFileSync(path.join(dir, file), change(readFileSync(path.join(dir, file), 'utf8')));
};

/** Every input of the golden file, by name: the data folder to load, made on demand. */
export function goldenInputs(): { name: string; run: <T>(use: (dir: string) => T) => T }[] {
  const bomCrlfNfd = (t: string) => `\uFEFF${t.normalize('NFD').replace(/\n/g, '\r\n')}`;
  return [
    { name: 'valid-minimal', run: (use) => use(VALID) },
    { name: 'valid-minimal (BOM, CRLF, NFD)', run: (use) => withCopy(VALID, everyFile(bomCrlfNfd), use) },
    ...readdirSync(BAD).sort().map((n) => ({ name: `bad/${n}`, run: <T>(use: (dir: string) => T) => use(path.join(BAD, n)) })),
    ...VARIANT_FIXTURES.map((n) => ({ name: `bad/${n} (BOM, CRLF, NFD)`, run: <T>(use: (dir: string) => T) => withCopy(path.join(BAD, n), everyFile(bomCrlfNfd), use) })),
    ...YAML_CASES.map((c) => ({ name: `case/${c.name}`, run: <T>(use: (dir: string) => T) => withCopy(VALID, oneFile(c.file, c.edit), use) })),
  ];
}

/**
 * Recorded with the positioned loader (`yaml` for every file, as before the fast path), so that a
 * data change can be re-recorded without the fast path vouching for itself.
 */
export function recordGolden(): Record<string, Outcome> {
  const out: Record<string, Outcome> = {};
  for (const input of goldenInputs()) {
    if (input.name in out) throw new Error(`golden: two inputs named ${input.name}`);
    out[input.name] = input.run((dir) => outcome(dir, (d) => loadDatasetSync(d, { yaml: 'positioned' })));
  }
  return out;
}

export function writeGolden(): void {
  writeFileSync(GOLDEN_FILE, `${JSON.stringify(recordGolden(), null, 1)}\n`);
}
