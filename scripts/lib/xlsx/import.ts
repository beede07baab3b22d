/**
 * Applies a staff workbook to a data folder, in memory: each row matched by its key (row order
 * does not matter), only changed values edited, new people, roles, participants and progress
 * entries appended; then the changed files are checked with the same loader as check:data, and
 * every problem is mapped back to the cell it came from. Nothing here writes a file.
 */
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import type ExcelJS from 'exceljs';
import type { Dataset } from '../../../src/data/dataset.ts';
import { displayPath } from '../../../src/data/files.ts';
import { loadDatasetSync } from '../../../src/data/load.ts';
import type { Path, Problem } from '../../../src/data/problem.ts';
import { formatDate } from '../../../src/format/vi.ts';
import { isSample } from '../../sample/sample-flag.ts';
import { commented, type YValue } from '../../sample/yaml-emit.ts';
import { booleanValue, cleanText, dateValue, numberValue, textOf } from './cells.ts';
import { sha256 } from './export.ts';
import { COMMUNE_SEPARATOR, NO, YES, type Choice } from './labels.ts';
import { COLUMNS, KEY_ORDER, communeChoice, sharedLists, type ColumnSpec } from './model.ts';
import { cellAddress, readWorkbook, type ReadSheet, type SheetRow } from './read.ts';
import { YamlEdit, type ScalarValue } from './yaml-edit.ts';

/** A problem of the import: at a cell of the workbook when it has one, else at a place in data/. */
export interface ImportProblem {
  severity: Problem['severity'];
  /** "Đống Đa!F23", or the sheet alone, or "data/people/dong-da.yaml:12:5" when no cell holds it. */
  at: string;
  key: string;
  message: string;
  hint?: string;
}

export interface FieldChange {
  field: string;
  before: string;
  after: string;
  cell: string;
}

/** One record the import changes or adds, in words. */
export interface RecordChange {
  file: string;
  /** "Khuất Ngọc Liên (dong-da-001)", "lớp 2013-so-cap-ctpn", "nhiệm vụ 2013-khao-sat". */
  record: string;
  kind: 'changed' | 'added';
  fields: FieldChange[];
}

export interface ImportResult {
  problems: ImportProblem[];
  changes: RecordChange[];
  /** Relative path → new text, for the files that change. */
  texts: Map<string, string>;
  before?: Dataset;
  after?: Dataset;
}

export interface ImportOptions {
  allowSample?: boolean;
}

export const formatImportProblem = (p: ImportProblem) => `${p.at}  ${p.severity}  ${p.message}${p.hint ? ` (${p.hint})` : ''} [${p.key}]`;

type Json = Record<string, unknown>;
type Value = ScalarValue | null;

interface FileState {
  rel: string;
  abs: string;
  text: string;
  edit: YamlEdit;
  js: Json;
  /** Where each record of the file is shown: path prefix → sheet and row. */
  places: { prefix: Path; sheet: ReadSheet; row: number }[];
  sheets: ReadSheet[];
}

interface NewPerson {
  file: FileState;
  sheet: ReadSheet;
  row: number;
  id: string;
  name: string;
  values: Map<string, Value>;
  roles: Record<string, YValue | undefined>[];
  rolesRows: number[];
}

const isoShown = (v: Value) => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? formatDate(v) : String(v));

