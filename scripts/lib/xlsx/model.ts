/**
 * What the staff workbook holds, independent of any spreadsheet library: one description per kind
 * of sheet (its columns: the YAML field, the Vietnamese header, the type, the dropdown) and the
 * rows the export writes from a Dataset. The import reads the sheets back through the same columns.
 */
import type { Dataset, PersonRecord } from '../../../src/data/dataset.ts';
import { COMMUNE_TYPES, SCALES, course as courseSchema, participant as participantSchema, person as personSchema, progressEntry, roleTerm, type Commune, type Dimension } from '../../../src/schema/index.ts';
import { BOOLEAN_CHOICES, COMMUNE_SEPARATOR, CONFER_CHOICES, KIND_CHOICES, LEVEL_CHOICES, NO, OUTCOME_CHOICES, ROLE_CHOICES, STATUS_CHOICES, SUBJECT_CHOICES, YES, type Choice } from './labels.ts';

export type SheetKind = 'people' | 'roles' | 'courses' | 'participants' | 'progress';
export type ColumnType = 'text' | 'date' | 'number' | 'bool' | 'choice';

export interface ColumnSpec {
  /** The YAML field (people[].politicalTheory → "politicalTheory"), written in the hidden key row. */
  key: string;
  header: string;
  /** Characters. */
  width: number;
  type: ColumnType;
  /** Identifies the row: locked on the rows the export wrote, free below them for new rows. */
  rowKey?: boolean;
  /** Shown for reading only: locked, not in the key row, never read back. */
  display?: boolean;
  /** The dropdown list, by name in the workbook's lists (`communes` and `courses` are the sheet's own). */
  list?: string;
}

/** The order of each record's keys in the schema: where a key added to a YAML map goes. */
export const KEY_ORDER = {
  person: Object.keys(personSchema.shape),
  role: Object.keys(roleTerm.shape),
  course: Object.keys(courseSchema.shape),
  participant: Object.keys(participantSchema.shape),
  progress: Object.keys(progressEntry.shape),
} as const;

const level = (d: Dimension, width: number): ColumnSpec => ({ key: d, header: SCALES[d].label, width, type: 'choice', list: d });

export const COLUMNS: Record<SheetKind, ColumnSpec[]> = {
  people: [
    { key: 'id', header: 'Mã người', width: 16, type: 'text', rowKey: true },
    { key: 'name', header: 'Họ và tên', width: 26, type: 'text' },
    { key: 'birthDate', header: 'Ngày sinh', width: 12, type: 'date' },
    level('education', 12),
    level('professional', 22),
    level('politicalTheory', 18),
    level('unionWork', 30),
    { key: 'firstTerm', header: 'Lần đầu làm Chủ tịch Hội trong nhiệm kỳ 2011–2016', width: 16, type: 'bool', list: 'bool' },
    { key: 'partyMember', header: 'Đảng viên', width: 10, type: 'bool', list: 'bool' },
    { key: 'note', header: 'Ghi chú', width: 40, type: 'text' },
  ],
  roles: [
    { key: 'ref', header: 'Mã dòng (người#thứ tự)', width: 18, type: 'text', rowKey: true },
    { key: 'person', header: 'Mã người', width: 16, type: 'text', rowKey: true },
    { key: 'name', header: 'Họ và tên (chỉ xem)', width: 26, type: 'text', display: true },
    { key: 'role', header: 'Vai trò', width: 14, type: 'choice', list: 'role' },
    { key: 'commune', header: 'Xã, phường, thị trấn', width: 30, type: 'choice', list: 'communes' },
    { key: 'from', header: 'Từ ngày', width: 12, type: 'date' },
    { key: 'to', header: 'Đến ngày (bỏ trống: đang giữ)', width: 14, type: 'date' },
    { key: 'note', header: 'Ghi chú', width: 40, type: 'text' },
  ],
  courses: [
    { key: 'id', header: 'Mã lớp', width: 30, type: 'text', rowKey: true },
    { key: 'title', header: 'Tên lớp', width: 40, type: 'text' },
    { key: 'kind', header: 'Loại', width: 10, type: 'choice', list: 'kind' },
    { key: 'roadmapItem', header: 'Nhiệm vụ lộ trình', width: 28, type: 'choice', list: 'roadmapItems' },
    { key: 'measure', header: 'Giải pháp', width: 28, type: 'choice', list: 'measures' },
    { key: 'organiser', header: 'Đơn vị tổ chức', width: 30, type: 'text' },
    { key: 'start', header: 'Khai giảng', width: 12, type: 'date' },
    { key: 'end', header: 'Kết thúc', width: 12, type: 'date' },
    { key: 'seats', header: 'Số chỗ', width: 8, type: 'number' },
    { key: 'cost', header: 'Kinh phí (đồng)', width: 16, type: 'number' },
    { key: 'subjects', header: 'Nội dung (chỉ xem)', width: 30, type: 'text', display: true },
    { key: 'confers', header: 'Trình độ đạt được (chỉ xem)', width: 36, type: 'text', display: true },
    { key: 'note', header: 'Ghi chú', width: 30, type: 'text' },
  ],
  participants: [
    { key: 'course', header: 'Mã lớp', width: 30, type: 'choice', list: 'courses', rowKey: true },
    { key: 'person', header: 'Mã người', width: 16, type: 'text', rowKey: true },
    { key: 'name', header: 'Họ và tên (chỉ xem)', width: 26, type: 'text', display: true },
    { key: 'outcome', header: 'Kết quả', width: 12, type: 'choice', list: 'outcome' },
    { key: 'completedOn', header: 'Ngày hoàn thành (bỏ trống: ngày kết thúc lớp)', width: 16, type: 'date' },
  ],
  progress: [
    { key: 'item', header: 'Mã nhiệm vụ', width: 28, type: 'text', rowKey: true },
    { key: 'year', header: 'Năm (chỉ xem)', width: 8, type: 'number', display: true },
    { key: 'text', header: 'Nhiệm vụ (chỉ xem)', width: 60, type: 'text', display: true },
    { key: 'status', header: 'Tình trạng', width: 16, type: 'choice', list: 'status' },
    { key: 'start', header: 'Bắt đầu', width: 12, type: 'date' },
    { key: 'end', header: 'Kết thúc', width: 12, type: 'date' },
    { key: 'achieved', header: 'Đạt được', width: 10, type: 'number' },
    { key: 'note', header: 'Ghi chú', width: 40, type: 'text' },
  ],
};

