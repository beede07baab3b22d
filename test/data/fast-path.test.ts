import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { fastParse, linesOf } from '../../src/data/fast-yaml.ts';
import { loadDatasetSync } from '../../src/data/load.ts';
import { normaliseText } from '../../src/data/parse-yaml.ts';
import { positionOf } from '../../src/data/positions.ts';
import { goldenInputs, outcome, typedJson, withCopy } from './golden.ts';
import { BAD, FIXTURES, ROOT, VALID } from './helpers.ts';
import { YAML_CASES } from './yaml-cases.ts';

/**
 * The fast path's promise: a file it accepts is one that `yaml` (the positioned reference) reads
 * without an error or a warning, to the same value, with the same source lines; and a whole load
 * is the same either way. Speed is measured by `npm run bench`, never here.
 */
const DATA = path.join(ROOT, 'data');

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.yaml') && statSync(path.join(dir, f)).isFile())
    .map((f) => path.join(dir, f));
}

/** What `yaml` makes of a text, as the loader reads it. */
function reference(text: string) {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: true });
  const clean = doc.errors.length === 0 && doc.warnings.length === 0;
  let value: unknown;
  try {
    value = clean ? doc.toJS({ maxAliasCount: 100 }) : undefined;
  } catch {
    value = 'toJS threw';
  }
  return { clean, value, doc, lines, problems: [...doc.errors, ...doc.warnings].map((e) => e.code) };
}

/** undefined when the fast path leaves the text to `yaml` or agrees with it; else what differs. */
function disagreement(text: string): string | undefined {
  const fast = fastParse(text);
  if (!fast) return undefined;
  const ref = reference(text);
  if (!ref.clean) return `fast path accepted what yaml reports: ${ref.problems.join(', ')}`;
  if (typedJson(fast.value) !== typedJson(ref.value)) return `values differ: ${typedJson(fast.value)} vs ${typedJson(ref.value)}`;
  for (const [key, offsets] of fast.items) {
    const fastLines = offsets.map((o, i) => (o < 0 ? '-' : fastLine(text, fast, key, i)));
    const refLines = offsets.map((o, i) => (o < 0 ? '-' : positionOf(ref.doc, ref.lines, [key, i]).line));
    if (fastLines.join() !== refLines.join()) return `lines of ${key} differ: ${fastLines.join()} vs ${refLines.join()}`;
  }
  return undefined;
}

function fastLine(text: string, fast: NonNullable<ReturnType<typeof fastParse>>, key: string, i: number): number {
  const offset = fast.items.get(key)![i]!;
  return text.slice(0, offset).split('\n').length;
}

describe('the fast YAML path, file by file', () => {
  const fixtureFiles = [...yamlFiles(FIXTURES), ...yamlFiles(DATA)];

  it('reads every committed data file and the valid fixture itself (else it would not be fast)', () => {
    const left = [...yamlFiles(DATA), ...yamlFiles(VALID)].filter((f) => !fastParse(normaliseText(readFileSync(f))));
    expect(left).toEqual([]);
  });

  it.each(fixtureFiles.map((f) => [path.relative(ROOT, f), f]))('agrees with yaml on %s', (_, file) => {
    expect(disagreement(normaliseText(readFileSync(file)))).toBeUndefined();
  });

  it.each(YAML_CASES.map((c) => [c.name, c] as const))('agrees with yaml on the edge case: %s', (_, c) => {
    const text = normaliseText(Buffer.from(c.edit(readFileSync(path.join(VALID, c.file), 'utf8'))));
    expect(disagreement(text)).toBeUndefined();
  });
});