export function importWorkbook(wb: ExcelJS.Workbook, dataDir: string, opts: ImportOptions = {}): ImportResult {
  const problems: ImportProblem[] = [];
  const changes: RecordChange[] = [];
  const err = (at: string, key: string, message: string, hint?: string) => problems.push({ severity: 'error', at, key, message, ...(hint ? { hint } : {}) });
  const warn = (at: string, key: string, message: string, hint?: string) => problems.push({ severity: 'warning', at, key, message, ...(hint ? { hint } : {}) });
  const done = (): ImportResult => ({ problems, changes, texts: new Map() });

  const read = readWorkbook(wb);
  if (read.foreign) {
    err('bảng tính', 'not_an_export', 'Bảng tính không có trang cấu trúc: không phải bảng tính xuất bằng npm run export:xlsx', 'xuất bảng tính bằng npm run export:xlsx rồi sửa trên đó');
    return done();
  }
  const base = loadDatasetSync(dataDir);
  if (!base.dataset) {
    for (const p of base.problems) problems.push({ severity: p.severity, at: `${p.file}:${p.line}:${p.col}`, key: p.key, message: p.message, ...(p.hint ? { hint: p.hint } : {}) });
    err(displayPath(dataDir), 'invalid_data', 'Dữ liệu hiện có lỗi: sửa trước khi nhập bảng tính', 'npm run check:data');
    return done();
  }
  const dataset = base.dataset;
  for (const m of read.missingSheets) warn(m.sheet, 'missing_sheet', `Bảng tính không còn trang "${m.sheet}": không đổi gì ở ${m.file}`);
  for (const m of read.missingColumns) warn(m.sheet, 'missing_column', `Trang "${m.sheet}" không còn cột ${m.keys.join(', ')}: các giá trị đó giữ nguyên`);

  const files = new Map<string, FileState>();
  for (const s of read.sheets) {
    let f = files.get(s.meta.file);
    if (!f) {
      const abs = path.join(dataDir, ...s.meta.file.split('/'));
      if (!existsSync(abs)) {
        err(s.meta.sheet, 'missing_file', `Không tìm thấy tệp ${s.meta.file} mà trang "${s.meta.sheet}" sửa`);
        continue;
      }
      const text = readFileSync(abs, 'utf8');
      const edit = new YamlEdit(text);
      f = { rel: s.meta.file, abs, text, edit, js: (edit.doc.toJS() ?? {}) as Json, places: [], sheets: [] };
      files.set(s.meta.file, f);
    }
    f.sheets.push(s);
  }

  const lists = sharedLists(dataset);
  for (const x of dataset.districts) lists.set(`communes:${x.id}`, x.communes.map(communeChoice));
  const allIds = new Set(dataset.people.map((p) => p.id));
  const newPeople: NewPerson[] = [];
  const names = new Map(dataset.people.map((p) => [p.id, p.name]));

  const columnsOf = (s: ReadSheet) => COLUMNS[s.meta.kind].filter((c) => !c.display && s.columns.has(c.key));
  const cellOf = (s: ReadSheet, key: string, row: number) => `${s.meta.sheet}!${cellAddress(s.columns.get(key) ?? 1, row)}`;
  const listOf = (s: ReadSheet, c: ColumnSpec): Choice[] | undefined => {
    if (!c.list) return undefined;
    if (c.list === 'communes') return lists.get(`communes:${districtOfFile(s.meta.file)}`);
    if (c.list === 'courses') return undefined;
    return lists.get(c.list);
  };
  const valueOf = (s: ReadSheet, c: ColumnSpec, r: SheetRow): Value => cellValue(c, r.cells.get(c.key) ?? null, listOf(s, c));
  const shown = (s: ReadSheet, c: ColumnSpec, v: Value | undefined): string => {
    if (v === null || v === undefined) return '(trống)';
    if (c.type === 'bool') return v === true ? YES : v === false ? NO : String(v);
    if (c.type === 'date') return isoShown(v);
    const choices = listOf(s, c);
    return choices?.find((x) => x.code === v)?.label ?? String(v);
  };

  /** Compares each column of a row with the record at `recordPath`; edits what differs. */
  const applyRow = (f: FileState, s: ReadSheet, r: SheetRow, recordPath: Path, record: Json, order: readonly string[], label: string, skip: readonly string[] = []) => {
    const fields: FieldChange[] = [];
    for (const c of columnsOf(s)) {
      if (c.rowKey || skip.includes(c.key)) continue;
      const now = valueOf(s, c, r);
      const old = record[c.key] as Value | undefined;
      if (same(old, now)) continue;
      if (now === null) f.edit.deleteKey(recordPath, c.key);
      else f.edit.setKey(recordPath, c.key, now, order);
      fields.push({ field: c.header, before: shown(s, c, old), after: shown(s, c, now), cell: cellOf(s, c.key, r.row) });
    }
    if (fields.length > 0) changes.push({ file: f.rel, record: label, kind: 'changed', fields });
  };

  const duplicates = (s: ReadSheet, r: SheetRow, seen: Map<string, number>, k: string, what: string, key = 'duplicate_id', cellKey = s.meta.kind === 'participants' ? 'person' : COLUMNS[s.meta.kind][0]!.key): boolean => {
    const first = seen.get(k);
    if (first !== undefined) {
      err(cellOf(s, cellKey, r.row), key, `${what} trùng: "${k}"`, `đã có ở ${cellOf(s, cellKey, first)}`);
      return true;
    }
    seen.set(k, r.row);
    return false;
  };

  // 1. People: existing rows by id; new rows get the next id of the district.
  for (const f of files.values()) {
    for (const s of f.sheets.filter((x) => x.meta.kind === 'people')) {
      if (!s.columns.has('id')) {
        err(s.meta.sheet, 'missing_column', `Trang "${s.meta.sheet}" không còn cột mã người (id)`, 'xuất lại bảng tính');
        continue;
      }
      const people = (f.js['people'] ?? []) as Json[];
      const index = new Map(people.map((p, i) => [String(p['id']), i]));
      const seen = new Map<string, number>();
      const district = districtOfFile(f.rel);
      for (const r of s.rows) {
        const id = textOf(r.cells.get('id') ?? null);
        if (id !== null && duplicates(s, r, seen, id, 'Mã người')) continue;
        const i = id === null ? undefined : index.get(id);
        if (i !== undefined) {
          const p = people[i]!;
          f.places.push({ prefix: ['people', i], sheet: s, row: r.row });
          applyRow(f, s, r, ['people', i], p, KEY_ORDER.person, `${String(p['name'])} (${id})`);
          continue;
        }
        const values = new Map(columnsOf(s).filter((c) => !c.rowKey).map((c) => [c.key, valueOf(s, c, r)] as const));
        const newId = id ?? nextId(district, allIds);
        allIds.add(newId);
        const name = typeof values.get('name') === 'string' ? String(values.get('name')) : '';
        names.set(newId, name);
        newPeople.push({ file: f, sheet: s, row: r.row, id: newId, name, values, roles: [], rolesRows: [] });
      }
      for (const [id, i] of index) {
        if (!seen.has(id)) warn(s.meta.sheet, 'missing_row', `Người "${String(people[i]!['name'])}" (${id}) không có trong trang: không xoá`, 'người thôi giữ chức: ghi "Đến ngày" ở trang vai trò');
      }
    }
  }

  /** A person named in a cell: an id, or the full name of exactly one new person (of `file` when given). */
  const resolvePerson = (text: string | null, file?: FileState): string | undefined => {
    if (text === null) return undefined;
    const byId = text.split(COMMUNE_SEPARATOR)[0]!.trim();
    if (allIds.has(byId)) return byId;
    const folded = text.toLocaleLowerCase('vi');
    const matches = newPeople.filter((n) => (!file || n.file === file) && n.name.toLocaleLowerCase('vi') === folded);
    return matches.length === 1 ? matches[0]!.id : undefined;
  };

  // 2. Roles: existing rows by "person#n"; new rows to the person named.
  for (const f of files.values()) {
    for (const s of f.sheets.filter((x) => x.meta.kind === 'roles')) {
      if (!s.columns.has('ref') || !s.columns.has('person')) {
        err(s.meta.sheet, 'missing_column', `Trang "${s.meta.sheet}" không còn cột mã dòng hoặc mã người`, 'xuất lại bảng tính');
        continue;
      }
      const people = (f.js['people'] ?? []) as Json[];
      const index = new Map(people.map((p, i) => [String(p['id']), i]));
      const seen = new Map<string, number>();
      const appendedRoles = new Map<number, number>();
      for (const r of s.rows) {
        const ref = textOf(r.cells.get('ref') ?? null);
        const personCell = textOf(r.cells.get('person') ?? null);
        if (ref !== null) {
          if (duplicates(s, r, seen, ref, 'Mã dòng', 'duplicate_id', 'ref')) continue;
          const m = /^(.+)#(\d+)$/.exec(ref);
          const i = m ? index.get(m[1]!) : undefined;
          const roles = i === undefined ? undefined : ((people[i]!['roles'] ?? []) as Json[]);
          const j = m ? Number(m[2]) - 1 : -1;
          if (i === undefined || !roles || !roles[j]) {
            err(cellOf(s, 'ref', r.row), 'dangling_reference', `Không tìm thấy vai trò "${ref}"`, 'mã dòng do lệnh xuất ghi; hàng mới để trống mã dòng');
            continue;
          }
          if (personCell !== null && personCell !== m![1]) {
            err(cellOf(s, 'person', r.row), 'locked_cell', `Mã người của vai trò "${ref}" là "${m![1]}", không đổi được`, 'vai trò cho người khác: thêm hàng mới, để trống mã dòng');
            continue;
          }
          f.places.push({ prefix: ['people', i, 'roles', j], sheet: s, row: r.row });
          applyRow(f, s, r, ['people', i, 'roles', j], roles[j]!, KEY_ORDER.role, `${String(people[i]!['name'])} (${m![1]}), vai trò thứ ${j + 1}`, ['person']);
          continue;
        }
        const id = resolvePerson(personCell, f);
        const newPerson = newPeople.find((n) => n.id === id);
        const i = id === undefined ? undefined : index.get(id);
        if (i === undefined && !newPerson) {
          err(cellOf(s, 'person', r.row), 'dangling_reference', personCell === null ? 'Thiếu người của vai trò mới' : `Không tìm thấy người "${personCell}"`, `ghi mã một người của tệp ${f.rel}, hoặc họ và tên của một người mới ở trang quận, huyện`);
          continue;
        }
        const item = roleItem(s, r, valueOf, columnsOf(s), lists.get(`communes:${districtOfFile(f.rel)}`) ?? []);
        if (newPerson) {
          newPerson.rolesRows.push(r.row);
          newPerson.roles.push(item);
          continue;
        }
        const roles = (people[i!]!['roles'] ?? []) as Json[];
        const j = roles.length + (appendedRoles.get(i!) ?? 0);
        appendedRoles.set(i!, (appendedRoles.get(i!) ?? 0) + 1);
        f.places.push({ prefix: ['people', i!, 'roles', j], sheet: s, row: r.row });
        f.edit.appendItem(['people', i!, 'roles'], item);
        changes.push({ file: f.rel, record: `${String(people[i!]!['name'])} (${id})`, kind: 'added', fields: [{ field: 'Vai trò mới', before: '', after: describeItem(s, item, shown), cell: cellOf(s, 'role', r.row) }] });
      }
      for (const p of people) {
        ((p['roles'] ?? []) as Json[]).forEach((_, j) => {
          const ref = `${String(p['id'])}#${j + 1}`;
          if (!seen.has(ref)) warn(s.meta.sheet, 'missing_row', `Vai trò "${ref}" của ${String(p['name'])} không có trong trang: không xoá`, 'thôi giữ vai trò: ghi "Đến ngày"');
        });
      }
    }
  }

  // 3. Courses: existing rows by id; a new course is written in YAML (subjects and confers are not in the sheet).
  for (const f of files.values()) {
    for (const s of f.sheets.filter((x) => x.meta.kind === 'courses')) {
      const courses = (f.js['courses'] ?? []) as Json[];
      const index = new Map(courses.map((c, i) => [String(c['id']), i]));
      const seen = new Map<string, number>();
      for (const r of s.rows) {
        const id = textOf(r.cells.get('id') ?? null);
        if (id !== null && duplicates(s, r, seen, id, 'Mã lớp')) continue;
        const i = id === null ? undefined : index.get(id);
        if (i === undefined) {
          err(cellOf(s, 'id', r.row), 'new_course', id === null ? 'Hàng lớp học không có mã lớp' : `Lớp "${id}" chưa có trong ${f.rel}`, `lớp mới (nội dung, trình độ đạt được) thêm trong tệp ${f.rel}, rồi xuất lại bảng tính`);
          continue;
        }
        f.places.push({ prefix: ['courses', i], sheet: s, row: r.row });
        applyRow(f, s, r, ['courses', i], courses[i]!, KEY_ORDER.course, `lớp ${id}`);
      }
      for (const [id] of index) if (!seen.has(id)) warn(s.meta.sheet, 'missing_row', `Lớp "${id}" không có trong trang: không xoá`);
    }
  }

  // 4. Participants: by course and person; new pairs appended to the course.
  for (const f of files.values()) {
    for (const s of f.sheets.filter((x) => x.meta.kind === 'participants')) {
      if (!s.columns.has('course') || !s.columns.has('person')) {
        err(s.meta.sheet, 'missing_column', `Trang "${s.meta.sheet}" không còn cột mã lớp hoặc mã người`, 'xuất lại bảng tính');
        continue;
      }
      const courses = (f.js['courses'] ?? []) as Json[];
      const index = new Map(courses.map((c, i) => [String(c['id']), i]));
      const seen = new Map<string, number>();
      const appended = new Map<number, number>();
      for (const r of s.rows) {
        const courseId = textOf(r.cells.get('course') ?? null);
        const personCell = textOf(r.cells.get('person') ?? null);
        const ci = courseId === null ? undefined : index.get(courseId);
        if (ci === undefined) {
          err(cellOf(s, 'course', r.row), 'dangling_reference', courseId === null ? 'Thiếu mã lớp' : `Không tìm thấy lớp "${courseId}"`, `phải là một mã trong courses[].id của ${f.rel}`);
          continue;
        }
        const person = resolvePerson(personCell) ?? personCell;
        if (person === null) {
          err(cellOf(s, 'person', r.row), 'dangling_reference', 'Thiếu mã người của học viên', 'ghi mã người, hoặc họ và tên của một người mới');
          continue;
        }
        if (duplicates(s, r, seen, `${courseId}|${person}`, 'Học viên', 'duplicate_participant', 'person')) continue;
        const list = (courses[ci]!['participants'] ?? []) as Json[];
        const j = list.findIndex((x) => x['person'] === person);
        if (j >= 0) {
          f.places.push({ prefix: ['courses', ci, 'participants', j], sheet: s, row: r.row });
          applyRow(f, s, r, ['courses', ci, 'participants', j], list[j]!, KEY_ORDER.participant, `học viên ${names.get(person) ?? person} (${person}), lớp ${courseId}`, ['course', 'person']);
          continue;
        }
        const k = list.length + (appended.get(ci) ?? 0);
        appended.set(ci, (appended.get(ci) ?? 0) + 1);
        f.places.push({ prefix: ['courses', ci, 'participants', k], sheet: s, row: r.row });
        const item: Record<string, YValue | undefined> = { person: names.has(person) ? commented(person, names.get(person)!) : person };
        for (const c of columnsOf(s)) {
          if (c.rowKey) continue;
          const v = valueOf(s, c, r);
          if (v !== null) item[c.key] = v;
        }
        f.edit.appendItem(['courses', ci, 'participants'], item);
        changes.push({ file: f.rel, record: `lớp ${courseId}`, kind: 'added', fields: [{ field: 'Học viên mới', before: '', after: `${names.get(person) ?? person} (${person}), ${shown(s, COLUMNS.participants.find((c) => c.key === 'outcome')!, (item['outcome'] as Value) ?? null)}`, cell: cellOf(s, 'person', r.row) }] });
      }
      courses.forEach((c) =>
        ((c['participants'] ?? []) as Json[]).forEach((x) => {
          const k = `${String(c['id'])}|${String(x['person'])}`;
          if (!seen.has(k)) warn(s.meta.sheet, 'missing_row', `Học viên "${String(x['person'])}" của lớp "${String(c['id'])}" không có trong trang: không xoá`);
        }),
      );
    }
  }

  // 5. Progress: by roadmap item; an item without an entry gets one when its row is filled in.
  for (const f of files.values()) {
    for (const s of f.sheets.filter((x) => x.meta.kind === 'progress')) {
      const entries = (f.js['entries'] ?? []) as Json[];
      const index = new Map(entries.map((e, i) => [String(e['item']), i]));
      const seen = new Map<string, number>();
      let added = 0;
      for (const r of s.rows) {
        const item = textOf(r.cells.get('item') ?? null);
        if (item === null) {
          err(cellOf(s, 'item', r.row), 'missing_key', 'Hàng tiến độ không có mã nhiệm vụ');
          continue;
        }
        if (duplicates(s, r, seen, item, 'Tiến độ của nhiệm vụ', 'duplicate_entry', 'item')) continue;
        const i = index.get(item);
        if (i !== undefined) {
          f.places.push({ prefix: ['entries', i], sheet: s, row: r.row });
          applyRow(f, s, r, ['entries', i], entries[i]!, KEY_ORDER.progress, `nhiệm vụ ${item}`);
          continue;
        }
        const values = columnsOf(s).filter((c) => !c.rowKey).map((c) => [c, valueOf(s, c, r)] as const).filter(([, v]) => v !== null);
        if (values.length === 0) continue;
        f.places.push({ prefix: ['entries', entries.length + added++], sheet: s, row: r.row });
        f.edit.appendItem(['entries'], { item, ...Object.fromEntries(values.map(([c, v]) => [c.key, v as ScalarValue])) });
        changes.push({ file: f.rel, record: `nhiệm vụ ${item}`, kind: 'added', fields: values.map(([c, v]) => ({ field: c.header, before: '', after: shown(s, c, v), cell: cellOf(s, c.key, r.row) })) });
      }
      for (const [item] of index) if (!seen.has(item)) warn(s.meta.sheet, 'missing_row', `Tiến độ của nhiệm vụ "${item}" không có trong trang: không xoá`);
    }
  }

  // 6. New people, with the roles given them, at the end of their file.
  for (const n of newPeople) {
    const f = n.file;
    const people = (f.js['people'] ?? []) as Json[];
    const k = people.length + newPeople.filter((x) => x.file === f).indexOf(n);
    f.places.push({ prefix: ['people', k], sheet: n.sheet, row: n.row });
    const rolesSheet = f.sheets.find((x) => x.meta.kind === 'roles');
    if (rolesSheet) n.rolesRows.forEach((row, j) => f.places.push({ prefix: ['people', k, 'roles', j], sheet: rolesSheet, row }));
    const item: Record<string, YValue | undefined> = { id: n.id };
    for (const key of KEY_ORDER.person) {
      if (key === 'id') continue;
      if (key === 'roles') {
        if (n.roles.length > 0) item['roles'] = n.roles as YValue[];
        continue;
      }
      const v = n.values.get(key);
      if (v !== null && v !== undefined) item[key] = v;
    }
    f.edit.appendItem(['people'], item);
    const cols = columnsOf(n.sheet).filter((c) => !c.rowKey);
    changes.push({
      file: f.rel,
      record: `${n.name || '(chưa có tên)'} (${n.id})`,
      kind: 'added',
      fields: [
        ...cols.filter((c) => n.values.get(c.key) !== null && n.values.get(c.key) !== undefined).map((c) => ({ field: c.header, before: '', after: shown(n.sheet, c, n.values.get(c.key)!), cell: cellOf(n.sheet, c.key, n.row) })),
        ...n.roles.map((r, j) => ({ field: 'Vai trò', before: '', after: describeItem(rolesSheet!, r, shown), cell: rolesSheet ? cellOf(rolesSheet, 'role', n.rolesRows[j]!) : n.sheet.meta.sheet })),
      ],
    });
  }

  // 7. Files that change: not a sample unless allowed, not changed on disk since the export.
  const texts = new Map<string, string>();
  for (const f of files.values()) {
    if (!f.edit.changed) continue;
    const text = f.edit.text();
    if (text === f.text) continue;
    const where = f.sheets[0]!.meta.sheet;
    if (isSample(f.text) && !opts.allowSample) {
      err(where, 'sample_file', `Tệp ${f.rel} là dữ liệu mẫu (sample: true): không ghi`, 'thêm --allow-sample, hoặc xoá dòng sample: true khi tệp đã là hồ sơ thật');
    }
    const exported = f.sheets.map((s) => s.meta.sha256).find((h) => h !== '');
    if (exported && exported !== sha256(readFileSync(f.abs))) {
      err(where, 'stale_workbook', `Tệp ${f.rel} đã thay đổi sau khi xuất bảng tính này: ghi đè sẽ làm mất thay đổi đó`, 'xuất lại bảng tính rồi sửa lại trên bản mới');
    }
    texts.set(f.rel, text);
  }

  // 8. The changed data, checked in memory by the loader; its problems mapped back to cells.
  const abs = new Map([...texts].map(([rel, t]) => [path.join(dataDir, ...rel.split('/')), t]));
  const after = texts.size > 0 ? loadDatasetSync(dataDir, { texts: abs }) : base;
  const known = new Set(base.problems.map(problemKey));
  const byDisplay = new Map([...files.values()].map((f) => [displayPath(f.abs), f]));
  for (const p of after.problems) {
    if (known.has(problemKey(p))) continue;
    problems.push(locate(p, byDisplay.get(p.file), lists));
  }
  if (problems.some((p) => p.severity === 'error')) return { problems, changes, texts: new Map() };
  return { problems, changes, texts, before: dataset, ...(after.dataset ? { after: after.dataset } : {}) };
}

