/**
 * node scripts/bench-assessment.ts [--data DIR] [--scale N]
 * Times src/assessment/ over a dataset: every target, standard and table, in every scope, at the
 * baseline and each year end, plus reconciliation, coverage, roadmap and one page of each kind.
 * --scale N copies the districts, communes and people N times in memory (courses keep their ids
 * and take every copy's participants), to test at 100× without writing files. A benchmark, not a test.
 */
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { assess } from '../src/assessment/index.ts';
import { defaultDataDir } from '../src/data/data-dir.ts';
import type { Dataset } from '../src/data/dataset.ts';
import { loadDataset } from '../src/data/load.ts';
import { reportLines } from '../src/data/report.ts';
import { formatNumber } from '../src/site/format.ts';

export function scaleDataset(ds: Dataset, n: number): Dataset {
  if (n <= 1) return ds;
  const copies = Array.from({ length: n }, (_, k) => k);
  const sfx = (s: string, k: number) => (k === 0 ? s : `${s}-x${k}`);
  const code = (c: string, k: number) => (k === 0 ? c : `${c}x${k}`);
  return {
    ...ds,
    districts: copies.flatMap((k) =>
      ds.districts.map((d) => ({ ...d, id: sfx(d.id, k), communes: d.communes.map((c) => ({ ...c, code: code(c.code, k) })) })),
    ),
    people: copies.flatMap((k) =>
      ds.people.map((p) => ({ ...p, id: sfx(p.id, k), district: sfx(p.district, k), roles: p.roles.map((t) => ({ ...t, commune: code(t.commune, k) })) })),
    ),
    courses: ds.courses.map((c) => ({
      ...c,
      participants: copies.flatMap((k) => c.participants.map((p) => ({ ...p, person: sfx(p.person, k) }))),
    })),
  };
}

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

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { data: { type: 'string' }, scale: { type: 'string', default: '1' } } });
  const scale = Number(values.scale);
  if (!Number.isInteger(scale) || scale < 1) throw new Error(`--scale phải là số nguyên dương, không phải "${values.scale}" [bad-arguments]`);
  const dir = values.data ?? defaultDataDir();

  const t0 = performance.now();
  const loaded = await loadDataset(dir);
  const loadMs = performance.now() - t0;
  if (!loaded.dataset) {
    console.error(reportLines(loaded.problems, loaded.files.length, false).join('\n'));
    throw new Error(`Dữ liệu trong ${dir} có lỗi [invalid-data]`);
  }
  const ds = scaleDataset(loaded.dataset, scale);
  const r = benchAssessment(ds);
  const ms = (v: number) => `${formatNumber(v, 0).padStart(8)} ms`;
  console.log(`Dữ liệu: ${dir} × ${scale} — ${formatNumber(ds.people.length)} người, ${formatNumber(r.chairwomen)} chủ tịch Hội ngày thực trạng`);
  console.log(`${ms(loadMs)}  Đọc và kiểm tra dữ liệu (một lần, không nhân)`);
  for (const row of r.rows) console.log(`${ms(row.ms)}  ${row.label}`);
  console.log(`${ms(r.sixDates)}  Sáu thời điểm (chỉ mục + chỉ tiêu, tiêu chuẩn, bảng): ngân sách 2.000 ms ở 100×`);
  console.log(`${ms(r.total)}  Tổng thời gian tính, kể cả các trang`);
}

if (import.meta.main) {
  main().catch((e: unknown) => {
    console.error(`Lỗi: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 1;
  });
}
