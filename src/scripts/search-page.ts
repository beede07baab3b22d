/**
 * The search page (/tim-kiem/): reads the query and filters from the address, searches as the
 * reader types or ticks, keeps the address in step (a search can be shared or bookmarked), and
 * lists results with their kind, district, excerpt and matching sections.
 */
import { formatNumber } from '../site/format.ts';
import { FILTER } from '../search/vocabulary.ts';
import { excerptNodes, hitParts, search, type FilterValue, type Found, type Hit, type SearchOptions } from './search-client.ts';
import { hintFor, hintNodes } from './search-hint.ts';
import { SITE_SEARCH } from './search-site.ts';

const PAGE = 20;
const DELAY_MS = 200;

const form = document.querySelector<HTMLFormElement>('form[data-search-page]');
const status = document.querySelector<HTMLElement>('[data-results-status]');
const list = document.querySelector<HTMLOListElement>('[data-results]');
const moreButton = document.querySelector<HTMLButtonElement>('[data-results-more]');
const hint = document.querySelector<HTMLElement>('[data-results-hint]');

/** The filter values ticked in the form, as Pagefind wants them (a kind among several: any of them). */
function optionsOf(f: HTMLFormElement): SearchOptions {
  const filters: Record<string, FilterValue> = {};
  const kinds = [...f.querySelectorAll<HTMLInputElement>(`[data-filter="${FILTER.kind}"] input:checked`)].map((i) => i.dataset['value']!);
  if (kinds.length > 0) filters[FILTER.kind] = { any: kinds };
  const standard = f.querySelector<HTMLInputElement>(`[data-filter="${FILTER.standard}"] input:checked`)?.dataset['value'];
  if (standard) filters[FILTER.standard] = standard;
  const district = f.querySelector<HTMLSelectElement>(`[data-filter="${FILTER.district}"] select`)?.selectedOptions[0]?.dataset['value'];
  if (district) filters[FILTER.district] = district;
  const sorted = (f.elements.namedItem('xep') as HTMLSelectElement | null)?.value;
  return { filters, ...(sorted ? { sort: { [f.dataset['sortKey']!]: 'asc' } } : {}) };
}

/** Form fields from the address: ?q=…&loai=chu-tich&loai=xa-phuong&quan=dong-da&tieu-chuan=dat&xep=ten. */
function fillFrom(f: HTMLFormElement, params: URLSearchParams): void {
  (f.elements.namedItem('q') as HTMLInputElement).value = params.get('q') ?? '';
  const kinds = params.getAll('loai');
  for (const box of f.querySelectorAll<HTMLInputElement>('input[name="loai"]')) box.checked = kinds.includes(box.value);
  const standard = params.get('tieu-chuan') ?? '';
  for (const radio of f.querySelectorAll<HTMLInputElement>('input[name="tieu-chuan"]')) radio.checked = radio.value === standard;
  for (const name of ['quan', 'xep']) {
    const select = f.elements.namedItem(name) as HTMLSelectElement;
    const wanted = params.get(name) ?? '';
    select.value = [...select.options].some((o) => o.value === wanted) ? wanted : '';
  }
  // The filters fold away so that the first result shows on a phone; an address that sets one shows them.
  const box = f.querySelector<HTMLDetailsElement>('[data-filters-box]');
  if (box && ['loai', 'tieu-chuan', 'quan', 'xep'].some((k) => (params.get(k) ?? '') !== '')) box.open = true;
}

/** The address of the current search: only the fields that say something. */
function addressOf(f: HTMLFormElement): string {
  const params = new URLSearchParams();
  for (const [k, v] of new FormData(f)) if (typeof v === 'string' && v.trim() !== '') params.append(k, v.trim());
  const qs = params.toString();
  return qs ? `${location.pathname}?${qs}` : location.pathname;
}

function resultItem(hit: Hit): HTMLLIElement {
  const li = document.createElement('li');
  const { title, facts, excerpt } = hitParts(hit, {
    title: { tag: 'a', className: 'result-title' },
    facts: { tag: 'p', className: 'result-facts' },
    excerpt: { tag: 'p', className: 'result-excerpt' },
  });
  (title as HTMLAnchorElement).href = hit.url;
  li.append(title, facts, excerpt);
  if (hit.sections.length > 0) {
    const sections = document.createElement('ul');
    sections.className = 'result-sections';
    for (const s of hit.sections.slice(0, 3)) {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = s.url;
      link.textContent = s.title;
      const text = document.createElement('span');
      text.append(': ', ...excerptNodes(s.excerpt));
      item.append(link, text);
      sections.append(item);
    }
    li.append(sections);
  }
  return li;
}

function showCounts(f: HTMLFormElement, counts: Found['counts']): void {
  for (const span of f.querySelectorAll<HTMLElement>('[data-count]')) {
    const group = span.closest<HTMLElement>('[data-filter]')?.dataset['filter'] ?? '';
    const n = counts[group]?.[span.dataset['count']!];
    span.textContent = n === undefined ? '' : `(${formatNumber(n)})`;
  }
}

if (form && status && list && moreButton && hint) {
  let asked = 0;
  let current: Found | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const run = async () => {
    const mine = ++asked;
    const query = (form.elements.namedItem('q') as HTMLInputElement).value.trim();
    const options = optionsOf(form);
    history.replaceState(null, '', addressOf(form));
    hint.hidden = true;
    hint.replaceChildren();
    if (query === '' && Object.keys(options.filters ?? {}).length === 0) {
      current = undefined;
      list.replaceChildren();
      moreButton.hidden = true;
      showCounts(form, {});
      status.textContent = 'Gõ từ cần tìm, hoặc chọn một bộ lọc.';
      return;
    }
    status.textContent = 'Đang tìm…';
    try {
      const found = await search(SITE_SEARCH, query, options, PAGE);
      if (mine !== asked) return;
      current = found;
      list.replaceChildren(...found.hits.map(resultItem));
      moreButton.hidden = found.hits.length >= found.total;
      showCounts(form, found.counts);
      const what = query ? ` cho “${query}”` : '';
      status.textContent = found.total === 0 ? `Không có kết quả${what}.` : `${formatNumber(found.total)} kết quả${what}.`;
      if (query && !found.answered) {
        const names = await hintFor(SITE_SEARCH, query);
        if (mine !== asked || names.length === 0) return;
        hint.replaceChildren(...hintNodes(names, location.pathname));
        hint.hidden = false;
      }
    } catch {
      if (mine === asked) status.textContent = 'Không tải được chức năng tìm kiếm. Hãy tải lại trang.';
    }
  };

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    clearTimeout(timer);
    void run();
  });
  form.addEventListener('input', (e) => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), (e.target as HTMLElement).matches('input[type="search"]') ? DELAY_MS : 0);
  });
  moreButton.addEventListener('click', async () => {
    if (!current) return;
    const start = list.children.length;
    const hits = await current.more(PAGE);
    list.append(...hits.map(resultItem));
    moreButton.hidden = list.children.length >= current.total;
    // The first new result takes the focus, so keyboard and screen reader users continue from there.
    list.children[start]?.querySelector('a')?.focus();
  });

  fillFrom(form, new URLSearchParams(location.search));
  void run();
}
