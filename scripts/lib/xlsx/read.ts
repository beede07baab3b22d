/** Reads the staff workbook back: which sheet edits which file, and each row's cells by YAML field. */
import ExcelJS from 'exceljs';
import { columnLetter, textOf } from './cells.ts';
import { COLUMNS, type SheetKind } from './model.ts';
import { FIRST_ROW, KEY_ROW, META_COLUMNS, META_SHEET, type MetaRow } from './write.ts';

export interface SheetRow {
  /** 1-based row number in the sheet. */
  row: number;
  cells: Map<string, ExcelJS.CellValue>;
}

export interface ReadSheet {
  meta: MetaRow;
  /** Column number of each YAML field, from the hidden key row (so moved columns still read right). */
  columns: Map<string, number>;
  rows: SheetRow[];
}

export interface ReadWorkbook {
  sheets: ReadSheet[];
  /** Sheets the workbook names but no longer has; fields whose column is gone, by sheet. */
  missingSheets: MetaRow[];
  missingColumns: { sheet: string; keys: string[] }[];
  /** Not an exported workbook (no structure sheet). */
  foreign: boolean;
}

/** Parts of a sheet the import never needs: skipping them keeps reading fast on large workbooks. */
const IGNORED = ['dataValidations', 'conditionalFormatting', 'hyperlinks', 'picture', 'drawing', 'sheetProtection', 'autoFilter', 'rowBreaks', 'mergeCells'];

export async function loadWorkbook(bytes: ArrayBuffer | Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as ArrayBuffer, { ignoreNodes: IGNORED } as Parameters<typeof wb.xlsx.load>[1]);
  return wb;
}

const KINDS = Object.keys(COLUMNS) as SheetKind[];

export function readWorkbook(wb: ExcelJS.Workbook): ReadWorkbook {
  const metaSheet = wb.getWorksheet(META_SHEET);
  if (!metaSheet) return { sheets: [], missingSheets: [], missingColumns: [], foreign: true };
  const metas: MetaRow[] = [];
  metaSheet.eachRow((row, n) => {
    if (n === 1) return;
    const [sheet, kind, file, sha256] = META_COLUMNS.map((_, i) => textOf(row.getCell(i + 1).value));
    if (sheet && file && KINDS.includes(kind as SheetKind)) metas.push({ sheet, kind: kind as SheetKind, file, sha256: sha256 ?? '' });
  });
  const out: ReadWorkbook = { sheets: [], missingSheets: [], missingColumns: [], foreign: false };
  for (const meta of metas) {
    const ws = wb.getWorksheet(meta.sheet);
    if (!ws) {
      out.missingSheets.push(meta);
      continue;
    }
    const columns = new Map<string, number>();
    ws.getRow(KEY_ROW).eachCell((cell, col) => {
      const key = textOf(cell.value);
      if (key && !columns.has(key)) columns.set(key, col);
    });
    const wanted = COLUMNS[meta.kind].filter((c) => !c.display).map((c) => c.key);
    const gone = wanted.filter((k) => !columns.has(k));
    if (gone.length > 0) out.missingColumns.push({ sheet: meta.sheet, keys: gone });
    const rows: SheetRow[] = [];
    ws.eachRow({ includeEmpty: false }, (row, n) => {
      if (n < FIRST_ROW) return;
      const cells = new Map<string, ExcelJS.CellValue>();
      let any = false;
      for (const [key, col] of columns) {
        const v = row.getCell(col).value;
        cells.set(key, v);
        if (textOf(v) !== null) any = true;
      }
      if (any) rows.push({ row: n, cells });
    });
    out.sheets.push({ meta, columns, rows });
  }
  return out;
}

export const cellAddress = (col: number, row: number) => `${columnLetter(col)}${row}`;
