/**
 * The transcription (src/content/de-an.mdx) against the web copy it was made from, and the data's
 * quotes against the transcription: a careful reader's checks, made by the test suite.
 * - The scraped text, with each mend the editorial note lists applied, is the reader's text of the
 *   MDX word for word, tables included (their printed form, from data/baseline.yaml): a mend that is
 *   not listed, or listed and not made, fails.
 * - Every `quote:` of data/ (and every text the schema calls "nguyên văn") occurs verbatim in the
 *   transcription, after NFC and whitespace folding; "…" marks an elision.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Baseline, Plan } from '../../src/schema/index.ts';
import { printedTableModel } from '../../src/site/printed-table.ts';
import { documentText, editorialNote, fold, quoteOccurs, readMdx, readScraped } from './document-text.ts';

const DATA = new URL('../../data/', import.meta.url);
const readData = (file: string): unknown => parse(readFileSync(new URL(file, DATA), 'utf8'));
const plan = readData('plan.yaml') as Plan;
const baseline = readData('baseline.yaml') as Baseline;
const mdx = readMdx();

/** What a <PrintedTable> shows, in the order the web copy lists a table's cells. */
function tableText(id: string): string {
  const table = baseline.tables.find((t) => t.id === id);
  if (!table) throw new Error(`no table ${id}`);
  const m = printedTableModel(table, plan.age.bands);
  const rows = [...m.rows, m.totalRow].map((r) => [r.label, r.printedText, ...r.cells.map((c) => c.printed)].join(' '));
  return ['Tổng số', 'Độ tuổi', ...m.columns.map((c) => c.label), ...rows].join(' ');
}

interface Mend {
  /** What the web copy has. */
  from: string | RegExp;
  to: string;
  /** Words of the editorial note that list this mend. */
  noted: string;
}

/** Every change from the web copy to the transcription. The page debris is cut before these apply. */
const MENDS: Mend[] = [
  { from: 'Hội phụ xã, phường, thị trấn đạt chuẩn', to: 'Hội phụ [nữ] xã, phường, thị trấn đạt chuẩn', noted: 'thêm chữ [nữ]' },
  { from: 'đạt chuẩn chức danh ”', to: 'đạt chuẩn chức danh”', noted: '“đạt chuẩn chức danh ”' },
  { from: /\b(\d)\. \1\.(?=\S)/g, to: '$1. ', noted: '“1. 1.Nghị quyết…”' },
  { from: /³56/g, to: '≥56', noted: '“³56”' },
  { from: 'hạn chế…Công tác', to: 'hạn chế… Công tác', noted: '“hạn chế…Công tác”' },
  { from: '2.2.Căn cứ', to: '2.2. Căn cứ', noted: '“2.2.Căn cứ”' },
  { from: '2.914.092.000đ( Hai tỷ', to: '2.914.092.000đ (Hai tỷ', noted: '“2.914.092.000đ( Hai tỷ”' },
  { from: 'Đã kíNguyễn Minh Hà', to: 'Đã kí Nguyễn Minh Hà', noted: '“Đã kíNguyễn Minh Hà”' },
];

/** The web copy without the page around the document: it starts at the issuer's name and ends with the signature. */
function scrapedDocument(): string {
  const s = readScraped();
  return s.slice(s.indexOf('HỘI LIÊN HIỆP PHỤ NỮ HÀ NỘI'));
}

describe('the transcription against the web copy', () => {
  it('differs from it only by the mends the editorial note lists', () => {
    let text = fold(scrapedDocument());
    for (const m of MENDS) {
      const before = text;
      text = typeof m.from === 'string' ? text.split(m.from).join(m.to) : text.replace(m.from, m.to);
      expect(text, `mend not needed any more: ${String(m.from)}`).not.toBe(before);
    }
    const transcribed = documentText(mdx, tableText);
    // Word by word, so that a difference is easy to read.
    const a = text.split(' ');
    const b = transcribed.split(' ');
    const first = a.findIndex((w, i) => w !== b[i]);
    expect(first === -1 && a.length === b.length ? '' : `${a.slice(Math.max(0, first - 8), first + 8).join(' ')}\n≠\n${b.slice(Math.max(0, first - 8), first + 8).join(' ')}`).toBe('');
  });

  it('lists every mend in the editorial note', () => {
    const note = editorialNote(mdx);
    expect(MENDS.filter((m) => !note.includes(m.noted)).map((m) => m.noted)).toEqual([]);
    // The web page's own parts are listed as dropped, the spelling as kept.
    expect(note).toContain('Developed by…');
    expect(note).toContain('“Đã kí”');
  });

  it('keeps the signature as printed: "Đã kí", no brackets', () => {
    const text = documentText(mdx);
    const closing = text.slice(text.indexOf('TM. BAN CHẤP HÀNH'));
    expect(closing).toBe('TM. BAN CHẤP HÀNH CHỦ TỊCH Đã kí Nguyễn Minh Hà');
  });

  it('prints the tables’ percentages with the document’s decimal point, the prose with its comma', () => {
    expect(tableText('chuyen-mon')).toContain('PTTH 137 = 23.7%');
    expect(tableText('ly-luan-chinh-tri')).toContain('CC-CN 6 = 1%');
    expect(documentText(mdx)).toContain('(chiếm tỷ lệ 23,7%)');
  });
});

