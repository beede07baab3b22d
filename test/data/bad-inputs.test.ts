import { readdirSync, readFileSync, statSync, writeFileSync, existsSync, truncateSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDatasetSync } from '../../src/data/load.ts';
import { MAX_FILE_BYTES } from '../../src/data/parse-yaml.ts';
import { formatNumber } from '../../src/format/vi.ts';
import { BAD, VALID, copyFixture, relativeProblems, type ExpectedProblem } from './helpers.ts';

interface Expectation {
  description: string;
  dataset: boolean;
  problems: ExpectedProblem[];
}

const scenarios = readdirSync(BAD).sort();

function filesOf(dir: string, sub = ''): string[] {
  return readdirSync(path.join(dir, sub)).flatMap((name) => {
    const rel = path.join(sub, name);
    return statSync(path.join(dir, rel)).isDirectory() ? filesOf(dir, rel) : [rel];
  });
}

describe('the bad-input corpus', () => {
  it('has at least 25 scenarios', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(25);
  });

  it.each(scenarios)('%s is the valid dataset with exactly one file changed or removed', (name) => {
    const dir = path.join(BAD, name);
    const valid = filesOf(VALID);
    const bad = filesOf(dir).filter((f) => f !== 'expect.json');
    const removed = valid.filter((f) => !bad.includes(f));
    expect(bad.filter((f) => !valid.includes(f))).toEqual([]);
    const changed = bad.filter((f) => !readFileSync(path.join(dir, f)).equals(readFileSync(path.join(VALID, f))));
    expect(changed.length + removed.length).toBe(1);
  });

  it.each(scenarios)('%s: reports exactly the expected problems, positioned', (name) => {
    const dir = path.join(BAD, name);
    const expected = JSON.parse(readFileSync(path.join(dir, 'expect.json'), 'utf8')) as Expectation;
    const result = loadDatasetSync(dir);
    const actual = relativeProblems(dir, result.problems);
    expect(actual.map((p) => `${p.file}:${p.line} ${p.key}`)).toEqual(expected.problems.map((p) => `${p.file}:${p.line} ${p.key}`));
    expected.problems.forEach((want, i) => {
      const got = actual[i]!;
      expect(got.severity).toBe(want.severity);
      if (want.col !== undefined) expect(got.col).toBe(want.col);
      if (want.path !== undefined) expect(got.path).toBe(want.path);
      expect(got.message).toContain(want.message);
      if (want.hint !== undefined) expect(got.hint).toContain(want.hint);
    });
    expect(result.dataset !== undefined).toBe(expected.dataset);
  });

  it('the NFC scenario really is written in NFD', () => {
    const text = readFileSync(path.join(BAD, 'duplicate-name-after-nfc/districts.yaml'), 'utf8');
    expect(text).not.toBe(text.normalize('NFC'));
  });
});

describe('inputs generated on the fly', () => {
  it('never prints a birth date: the messages reach CI logs and annotations', () => {
    const { dir, cleanup } = copyFixture(VALID);
    try {
      // Born after her role began and after her course started.
      const file = path.join(dir, 'people/ba-dinh.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace('birthDate: 1980-11-02', 'birthDate: 2013-10-01'));
      const problems = relativeProblems(dir, loadDatasetSync(dir).problems);
      expect(problems.map((p) => `${p.path} ${p.key}`)).toEqual(['courses[0].participants[1].person date_order', 'people[1].roles[0].from date_order']);
      for (const p of problems) expect(`${p.message} ${p.hint ?? ''}`).not.toMatch(/2013-10-01|1\/10\/2013/);
    } finally {
      cleanup();
    }
  });

  it('refuses a file of the size limit before parsing it, at line 1, its size in vi-VN', () => {
    const { dir, cleanup } = copyFixture(VALID);
    try {
      const file = path.join(dir, 'people/me-linh.yaml');
      // A sparse file: the size is real, nothing needs writing.
      writeFileSync(file, '');
      truncateSync(file, MAX_FILE_BYTES);
      const problems = relativeProblems(dir, loadDatasetSync(dir).problems);
      const mb = MAX_FILE_BYTES / 1024 / 1024;
      expect(problems).toEqual([
        expect.objectContaining({
          file: 'people/me-linh.yaml',
          line: 1,
          col: 1,
          key: 'file_too_large',
          message: `Tệp quá lớn (${formatNumber(mb, 1)} MB), không đọc`,
          hint: `giới hạn: dưới ${formatNumber(mb)} MB một tệp`,
        }),
      ]);
      expect(problems[0]!.message).toMatch(/\(\d+,\d MB\)/);
    } finally {
      cleanup();
    }
  });

  it('refuses a file that is not UTF-8', () => {
    const { dir, cleanup } = copyFixture(VALID);
    try {
      writeFileSync(path.join(dir, 'progress.yaml'), Buffer.from([0x61, 0x73, 0x4f, 0x66, 0x3a, 0x20, 0xff, 0xfe, 0x0a]));
      const problems = relativeProblems(dir, loadDatasetSync(dir).problems);
      expect(problems).toEqual([expect.objectContaining({ file: 'progress.yaml', line: 1, key: 'invalid_encoding' })]);
    } finally {
      cleanup();
    }
  });

  it('warns about a YAML file it does not read, and still loads', () => {
    const { dir, cleanup } = copyFixture(VALID);
    try {
      writeFileSync(path.join(dir, 'notes.yml'), 'a: 1\n');
      const result = loadDatasetSync(dir);
      expect(relativeProblems(dir, result.problems)).toEqual([
        expect.objectContaining({ file: 'notes.yml', line: 1, severity: 'warning', key: 'unknown_file' }),
      ]);
      expect(result.dataset).toBeDefined();
    } finally {
      cleanup();
    }
  });

  it('reports a missing data folder instead of throwing', () => {
    const result = loadDatasetSync(path.join(BAD, 'no-such-folder'));
    expect(existsSync(path.join(BAD, 'no-such-folder'))).toBe(false);
    expect(result.problems.map((p) => p.key)).toEqual(['missing_folder']);
  });

  it('reports every schema problem of every file at once', () => {
    const { dir, cleanup } = copyFixture(VALID);
    try {
      const edit = (file: string, from: string, to: string) => {
        const p = path.join(dir, file);
        writeFileSync(p, readFileSync(p, 'utf8').replace(from, to));
      };
      edit('people/ba-dinh.yaml', 'politicalTheory: trung-cap', 'politicalTheory: trung cap');
      edit('people/ba-dinh.yaml', 'education: thpt', 'education: dai-hoc');
      edit('courses/2013.yaml', 'seats: 3', 'seats: ba');
      const keys = relativeProblems(dir, loadDatasetSync(dir).problems).map((p) => `${p.file}:${p.line} ${p.key}`);
      expect(keys).toEqual(['courses/2013.yaml:12 invalid_type', 'people/ba-dinh.yaml:8 invalid_value', 'people/ba-dinh.yaml:10 invalid_value']);
    } finally {
      cleanup();
    }
  });
});
