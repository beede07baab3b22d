import { formatDate, formatNumber, formatPercent } from './format.ts';

/** A share from src/assessment (unrounded, null when nothing to divide by): "75,0%" or "—". */
export function formatShare(percent: number | null, decimals = 1): string {
  return percent === null ? '—' : formatPercent(percent, decimals);
}

/** "12/30": how many of how many. */
export function formatRatio(count: number, of: number): string {
  return `${formatNumber(count)}/${formatNumber(of)}`;
}

/** "4/3/2013 – 27/6/2014"; an open end reads "nay". */
export function formatPeriod(from: string, to?: string): string {
  return `${formatDate(from)} – ${to ? formatDate(to) : 'nay'}`;
}
