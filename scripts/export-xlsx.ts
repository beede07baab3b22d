/**
 * npm run export:xlsx -- [--data DIR] [--district ID]… [--year YYYY]… [--out FILE]
 * Writes the staff workbook: people and roles per district, courses and participants per year,
 * the roadmap progress; dropdowns from the schema. Contains birth dates: keep it private.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { defaultDataDir } from '../src/data/data-dir.ts';
import { displayPath } from '../src/data/files.ts';
import { reportLines } from '../src/data/report.ts';
import { formatNumber } from '../src/format/vi.ts';
import { exportWorkbook } from './lib/xlsx/export.ts';

const USAGE = 'npm run export:xlsx -- [--data THƯ_MỤC] [--district MÃ]… [--year NĂM]… [--out TỆP.xlsx]';

async function main(): Promise<number> {
  const t0 = performance.now();
  let values;
  try {
    ({ values } = parseArgs({
      options: { data: { type: 'string' }, district: { type: 'string', multiple: true }, year: { type: 'string', multiple: true }, out: { type: 'string' } },
      allowPositionals: false,
    }));
  } catch (e) {
    console.error(`Tham số không hiểu được: ${(e as Error).message} (cách dùng: ${USAGE}) [bad_arguments]`);
    return 2;
  }
  const dataDir = values.data ? path.resolve(values.data) : defaultDataDir();
  const out = path.resolve(values.out ?? 'du-lieu.xlsx');
  const r = await exportWorkbook(dataDir, { districts: values.district ?? [], years: values.year ?? [] });
  if (r.unknown.length > 0) {
    console.error(`Không có trong dữ liệu: ${r.unknown.join(', ')} [unknown_filter]`);
    return 2;
  }
  if (!r.workbook) {
    console.error(reportLines(r.problems, r.files.length, false).join('\n'));
    console.error('Dữ liệu có lỗi: sửa trước khi xuất bảng tính [invalid_data]');
    return 1;
  }
  await r.workbook.xlsx.writeFile(out);
  console.log(`Đã ghi ${displayPath(out)}: ${formatNumber(r.sheets)} trang dữ liệu (${formatNumber(performance.now() - t0)} ms). Bảng tính có ngày sinh và đảng tịch: chỉ lưu ở nơi riêng tư.`);
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (e: unknown) => {
    console.error(`Lỗi không mong đợi khi xuất bảng tính: ${e instanceof Error ? e.message : String(e)} [internal_error]`);
    process.exitCode = 2;
  },
);
