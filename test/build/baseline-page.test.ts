/**
 * /thuc-trang/: the baseline tables recounted from the roster, and the reconciliation with the
 * printed figures, each finding linked to its place in the document, which flags the same cells.
 */
import { describe, expect, it } from 'vitest';
import { checkExplanation, checkLabel, reconciliationOutcome, reconciliationScope } from '../../src/site/reconciliation-text.ts';
import type { Check } from '../../src/assessment/index.ts';
import { slugify } from '../../src/format/slug.ts';
import { levelTableSpec } from '../../src/site/chart-specs.ts';
import { formatNumber, formatPercent } from '../../src/site/format.ts';
import { printedDifferences } from '../../src/site/printed-differences.ts';
import { printedTableModel } from '../../src/site/printed-table.ts';
import { attr, byTag, cells, one, text, withAttr } from './html-tree.ts';
import { assessedSite, byClass, chartSpecs, sectionOf } from './assessed-site.ts';

const { a, page, basePath } = assessedSite();
const doc = page('thuc-trang');
const documentPage = page('de-an');
const rec = a.reconciliation();
const value = (c: Check, v: number) => (c.unit === 'percent' ? formatPercent(v, c.decimals) : formatNumber(v));

describe('the baseline recounted', () => {
  const tables = a.tables(a.baselineDate);

  it('prints each table of the assessment at the baseline date, cell by cell', () => {
    expect(tables.length).toBeGreaterThan(0);
    for (const t of tables) {
      const table = byTag(one(doc, 'id', `bang-${slugify(t.title)}`), 'table')[0]!;
      const rows = byTag(byTag(table, 'tbody')[0]!, 'tr').map((r) => cells(r).map((c) => text(c)));
      expect(rows).toEqual(
        t.rows.map((r) => [r.label, formatNumber(r.total), r.percent === null ? '—' : formatPercent(r.percent), ...r.cells.map((v) => formatNumber(v))]),
      );
      const total = cells(byTag(byTag(table, 'tfoot')[0]!, 'tr')[0]!).map((c) => text(c));
      expect(total).toEqual(['Cộng', formatNumber(t.total), '', ...t.columnTotals.map((v) => formatNumber(v))]);
    }
  });

  it('charts each table by age band from the same figures', () => {
    const specs = chartSpecs(doc);
    for (const t of tables) expect(specs.get(`bieu-do-${slugify(t.title)}`)).toEqual(JSON.parse(JSON.stringify(levelTableSpec(t))));
  });
});

describe('the reconciliation', () => {
  const section = sectionOf(doc, 'doi-chieu');

  it('lists every finding with printed and recounted figures and its explanation', () => {
    expect(rec.findings.length).toBeGreaterThan(0);
    const items = byClass(section, 'finding').filter((li) => byClass(li, 'finding-figures').length > 0);
    expect(items).toHaveLength(rec.findings.length);
    const ordered = [...rec.findings.filter((f) => f.kind === 'roster'), ...rec.findings.filter((f) => f.kind === 'internal')];
    ordered.forEach((f, i) => {
      const t = text(items[i]!);
      expect(t).toContain(checkLabel(f, rec));
      expect(byTag(items[i]!, 'dd').map((dd) => text(dd))).toEqual([value(f, f.printed), value(f, f.computed), `Mục ${f.where}`]);
      expect(t).toContain(checkExplanation(f, rec));
    });
    expect(text(section)).toContain(`Đã đối chiếu ${reconciliationScope(rec)}`);
    expect(text(section)).toContain(reconciliationOutcome(rec));
  });

  it('links each finding and note to a heading that exists in the document', () => {
    const ids = new Set(withAttr(documentPage, 'id').map((e) => attr(e, 'id')));
    const links = byTag(section, 'a')
      .map((l) => attr(l, 'href') ?? '')
      .filter((h) => h.startsWith(`${basePath}de-an/#`));
    expect(links.length).toBeGreaterThanOrEqual(rec.findings.length + rec.documentNotes.length);
    for (const h of links) expect(ids).toContain(h.slice(h.indexOf('#') + 1));
  });

  it('lists every check in the full table', () => {
    const rows = byTag(byTag(byClass(section, 'all-checks')[0]!, 'tbody')[0]!, 'tr');
    expect(rows).toHaveLength(rec.checks.length);
    expect(rows.filter((r) => (attr(r, 'class') ?? '').includes('differs'))).toHaveLength(rec.findings.length);
  });

  it('has the document flag exactly the printed cells that differ, linking here', () => {
    const expected = a.dataset.baseline.tables.reduce((n, t) => n + printedDifferences(rec.findings, t.id).length, 0);
    expect(expected).toBeGreaterThan(0);
    const marks = byClass(documentPage, 'differs-mark');
    expect(marks).toHaveLength(expected);
    for (const m of marks) expect(attr(m, 'href')).toBe(`${basePath}thuc-trang/#doi-chieu`);
    expect(one(doc, 'id', 'doi-chieu').tagName).toBe('h2');
  });
});

describe('the printed tables of /de-an/, in the document’s own characters', () => {
  const { baseline, plan } = a.dataset;
  /** A cell's text without its flags' own words. */
  const shown = (el: Parameters<typeof text>[0] & Parameters<typeof byClass>[0]) => byClass(el, 'differs-mark').reduce((t, m) => t.replace(text(m), ''), text(el));

  it('prints each cell as the document does, flagging only the cells the roster does not confirm', () => {
    for (const t of baseline.tables) {
      const model = printedTableModel(t, plan.age.bands);
      const flagged = printedDifferences(rec.findings, t.id);
      const table = byTag(one(documentPage, 'id', `bang-${t.id}`).parentNode as never, 'table')[0]!;
      const rows = byTag(byTag(table, 'tbody')[0]!, 'tr');
      const expected = [...model.rows, model.totalRow];
      expect(rows).toHaveLength(expected.length);
      expected.forEach((row, i) => {
        const tds = byTag(rows[i]!, 'td');
        const marks = (el: (typeof tds)[number]) => byClass(el, 'differs-mark').length;
        const flags = (col: string) => (flagged.some((c) => c.row === row.key && c.column === col) ? 1 : 0);
        expect(shown(tds[0]!)).toBe(row.printedText);
        expect(marks(tds[0]!)).toBe(flags('total') + flags('percent'));
        row.cells.forEach((cell, j) => {
          expect(shown(tds[j + 1]!)).toBe(cell.printed);
          expect(marks(tds[j + 1]!)).toBe(flags(cell.column));
        });
      });
    }
  });

  it('gives II.1.2’s "Cộng" row no flag and its percentages with the table’s decimal point', () => {
    const t = baseline.tables.find((x) => x.decimalMark === '.')!;
    const model = printedTableModel(t, plan.age.bands);
    const table = byTag(one(documentPage, 'id', `bang-${t.id}`).parentNode as never, 'table')[0]!;
    const rows = byTag(byTag(table, 'tbody')[0]!, 'tr');
    const total = rows.at(-1)!;
    expect(text(total)).toContain(model.totalRow.label);
    expect(byClass(total, 'differs-mark')).toHaveLength(0);
    expect(text(total)).not.toContain('*');
    const withPoint = model.rows.find((r) => r.printedPercent?.includes('.'))!;
    expect(text(table)).toContain(withPoint.printedText);
    expect(text(table)).not.toContain(withPoint.printedPercent!.replace('.', ','));
  });
});