const problemKey = (p: Problem) => `${p.file}|${p.path}|${p.key}|${p.message}`;

/** "people[3].roles[0].from" → ["people", 3, "roles", 0, "from"]. */
export function parsePath(s: string): Path {
  const out: (string | number)[] = [];
  for (const m of s.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) out.push(m[2] !== undefined ? Number(m[2]) : m[1]!);
  return out;
}

/** The cell a loader problem points at: the record's row, the field's column (else the row's first column). */
function locate(p: Problem, f: FileState | undefined, lists: ReadonlyMap<string, Choice[]>): ImportProblem {
  const base = { severity: p.severity, key: p.key, message: p.message, ...(p.hint ? { hint: p.hint } : {}) };
  const fallback = { ...base, at: `${p.file}:${p.line}:${p.col}` };
  if (!f) return fallback;
  const path = parsePath(p.path);
  let best: FileState['places'][number] | undefined;
  for (const place of f.places) {
    if (place.prefix.length <= path.length && place.prefix.every((seg, i) => seg === path[i]) && (!best || place.prefix.length > best.prefix.length)) best = place;
  }
  if (!best) return fallback;
  const field = path[best.prefix.length];
  const col = typeof field === 'string' ? best.sheet.columns.get(field) : undefined;
  const spec = COLUMNS[best.sheet.meta.kind].find((c) => c.key === field);
  const at = `${best.sheet.meta.sheet}!${cellAddress(col ?? 1, best.row)}`;
  // Labels, not codes, are what the dropdown shows.
  if (spec?.list && p.key === 'invalid_value') {
    const choices = spec.list === 'communes' ? lists.get(`communes:${districtOfFile(f.rel)}`) : lists.get(spec.list);
    if (choices) return { ...base, at, hint: `giá trị hợp lệ: ${choices.map((c) => c.label).join('; ')}` };
  }
  return { ...base, at };
}

