import { LineCounter, parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { fastParse } from '../../src/data/fast-yaml.ts';
import { positionOf } from '../../src/data/positions.ts';
import { typedJson } from './golden.ts';

/**
 * Thousands of small random YAML texts, built from the pieces where YAML parsers disagree
 * (1.1-looking scalars, odd keys, quoting, block scalars, flow collections, comments, indentation
 * slips, anchors, tags, markers). For each one the fast path accepts, `yaml` must read it with no
 * error and no warning, to the same value, with the same line for every top-level list item.
 * Seeded: a failure names its seed and text, and stays reproducible.
 */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SCALARS = [
  'a', 'Hà Nội', 'x y', 'yes', 'No', 'on', 'OFF', 'y', '~', 'null', 'Null', 'NULL', 'nULL', 'true', 'True', 'TRUE', 'tRUE', 'false',
  '0', '-0', '+1', '010', '0o17', '0O17', '0x1F', '0X1F', '0b101', '1_000', '1:20', '1.5', '1.', '.5', '1e3', '1E-3', '.1e2', '1e400',
  '99999999999999999999', '.inf', '-.INF', '.NaN', '.nan', 'NaN', 'inf', '2012-06-29', '2012-06-29T10:00:00Z', '2012-6-9', '12:30',
  '"q"', '"a\\tb"', '"a\\u00e9"', '"\\x41"', '"\\N\\_"', '"a\\qb"', "'s'", "'it''s'", '"a # b"', 'a # comment', 'a#b', '"a"#b',
  'a: b', 'a:b', '-a', '- a', '?a', '? a', '@a', '`a', '%a', '!a', '&a b', '*a', '!!str 1', '!!int "1"', '[a]', '{a: 1}', '[]', '{}',
  '[a, b]', '[a,]', '[a,,b]', '{a, b: 1}', '[a: 1]', '{"a":1}', '[ "x" , 2 ]', '[[1], [2, []]]', '{a: [1, {b: c}]}',
  '|\n  line\n', '|-\n  line\n', '|+\n  line\n\n', '>\n  one\n  two\n', '>-\n    deep\n  less\n', '|2\n   x\n', '| # c\n  x\n',
  'a\n  b', '"a\n  b"', "'a\n\n  b'", '""', "''", ' ', 'a ', '\u00a0', 'a\u2028b', 'a\u0085b', 'a\u0007b', '\ufeffa', 'é'.normalize('NFC'),
  '[a,\n  b]', '{a: 1,\n  b: 2}', '[\n  a\n]', '[\na]',
];
const TAME = SCALARS.filter((s) => !/^[&*!%@`]|^\? |^- |: |\n *\S*\]/.test(s) && !s.includes(',\n'));
const KEYS = [
  'id', 'name', 'people', 'courses', 'district', 'x y', '"q"', "'s'", '"a:b"', 'a:b', '1', '1.0', '0x1', 'null', '~', 'true', 'yes',
  'No', '<<', '"<<"', '__proto__', 'constructor', '""', '? k', '[a]', '{a: 1}', '&k a', '!!str a', 'é', 'a\u0301', 'k'.repeat(1030),
  `"${'k'.repeat(1010)}"`, 'a b c', '-k', 'k#', '"two\n  lines"',
];

function generate(rand: () => number): string {
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const indentOf = (n: number) => ' '.repeat(n);
  const lines: string[] = [];
  // Half the texts keep to scalars the fast path may take, so that more of them reach the comparison.
  const pool = rand() < 0.5 ? SCALARS : TAME;
  const scalar = () => pick(pool);
  const keyed = (indent: number, depth: number, keys: number) => {
    for (let k = 0; k < keys; k++) {
      const key = rand() < 0.75 ? pick(['id', 'name', 'title', 'start', 'from', 'code', 'note', `k${k}`]) : pick(KEYS);
      const slip = rand() < 0.05 ? pick([-1, 1, 2]) : 0;
      const at = indentOf(Math.max(0, indent + slip));
      const r = rand();
      if (depth < 3 && r < 0.2) {
        lines.push(`${at}${key}:`);
        keyed(indent + 2, depth + 1, 1 + Math.floor(rand() * 3));
      } else if (depth < 3 && r < 0.35) {
        lines.push(`${at}${key}:`);
        list(rand() < 0.3 ? indent : indent + 2, depth + 1);
      } else {
        const v = scalar();
        lines.push(`${at}${key}:${rand() < 0.05 ? '' : ' '}${v.replace(/\n/g, `\n${at}`)}`);
      }
      if (rand() < 0.08) lines.push(`${indentOf(Math.floor(rand() * 6))}# comment ${k}`);
      if (rand() < 0.03) lines.push('');
    }
  };
  const list = (indent: number, depth: number) => {
    const n = 1 + Math.floor(rand() * 3);
    for (let i = 0; i < n; i++) {
      const at = indentOf(indent);
      const r = rand();
      if (r < 0.6) {
        const gap = rand() < 0.1 ? pick(['\n', ' # c\n', '\n\n']) : ' ';
        lines.push(`${at}-${gap === ' ' ? '' : gap.replace(/\n$/, '')}`);
        const first = lines.length;
        keyed(indent + 2, depth + 1, 1 + Math.floor(rand() * 3));
        if (gap === ' ') {
          // `- key: value` on one line
          lines[first - 1] = `${at}- ${lines[first]!.trimStart()}`;
          lines.splice(first, 1);
        }
      } else if (r < 0.75) {
        lines.push(`${at}- {id: ${scalar().split('\n')[0]}, n: ${pick(['1', 'a', '"b"', '[x]'])}}`);
      } else {
        lines.push(`${at}- ${scalar().replace(/\n/g, `\n${at}  `)}`);
      }
    }
  };
  if (rand() < 0.5) lines.push('# yaml-language-server: $schema=../schemas/x.schema.json');
  if (rand() < 0.03) lines.push(pick(['---', '%YAML 1.2\n---', '%YAML 1.1\n---', '&root', '!!map']));
  lines.push(`sample: ${pick(['true', 'yes', 'True'])}`);
  lines.push(`${pick(['people', 'courses', 'districts', 'entries'])}:`);
  list(rand() < 0.3 ? 0 : 2, 1);
  keyed(0, 0, Math.floor(rand() * 3));
  if (rand() < 0.03) lines.push(pick(['...', '---\na: 1', 'a: &x 1\nb: *x', 'dup: 1\ndup: 2', 'a:\n\tb: 1']));
  let text = `${lines.join('\n')}\n`;
  if (rand() < 0.1) text = text.replace(/\n/g, '\r\n');
  if (rand() < 0.02) text = text.replace(/\n/g, '\r');
  if (rand() < 0.03) text = text.trimEnd();
  return text;
}

