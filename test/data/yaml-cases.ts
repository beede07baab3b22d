/**
 * Ways of writing YAML that the loader must keep reading exactly as it does: each case is the
 * valid fixture with one file rewritten. Together with the bad-input corpus they are the inputs
 * of the golden check:data output (check-golden.test.ts) and of the fast-vs-positioned
 * comparison (fast-path.test.ts). Add cases freely; re-record the golden only from a loader
 * whose output you trust (UPDATE_GOLDEN=1).
 */
export interface YamlCase {
  name: string;
  /** Relative to the data folder. */
  file: string;
  edit: (text: string) => string;
}

/** `from` must occur in the text: a case that silently edits nothing would prove nothing. */
const sub = (from: string | RegExp, to: string) => (t: string) => {
  const out = t.replace(from, to);
  if (out === t) throw new Error(`yaml-cases: ${String(from)} not found`);
  return out;
};

const COURSE = 'courses/2013.yaml';
const PERSON = 'people/ba-dinh.yaml';
const PLAN = 'plan.yaml';
const PROGRESS = 'progress.yaml';
const DISTRICTS = 'districts.yaml';
const BASELINE = 'baseline.yaml';

const seats = (v: string): YamlCase => ({ name: `seats: ${v}`, file: COURSE, edit: sub('seats: 3', `seats: ${v}`) });
const firstTerm = (v: string): YamlCase => ({ name: `firstTerm: ${v}`, file: PERSON, edit: sub('firstTerm: false', `firstTerm: ${v}`) });
const title = (v: string, name = `title: ${v}`): YamlCase => ({ name, file: COURSE, edit: sub(/title: .*/, `title: ${v}`) });