/** Dropdown lists every sheet shares; `communes` and `courses` are added per district and year. */
export function sharedLists(d: Dataset): Map<string, Choice[]> {
  const ids = (xs: { id: string }[]): Choice[] => xs.map((x) => ({ code: x.id, label: x.id }));
  return new Map<string, Choice[]>([
    ...(Object.entries(LEVEL_CHOICES) as [string, Choice[]][]),
    ['bool', BOOLEAN_CHOICES],
    ['role', ROLE_CHOICES],
    ['outcome', OUTCOME_CHOICES],
    ['status', STATUS_CHOICES],
    ['kind', KIND_CHOICES],
    ['roadmapItems', ids(d.plan.roadmap.flatMap((y) => y.items))],
    ['measures', ids(d.plan.measures)],
  ]);
}

export const communeChoice = (c: Commune): Choice => ({ code: c.code, label: `${c.code}${COMMUNE_SEPARATOR}${COMMUNE_TYPES[c.type]} ${c.name}` });

export type CellOut = string | number | boolean | null;

/** One sheet as the export writes it: rows hold codes and ISO dates; the writer shows labels and dates. */
export interface SheetData {
  name: string;
  kind: SheetKind;
  /** The data file it edits, relative to the data folder: "people/dong-da.yaml". */
  file: string;
  /** Dropdown list names of this sheet's choice columns, by column key. */
  lists: Record<string, string>;
  rows: Record<string, CellOut>[];
}

export const peopleSheetName = (districtName: string) => districtName;
export const rolesSheetName = (districtName: string) => `${districtName} – vai trò`;
export const coursesSheetName = (year: string) => `Lớp ${year}`;
export const participantsSheetName = (year: string) => `Học viên ${year}`;
export const PROGRESS_SHEET = 'Tiến độ';

const labelOf = (choices: readonly Choice[], code: string) => choices.find((c) => c.code === code)?.label ?? code;
const joined = (choices: readonly Choice[], codes: readonly string[]) => codes.map((c) => labelOf(choices, c)).join('; ');

