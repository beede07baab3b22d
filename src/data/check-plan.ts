import { ref, type Report, type ValidFiles } from './check-context.ts';

/** Ranges inside plan.yaml and progress.yaml that must run forwards. */
export function checkRanges(files: ValidFiles, report: Report): void {
  const p = files.plan;
  const { period, age } = p.data;
  if (period.end < period.start) report(ref(p, 'period', 'end'), 'error', 'date_order', `Năm kết thúc ${period.end} trước năm bắt đầu ${period.start}`);
  age.bands.forEach((b, i) => {
    if (b.max !== undefined && b.max < b.min) report(ref(p, 'age', 'bands', i, 'max'), 'error', 'range_order', `Tuổi tối đa ${b.max} nhỏ hơn tuổi tối thiểu ${b.min}`);
  });
  const g = files.progress;
  g.data.entries.forEach((e, i) => {
    if (e.start && e.end && e.end < e.start) report(ref(g, 'entries', i, 'end'), 'error', 'date_order', `Ngày kết thúc ${e.end} trước ngày bắt đầu ${e.start}`);
  });
}
