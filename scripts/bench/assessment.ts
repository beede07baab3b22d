/**
 * node scripts/bench/assessment.ts [--data DIR]
 * Times src/assessment/ over a dataset: every target, standard and table, in every scope, at the
 * baseline and each year end, plus reconciliation, coverage, roadmap and one page of each kind.
 * For 100×, time the generated data: npm run generate:sample -- --scale 100 --out DIR (npm run
 * bench does). A benchmark, not a test.
 */
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { assess } from '../../src/assessment/index.ts';
import { defaultDataDir } from '../../src/data/data-dir.ts';
import type { Dataset } from '../../src/data/dataset.ts';
import { loadDatasetSync } from '../../src/data/load.ts';
import { reportLines } from '../../src/data/report.ts';
import { formatNumber } from '../../src/format/vi.ts';

export interface Timing {
  label: string;
  ms: number;
}

function time<T>(label: string, rows: Timing[], f: () => T): T {
  const t0 = performance.now();
  const v = f();
  rows.push({ label, ms: performance.now() - t0 });
  return v;
}

/**
 * Times a fresh assessment of the dataset. `sixDates` is the budgeted figure (< 2 s at 100×):
 * index, then targets, standard and tables in every scope at the baseline and each year end.
 */
export function benchAssessment(ds: Dataset): { rows: Timing[]; sixDates: number; total: number; chairwomen: number } {
  const rows: Timing[] = [];
  const t0 = performance.now();
  const a = time('assess(): chỉ mục', rows, () => assess(ds));
  const scopes = a.scopes();
  for (const date of a.dates()) {
    time(`${date}: chỉ tiêu, tiêu chuẩn, bảng × ${scopes.length} phạm vi`, rows, () => {
      for (const s of scopes) {
        a.targetsAt(date, s);
        a.standardAt(date, s);
        a.tables(date, s);
      }
    });
  }
  const sixDates = performance.now() - t0;
  time('Đối chiếu với văn bản', rows, () => a.reconciliation());
  time('Mức bao phủ các giải pháp', rows, () => a.coverage());
  time('Lộ trình và kinh phí', rows, () => a.roadmap());
  time('Trang mọi quận, huyện', rows, () => ds.districts.forEach((d) => a.districtView(d.id)));
  const people = time('Danh sách người', rows, () => a.people());
  time('Trang mọi người', rows, () => people.forEach((p) => a.personView(p.id)));
  return { rows, sixDates, total: performance.now() - t0, chairwomen: a.standardAt(a.baselineDate).population };
}

function main(): void {
  const { values } = parseArgs({ options: { data: { type: 'string' } } });
  const dir = values.data ?? defaultDataDir();

  const t0 = performance.now();
  const loaded = loadDatasetSync(dir);
  const loadMs = performance.now() - t0;
  if (!loaded.dataset) {
    console.error(reportLines(loaded.problems, loaded.files.length, false).join('\n'));
    throw new Error(`Dữ liệu trong ${dir} có lỗi [invalid-data]`);
  }
  const ds = loaded.dataset;
  const r = benchAssessment(ds);
  const ms = (v: number) => `${formatNumber(v, 0).padStart(8)} ms`;
  console.log(`Dữ liệu: ${dir} — ${formatNumber(ds.people.length)} người, ${formatNumber(r.chairwomen)} chủ tịch Hội ngày thực trạng`);
  console.log(`${ms(loadMs)}  Đọc và kiểm tra dữ liệu`);
  for (const row of r.rows) console.log(`${ms(row.ms)}  ${row.label}`);
  console.log(`${ms(r.sixDates)}  Sáu thời điểm (chỉ mục + chỉ tiêu, tiêu chuẩn, bảng): ngân sách 2.000 ms ở 100×`);
  console.log(`${ms(r.total)}  Tổng thời gian tính, kể cả các trang`);
}

if (import.meta.main) {
  try {
    main();
  } catch (e: unknown) {
    console.error(`Lỗi: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 1;
  }
}
