/** Pure ordering for sortable tables (see sortable-table.ts), so it can be tested without a browser. */

export type SortDirection = 'ascending' | 'descending';

const collator = new Intl.Collator('vi', { numeric: true, sensitivity: 'base' });

/** A numeric column's key as a number; undefined for a cell without one ("—", empty). */
function numberOf(key: string): number | undefined {
  if (key.trim() === '') return undefined;
  const n = Number(key);
  return Number.isNaN(n) ? undefined : n;
}

/**
 * Row indexes in the new order for the rows' sort keys (data-sort, else the cell's text).
 * Numeric columns compare as numbers and put cells without a number last either way; text
 * compares in Vietnamese order. Ties keep their current order (a stable sort).
 */
export function sortOrder(keys: readonly string[], numeric: boolean, direction: SortDirection): number[] {
  const sign = direction === 'ascending' ? 1 : -1;
  const rows = keys.map((key, index) => ({ key, index, n: numeric ? numberOf(key) : undefined }));
  return rows
    .sort((a, b) => {
      if (numeric) {
        if (a.n === undefined || b.n === undefined) return Number(a.n === undefined) - Number(b.n === undefined) || a.index - b.index;
        return sign * (a.n - b.n) || a.index - b.index;
      }
      return sign * collator.compare(a.key, b.key) || a.index - b.index;
    })
    .map((r) => r.index);
}
