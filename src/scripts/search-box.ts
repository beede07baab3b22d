/**
 * The header search box as a combobox: results while typing, in a listbox under the field.
 * Without this script the box is a plain GET form to the search page, and it stays one for Enter
 * with no option chosen. Pagefind loads on the first focus, not with the page.
 * Keys: ↓/↑ choose an option (the focus stays in the field, aria-activedescendant follows),
 * Enter opens the chosen one, Esc closes the list (then clears the field).
 */
import type { Hit } from './search-client.ts';
import { SITE_SEARCH } from './search-site.ts';

/** The search code itself is fetched with Pagefind, at the first focus: pages load only this file. */
let client: Promise<typeof import('./search-client.ts')> | undefined;
const searchClient = () => (client ??= import('./search-client.ts'));

const SHOWN = 6;
const DELAY_MS = 150;
const ALL_LABEL = 'Mở trang tìm kiếm';

/**
 * The panel of options under the field, with its link to the search page. It exists only where this
 * script runs, so it is made here rather than carried, hidden, in the HTML of every page.
 */
function makePopup(form: HTMLFormElement, input: HTMLInputElement) {
  const popup = document.createElement('div');
  popup.className = 'search-popup';
  popup.dataset['searchPopup'] = '';
  popup.hidden = true;
  const list = document.createElement('ul');
  list.id = `${input.id}-goi-y`;
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', 'Gợi ý kết quả');
  const all = document.createElement('a');
  all.className = 'search-all';
  all.dataset['searchAll'] = '';
  all.href = form.action;
  all.textContent = ALL_LABEL;
  popup.append(list, all);
  input.after(popup);
  return { popup, list, all };
}

function enhance(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('input[name="q"]');
  const status = form.querySelector<HTMLElement>('[data-search-status]');
  if (!input || !status) return;
  const { popup, list, all } = makePopup(form, input);
  // The typo hint ("Có phải bạn tìm: …?"), above the options it corrects.
  const hint = document.createElement('p');
  hint.className = 'search-box-hint';
  hint.hidden = true;
  popup.insertBefore(hint, list);

  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', list.id);

  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let asked = 0;

  const options = () => [...list.querySelectorAll<HTMLElement>('[role="option"]')];
  const open = (yes: boolean) => {
    popup.hidden = !yes;
    input.setAttribute('aria-expanded', String(yes));
    if (!yes) choose(-1);
  };
  const choose = (i: number) => {
    const opts = options();
    active = opts.length === 0 ? -1 : i < -1 ? opts.length - 1 : i >= opts.length ? -1 : i;
    opts.forEach((o, j) => o.setAttribute('aria-selected', String(j === active)));
    if (active >= 0) {
      input.setAttribute('aria-activedescendant', opts[active]!.id);
      opts[active]!.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };

  const render = (query: string, hits: Hit[], total: number, { hitParts, formatNumber }: Awaited<ReturnType<typeof searchClient>>) => {
    hint.hidden = true;
    hint.replaceChildren();
    list.replaceChildren(
      ...hits.map((hit, i) => {
        const li = document.createElement('li');
        li.id = `${list.id}-${i}`;
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', 'false');
        // An option holds no link (its content is presentational): choosing it navigates.
        li.dataset['href'] = hit.sections[0]?.url ?? hit.url;
        const { title, facts, excerpt } = hitParts(hit, {
          title: { tag: 'span', className: 'search-option-title' },
          facts: { tag: 'span', className: 'search-option-facts' },
          excerpt: { tag: 'span', className: 'search-option-excerpt' },
        });
        li.append(title, facts, excerpt);
        li.addEventListener('mousedown', (e) => e.preventDefault()); // keep the focus in the field
        li.addEventListener('click', () => location.assign(li.dataset['href']!));
        return li;
      }),
    );
    all.href = `${form.action}?q=${encodeURIComponent(query)}`;
    all.textContent = total > hits.length ? `Xem cả ${formatNumber(total)} kết quả` : ALL_LABEL;
    status.textContent =
      total === 0 ? `Không có kết quả cho “${query}”.` : `${formatNumber(total)} kết quả; ${formatNumber(hits.length)} gợi ý, chọn bằng phím mũi tên.`;
    open(true);
    choose(-1);
  };

  const run = async () => {
    const query = input.value.trim();
    const mine = ++asked;
    if (query === '') {
      list.replaceChildren();
      status.textContent = '';
      open(false);
      return;
    }
    try {
      const lib = await searchClient();
      const found = await lib.search(SITE_SEARCH, query, {}, SHOWN);
      if (mine !== asked) return;
      render(query, found.hits, found.total, lib);
      if (found.answered) return;
      const names = await lib.hintFor(SITE_SEARCH, query);
      if (mine !== asked || names.length === 0) return;
      hint.replaceChildren(...lib.hintNodes(names, form.action));
      hint.hidden = false;
      status.textContent = `${status.textContent ?? ''} ${hint.textContent ?? ''}`;
    } catch {
      if (mine === asked) status.textContent = 'Không tải được chức năng tìm kiếm; nhấn “Tìm” để mở trang tìm kiếm.';
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    void searchClient()
      .then((lib) => lib.preload(SITE_SEARCH, input.value))
      .catch(() => {});
    timer = setTimeout(() => void run(), DELAY_MS);
  });
  input.addEventListener('keydown', (e) => {
    const opts = options();
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (opts.length === 0) return;
      e.preventDefault();
      if (popup.hidden) open(true);
      choose(active + (e.key === 'ArrowDown' ? 1 : -1));
    } else if (e.key === 'Enter' && active >= 0 && !popup.hidden) {
      e.preventDefault();
      location.assign(opts[active]!.dataset['href']!);
    } else if (e.key === 'Escape') {
      if (!popup.hidden) {
        e.preventDefault();
        open(false);
      } else if (input.value !== '') {
        e.preventDefault();
        input.value = '';
        list.replaceChildren();
        status.textContent = '';
      }
    }
  });
  form.addEventListener('focusout', (e) => {
    if (!form.contains(e.relatedTarget as Node | null)) open(false);
  });
  input.addEventListener('focus', () => {
    // The index's entry files start loading now, so the first query only waits for its own chunks.
    void searchClient()
      .then((lib) => lib.loadPagefind(SITE_SEARCH))
      .catch(() => {});
    if (options().length > 0 && input.value.trim() !== '') open(true);
  });
}

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-search-box]')) enhance(form);