describe('YAML 1.2 semantics under the fast path', () => {
  const read = (yaml: string) => {
    const fast = fastParse(yaml);
    expect(fast, 'the fast path should take this text').toBeDefined();
    return fast!.value as Record<string, unknown>;
  };

  it('keeps dates, times and yes/no/on/off as strings, and reads only true/false as booleans', () => {
    expect(read('d: 2012-06-29\nt: 2012-06-29T10:00:00Z\ny: yes\nn: No\no: on\nf: off\nb: True\nc: FALSE\n')).toEqual({
      d: '2012-06-29',
      t: '2012-06-29T10:00:00Z',
      y: 'yes',
      n: 'No',
      o: 'on',
      f: 'off',
      b: true,
      c: false,
    });
  });

  it('reads numbers as the YAML 1.2 core schema does: no 1.1 octal, binary, underscores or sexagesimal', () => {
    const v = read('a: 010\nb: 0o10\nc: 0x1F\nd: 0b11\ne: 1_000\nf: 1:20\ng: .inf\nh: -.Inf\ni: .nan\nj: 1e3\nk: -0\nl: "3"\nm: 00001\n');
    expect(v).toMatchObject({ a: 10, b: 8, c: 31, d: '0b11', e: '1_000', f: '1:20', g: Infinity, h: -Infinity, j: 1000, l: '3', m: 1 });
    expect(v['i']).toBeNaN();
    expect(Object.is(v['k'], -0)).toBe(true);
  });

  it('reads null as null, and ~, empty and Null the same', () => {
    expect(read('a: ~\nb:\nc: null\nd: Null\ne: NULL\nf: nULL\n')).toEqual({ a: null, b: null, c: null, d: null, e: null, f: 'nULL' });
  });

  it('leaves to yaml every file with a duplicate key, anchor, alias, merge key, tag or directive', () => {
    for (const text of [
      'a: 1\na: 2\n',
      'a: &x 1\nb: *x\n',
      'a: &x {k: 1}\nb:\n  <<: *x\n',
      'a:\n  <<: {k: 1}\n',
      'a: !!str 1\n',
      'a: !local 1\n',
      '%YAML 1.1\n---\na: yes\n',
      '---\na: 1\n',
      'a: 1\n...\n',
      'a: 1\n---\nb: 2\n',
      'a: 1\n\tb: 2\n',
      'a: 1\rb: 2\r',
      '1: a\n',
      'null: a\n',
      'true: a\n',
      '? [a]\n: 1\n',
      'a: [1,\n  2]\n',
      `${'k'.repeat(1100)}: 1\n`,
      '',
      '# only a comment\n',
      '- a\n',
      'scalar\n',
    ]) {
      expect(fastParse(text), JSON.stringify(text)).toBeUndefined();
    }
  });

  it('counts lines by LF, as yaml does, for offsets in any order', () => {
    const text = 'a\r\nb\n\nc\nd';
    const at = (ch: string) => text.indexOf(ch);
    expect(linesOf(text, [at('a'), at('b'), at('c'), at('d')])).toEqual([1, 2, 4, 5]);
    expect(linesOf(text, [at('d'), -1, at('b'), at('\r')])).toEqual([5, -1, 2, 1]);
  });

  it('takes CRLF, NFC text and one-line flow collections', () => {
    expect(read('a: [1, "x"]\r\nb: {c: d}\r\n')).toEqual({ a: [1, 'x'], b: { c: 'd' } });
  });
});

describe('a whole load, fast and positioned', () => {
  const inputs = goldenInputs();
  it.each(inputs.map((i) => [i.name, i] as const))('%s: same output, Dataset and source lines', (_, input) => {
    input.run((dir) => {
      expect(outcome(dir)).toEqual(outcome(dir, (d) => loadDatasetSync(d, { yaml: 'positioned' })));
    });
  });

  it('the committed data: same output, Dataset and source lines, and no file read with positions', () => {
    expect(outcome(DATA)).toEqual(outcome(DATA, (d) => loadDatasetSync(d, { yaml: 'positioned' })));
    expect(loadDatasetSync(DATA).positioned).toEqual([]);
  });

  it('reads with positions only the files that messages point into', () => {
    // A course names an unknown person: reported in the course file, nothing else needs positions.
    const course = 'courses/2013.yaml';
    withCopy(VALID, (dir) => editFile(dir, course, 'person: me-linh-001', 'person: me-linh-009'), (dir) => {
      const r = loadDatasetSync(dir);
      expect(r.problems.map((p) => p.key)).toEqual(['dangling_reference']);
      expect(r.positioned.map((f) => path.relative(dir, f))).toEqual([course]);
    });
    // A person id twice: reported in the second file, pointing at the first one's line.
    withCopy(VALID, (dir) => editFile(dir, 'people/me-linh.yaml', 'id: me-linh-002', 'id: ba-dinh-002'), (dir) => {
      const r = loadDatasetSync(dir);
      expect(r.problems.map((p) => p.key)).toEqual(['duplicate_id']);
      expect(r.positioned.map((f) => path.relative(dir, f)).sort()).toEqual(['people/ba-dinh.yaml', 'people/me-linh.yaml']);
    });
    // A syntax error: that file alone is left to yaml.
    const bad = path.join(BAD, 'duplicate-key');
    expect(loadDatasetSync(bad).positioned.length).toBe(1);
  });
});

function editFile(dir: string, file: string, from: string, to: string): void {
  const p = path.join(dir, file);
  const text = readFileSync(p, 'utf8');
  if (!text.includes(from)) throw new Error(`${from} not in ${file}`);
  writeFileSync(p, text.replace(from, to));
}
