/**
 * Progressive enhancement of table[data-sortable] (src/components/SortableTable.astro): each
 * column header becomes a button (so Enter and Space work as well as a click) that sorts the
 * rows, and aria-sort tells which column and which way. Without JavaScript the table is complete
 * in its data order.
 */
import { sortOrder, type SortDirection } from './sort-rows.ts';

function keyOf(cell: HTMLTableCellElement | undefined): string {
  return cell?.dataset['sort'] ?? cell?.textContent?.trim() ?? '';
}

function enhance(table: HTMLTableElement): void {
  const headers = [...(table.tHead?.rows[0]?.cells ?? [])];
  const body = table.tBodies[0];
  if (!body) return;
  headers.forEach((th, column) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort-button';
    button.append(...th.childNodes);
    th.append(button);
    button.addEventListener('click', () => {
      const direction: SortDirection = th.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
      const rows = [...body.rows];
      const order = sortOrder(rows.map((r) => keyOf(r.cells[column])), th.dataset['type'] === 'number', direction);
      body.append(...order.map((i) => rows[i]!));
      for (const other of headers) other.removeAttribute('aria-sort');
      th.setAttribute('aria-sort', direction);
    });
  });
  table.closest('figure')?.querySelector<HTMLElement>('[data-sort-hint]')?.removeAttribute('hidden');
}

for (const table of document.querySelectorAll<HTMLTableElement>('table[data-sortable]')) enhance(table);
