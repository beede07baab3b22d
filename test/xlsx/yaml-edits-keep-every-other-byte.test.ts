/** The YAML editor of the import: only the edited spans change; quoting, comments, key order and spacing stay. */
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { KEY_ORDER } from '../../scripts/lib/xlsx/model.ts';
import { YamlEdit } from '../../scripts/lib/xlsx/yaml-edit.ts';
import { commented } from '../../scripts/sample/yaml-emit.ts';

const SOURCE = `# đầu tệp
sample: true
people:
  - id: a-001
    name: Nguyễn Thị An  # ghi chú
    roles:
      - role: chairwoman
        commune: "00001"  # Phường Phúc Xá
        from: 2011-06-14
        note: 'trích dẫn'

  - id: a-002
    name: Lê Thị Bình
    roles:
      - role: sourceCadre
        commune: "00002"
        from: 2012-01-01
    note: |
      nhiều
      dòng
courses:
  - id: k
    participants: []
`;

const lines = (s: string) => s.split('\n');
const changed = (a: string, b: string) => {
  const x = lines(a);
  const y = lines(b);
  return { removed: x.filter((l) => !y.includes(l)), added: y.filter((l) => !x.includes(l)) };
};

describe('YAML edits', () => {
  it('leave the text as it was when nothing is edited, and a value edited in its own quoting', () => {
    expect(new YamlEdit(SOURCE).text()).toBe(SOURCE);
    const e = new YamlEdit(SOURCE);
    e.setScalar(['people', 0, 'roles', 0, 'commune'], '00009');
    e.setScalar(['people', 0, 'roles', 0, 'note'], "bà Lan's");
    e.setScalar(['people', 0, 'name'], 'Nguyễn Thị Ân');
    expect(changed(SOURCE, e.text())).toEqual({
      removed: ['    name: Nguyễn Thị An  # ghi chú', '        commune: "00001"  # Phường Phúc Xá', "        note: 'trích dẫn'"],
      added: ['    name: Nguyễn Thị Ân  # ghi chú', '        commune: "00009"  # Phường Phúc Xá', "        note: 'bà Lan''s'"],
    });
  });

  it('add a key where the schema puts it and remove one with its lines', () => {
    const e = new YamlEdit(SOURCE);
    e.setKey(['people', 0, 'roles', 0], 'to', '2013-06-28', KEY_ORDER.role);
    e.setKey(['people', 0], 'note', 'mới', KEY_ORDER.person);
    e.deleteKey(['people', 1], 'note');
    const out = e.text();
    expect(out).toContain('        from: 2011-06-14\n        to: 2013-06-28\n        note: \'trích dẫn\'\n');
    expect(out).toContain("        note: 'trích dẫn'\n    note: mới\n\n  - id: a-002");
    expect(out).not.toContain('nhiều');
    expect(out).toContain('        from: 2012-01-01\ncourses:');
    expect(parseDocument(out).errors).toEqual([]);
  });

  it('append items in the list’s own layout: blank lines between spaced items, a flow [] made a block', () => {
    const e = new YamlEdit(SOURCE);
    e.appendItem(['people', 0, 'roles'], { role: 'sourceCadre', commune: commented('00003', 'Phường Trúc Bạch'), from: '2014-01-01' });
    e.appendItem(['people'], { id: 'a-003', name: 'Mới', roles: [{ role: 'sourceCadre', commune: '00004', from: '2015-01-01' }] });
    e.appendItem(['courses', 0, 'participants'], { person: 'a-003', outcome: 'enrolled' });
    const out = e.text();
    expect(out).toContain('        note: \'trích dẫn\'\n      - role: sourceCadre\n        commune: "00003"  # Phường Trúc Bạch\n        from: 2014-01-01\n\n  - id: a-002');
    expect(out).toContain('      dòng\n\n  - id: a-003\n    name: Mới\n    roles:\n      - role: sourceCadre\n        commune: "00004"\n        from: 2015-01-01\ncourses:');
    expect(out).toContain('    participants:\n      - person: a-003\n        outcome: enrolled\n');
    const doc = parseDocument(out);
    expect(doc.errors).toEqual([]);
    expect(doc.toJS().people.map((p: { id: string }) => p.id)).toEqual(['a-001', 'a-002', 'a-003']);
    expect(doc.toJS().people[0].roles.length).toBe(2);
  });
});
