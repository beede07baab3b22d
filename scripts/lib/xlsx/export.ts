/** The staff workbook of a data folder: loaded and checked as check:data does, then laid out. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type ExcelJS from 'exceljs';
import { findDataFiles } from '../../../src/data/files.ts';
import { loadDatasetSync } from '../../../src/data/load.ts';
import type { Problem } from '../../../src/data/problem.ts';
import { formatDate } from '../../../src/format/vi.ts';
import { workbookLists, workbookSheets } from './model.ts';
import { buildWorkbook } from './write.ts';

export interface ExportOptions {
  districts?: readonly string[];
  years?: readonly string[];
}

export interface ExportResult {
  workbook?: ExcelJS.Workbook;
  problems: Problem[];
  files: string[];
  /** Unknown --district or --year values. */
  unknown: string[];
  sheets: number;
}

export const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

export async function exportWorkbook(dataDir: string, opts: ExportOptions = {}): Promise<ExportResult> {
  const { dataset, problems, files } = loadDatasetSync(dataDir);
  if (!dataset) return { problems, files, unknown: [], sheets: 0 };
  const found = findDataFiles(dataDir).files;
  const rel = (abs: string) => path.relative(dataDir, abs).split(path.sep).join('/');
  const courseFiles = found.filter((f) => f.kind === 'courses').map((f) => rel(f.abs));
  const unknown = [
    ...(opts.districts ?? []).filter((d) => !dataset.districts.some((x) => x.id === d)).map((d) => `--district ${d}`),
    ...(opts.years ?? []).filter((y) => !courseFiles.includes(`courses/${y}.yaml`)).map((y) => `--year ${y}`),
  ];
  if (unknown.length > 0) return { problems, files, unknown, sheets: 0 };
  const sheets = workbookSheets(dataset, courseFiles, opts);
  const hashes = new Map(found.filter((f) => f.kind === 'people' || f.kind === 'courses' || f.kind === 'progress').map((f) => [rel(f.abs), sha256(readFileSync(f.abs))]));
  const note = `Bảng tính dữ liệu Đề án 04/ĐA-BCH, xuất từ ${path.basename(dataDir)}/ ngày ${formatDate(new Date().toISOString().slice(0, 10))}${dataset.sample.people ? ' (danh sách hiện là dữ liệu mẫu)' : ''}.`;
  const workbook = await buildWorkbook(sheets, workbookLists(dataset, sheets), hashes, note);
  return { workbook, problems, files, unknown, sheets: sheets.length };
}
