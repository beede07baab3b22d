import { describe, expect, it } from 'vitest';
import type { Check } from '../../src/assessment/index.ts';
import type { ChartSpec } from '../../src/site/chart-spec.ts';
import { chartTable } from '../../src/site/chart-table.ts';
import { jsonForScript } from '../../src/site/json-script.ts';
import { printedDifferences } from '../../src/site/printed-differences.ts';
import { chartConfig, formatTick, formatValue } from '../../src/scripts/chart-config.ts';
import { FILLS, GOAL, PACE, fillSteps } from '../../src/scripts/chart-style.ts';
import { sortOrder } from '../../src/scripts/sort-rows.ts';

describe('chart data inside a <script type="application/json">', () => {
  const hostile = { label: '</script><script>alert(1)</script>', note: '<!-- & -->', seps: 'a\u2028b\u2029c' };

  it('cannot end the element, open a comment or break a JavaScript string', () => {
    const out = jsonForScript(hostile);
    expect(out).not.toMatch(/[<>&\u2028\u2029]/);
    expect(out).not.toContain('</script');
    expect(out).toContain('\\u003c/script\\u003e');
    expect(out).toContain('\\u2028');
  });

  it('stays the same JSON', () => {
    expect(JSON.parse(jsonForScript(hostile))).toEqual(hostile);
    expect(JSON.parse(jsonForScript({ n: 61.35, s: 'Đống Đa' }))).toEqual({ n: 61.35, s: 'Đống Đa' });
  });

  it('refuses what JSON cannot carry', () => {
    expect(() => jsonForScript(undefined)).toThrow(/not-json/);
  });
});

const spec: ChartSpec = {
  kind: 'line',
  unit: 'percent',
  labels: ['30/4/2012', '31/12/2012'],
  series: [
    { label: 'Đạt được', role: 'value', values: [36.2218, null] },
    { label: 'Theo tiến độ', role: 'pace', values: [36.2218, 45.5] },
    { label: 'Mục tiêu', role: 'goal', values: [100, 100] },
  ],
  max: 100,
};

describe('the table under a chart', () => {
  it('shows exactly the chart figures, vi-VN formatted, a dash where there is none', () => {
    expect(chartTable(spec, 'Thời điểm')).toEqual({
      categoryHeader: 'Thời điểm',
      columns: ['Đạt được', 'Theo tiến độ', 'Mục tiêu'],
      rows: [
        { label: '30/4/2012', cells: ['36,2%', '36,2%', '100,0%'] },
        { label: '31/12/2012', cells: ['—', '45,5%', '100,0%'] },
      ],
    });
    const money: ChartSpec = { kind: 'bar', unit: 'money', labels: ['2013'], series: [{ label: 'Chi', role: 'value', values: [1115500000] }] };
    expect(chartTable(money, 'Năm').rows[0]!.cells).toEqual(['1.115.500.000\u00a0đ']);
  });
});

describe('chart looks that survive greyscale', () => {
  const paint = (fill: string, pattern: string) => `${fill}/${pattern}`;

  it('draws the goal dashed and the pace dotted, in dark ink, without points', () => {
    const ds = chartConfig(spec, paint).data.datasets as unknown as Record<string, unknown>[];
    expect(ds[2]).toMatchObject({ borderDash: [...GOAL.dash], borderColor: GOAL.colour, pointRadius: 0 });
    expect(ds[1]).toMatchObject({ borderDash: [...PACE.dash], borderColor: PACE.colour, pointRadius: 0 });
    expect(ds[0]).toMatchObject({ pointRadius: 4 });
  });

  it('gives bar series different lightness steps and different patterns', () => {
    const bars: ChartSpec = {
      kind: 'bar',
      unit: 'count',
      labels: ['18-30'],
      stacked: true,
      series: ['a', 'b', 'c', 'd'].map((label) => ({ label, role: 'value' as const, values: [1] })),
    };
    const fills = (chartConfig(bars, paint).data.datasets as unknown as { backgroundColor: string }[]).map((d) => d.backgroundColor);
    expect(new Set(fills.map((f) => f.split('/')[0])).size).toBe(4);
    expect(new Set(fills.map((f) => f.split('/')[1])).size).toBe(4);
    expect(fillSteps(2)).toEqual([0, FILLS.length - 1]);
    expect(fillSteps(5)).toEqual([0, 1, 2, 3, 4]);
  });

  it('formats axis ticks and tooltips the vi-VN way', () => {
    expect(formatTick(40, 'percent')).toBe('40%');
    expect(formatValue(61.3518, 'percent')).toBe('61,4%');
    expect(formatValue(2914092000, 'money')).toBe('2.914.092.000\u00a0đ');
    expect(formatTick(1500, 'count')).toBe('1.500');
  });

  it('gives money on an axis in Vietnamese units', () => {
    expect(formatTick(3_000_000_000, 'money')).toBe('3 tỷ đ');
    expect(formatTick(1_500_000_000, 'money')).toBe('1,5 tỷ đ');
    expect(formatTick(500_000_000, 'money')).toBe('500 triệu đ');
    expect(formatTick(20_000, 'money')).toBe('20 nghìn đ');
    expect(formatTick(0, 'money')).toBe('0 đ');
  });
});

