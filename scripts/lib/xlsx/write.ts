/**
 * The staff workbook as an ExcelJS Workbook: a guide, the data sheets (hidden key row, frozen
 * Vietnamese header, dropdowns, real dates, the row-key columns locked), a hidden sheet of the
 * dropdown lists and a hidden sheet that tells the import which file each sheet edits.
 */
import ExcelJS from 'exceljs';
import type { Choice } from './labels.ts';
import { dateOfIso } from './cells.ts';
import { COLUMNS, shownValue, type SheetData, type SheetKind } from './model.ts';
import { columnLetter } from './cells.ts';
import { GUIDE_LINES } from './guide.ts';

export const GUIDE_SHEET = 'Hướng dẫn';
export const LISTS_SHEET = '_danh-muc';
export const META_SHEET = '_cau-truc';
/** Row 1: the YAML field of each column (hidden); row 2: the header; data from row 3. */
export const KEY_ROW = 1;
export const HEADER_ROW = 2;
export const FIRST_ROW = 3;
/** Rows below the data that keep the dropdowns and free cells, for new records. */
export const SPARE_ROWS = 300;
export const DATE_FORMAT = 'dd/mm/yyyy';
export const META_COLUMNS = ['sheet', 'kind', 'file', 'sha256'] as const;

export interface MetaRow {
  sheet: string;
  kind: SheetKind;
  file: string;
  sha256: string;
}

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
const LOCKED_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };

/** The whole workbook; `hashes` are the data files' SHA-256 at export, by relative path. */
export async function buildWorkbook(sheets: readonly SheetData[], lists: ReadonlyMap<string, Choice[]>, hashes: ReadonlyMap<string, string>, note: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'npm run export:xlsx';
  wb.created = new Date();
  wb.modified = wb.created;

  const guide = wb.addWorksheet(GUIDE_SHEET, { properties: { tabColor: { argb: 'FF2F5597' } } });
  guide.getColumn(1).width = 110;
  for (const line of [note, '', ...GUIDE_LINES]) {
    const row = guide.addRow([line]);
    row.getCell(1).alignment = { wrapText: true, vertical: 'top' };
    if (/^[0-9A-ZĐ]+\. |^#/.test(line)) row.font = { bold: true };
  }
  guide.getRow(1).font = { bold: true, size: 13 };

  const listRanges = writeLists(wb, lists);
  for (const s of sheets) await writeSheet(wb, s, lists, listRanges);

  const meta = wb.addWorksheet(META_SHEET, { state: 'hidden' });
  meta.addRow([...META_COLUMNS]);
  for (const s of sheets) meta.addRow([s.name, s.kind, s.file, hashes.get(s.file) ?? '']);
  // The lists sheet goes last but one: a person reading the tabs meets the data first.
  return wb;
}

function writeLists(wb: ExcelJS.Workbook, lists: ReadonlyMap<string, Choice[]>): Map<string, string> {
  const ws = wb.addWorksheet(LISTS_SHEET, { state: 'hidden' });
  const ranges = new Map<string, string>();
  let col = 1;
  for (const [name, choices] of lists) {
    const letter = columnLetter(col);
    ws.getCell(`${letter}1`).value = name;
    choices.forEach((c, i) => (ws.getCell(`${letter}${i + 2}`).value = c.label));
    ranges.set(name, `'${LISTS_SHEET}'!$${letter}$2:$${letter}$${Math.max(2, choices.length + 1)}`);
    col++;
  }
  return ranges;
}

async function writeSheet(wb: ExcelJS.Workbook, s: SheetData, lists: ReadonlyMap<string, Choice[]>, ranges: ReadonlyMap<string, string>): Promise<void> {
  const cols = COLUMNS[s.kind];
  const ws = wb.addWorksheet(s.name, { views: [{ state: 'frozen', xSplit: 1, ySplit: HEADER_ROW, topLeftCell: `B${FIRST_ROW}` }] });
  ws.columns = cols.map((c) => ({
    width: c.width,
    style: {
      protection: { locked: c.display === true },
      ...(c.type === 'date' ? { numFmt: DATE_FORMAT } : c.type === 'number' ? { numFmt: '#,##0' } : {}),
      ...(c.display ? { fill: LOCKED_FILL } : {}),
    },
  }));
  const keyRow = ws.getRow(KEY_ROW);
  cols.forEach((c, i) => (keyRow.getCell(i + 1).value = c.display ? null : c.key));
  keyRow.hidden = true;
  const header = ws.getRow(HEADER_ROW);
  cols.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.alignment = { wrapText: true, vertical: 'middle' };
    cell.protection = { locked: true };
  });
  header.height = 45;

  const choicesOf = (key: string, list?: string) => (list ? lists.get(s.lists[key] ?? list) : undefined);
  s.rows.forEach((r, k) => {
    const row = ws.getRow(FIRST_ROW + k);
    cols.forEach((c, i) => {
      const v = shownValue(c, r[c.key] ?? null, choicesOf(c.key, c.list));
      const cell = row.getCell(i + 1);
      cell.value = v === null ? null : c.type === 'date' && typeof v === 'string' ? dateOfIso(v) : v;
      if (c.rowKey) {
        cell.protection = { locked: true };
        cell.fill = LOCKED_FILL;
      }
    });
  });

  const last = FIRST_ROW + s.rows.length + SPARE_ROWS - 1;
  cols.forEach((c, i) => {
    const range = c.list ? ranges.get(s.lists[c.key] ?? c.list) : undefined;
    if (!range) return;
    const letter = columnLetter(i + 1);
    (ws as unknown as { dataValidations: { add(address: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(`${letter}${FIRST_ROW}:${letter}${last}`, {
      type: 'list',
      allowBlank: true,
      formulae: [range],
      showErrorMessage: true,
      errorStyle: 'warning',
      errorTitle: c.header,
      error: 'Hãy chọn một giá trị trong danh sách',
    });
  });
  ws.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: HEADER_ROW, column: cols.length } };
  // No password: the lock guards against a slip of the keyboard, not against the editor.
  await ws.protect('', {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
    insertRows: true,
    deleteRows: true,
    sort: true,
    autoFilter: true,
  });
}
