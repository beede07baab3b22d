import type { RoadmapItemView } from '../assessment/index.ts';
import { formatDate, formatNumber, formatPercent } from './format.ts';

type ItemPromise = NonNullable<RoadmapItemView['promise']>;

function amount(value: number, unit: string): string {
  return unit === '%' ? formatPercent(value, 0) : `${formatNumber(value)} ${unit}`;
}

/** "30 chỗ học (Chủ tịch Hội)", "100% quận, huyện, thị xã"; "—" when the plan gives no number. */
export function promiseText(promise: ItemPromise | undefined): string {
  if (!promise) return '—';
  const of = promise.of ? (promise.unit === '%' ? ` ${promise.of}` : ` (${promise.of})`) : '';
  return `${amount(promise.value, promise.unit)}${of}`;
}

/** What the item achieved, in the promise's unit; course items count learners (or classes when the promise counts classes). */
export function achievedText(item: RoadmapItemView): string {
  if (item.achieved === null) return '—';
  if (item.kind === 'course') {
    return item.promise?.unit === 'lớp' ? `${formatNumber(item.achieved)} lớp` : `${formatNumber(item.achieved)} học viên`;
  }
  return item.promise ? amount(item.achieved, item.promise.unit) : formatNumber(item.achieved);
}

/** "2/7/2012 – 28/9/2012", "từ 15/9/2013", or "—". */
export function datesText(item: { start?: string; end?: string }): string {
  if (item.start && item.end) return `${formatDate(item.start)} – ${formatDate(item.end)}`;
  if (item.start) return `từ ${formatDate(item.start)}`;
  if (item.end) return `đến ${formatDate(item.end)}`;
  return '—';
}