describe('the printed cells the reconciliation flags', () => {
  const cell = (table: string, row: string, column: string): Check => ({
    id: `x:${table}/${row}/${column}`,
    kind: 'roster',
    basis: 'roster',
    where: 'II.1.2',
    subject: 'cell',
    cell: { table, tableTitle: 'x', row, rowLabel: 'x', column },
    unit: 'people',
    decimals: 0,
    printed: 1,
    computed: 2,
    ok: false,
    printedFigure: `${table}/${row}/${column}`,
  });
  const other = (subject: 'population' | 'figure'): Check => ({ ...cell('x', 'x', 'x'), subject, cell: undefined });
  const internal = (c: Check): Check => ({ ...c, id: c.id.replace('x:', 'internal:'), kind: 'internal', basis: 'row-totals' });

  it('lists the places of that table only, once each', () => {
    const findings = [
      cell('ly-luan-chinh-tri', 'so-cap', 'total'),
      internal(cell('ly-luan-chinh-tri', 'so-cap', 'total')),
      cell('ly-luan-chinh-tri', 'trung-cap', 'percent'),
      cell('ly-luan-chinh-tri', 'so-cap', '31-40'),
      cell('chuyen-mon', 'so-cap', 'total'),
      other('figure'),
      other('population'),
    ];
    expect(printedDifferences(findings, 'ly-luan-chinh-tri')).toEqual([
      { row: 'so-cap', column: 'total' },
      { row: 'trung-cap', column: 'percent' },
      { row: 'so-cap', column: '31-40' },
    ]);
    expect(printedDifferences(findings, 'chuyen-mon')).toEqual([{ row: 'so-cap', column: 'total' }]);
  });

  it('flags no cell whose printed value its recount confirms, whatever the document’s other figures say', () => {
    // "Cộng 577": the row totals add up to 578, but the roster counts 577.
    expect(printedDifferences([internal(cell('ly-luan-chinh-tri', 'total', 'total'))], 'ly-luan-chinh-tri')).toEqual([]);
    expect(printedDifferences([{ ...cell('ly-luan-chinh-tri', 'so-cap', 'total'), ok: true }], 'ly-luan-chinh-tri')).toEqual([]);
  });
});

describe('sorting a table', () => {
  it('sorts numbers as numbers, cells without one last either way', () => {
    const keys = ['10', '9', '', '100', '—', '9'];
    expect(sortOrder(keys, true, 'ascending')).toEqual([1, 5, 0, 3, 2, 4]);
    expect(sortOrder(keys, true, 'descending')).toEqual([3, 0, 1, 5, 2, 4]);
  });

  it('sorts text in Vietnamese order, keeping ties in place', () => {
    const names = ['Quận Đống Đa', 'Huyện Ba Vì', 'Quận Ba Đình', 'Huyện Đan Phượng', 'Quận Ba Đình'];
    expect(sortOrder(names, false, 'ascending')).toEqual([1, 3, 2, 4, 0]);
    expect(sortOrder(names, false, 'descending')).toEqual([0, 2, 4, 3, 1]);
  });
});
