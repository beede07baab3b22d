/**
 * Golden tests on data/: the roster at the baseline date must give the document's printed table
 * cells, and the reconciliation must find exactly the document's own slips. Expected values come
 * from data/baseline.yaml, never typed here; only the ids of the known slips are.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { checkExplanation } from '../../src/site/reconciliation-text.ts';
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
