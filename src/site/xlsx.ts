/**
 * A download table (src/site/downloads.ts) as an .xlsx workbook: one sheet with exactly the CSV's
 * columns and rows, typed as a spreadsheet wants them (numbers as numbers, ISO dates as real dates,
 * Có/Không for yes and no, text never read as a formula), and a sheet saying what the table is.
 * Pure and reproducible: the same rows and dates give the same bytes (the zip's file times are the
 * build date, not the clock), so a rebuild of the same sources is byte for byte the same.
 */
import ExcelJS from 'exceljs';
// Types only: downloads.ts names the formats, this file writes one of them.
import type { DownloadTable, JsonMeta } from './downloads.ts';

type Cell = string | number | boolean | null;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_FORMAT = 'dd/mm/yyyy';

const utcDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** A column whose every value is an ISO date (and which has some): written as dates. */
function dateColumns<R>(table: DownloadTable<R>, rows: readonly R[]): Set<string> {
  return new Set(
    table.columns
      .filter((c) => {
        const values = rows.map((r) => r[c.key] as Cell).filter((v) => v !== null);
        return values.length > 0 && values.every((v) => typeof v === 'string' && ISO_DATE.test(v));
      })
      .map((c) => c.key),
  );
}

function cellOf(v: Cell, isDate: boolean): ExcelJS.CellValue {
  if (v === null) return null;
  if (typeof v === 'boolean') return v ? 'Có' : 'Không';
  if (isDate && typeof v === 'string') return utcDate(v);
  return v;
}

export async function xlsxOf<R>(table: DownloadTable<R>, rows: readonly R[], meta: JsonMeta): Promise<Uint8Array<ArrayBuffer>> {
  const wb = new ExcelJS.Workbook();
  const built = utcDate(meta.builtOn);
  wb.creator = 'Đề án 04/ĐA-BCH';
  wb.created = built;
  wb.modified = built;
  wb.title = table.title;

  const dates = dateColumns(table, rows);
  const ws = wb.addWorksheet(table.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = table.columns.map((c) => ({
    header: c.label,
    key: c.key,
    width: Math.min(40, Math.max(10, c.label.length + 2)),
    ...(dates.has(c.key) ? { style: { numFmt: DATE_FORMAT } } : {}),
  }));
  ws.getRow(1).font = { bold: true };
  for (const r of rows) ws.addRow(table.columns.map((c) => cellOf(r[c.key] as Cell, dates.has(c.key))));
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };

  const info = wb.addWorksheet('Thông tin');
  info.getColumn(1).width = 24;
  info.getColumn(2).width = 100;
  for (const [k, v] of [
    ['Bảng', table.title],
    ['Mỗi hàng', table.description],
    ['Số liệu tính đến ngày', utcDate(meta.asOf)],
    ['Ngày dựng', built],
    ['Dữ liệu mẫu', meta.sample ? 'Có: danh sách, lớp học và tiến độ là dữ liệu tổng hợp, không phải hồ sơ thật' : 'Không'],
    ['Nguồn', meta.source],
  ] as const) {
    const row = info.addRow([k, v]);
    row.getCell(1).font = { bold: true };
    if (v instanceof Date) row.getCell(2).numFmt = DATE_FORMAT;
    row.getCell(2).alignment = { wrapText: true, vertical: 'top', horizontal: 'left' };
  }

  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  return withZipTimes(bytes, built);
}

/**
 * Sets the modification time of every entry of a zip file (local headers and central directory)
 * to midnight of `date`: the zip library stamps each entry with the clock.
 */
export function withZipTimes(zip: Uint8Array, date: Date): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(zip);
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  const dosDate = ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate();
  let eocd = -1;
  for (let i = out.length - 22; i >= Math.max(0, out.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a zip file');
  const entries = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  for (let n = 0; n < entries; n++) {
    if (view.getUint32(at, true) !== 0x02014b50) throw new Error('bad zip central directory');
    view.setUint16(at + 12, 0, true);
    view.setUint16(at + 14, dosDate, true);
    const local = view.getUint32(at + 42, true);
    if (view.getUint32(local, true) !== 0x04034b50) throw new Error('bad zip local header');
    view.setUint16(local + 10, 0, true);
    view.setUint16(local + 12, dosDate, true);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return out;
}
