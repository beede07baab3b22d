import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { commented, emitYaml, flow } from '../../scripts/sample/yaml-emit.ts';

const TRICKY = [
  'Nguyễn Thị Hằng',
  'Thôi giữ chức: nghỉ hưu.',
  'a # not a comment',
  '- dash',
  'yes',
  'null',
  '00187',
  '2012-06-29',
  '"quoted"',
  "it's",
  'x, y',
  '[not a list]',
  '',
  ' padded ',
  'Hoà'.normalize('NFD'),
];

describe('the YAML writer of generated files', () => {
  it('writes text the YAML parser reads back to the same values', () => {
    const doc = {
      sample: true,
      n: 42,
      strings: TRICKY,
      rows: TRICKY.map((s) => ({ plain: s, noted: commented(s, 'chú thích'), inline: flow({ s, n: 1 }) })),
      empty: [],
      nested: { deeper: { list: [{ a: 1, b: [1, 2] }] } },
    };
    const text = emitYaml(['header'], doc, ['rows']);
    const plain = JSON.parse(JSON.stringify({ ...doc, rows: TRICKY.map((s) => ({ plain: s, noted: s, inline: { s, n: 1 } })) }));
    expect(parse(text)).toEqual(plain);
  });

  it('puts comments after the value on the same line and the header first', () => {
    const text = emitYaml(['yaml-language-server: $schema=x.json', 'second'], { code: commented('00187', 'Phường Văn Miếu') });
    expect(text).toBe('# yaml-language-server: $schema=x.json\n# second\ncode: "00187"  # Phường Văn Miếu\n');
  });

  it('leaves out undefined keys rather than writing null', () => {
    expect(emitYaml([], { a: 1, b: undefined, c: [{ d: undefined, e: 2 }] })).toBe('a: 1\nc:\n  - e: 2\n');
  });
});
