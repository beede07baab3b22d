/** Shared by the workbook tests: a copy of data/ in a temporary folder, the CLIs, the files' bytes. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { exportWorkbook, type ExportOptions } from '../../scripts/lib/xlsx/export.ts';
import { importWorkbook, type ImportOptions, type ImportResult } from '../../scripts/lib/xlsx/import.ts';
import { loadWorkbook } from '../../scripts/lib/xlsx/read.ts';
import { FIRST_ROW, KEY_ROW } from '../../scripts/lib/xlsx/write.ts';

export const ROOT = path.resolve(import.meta.dirname, '../..');
const temps: string[] = [];

/** A copy of the committed data/ (a folder named data, as the loader's messages expect). */
export function copyOfData(): string {
  const dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'xlsx-test-')), 'data');
  cpSync(path.join(ROOT, 'data'), dir, { recursive: true });
  temps.push(path.dirname(dir));
  return dir;
}

export function tempFile(name: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'xlsx-file-'));
  temps.push(dir);
  return path.join(dir, name);
}

export function removeTemps(): void {
  for (const d of temps.splice(0)) rmSync(d, { recursive: true, force: true });
}

/** Every file of a folder, by relative path, with its bytes. */
export function snapshot(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (e.isFile()) out.set(path.relative(dir, path.join(e.parentPath, e.name)), readFileSync(path.join(e.parentPath, e.name)));
  }
  return out;
}

/** Relative paths whose bytes differ (or that exist on one side only). */
export function changedFiles(a: Map<string, Buffer>, b: Map<string, Buffer>): string[] {
  return [...new Set([...a.keys(), ...b.keys()])].filter((k) => !a.get(k)?.equals(b.get(k) ?? Buffer.alloc(0)) || !b.has(k)).sort();
}

export async function exported(dataDir: string, opts?: ExportOptions): Promise<ExcelJS.Workbook> {
  const r = await exportWorkbook(dataDir, opts);
  if (!r.workbook) throw new Error(r.problems.map((p) => p.message).join('\n'));
  return r.workbook;
}

/** As a person's program would see the file: written to bytes and read back. */
export async function saved(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export async function importBytes(bytes: Uint8Array, dataDir: string, opts: ImportOptions = { allowSample: true }): Promise<ImportResult> {
  return importWorkbook(await loadWorkbook(bytes), dataDir, opts);
}

export function node(script: string, ...args: string[]) {
  return spawnSync(process.execPath, [path.join(ROOT, script), ...args], { encoding: 'utf8', cwd: ROOT });
}

/** The column number of a YAML field in a sheet, from its hidden key row. */
export function columnOf(ws: ExcelJS.Worksheet, key: string): number {
  let found = 0;
  ws.getRow(KEY_ROW).eachCell((c, n) => {
    if (c.value === key) found = n;
  });
  if (!found) throw new Error(`no column ${key} in ${ws.name}`);
  return found;
}

/** The row (1-based) of the record whose `key` cell is `value`. */
export function rowOf(ws: ExcelJS.Worksheet, key: string, value: string): number {
  const col = columnOf(ws, key);
  for (let r = FIRST_ROW; r <= ws.rowCount; r++) if (ws.getRow(r).getCell(col).value === value) return r;
  throw new Error(`no row with ${key} = ${value} in ${ws.name}`);
}

/** The first empty row below the data. */
export const nextRow = (ws: ExcelJS.Worksheet) => ws.actualRowCount + 1;

export function sheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

export function setCell(ws: ExcelJS.Worksheet, row: number, key: string, value: ExcelJS.CellValue): string {
  const col = columnOf(ws, key);
  ws.getRow(row).getCell(col).value = value;
  return `${ws.name}!${ws.getRow(row).getCell(col).address}`;
}
