/**
 * npm run import:xlsx -- FILE.xlsx [--data DIR] [--allow-sample]
 * Applies a workbook made by export:xlsx to the YAML: only changed values are written, new
 * people, roles, participants and progress entries added; nothing deleted. Every change is
 * checked with the loader first; on any error every problem is printed (Sheet!Cell) and no
 * file is touched. Then prints the change in words and its impact on every indicator.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { diff } from '../src/assessment/index.ts';
import { defaultDataDir } from '../src/data/data-dir.ts';
import { displayPath } from '../src/data/files.ts';
import { formatNumber } from '../src/format/vi.ts';
import { impactMarkdown } from './lib/impact-markdown.ts';
import { formatImportProblem, importWorkbook, type RecordChange } from './lib/xlsx/import.ts';
import { loadWorkbook } from './lib/xlsx/read.ts';
import { writeFilesAtomically } from './sample/write-files.ts';

const USAGE = 'npm run import:xlsx -- TỆP.xlsx [--data THƯ_MỤC] [--allow-sample]';

export function changeLines(changes: readonly RecordChange[]): string[] {
  const out: string[] = [];
  for (const c of changes) {
    out.push(`- ${c.kind === 'added' ? 'Thêm: ' : ''}${c.record} — ${c.file}`);
    for (const f of c.fields) out.push(c.kind === 'added' ? `    ${f.field}: ${f.after} (${f.cell})` : `    ${f.field}: ${f.before} → ${f.after} (${f.cell})`);
  }
  return out;
}

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ options: { data: { type: 'string' }, 'allow-sample': { type: 'boolean', default: false } }, allowPositionals: true });
  } catch (e) {
    console.error(`Tham số không hiểu được: ${(e as Error).message} (cách dùng: ${USAGE}) [bad_arguments]`);
    return 2;
  }
  const [file, ...rest] = parsed.positionals;
  if (!file || rest.length > 0) {
    console.error(`Cần đúng một tệp .xlsx (cách dùng: ${USAGE}) [bad_arguments]`);
    return 2;
  }
  const dataDir = parsed.values.data ? path.resolve(parsed.values.data) : defaultDataDir();
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    console.error(`Không đọc được tệp ${file} [missing_file]`);
    return 2;
  }
  let wb;
  try {
    wb = await loadWorkbook(bytes);
  } catch (e) {
    console.error(`${file}  error  Không đọc được bảng tính: ${(e as Error).message} (lưu lại dạng .xlsx) [invalid_workbook]`);
    return 1;
  }
  const r = importWorkbook(wb, dataDir, { allowSample: parsed.values['allow-sample'] });
  const errors = r.problems.filter((p) => p.severity === 'error').length;
  for (const p of r.problems) console.log(formatImportProblem(p));
  if (errors > 0) {
    console.log(`${formatNumber(errors)} lỗi, ${formatNumber(r.problems.length - errors)} cảnh báo: không ghi tệp nào.`);
    return 1;
  }
  if (r.texts.size === 0) {
    console.log(`Không có thay đổi nào: không ghi tệp nào${r.problems.length ? ` (${formatNumber(r.problems.length)} cảnh báo)` : ''}.`);
    return 0;
  }
  writeFilesAtomically(dataDir, r.texts);
  console.log(`Đã ghi ${formatNumber(r.texts.size)} tệp: ${[...r.texts.keys()].map((rel) => displayPath(path.join(dataDir, rel))).join(', ')}.`);
  console.log(['', 'Thay đổi:', ...changeLines(r.changes)].join('\n'));
  if (r.before && r.after) console.log(`\n${impactMarkdown(diff(r.before, r.after), 'dữ liệu trước khi nhập', { dataDate: r.after.progress.asOf, plainBase: true })}`);
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (e: unknown) => {
    console.error(`Lỗi không mong đợi khi nhập bảng tính: ${e instanceof Error ? e.message : String(e)} [internal_error]`);
    process.exitCode = 2;
  },
);