function check(text: string): string | undefined {
  const fast = fastParse(text);
  if (!fast) return undefined;
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: true });
  if (doc.errors.length || doc.warnings.length) return `accepted, but yaml says ${[...doc.errors, ...doc.warnings].map((e) => e.code).join(', ')}`;
  const want = typedJson(doc.toJS({ maxAliasCount: 100 }));
  const got = typedJson(fast.value);
  if (want !== got) return `value ${got} ≠ ${want}`;
  for (const [key, offsets] of fast.items) {
    const a = offsets.map((o) => (o < 0 ? '-' : text.slice(0, o).split('\n').length)).join();
    const b = offsets.map((o, i) => (o < 0 ? '-' : positionOf(doc, lines, [key, i]).line)).join();
    if (a !== b) return `lines of ${key}: ${a} ≠ ${b}`;
  }
  return undefined;
}

describe('the fast path against yaml on random texts', () => {
  it('never accepts a text that yaml reads otherwise, and accepts most plain ones', () => {
    // FUZZ_COUNT=100000 for a longer hunt.
    const COUNT = Number(process.env['FUZZ_COUNT'] ?? 4000);
    const bad: string[] = [];
    let accepted = 0;
    for (let seed = 1; seed <= COUNT; seed++) {
      const text = generate(prng(seed));
      const why = check(text);
      if (fastParse(text)) accepted++;
      if (why && bad.length < 5) bad.push(`seed ${seed}: ${why}\n${JSON.stringify(text)}`);
    }
    console.log(`fuzz: ${accepted} of ${COUNT} taken by the fast path`);
    expect(bad).toEqual([]);
    // Else the generator went astray and the test proves little.
    expect(accepted).toBeGreaterThan(COUNT * 0.15);
  });
});