/** The sheets of a dataset, narrowed to some districts and some years (all when none is given). */
export function workbookSheets(d: Dataset, courseFiles: readonly string[], opts: { districts?: readonly string[]; years?: readonly string[] } = {}): SheetData[] {
  const sheets: SheetData[] = [];
  const byDistrict = new Map<string, PersonRecord[]>();
  for (const p of d.people) byDistrict.set(p.district, [...(byDistrict.get(p.district) ?? []), p]);
  for (const x of d.districts) {
    if (opts.districts?.length && !opts.districts.includes(x.id)) continue;
    const people = byDistrict.get(x.id) ?? [];
    const file = `people/${x.id}.yaml`;
    sheets.push({
      name: peopleSheetName(x.name),
      kind: 'people',
      file,
      lists: {},
      rows: people.map((p) => ({
        id: p.id,
        name: p.name,
        birthDate: p.birthDate,
        education: p.education,
        professional: p.professional,
        politicalTheory: p.politicalTheory,
        unionWork: p.unionWork,
        firstTerm: p.firstTerm,
        partyMember: p.partyMember,
        note: p.note ?? null,
      })),
    });
    sheets.push({
      name: rolesSheetName(x.name),
      kind: 'roles',
      file,
      lists: { commune: `communes:${x.id}` },
      rows: people.flatMap((p) =>
        p.roles.map((r, j) => ({ ref: `${p.id}#${j + 1}`, person: p.id, name: p.name, role: r.role, commune: r.commune, from: r.from, to: r.to ?? null, note: r.note ?? null })),
      ),
    });
  }
  const names = new Map(d.people.map((p) => [p.id, p.name]));
  for (const rel of courseFiles) {
    const year = yearOf(rel);
    if (opts.years?.length && !opts.years.includes(year)) continue;
    const courses = d.courses.filter((c) => relativeFile(c.source.file) === rel);
    sheets.push({
      name: coursesSheetName(year),
      kind: 'courses',
      file: rel,
      lists: { kind: 'kind', roadmapItem: 'roadmapItems', measure: 'measures' },
      rows: courses.map((c) => ({
        id: c.id,
        title: c.title,
        kind: c.kind,
        roadmapItem: c.roadmapItem,
        measure: c.measure,
        organiser: c.organiser,
        start: c.start,
        end: c.end,
        seats: c.seats,
        cost: c.cost,
        subjects: joined(SUBJECT_CHOICES, c.subjects),
        confers: joined(CONFER_CHOICES, c.confers.map((l) => `${l.dimension}:${l.level}`)),
        note: c.note ?? null,
      })),
    });
    sheets.push({
      name: participantsSheetName(year),
      kind: 'participants',
      file: rel,
      lists: { course: `courses:${year}` },
      rows: courses.flatMap((c) =>
        c.participants.map((x) => ({ course: c.id, person: x.person, name: names.get(x.person) ?? null, outcome: x.outcome, completedOn: x.completedOn ?? null })),
      ),
    });
  }
  const entries = new Map(d.progress.entries.map((e) => [e.item, e]));
  sheets.push({
    name: PROGRESS_SHEET,
    kind: 'progress',
    file: 'progress.yaml',
    lists: {},
    rows: d.plan.roadmap.flatMap((y) =>
      y.items.map((it) => {
        const e = entries.get(it.id);
        return { item: it.id, year: y.year, text: it.text, status: e?.status ?? null, start: e?.start ?? null, end: e?.end ?? null, achieved: e?.achieved ?? null, note: e?.note ?? null };
      }),
    ),
  });
  return sheets;
}

/** "courses/2013.yaml" → "2013". */
export const yearOf = (rel: string) => rel.replace(/^courses\//, '').replace(/\.yaml$/, '');

/** "data/courses/2013.yaml" (SourceRef.file) → "courses/2013.yaml". */
export const relativeFile = (sourceFile: string) => sourceFile.split('/').slice(1).join('/');

/** The lists a set of sheets needs, shared ones first, then communes per district and courses per year. */
export function workbookLists(d: Dataset, sheets: readonly SheetData[]): Map<string, Choice[]> {
  const lists = sharedLists(d);
  for (const x of d.districts) lists.set(`communes:${x.id}`, x.communes.map(communeChoice));
  for (const s of sheets) if (s.kind === 'courses') lists.set(`courses:${yearOf(s.file)}`, s.rows.map((r) => ({ code: String(r['id']), label: String(r['id']) })));
  const used = new Set(sheets.flatMap((s) => COLUMNS[s.kind].filter((c) => c.list).map((c) => s.lists[c.key] ?? c.list!)));
  return new Map([...lists].filter(([name]) => used.has(name)));
}

/** How a cell shows a code: the choice's label, Có/Không, or the value itself. */
export function shownValue(col: ColumnSpec, v: CellOut, choices: readonly Choice[] | undefined): CellOut {
  if (v === null) return null;
  if (col.type === 'bool') return v === true ? YES : v === false ? NO : v;
  if (col.type === 'choice' && choices) return labelOf(choices, String(v));
  return v;
}
