import { type Assessment, type CourseRow, type IndicatorRow, type RosterRow } from '../assessment/index.ts';
import { textCell, toCsv } from './csv.ts';

/**
 * The files of /du-lieu/: one table each, published as CSV and .xlsx (for spreadsheets) and JSON
 * (for programs) with the same columns. Column keys name the JSON fields; labels head the CSV and the workbook.
 */

type Cell = string | number | boolean | null;

export interface Column<R> {
  key: keyof R & string;
  label: string;
}

export interface DownloadTable<R> {
  /** File name without extension: /du-lieu/<name>.csv, .xlsx and .json. */
  name: string;
  title: string;
  /** One sentence: what a row is. */
  description: string;
  columns: Column<R>[];
  rows(a: Assessment): R[];
}

/** CSV first; the workbook (src/site/xlsx.ts) has the CSV's columns, typed for a spreadsheet. */
export const FORMATS = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  json: 'application/json; charset=utf-8',
} as const;
export type Format = keyof typeof FORMATS;

const roster: DownloadTable<RosterRow> = {
  name: 'danh-sach',
  title: 'Danh sách Chủ tịch Hội và cán bộ nguồn',
  description:
    'Mỗi hàng một người: vai trò, xã, quận/huyện, nhóm tuổi và trình độ tại ngày số liệu, có đạt tiêu chuẩn Chủ tịch Hội hay không. Không có ngày sinh và đảng tịch.',
  columns: [
    { key: 'id', label: 'Mã' },
    { key: 'name', label: 'Họ và tên' },
    { key: 'role', label: 'Mã vai trò' },
    { key: 'roleLabel', label: 'Vai trò' },
    { key: 'current', label: 'Đang giữ vai trò' },
    { key: 'communeCode', label: 'Mã xã' },
    { key: 'commune', label: 'Xã, phường, thị trấn' },
    { key: 'district', label: 'Mã quận/huyện' },
    { key: 'districtName', label: 'Quận, huyện, thị xã' },
    { key: 'ageBand', label: 'Nhóm tuổi' },
    { key: 'education', label: 'Học vấn' },
    { key: 'professional', label: 'Chuyên môn' },
    { key: 'politicalTheory', label: 'Lý luận chính trị' },
    { key: 'unionWork', label: 'Nghiệp vụ công tác Hội' },
    { key: 'meetsStandard', label: 'Đạt tiêu chuẩn Chủ tịch Hội' },
  ],
  rows: (a) => a.rosterRows(),
};

const indicators: DownloadTable<IndicatorRow> = {
  name: 'chi-tieu',
  title: 'Chỉ tiêu theo năm và theo quận, huyện',
  description:
    'Mỗi hàng một chỉ tiêu tại một thời điểm (thực trạng và cuối mỗi năm) trong một phạm vi (toàn thành phố, quận/huyện, cụm): tử số, mẫu số, tỷ lệ, mục tiêu, tiến độ.',
  columns: [
    { key: 'date', label: 'Ngày' },
    { key: 'scopeKind', label: 'Loại phạm vi' },
    { key: 'scopeId', label: 'Mã phạm vi' },
    { key: 'scope', label: 'Phạm vi' },
    { key: 'target', label: 'Mã chỉ tiêu' },
    { key: 'targetNumber', label: 'Chỉ tiêu số' },
    { key: 'targetLabel', label: 'Chỉ tiêu' },
    { key: 'numerator', label: 'Đạt' },
    { key: 'denominator', label: 'Mẫu số' },
    { key: 'percent', label: 'Tỷ lệ (%)' },
    { key: 'goal', label: 'Mục tiêu (%)' },
    { key: 'goalCount', label: 'Số cần đạt' },
    { key: 'missing', label: 'Còn thiếu' },
    { key: 'reached', label: 'Đã đạt mục tiêu' },
    { key: 'expectedPercent', label: 'Mức theo tiến độ (%)' },
    { key: 'onTrack', label: 'Đúng tiến độ' },
  ],
  rows: (a) => a.indicatorRows(),
};

const courses: DownloadTable<CourseRow> = {
  name: 'lop-hoc',
  title: 'Các lớp học',
  description: 'Mỗi hàng một lớp: giải pháp, nhiệm vụ lộ trình, thời gian, số chỗ, số học viên theo kết quả, kinh phí (đồng).',
  columns: [
    { key: 'id', label: 'Mã lớp' },
    { key: 'title', label: 'Tên lớp' },
    { key: 'kind', label: 'Loại' },
    { key: 'year', label: 'Năm' },
    { key: 'measure', label: 'Mã giải pháp' },
    { key: 'measureLabel', label: 'Giải pháp' },
    { key: 'roadmapItem', label: 'Nhiệm vụ lộ trình' },
    { key: 'organiser', label: 'Đơn vị tổ chức' },
    { key: 'start', label: 'Khai giảng' },
    { key: 'end', label: 'Kết thúc' },
    { key: 'seats', label: 'Số chỗ theo kế hoạch' },
    { key: 'participants', label: 'Số học viên' },
    { key: 'completed', label: 'Hoàn thành' },
    { key: 'enrolled', label: 'Đang học' },
    { key: 'dropped', label: 'Bỏ học' },
    { key: 'cost', label: 'Kinh phí (đồng)' },
  ],
  rows: (a) => a.courseRows(),
};

// Each table keeps its own row type; the list forgets it, as the endpoint treats them alike.
export const DOWNLOADS = [roster, indicators, courses] as unknown as DownloadTable<Record<string, Cell>>[];

/** Machine-readable values: numbers with a "." decimal point, ISO dates, Có/Không for yes/no. */
function csvCell(v: Cell): string {
  if (v === null) return '';
  if (typeof v === 'boolean') return v ? 'Có' : 'Không';
  if (typeof v === 'number') return String(v);
  return textCell(v);
}

export function csvOf<R>(table: DownloadTable<R>, rows: readonly R[]): string {
  return toCsv([table.columns.map((c) => c.label), ...rows.map((r) => table.columns.map((c) => csvCell(r[c.key] as Cell)))]);
}

export interface JsonMeta {
  /** The date the figures are counted to. */
  asOf: string;
  /** The date the file was built (src/site/build-date.ts). */
  builtOn: string;
  sample: boolean;
  source: string;
}

export function jsonOf<R>(table: DownloadTable<R>, rows: readonly R[], meta: JsonMeta): string {
  const pick = (r: R) => Object.fromEntries(table.columns.map((c) => [c.key, r[c.key]]));
  const head = { title: table.title, description: table.description, ...meta, columns: table.columns.map((c) => ({ key: c.key, label: c.label })) };
  // One row per line: readable in a text editor and small enough to diff between builds.
  const lines = rows.map((r) => `    ${JSON.stringify(pick(r))}`);
  return `${JSON.stringify(head, null, 2).replace(/\n}$/, '')},\n  "rows": [\n${lines.join(',\n')}\n  ]\n}\n`;
}