/** Every value under a key the schema calls verbatim: `quote`, a roadmap item's `text`, the budget in words. */
function verbatim(value: unknown, at: string, out: { at: string; text: string }[] = []): { at: string; text: string }[] {
  if (Array.isArray(value)) value.forEach((v, i) => verbatim(v, `${at}[${i}]`, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const here = `${at}.${k}`;
      if (typeof v === 'string' && (k === 'quote' || k === 'inWords' || (k === 'text' && at.includes('.items[')))) out.push({ at: here, text: v });
      else verbatim(v, here, out);
    }
  }
  return out;
}

function dataFiles(): string[] {
  const dir = DATA.pathname;
  return (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => /\.ya?ml$/.test(f)).sort();
}

describe('the data quote the document exactly', () => {
  const text = documentText(mdx);
  const quotes = dataFiles().flatMap((f) => verbatim(readData(f), f.split(path.sep).join('/')));

  it('finds quotes in plan.yaml and baseline.yaml', () => {
    expect(quotes.filter((q) => q.at.startsWith('plan.yaml')).length).toBeGreaterThan(20);
    expect(quotes.filter((q) => q.at.startsWith('baseline.yaml')).length).toBeGreaterThan(15);
  });

  it('every quote occurs verbatim in the transcription (NFC, white space folded; "…" an elision)', () => {
    expect(quotes.filter((q) => !quoteOccurs(q.text, text)).map((q) => `${q.at}: ${q.text}`)).toEqual([]);
  });

  it('the elision rule: parts in order, none empty', () => {
    expect(quoteOccurs('Tổng số chủ tịch Hội: 577 đ/c … 547 đồng chí là đảng viên.', text)).toBe(true);
    expect(quoteOccurs('547 đồng chí là đảng viên. … Tổng số chủ tịch Hội: 577 đ/c', text)).toBe(false);
    expect(quoteOccurs('Tổng số chủ tịch Hội 577 đ/c', text)).toBe(false);
    expect(quoteOccurs('… 547 đồng chí', text)).toBe(false);
  });
});

/** How a number can be written in the document: "577", "2.914.092.000", "32,4", "23.7". */
function writings(v: number): string[] {
  const [int = '', frac] = String(v).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return frac === undefined ? [int, grouped] : [`${int},${frac}`, `${int}.${frac}`];
}

/** How an ISO date or month can be written: "05/3/2010", "5/3/2010", "4/2012". */
function dateWritings(iso: string): string[] {
  const [y, m, d] = iso.split('-');
  const months = [m!, String(Number(m))];
  if (d === undefined) return months.map((mm) => `${mm}/${y}`);
  return [d, String(Number(d))].flatMap((dd) => months.map((mm) => `${dd}/${mm}/${y}`));
}

describe('each printed value is read from its own quote', () => {
  it('baseline figures: the number printed is in the sentence quoted', () => {
    const wrong = baseline.figures.filter((f) => !writings(f.printed).some((w) => f.quote.includes(w)));
    expect(wrong.map((f) => f.id)).toEqual([]);
  });

  it('cross-checks: a number or date a place gives is written in its quote', () => {
    const mentions: { where: string; quote: string; value: number | string }[] = [];
    const collect = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(collect);
      else if (v && typeof v === 'object') {
        const o = v as Record<string, unknown>;
        if (typeof o.quote === 'string' && 'value' in o) mentions.push(o as (typeof mentions)[number]);
        else Object.values(o).forEach(collect);
      }
    };
    collect(plan.crossChecks);
    expect(mentions.length).toBeGreaterThan(20);
    const wrong = mentions.filter((m) => {
      if (typeof m.value === 'number') return !writings(m.value).some((w) => m.quote.includes(w));
      if (/^\d{4}-\d{2}(-\d{2})?$/.test(m.value)) return !dateWritings(m.value).some((w) => m.quote.includes(w));
      return false; // a wording: the record's own words for what the place says
    });
    expect(wrong).toEqual([]);
  });
});
