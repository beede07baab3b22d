/**
 * The public .xlsx of each /du-lieu/ table (src/site/xlsx.ts): the CSV's columns and rows, typed;
 * reproducible bytes; no personal field — no birth date in any form, nothing that moves with
 * anyone's party membership.
 */
import ExcelJS from 'exceljs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assessment/index.ts';
import type { Dataset } from '../../src/data/dataset.ts';
import { loadDatasetSync } from '../../src/data/load.ts';
import { csvOf, DOWNLOADS, type JsonMeta } from '../../src/site/downloads.ts';
import { xlsxOf } from '../../src/site/xlsx.ts';
import { parseCsv } from './csv-reader.ts';
import { BOM } from '../../src/site/csv.ts';

const dataset = loadDatasetSync(path.resolve(import.meta.dirname, '../../data')).dataset!;
const a = assess(dataset);
const rowsOf = new Map(DOWNLOADS.map((t) => [t.name, t.rows(a)]));
const META: JsonMeta = { asOf: dataset.progress.asOf, builtOn: '2026-01-15', sample: dataset.sample.people, source: dataset.adminSource };

async function read(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

/** A cell as its CSV field would read (before CSV's formula guard). */
function asCsv(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return String(v);
}

const unguard = (s: string) => (/^'[=+\-@\t\r]/.test(s) ? s.slice(1) : s);

describe('public .xlsx downloads', () => {
  for (const table of DOWNLOADS) {
    it(`${table.name}.xlsx has the CSV's columns and rows, typed`, async () => {
      const rows = rowsOf.get(table.name)!;
      const wb = await read(await xlsxOf(table, rows, META));
      const ws = wb.worksheets[0]!;
      expect(ws.name).toBe(table.name);
      const csv = parseCsv(csvOf(table, rows).slice(BOM.length)).filter((r) => r.length > 1 || r[0] !== '');
      expect(ws.actualRowCount).toBe(csv.length);
      csv.forEach((fields, i) => {
        const cells = table.columns.map((_, c) => asCsv(ws.getRow(i + 1).getCell(c + 1).value));
        expect(cells).toEqual(fields.map(unguard));
      });
      // Numbers are numbers, dates real dates.
      const first = rows[0]!;
      table.columns.forEach((c, k) => {
        const v = ws.getRow(2).getCell(k + 1).value;
        const raw = first[c.key];
        if (typeof raw === 'number') expect(v).toBe(raw);
        if (typeof raw === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(raw)) expect(v).toBeInstanceOf(Date);
      });
      expect(wb.getWorksheet('Thông tin')!.getCell('B1').value).toBe(table.title);
    });
  }

  it('are the same bytes built twice, whatever the clock says', async () => {
    for (const table of DOWNLOADS) {
      const one = await xlsxOf(table, rowsOf.get(table.name)!, META);
      await new Promise((r) => setTimeout(r, 1100));
      const two = await xlsxOf(table, rowsOf.get(table.name)!, META);
      expect(Buffer.from(two).equals(Buffer.from(one))).toBe(true);
    }
  });

  it('carry no birth date, as a date, a serial day number or text', async () => {
    const births = new Set(dataset.people.map((p) => p.birthDate));
    const serials = new Set([...births].map((b) => Date.parse(`${b}T00:00:00Z`) / 86_400_000 + 25_569));
    for (const table of DOWNLOADS) {
      expect(table.columns.map((c) => c.key)).not.toContain('birthDate');
      expect(table.columns.map((c) => c.key)).not.toContain('partyMember');
      const wb = await read(await xlsxOf(table, rowsOf.get(table.name)!, META));
      const found: string[] = [];
      wb.eachSheet((ws) =>
        ws.eachRow((row) =>
          row.eachCell((cell) => {
            const v = cell.value;
            if (v instanceof Date && births.has(v.toISOString().slice(0, 10))) found.push(`${ws.name}!${cell.address}`);
            if (typeof v === 'number' && table.name === 'danh-sach' && serials.has(v)) found.push(`${ws.name}!${cell.address}`);
            if (typeof v === 'string' && (v.match(/\d{4}-\d{2}-\d{2}/g) ?? []).some((d) => births.has(d))) found.push(`${ws.name}!${cell.address}`);
          }),
        ),
      );
      expect(found, table.name).toEqual([]);
    }
  });

  // The tables of records (people, courses): the indicators may count party members, as aggregates.
  it('do not move with anyone’s party membership or birthday within the year: same bytes', async () => {
    const moved: Dataset = {
      ...dataset,
      people: dataset.people.map((p) => ({ ...p, partyMember: !p.partyMember, birthDate: `${p.birthDate.slice(0, 4)}-${p.birthDate.slice(5) === '07-01' ? '07-02' : '07-01'}` })),
    };
    const b = assess(moved);
    for (const table of DOWNLOADS.filter((t) => t.name !== 'chi-tieu')) {
      const one = await xlsxOf(table, rowsOf.get(table.name)!, META);
      const two = await xlsxOf(table, table.rows(b), META);
      expect(Buffer.from(two).equals(Buffer.from(one)), table.name).toBe(true);
    }
  });
});
