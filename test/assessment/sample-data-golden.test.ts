/**
 * Golden tests on data/: the roster at the baseline date must give the document's printed table
 * cells, and the reconciliation must find exactly the document's own slips. Expected values come
 * from data/baseline.yaml, never typed here; only the ids of the known slips are.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { checkExplanation, reconciliationOutcome, reconciliationScope } from '../../src/site/reconciliation-text.ts';
import { printedDifferences } from '../../src/site/printed-differences.ts';
import { assess, type Assessment } from '../../src/assessment/index.ts';
import { loadDatasetSync } from '../../src/data/load.ts';
import type { Dataset } from '../../src/data/dataset.ts';

let ds: Dataset;
let a: Assessment;

beforeAll(() => {
  const loaded = loadDatasetSync('data');
  const errors = loaded.problems.filter((p) => p.severity === 'error');
  expect(errors).toEqual([]);
  ds = loaded.dataset!;
  a = assess(ds);
});

const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);

describe('the baseline tables from the roster', () => {
  it('count the printed population of chairwomen at the baseline date', () => {
    expect(a.standardAt(a.baselineDate).population).toBe(ds.baseline.population.printed);
  });

  it("equal every printed cell of the document's tables", () => {
    for (const printed of ds.baseline.tables) {
      const t = a.table(printed.dimension, a.baselineDate);
      const col = (band: string) => t.columns.findIndex((c) => c.id === band);
      for (const row of printed.rows) {
        const computed = t.rows.find((r) => r.level === row.level)!;
        expect({ table: printed.id, level: row.level, cells: printed.columns.map((b) => computed.cells[col(b)]) }).toEqual({
          table: printed.id,
          level: row.level,
          cells: row.cells,
        });
      }
      expect(printed.columns.map((b) => t.columnTotals[col(b)])).toEqual(printed.totalRow.cells);
      expect(t.outsideBands).toBe(0);
    }
  });

  it('add up to the population in every scope at every report date', () => {
    for (const date of a.dates()) {
      for (const scope of a.scopes()) {
        const population = a.standardAt(date, scope).population;
        for (const t of a.tables(date, scope)) {
          expect(sum(t.rows.map((r) => sum(r.cells))) + t.outsideBands).toBe(t.total);
          expect(t.total).toBe(population);
        }
      }
    }
  });
});

describe("the reconciliation lists the document's own discrepancies", () => {
  const KNOWN = [
    // LLCT "Sơ cấp": printed total differs from its cells; the roster follows the cells.
    'internal:ly-luan-chinh-tri/so-cap/total',
    'roster:ly-luan-chinh-tri/so-cap/total',
    'roster:ly-luan-chinh-tri/so-cap/percent',
    // LLCT "Trung cấp": the printed percent is not its total over the population.
    'internal:ly-luan-chinh-tri/trung-cap/percent',
    'roster:ly-luan-chinh-tri/trung-cap/percent',
    // LLCT row totals do not add up to the printed total.
    'internal:ly-luan-chinh-tri/total-row/total',
    // Prose counts one more than the table's cells give: the roster follows the cells, and the
    // internal check says the document's own cells give the lower figure.
    'roster:figure/tu-45-tro-xuong-chua-trung-cap-llct',
    'internal:figure/tu-45-tro-xuong-chua-trung-cap-llct',
    'roster:figure/duoi-40-chua-trung-cap-llct',
    'internal:figure/duoi-40-chua-trung-cap-llct',
  ];

  it('finds exactly those', () => {
    expect(a.reconciliation().findings.map((f) => f.id).sort()).toEqual([...KNOWN].sort());
  });

  it('sets a printed row total against the sum of its printed cells', () => {
    const f = a.reconciliation().findings.find((x) => x.id === 'internal:ly-luan-chinh-tri/so-cap/total')!;
    const row = ds.baseline.tables.find((t) => t.id === 'ly-luan-chinh-tri')!.rows.find((r) => r.level === 'so-cap')!;
    expect([f.printed, f.computed]).toEqual([row.total, sum(row.cells)]);
    expect(checkExplanation(f, a.reconciliation())).toMatch(/^Tổng hàng "Sơ cấp" in \d+ nhưng các ô của hàng cộng lại được \d+$/);
  });

  it("explains a prose figure's gap with the document's own table cells", () => {
    const checks = a.reconciliation().checks;
    for (const id of ['tu-45-tro-xuong-chua-trung-cap-llct', 'duoi-40-chua-trung-cap-llct']) {
      const roster = checks.find((c) => c.id === `roster:figure/${id}`)!;
      const internal = checks.find((c) => c.id === `internal:figure/${id}`)!;
      expect(internal.computed).toBe(roster.computed);
      expect(checkExplanation(internal, a.reconciliation())).toMatch(/^Văn bản ghi \d+ nhưng các ô bảng II\.1\.2 của chính văn bản cộng lại được \d+$/);
    }
  });

  it('checks every printed figure of data/baseline.yaml', () => {
    const ids = new Set(a.reconciliation().checks.map((c) => c.id));
    for (const f of ds.baseline.figures) expect(ids.has(`roster:figure/${f.id}`)).toBe(true);
    for (const t of ds.baseline.tables) for (const r of t.rows) expect(ids.has(`roster:${t.id}/${r.level}/total`)).toBe(true);
  });

  it('lists the non-numeric document notes as they are', () => {
    expect(a.reconciliation().documentNotes.map((n) => n.id)).toEqual(ds.baseline.documentNotes.map((n) => n.id));
  });

  it('counts the printed figures apart from the checks made on them', () => {
    const r = a.reconciliation();
    const { baseline } = ds;
    // The population; per table each row's cells, total and percent, and the "Cộng" row's cells and total; each prose figure.
    const printed = 1 + sum(baseline.tables.map((t) => t.rows.length * (t.columns.length + 2) + t.columns.length + 1)) + baseline.figures.length;
    expect(r.printedFigures).toBe(printed);
    expect(r.printedFigures).toBeLessThan(r.checks.length);
    expect(r.differingFigures).toBe(new Set(r.findings.map((f) => f.printedFigure)).size);
    expect(reconciliationScope(r)).toBe(`${printed} con số in, qua ${r.checks.length} phép đối chiếu`);
    expect(reconciliationOutcome(r)).toBe(`${r.differingFigures} con số in không khớp (${r.findings.length} phép đối chiếu)`);
  });
});

describe('the printed tables flag only the cells that differ from their recount', () => {
  it('flags a cell exactly when the roster does not confirm its printed value', () => {
    const r = a.reconciliation();
    for (const t of ds.baseline.tables) {
      const flagged = printedDifferences(r.findings, t.id).map((c) => `${c.row}/${c.column}`).sort();
      const differing = r.checks
        .filter((c) => c.kind === 'roster' && c.cell?.table === t.id && c.printed !== c.computed && !c.ok)
        .map((c) => `${c.cell!.row}/${c.cell!.column}`)
        .sort();
      expect(flagged).toEqual([...new Set(differing)]);
    }
  });

  it('leaves "Cộng 577" of II.1.2 unflagged: the roster counts 577; the row that is off is "Sơ cấp"', () => {
    const flagged = printedDifferences(a.reconciliation().findings, 'ly-luan-chinh-tri');
    expect(flagged).not.toContainEqual({ row: 'total', column: 'total' });
    expect(flagged).toContainEqual({ row: 'so-cap', column: 'total' });
  });
});

describe('one reading for several findings (data/baseline.yaml findingNotes)', () => {
  it('links every finding of II.1.2 and its prose to the one reading, none stale', () => {
    const r = a.reconciliation();
    const [note] = r.findingNotes;
    expect(note).toMatchObject({ id: 'mot-nguoi-so-cap-llct', cleared: [], unknown: [] });
    expect([...note!.checks].sort()).toEqual(r.findings.map((f) => f.id).sort());
    for (const f of r.findings) expect(f.findingNote).toBe('mot-nguoi-so-cap-llct');
  });

  it('holds as arithmetic: one more chairwoman, LLCT sơ cấp and 40 or younger, in the printed counts and in the shares’ denominator', () => {
    const r = a.reconciliation();
    for (const f of r.findings) {
      if (f.unit === 'people') {
        // The printed count has her and the recount not, or (the row totals' sum) the other way round.
        expect(Math.abs(f.printed - f.computed), f.id).toBe(1);
      } else {
        const extra = f.cell?.row === 'so-cap' ? 1 : 0;
        const { count, of } = f.ratio!;
        const scale = 10 ** f.decimals;
        expect(Math.round(((count + extra) / (of + 1)) * 100 * scale), f.id).toBe(Math.round(f.printed * scale));
      }
    }
  });
});

describe('targets on the sample data', () => {
  it('count every commune of districts.yaml for target 3', () => {
    const communes = sum(ds.districts.map((d) => d.communes.length));
    for (const t of a.targetsAt(a.currentDate)) if (t.unit === 'commune') expect(t.denominator).toBe(communes);
  });

  it('sum over districts to the city for per-commune targets', () => {
    for (const date of a.dates()) {
      const city = a.targetsAt(date);
      const districts = ds.districts.map((d) => a.targetsAt(date, { district: d.id }));
      city.forEach((t, i) => {
        if (t.unit !== 'commune') return;
        expect(sum(districts.map((d) => d[i]!.numerator))).toBe(t.numerator);
      });
    }
  });
});