const districtOfFile = (rel: string) => rel.replace(/^people\//, '').replace(/\.yaml$/, '');

/** The id rule of the roster (scripts/sample/build-world.ts): district, then a number of at least three digits. */
export function nextId(district: string, taken: ReadonlySet<string>): string {
  const re = new RegExp(`^${district.replace(/[-]/g, '\\-')}-(\\d+)(?:-k\\d+)?$`);
  let max = 0;
  for (const id of taken) {
    const m = re.exec(id);
    if (m) max = Math.max(max, Number(m[1]));
  }
  for (let n = max + 1; ; n++) {
    const id = `${district}-${String(n).padStart(3, '0')}`;
    if (!taken.has(id)) return id;
  }
}

/** Two values the same as a person would judge them: text after cleaning, numbers and flags exactly. */
function same(old: Value | undefined, now: Value): boolean {
  if (old === undefined || old === null) return now === null;
  if (now === null) return false;
  if (typeof old === 'string' && typeof now === 'string') return cleanText(old) === cleanText(now);
  return old === now;
}

/** A cell as the YAML value it stands for. */
function cellValue(c: ColumnSpec, v: ExcelJS.CellValue, choices: readonly Choice[] | undefined): Value {
  switch (c.type) {
    case 'date':
      return dateValue(v);
    case 'number':
      return numberValue(v);
    case 'bool':
      return booleanValue(v);
    case 'choice': {
      const t = textOf(v);
      return t === null ? null : choices ? codeOf(t, choices, c.list === 'communes') : t;
    }
    default:
      return textOf(v);
  }
}

/** A label or a code back to the code; a commune also by its code alone ("178", "00178") or its name. */
function codeOf(text: string, choices: readonly Choice[], commune: boolean): string {
  const folded = text.toLocaleLowerCase('vi');
  const hit = choices.find((c) => c.label.toLocaleLowerCase('vi') === folded || c.code.toLocaleLowerCase('vi') === folded);
  if (hit) return hit.code;
  if (commune) {
    const code = /^(\d{1,5})(?:\s*[–—-].*)?$/.exec(text)?.[1];
    if (code) return code.padStart(5, '0');
    const byName = choices.filter((c) => {
      const name = c.label.split(COMMUNE_SEPARATOR)[1]?.toLocaleLowerCase('vi') ?? '';
      return name === folded || name.replace(/^(xã|phường|thị trấn) /, '') === folded;
    });
    if (byName.length === 1) return byName[0]!.code;
  }
  return text;
}

function roleItem(s: ReadSheet, r: SheetRow, valueOf: (s: ReadSheet, c: ColumnSpec, r: SheetRow) => Value, cols: ColumnSpec[], communes: readonly Choice[]): Record<string, YValue | undefined> {
  const item: Record<string, YValue | undefined> = {};
  for (const key of KEY_ORDER.role) {
    const c = cols.find((x) => x.key === key);
    if (!c) continue;
    const v = valueOf(s, c, r);
    if (v === null) continue;
    const label = key === 'commune' ? communes.find((x) => x.code === v)?.label.split(COMMUNE_SEPARATOR)[1] : undefined;
    item[key] = label ? commented(v, label) : v;
  }
  return item;
}

function describeItem(s: ReadSheet, item: Record<string, YValue | undefined>, shown: (s: ReadSheet, c: ColumnSpec, v: Value) => string): string {
  const cols = COLUMNS[s.meta.kind];
  return Object.entries(item)
    .map(([k, v]) => {
      const c = cols.find((x) => x.key === k);
      const plain = (v && typeof v === 'object' && 'value' in v ? (v as { value: ScalarValue }).value : v) as Value;
      return c ? `${c.header}: ${shown(s, c, plain)}` : '';
    })
    .filter(Boolean)
    .join(', ');
}