export const YAML_CASES: YamlCase[] = [
  // Scalars of the YAML 1.2 core schema, and what YAML 1.1 would have read differently.
  ...['yes', 'no', 'Yes', 'NO', 'on', 'off', 'y', 'n', 'True', 'TRUE', 'False', 'FALSE', 'true', '~', 'null', 'Null', 'NULL', ''].map(firstTerm),
  ...['3.0', '3.', '.5', '+3', '-3', '-0', '03', '010', '0o3', '0O3', '0x3', '0X3', '0xG', '0b11', '1_000', '3e2', '3E+2', '3e-2', '.3e2', '1:20', '.inf', '-.Inf', '+.INF', '.nan', '.NaN', '.NAN', '99999999999999999999999', '"3"', "'3'", '!!int "3"', '!!str 3', '!!float 3', '0x_3', '3 # comment', '3#not-a-comment'].map(seats),
  { name: 'birthDate with a time', file: PERSON, edit: sub('birthDate: 1968-03-15', 'birthDate: 1968-03-15T10:20:30Z') },
  { name: 'birthDate with a space and time', file: PERSON, edit: sub('birthDate: 1968-03-15', 'birthDate: 1968-03-15 10:20:30') },
  { name: 'birthDate as !!timestamp', file: PERSON, edit: sub('birthDate: 1968-03-15', 'birthDate: !!timestamp 1968-03-15') },
  { name: 'birthDate not zero-padded', file: PERSON, edit: sub('birthDate: 1968-03-15', 'birthDate: 1968-3-5') },
  { name: 'commune code unquoted', file: PERSON, edit: sub('commune: "00001"', 'commune: 00001') },
  { name: 'commune code as hex', file: PERSON, edit: sub('commune: "00001"', 'commune: 0x1F') },
  { name: 'commune code as octal', file: PERSON, edit: sub('commune: "00001"', 'commune: 0o17') },
  { name: 'commune code as float', file: PERSON, edit: sub('commune: "00001"', 'commune: 1.50') },
  { name: 'district code as !!str', file: DISTRICTS, edit: sub('code: "001"', 'code: !!str 001') },
  { name: 'sample: yes', file: COURSE, edit: sub('sample: true', 'sample: yes') },
  { name: 'sample: True', file: COURSE, edit: sub('sample: true', 'sample: True') },
  { name: 'sample removed', file: COURSE, edit: sub('sample: true\n', '') },
  { name: 'sample: false', file: PROGRESS, edit: sub('sample: true', 'sample: false') },
  { name: 'progress achieved as a float', file: PROGRESS, edit: sub('achieved: 100', 'achieved: 1e2') },

  // Strings written every legitimate way.
  title('"Lớp \\u0062ồi dưỡng"', 'double-quoted with a \\u escape'),
  title('"Lớp\\x20bồi"', 'double-quoted with a \\x escape'),
  title('"Lớp\\tbồi\\nnghiệp vụ"', 'double-quoted with \\t and \\n'),
  title('"Lớp \\N\\_\\L\\P"', 'double-quoted with YAML-only escapes'),
  title('"Lớp \\U0001F600"', 'double-quoted with a \\U escape'),
  title('"Lớp \\q"', 'double-quoted with a bad escape'),
  title("'Lớp ''bồi'' dưỡng'", 'single-quoted with a doubled quote'),
  title('"Lớp bồi\n      dưỡng\n\n      nghiệp vụ"', 'double-quoted over lines'),
  title("'Lớp bồi\n      dưỡng'", 'single-quoted over lines'),
  title('Lớp bồi\n      dưỡng nghiệp vụ', 'plain over two lines'),
  title('Lớp bồi\n\n      dưỡng nghiệp vụ', 'plain over lines with a blank line'),
  title('|\n      Lớp bồi\n      dưỡng\n', 'literal block'),
  title('|-\n      Lớp bồi\n      dưỡng\n', 'literal block, strip'),
  title('|+\n      Lớp bồi\n\n', 'literal block, keep'),
  title('>\n      Lớp bồi\n      dưỡng\n\n      nghiệp vụ\n', 'folded block'),
  title('>-\n        Lớp bồi\n      dưỡng\n', 'folded block, more-indented first line'),
  title('|2\n        Lớp bồi\n', 'literal block with an indentation indicator'),
  title('|\n    Lớp bồi\n', 'literal block under-indented'),
  title('Lớp: bồi', 'plain with ": " inside'),
  title('Lớp:bồi', 'plain with ":" inside'),
  title('Lớp #1 bồi', 'plain with " #" inside'),
  title('Lớp#1', 'plain with "#" inside'),
  title('"Lớp"#1', 'quoted then # without a space'),
  title('"Lớp" trailing', 'text after a closing quote'),
  title('Lớp\tbồi', 'plain with a tab inside'),
  title('"Lớp\tbồi"', 'quoted with a tab inside'),
  title('Lớp bồi\t', 'plain with a trailing tab'),
  title('Lớp bồi   ', 'plain with trailing spaces'),
  title('- Lớp', 'plain starting with "- "'),
  title('-Lớp', 'plain starting with "-"'),
  title('?Lớp', 'plain starting with "?"'),
  title('? Lớp', 'explicit key inside a value'),
  title('@Lớp', 'plain starting with "@"'),
  title('`Lớp', 'plain starting with a backtick'),
  title('%Lớp', 'plain starting with "%"'),
  title('!Lớp', 'a local tag as a value'),
  title('!!binary aGVsbG8=', 'a !!binary value'),
  title('&a Lớp', 'an anchor on the value'),
  title('*nothing', 'an alias to no anchor'),
  title('{ Lớp }', 'a flow map as a value'),
  title('[Lớp, bồi]', 'a flow sequence as a value'),
  title('Lớp\u2028bồi', 'a line separator inside'),
  title('Lớp\u0085bồi', 'a NEL inside'),
  title('Lớp\u00a0bồi', 'a no-break space inside'),
  title('Lớp\u0007bồi', 'a control character inside'),
  title('"Lớp\u0007bồi"', 'a control character inside quotes'),
  title('Lớp\uFEFFbồi', 'a BOM inside'),
  title('Lớp\u200bbồi', 'a zero-width space inside'),
  title('"\ud83d\ude00 Lớp"', 'an emoji'),
  title('"' + 'x'.repeat(2000) + '"', 'a 2000-character value'),

  // Keys.
  { name: 'duplicate key in a course', file: COURSE, edit: sub('    seats: 3', '    seats: 3\n    seats: 4') },
  { name: 'duplicate key, quoted twin', file: COURSE, edit: sub('    seats: 3', '    seats: 3\n    "seats": 4') },
  { name: 'duplicate key at the root', file: PROGRESS, edit: sub('asOf: 2013-12-31', 'asOf: 2013-12-31\nasOf: 2013-12-30') },
  { name: 'duplicate key in a flow map', file: COURSE, edit: sub('subjects: [nghiep-vu-cong-tac-hoi]', 'subjects: [nghiep-vu-cong-tac-hoi]\n    limits: {a: 1, a: 2}') },
  { name: 'duplicate key, NFC equal', file: COURSE, edit: sub('    seats: 3', '    ghi chú: a\n    ghi chu\u0301: b') },
  { name: 'a number as a key', file: COURSE, edit: sub('    seats: 3', '    seats: 3\n    2013: x') },
  { name: 'a float as a key', file: COURSE, edit: sub('    seats: 3', '    seats: 3\n    1.0: x') },
  { name: 'null as a key', file: COURSE, edit: sub('    seats: 3', '    seats: 3\n    null: x') },
  { name: '~ as a key', file: COURSE, edit: sub('    seats: 3', '    seats: 3\n    ~: x') },
  { name: 'true as a key', file: COURSE, edit: sub('    seats: 3', '    seats: 3\n    true: x') },
  { name: 'yes as a key', file: COURSE, edit: sub('    seats: 3', '    seats: 3\n    yes: x') },
  { name: 'an empty key', file: COURSE, edit: sub('    seats: 3', '    seats: 3\n    "": x') },
  { name: 'a key with no value', file: COURSE, edit: sub('    seats: 3', '    seats:') },
  { name: 'a flow sequence as a key', file: COURSE, edit: sub('    seats: 3', '    seats: 3\n    [a, b]: x') },
  { name: 'a flow map as a key', file: COURSE, edit: sub('    seats: 3', '    seats: 3\n    {a: 1}: x') },
  { name: 'an explicit key', file: COURSE, edit: sub('    seats: 3', '    ? seats\n    : 3') },
  { name: 'an explicit key with no value', file: COURSE, edit: sub('    seats: 3', '    seats: 3\n    ? extra') },
  { name: 'a key over 1024 characters', file: COURSE, edit: sub('    seats: 3', `    seats: 3\n    ${'k'.repeat(1030)}: x`) },
  { name: 'a quoted key over 1024 characters', file: COURSE, edit: sub('    seats: 3', `    seats: 3\n    "${'k'.repeat(1030)}": x`) },
  { name: 'a key of 1000 characters', file: COURSE, edit: sub('    seats: 3', `    seats: 3\n    ${'k'.repeat(1000)}: x`) },
  { name: 'a key over two lines', file: COURSE, edit: sub('    seats: 3', '    seats: 3\n    two\n    lines: x') },
  { name: 'a quoted key over two lines', file: COURSE, edit: sub('    seats: 3', '    seats: 3\n    "two\n    lines": x') },
  { name: 'a __proto__ key', file: COURSE, edit: sub('    seats: 3', '    seats: 3\n    __proto__: x') },
  { name: 'a __proto__ map', file: COURSE, edit: sub('    seats: 3', '    seats: 3\n    __proto__:\n      polluted: true') },
  { name: 'a constructor key', file: COURSE, edit: sub('    seats: 3', '    seats: 3\n    constructor: x') },
  { name: 'a key with a tag', file: COURSE, edit: sub('    seats: 3', '    !!str seats: 3') },
  { name: 'a key with an anchor', file: COURSE, edit: sub('    seats: 3', '    &k seats: 3') },
  { name: 'key:value without a space', file: COURSE, edit: sub('    seats: 3', '    seats:3') },
  { name: 'a tab after the colon', file: COURSE, edit: sub('    seats: 3', '    seats:\t3') },
  { name: 'a tab before the colon', file: COURSE, edit: sub('    seats: 3', '    seats\t: 3') },
  { name: 'a space before the colon', file: COURSE, edit: sub('    seats: 3', '    seats : 3') },
  { name: 'NFD key', file: COURSE, edit: sub('    seats: 3', '    seats: 3\n    ghi chu\u0301: x') },

  // Anchors, aliases, merge keys, tags.
  { name: 'an anchor and an alias to a scalar', file: COURSE, edit: (t) => sub('organiser: Hội LHPN Hà Nội', 'organiser: &org Hội LHPN Hà Nội')(t) },
  { name: 'an alias reused as a value', file: PERSON, edit: (t) => sub('from: 2011-05-01', 'from: &d 2011-05-01')(t).replace(/from: 2011-05-01/, 'from: *d') },
  { name: 'an alias to a map', file: PERSON, edit: (t) => sub('    roles:\n      - role: chairwoman\n        commune: "00001"\n        from: 2011-05-01', '    roles:\n      - &r\n        role: chairwoman\n        commune: "00001"\n        from: 2011-05-01\n      - *r')(t) },
  { name: 'an alias to a sequence', file: BASELINE, edit: (t) => sub('columns: [18-40, 41-tro-len]', 'columns: &cols [18-40, 41-tro-len]')(t) },
  { name: 'a merge key', file: PERSON, edit: sub('    roles:\n      - role: chairwoman\n        commune: "00001"', '    roles:\n      - <<: {role: chairwoman}\n        commune: "00001"') },
  { name: 'a merge key from an alias', file: COURSE, edit: sub('      - person: ba-dinh-001\n        outcome: completed', '      - &p\n        person: ba-dinh-001\n        outcome: completed\n      - <<: *p\n        person: ba-dinh-003') },
  { name: 'a quoted << key', file: COURSE, edit: sub('    seats: 3', '    seats: 3\n    "<<": x') },
  { name: 'an anchor declared twice', file: COURSE, edit: sub('organiser: Hội LHPN Hà Nội', 'organiser: &a &b Hội LHPN Hà Nội') },
  { name: 'an anchor redefined', file: COURSE, edit: sub('organiser: Hội LHPN Hà Nội\n    start: 2013-09-09', 'organiser: &a Hội LHPN Hà Nội\n    start: &a 2013-09-09') },
  { name: 'an unused anchor on a map', file: DISTRICTS, edit: sub('  - id: ba-dinh', '  - &bd\n    id: ba-dinh') },
  { name: 'an anchor on the root', file: PROGRESS, edit: sub('sample: true', '&root\nsample: true') },
  { name: 'a tag on the root', file: PROGRESS, edit: sub('sample: true', '!!map\nsample: true') },
  { name: 'a !!seq tag', file: COURSE, edit: sub('subjects: [nghiep-vu-cong-tac-hoi]', 'subjects: !!seq [nghiep-vu-cong-tac-hoi]') },
  { name: 'a !!set tag', file: COURSE, edit: sub('subjects: [nghiep-vu-cong-tac-hoi]', 'subjects: !!set {nghiep-vu-cong-tac-hoi}') },
  { name: 'a !!omap tag', file: COURSE, edit: sub('subjects: [nghiep-vu-cong-tac-hoi]', 'subjects: !!omap [a: 1]') },
  { name: 'a verbatim tag', file: COURSE, edit: sub('seats: 3', 'seats: !<tag:yaml.org,2002:int> 3') },
  { name: 'a %TAG directive', file: PROGRESS, edit: (t) => `%TAG !e! tag:example.com,2000:\n---\n${t}` },

  // Documents, directives, whole files.
  { name: 'an explicit document start', file: PROGRESS, edit: (t) => `---\n${t}` },
  { name: 'a document start after the comment', file: PROGRESS, edit: sub('sample: true', '---\nsample: true') },
  { name: 'an explicit document end', file: PROGRESS, edit: (t) => `${t}...\n` },
  { name: 'two documents', file: PROGRESS, edit: (t) => `${t}---\nsample: true\n` },
  { name: 'a %YAML 1.2 directive', file: PROGRESS, edit: (t) => `%YAML 1.2\n---\n${t}` },
  { name: 'a %YAML 1.1 directive', file: PROGRESS, edit: (t) => `%YAML 1.1\n---\n${t}` },
  { name: 'a %YAML 1.1 directive with yes', file: COURSE, edit: (t) => `%YAML 1.1\n---\n${t.replace('sample: true', 'sample: yes')}` },
  { name: 'a %YAML 2.0 directive', file: PROGRESS, edit: (t) => `%YAML 2.0\n---\n${t}` },
  { name: 'an unknown directive', file: PROGRESS, edit: (t) => `%FOO bar\n---\n${t}` },
  { name: 'only a comment', file: PROGRESS, edit: () => '# nothing here\n' },
  { name: 'only ---', file: PROGRESS, edit: () => '---\n' },
  { name: 'null document', file: PROGRESS, edit: () => 'null\n' },
  { name: 'a scalar document', file: PROGRESS, edit: () => 'hello\n' },
  { name: 'a sequence document', file: PROGRESS, edit: () => '- a\n- b\n' },
  { name: 'an empty flow map document', file: PROGRESS, edit: () => '{}\n' },
  { name: 'a JSON document', file: PROGRESS, edit: () => '{"sample": true, "asOf": "2013-12-31", "entries": [{"item": "2012-trien-khai", "status": "hoan-thanh", "start": "2012-07-01", "end": "2012-09-30", "achieved": 100}]}\n' },
  { name: 'no final newline', file: PROGRESS, edit: (t) => t.trimEnd() },
  { name: 'trailing blank lines', file: PROGRESS, edit: (t) => `${t}\n\n\n` },
  { name: 'lone CR line ends', file: PROGRESS, edit: (t) => t.replace(/\n/g, '\r') },
  { name: 'mixed CRLF and LF', file: PROGRESS, edit: (t) => t.replace('\n', '\r\n') },
  { name: 'a BOM', file: PROGRESS, edit: (t) => `\uFEFF${t}` },
  { name: 'two BOMs', file: PROGRESS, edit: (t) => `\uFEFF\uFEFF${t}` },
  { name: 'a BOM and CRLF, with a problem', file: COURSE, edit: (t) => `\uFEFF${t.replace('seats: 3', 'seats: ba').replace(/\n/g, '\r\n')}` },
  { name: 'NFD with a problem', file: COURSE, edit: (t) => t.normalize('NFD').replace('kind: boi-duong', 'kind: bồi-dưỡng'.normalize('NFD')) },
  { name: 'the schema comment removed', file: COURSE, edit: sub(/^# yaml-language-server.*\n/, '') },
  { name: 'the schema comment changed', file: COURSE, edit: sub('courses.schema.json', 'people.schema.json') },

  // Indentation, flow collections, comments.
  { name: 'a sequence not indented under its key', file: PROGRESS, edit: (t) => t.replace(/^ {2}/gm, '') },
  { name: 'tab indentation', file: PROGRESS, edit: sub('    status: hoan-thanh', '\tstatus: hoan-thanh') },
  { name: 'a tab-only line', file: PROGRESS, edit: sub('entries:\n', 'entries:\n\t\n') },
  { name: 'misaligned keys', file: PROGRESS, edit: sub('    status: hoan-thanh', '     status: hoan-thanh') },
  { name: 'misaligned sequence items', file: PROGRESS, edit: sub('  - item: 2013', '   - item: 2013') },
  { name: 'an item without -', file: PROGRESS, edit: sub('  - item: 2013', '    item: 2013') },
  { name: 'a flow sequence over lines', file: COURSE, edit: sub('subjects: [nghiep-vu-cong-tac-hoi]', 'subjects: [\n      nghiep-vu-cong-tac-hoi,\n    ]') },
  { name: 'a flow sequence under-indented', file: COURSE, edit: sub('subjects: [nghiep-vu-cong-tac-hoi]', 'subjects: [\nnghiep-vu-cong-tac-hoi]') },
  { name: 'a flow sequence with a trailing comma', file: COURSE, edit: sub('subjects: [nghiep-vu-cong-tac-hoi]', 'subjects: [nghiep-vu-cong-tac-hoi, ]') },
  { name: 'a flow sequence with two commas', file: COURSE, edit: sub('subjects: [nghiep-vu-cong-tac-hoi]', 'subjects: [nghiep-vu-cong-tac-hoi,, x]') },
  { name: 'a flow sequence unclosed', file: COURSE, edit: sub('subjects: [nghiep-vu-cong-tac-hoi]', 'subjects: [nghiep-vu-cong-tac-hoi') },
  { name: 'a flow map unclosed', file: COURSE, edit: sub('subjects: [nghiep-vu-cong-tac-hoi]', 'subjects: {a: 1') },
  { name: 'a flow map in a flow sequence', file: COURSE, edit: sub('    confers:\n      - dimension: unionWork\n        level: boi-duong-1-thang', '    confers: [{dimension: unionWork, level: boi-duong-1-thang}]') },
  { name: 'a single-pair map in a flow sequence', file: COURSE, edit: sub('    confers:\n      - dimension: unionWork\n        level: boi-duong-1-thang', '    confers: [dimension: unionWork]') },
  { name: 'a flow map over lines', file: COURSE, edit: sub('    confers:\n      - dimension: unionWork\n        level: boi-duong-1-thang', '    confers:\n      - {dimension: unionWork,\n         level: boi-duong-1-thang}') },
  { name: 'a flow key with no space', file: COURSE, edit: sub('    confers:\n      - dimension: unionWork\n        level: boi-duong-1-thang', '    confers: [{"dimension":unionWork, "level":boi-duong-1-thang}]') },
  { name: 'a comment inside a flow sequence', file: COURSE, edit: sub('subjects: [nghiep-vu-cong-tac-hoi]', 'subjects: [ # c\n      nghiep-vu-cong-tac-hoi]') },
  { name: 'a comment after -', file: PROGRESS, edit: sub('  - item: 2013-boi-duong-nghiep-vu', '  - # c\n    item: 2013-boi-duong-nghiep-vu') },
  { name: 'a record starting on the line after -', file: PROGRESS, edit: sub('  - item: 2013-boi-duong-nghiep-vu', '  -\n    item: 2013-boi-duong-nghiep-vu') },
  { name: 'a record starting two lines after -', file: DISTRICTS, edit: sub('  - id: me-linh', '  -\n\n    id: me-linh') },
  { name: 'a record with comments before it', file: DISTRICTS, edit: sub('  - id: me-linh', '  # Mê Linh\n  - # first key next\n    # still a comment\n    id: me-linh') },
  { name: 'a person as a flow map', file: 'people/me-linh.yaml', edit: sub(/ {2}- id: me-linh-002[\s\S]*$/, '  - {id: me-linh-002, name: Phạm Thị Ngọc Ánh, birthDate: 1990-01-09, education: thpt, professional: dai-hoc, politicalTheory: chua-qua,\n     unionWork: duoi-1-thang, firstTerm: false, partyMember: true, roles: [{role: sourceCadre, commune: "08974", from: 2012-01-01}]}\n') },
  { name: 'people as a flow sequence', file: 'people/me-linh.yaml', edit: sub(/people:\n[\s\S]*$/, 'people: [{id: me-linh-001, name: Lê Thị Thu Hương, birthDate: 1975-08-20, education: thpt, professional: chua-qua-dao-tao, politicalTheory: so-cap, unionWork: duoi-1-thang, firstTerm: false, partyMember: false, roles: [{role: chairwoman, commune: "08973", from: 2011-05-01}]},\n  {id: me-linh-002, name: Phạm Thị Ngọc Ánh, birthDate: 1990-01-09, education: thpt, professional: dai-hoc, politicalTheory: chua-qua, unionWork: duoi-1-thang, firstTerm: false, partyMember: true, roles: [{role: sourceCadre, commune: "08974", from: 2012-01-01}]}]\n') },
  { name: 'a nested sequence written compactly', file: PERSON, edit: sub('    roles:\n      - role: chairwoman', '    roles:\n    - role: chairwoman') },
  { name: 'a deep nesting', file: COURSE, edit: sub('    seats: 3', `    seats: 3\n    deep: ${'['.repeat(120)}${']'.repeat(120)}`) },
  { name: 'a very deep block nesting', file: COURSE, edit: sub('    seats: 3', `    seats: 3\n${Array.from({ length: 110 }, (_, i) => `${' '.repeat(4 + 2 * i)}k${i}:`).join('\n')} x`) },
  { name: 'a comment at the end of a line', file: PROGRESS, edit: sub('achieved: 100', 'achieved: 100 # trăm phần trăm') },
  { name: 'a comment without a space', file: PROGRESS, edit: sub('achieved: 100', 'achieved: 100 #trăm') },
  { name: 'a "#" right after the value', file: PROGRESS, edit: sub('achieved: 100', 'achieved: 100#trăm') },
  { name: 'a comment line between records', file: PROGRESS, edit: sub('  - item: 2013', '# between\n  - item: 2013') },
  { name: 'an indented comment between keys', file: PROGRESS, edit: sub('    status: hoan-thanh', '        # deep comment\n    status: hoan-thanh') },
  { name: 'a missing value in a sequence', file: COURSE, edit: sub('      - person: me-linh-001\n        outcome: dropped', '      - person: me-linh-001\n        outcome: dropped\n      -') },
  { name: 'a record that is a scalar', file: COURSE, edit: sub('      - person: me-linh-001\n        outcome: dropped', '      - person: me-linh-001\n        outcome: dropped\n      - me-linh-002') },

  // Cross-file checks positioned in another file than the one that changed.
  { name: 'an unknown person in a course', file: COURSE, edit: sub('person: me-linh-001', 'person: me-linh-009') },
  { name: 'a person id duplicated across files', file: 'people/me-linh.yaml', edit: sub('id: me-linh-002', 'id: ba-dinh-002') },
  { name: 'a course measure unknown', file: COURSE, edit: sub('measure: boi-duong-nghiep-vu', 'measure: khong-co') },
  { name: 'a measure removed from the plan', file: PLAN, edit: sub('  - id: boi-duong-nghiep-vu\n', '  - id: boi-duong-nghiep-vu-2\n') },
  { name: 'a roadmap item renamed in the plan', file: PLAN, edit: (t) => t.replaceAll('id: 2013-boi-duong-nghiep-vu', 'id: 2013-khac') },
  { name: 'a commune removed from districts', file: DISTRICTS, edit: sub('code: "00004"', 'code: "00005"') },
  { name: 'a born-late person', file: PERSON, edit: sub('birthDate: 1980-11-02', 'birthDate: 2000-11-02') },
  { name: 'a participant not in the target group', file: PERSON, edit: sub('role: chairwoman\n        commune: "00004"', 'role: sourceCadre\n        commune: "00004"') },
  { name: 'a people file district mismatch', file: 'people/me-linh.yaml', edit: sub('district: me-linh', 'district: ba-dinh') },
  { name: 'age minimum raised in the plan', file: PLAN, edit: sub('minTrainingAge: 18', 'minTrainingAge: 60') },
  { name: 'cluster renamed', file: DISTRICTS, edit: sub('  - id: cum-quan', '  - id: cum-quan-2') },
];

/** Bad fixtures also read with a BOM, CRLF and NFD, every file. */
export const VARIANT_FIXTURES = [
  'unclosed-quote',
  'tab-indentation',
  'duplicate-key',
  'yaml-syntax-error',
  'unknown-key',
  'wrong-type',
  'dangling-participant',
  'not-in-target-group',
  'duplicate-person-id',
  'alias-bomb',
  'unquoted-commune-code',
];
