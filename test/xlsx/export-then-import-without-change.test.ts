/** The round trip with nothing edited: every file byte-identical, whatever order the rows are in. */
import { afterAll, describe, expect, it } from 'vitest';
import { FIRST_ROW } from '../../scripts/lib/xlsx/write.ts';
import { changedFiles, copyOfData, importBytes, node, removeTemps, saved, sheet, snapshot, tempFile, exported } from './helpers.ts';

afterAll(removeTemps);

describe('export:xlsx then import:xlsx with no change', () => {
  it('leaves every file of data/ byte-identical and says nothing changed', () => {
    const data = copyOfData();
    const before = snapshot(data);
    const file = tempFile('du-lieu.xlsx');
    const ex = node('scripts/export-xlsx.ts', '--data', data, '--out', file);
    expect(ex.stderr).toBe('');
    expect(ex.status).toBe(0);
    const im = node('scripts/import-xlsx.ts', file, '--data', data, '--allow-sample');
    expect(im.stderr).toBe('');
    expect(im.status).toBe(0);
    expect(im.stdout).toContain('Không có thay đổi nào: không ghi tệp nào.');
    // No warning either: every record of every sheet was found again.
    expect(im.stdout).not.toMatch(/warning|error/);
    expect(changedFiles(before, snapshot(data))).toEqual([]);
  });

  it('matches rows by id: rows sorted the other way round change nothing', async () => {
    const data = copyOfData();
    const wb = await exported(data);
    for (const name of ['Đống Đa', 'Đống Đa – vai trò', 'Học viên 2013', 'Tiến độ']) {
      const ws = sheet(wb, name);
      const width = ws.columnCount;
      const rows = [];
      for (let r = FIRST_ROW; r <= ws.actualRowCount; r++) rows.push(Array.from({ length: width }, (_, c) => ws.getRow(r).getCell(c + 1).value));
      expect(rows.length).toBeGreaterThan(1);
      rows.reverse().forEach((values, k) => {
        const row = ws.getRow(FIRST_ROW + k);
        values.forEach((v, c) => (row.getCell(c + 1).value = v));
      });
    }
    const r = await importBytes(await saved(wb), data);
    expect(r.problems).toEqual([]);
    expect(r.changes).toEqual([]);
    expect(r.texts.size).toBe(0);
  });

  it('narrows the workbook to the districts and years asked for', async () => {
    const data = copyOfData();
    const wb = await exported(data, { districts: ['dong-da'], years: ['2013'] });
    const names = wb.worksheets.filter((w) => w.state === 'visible').map((w) => w.name);
    expect(names).toEqual(['Hướng dẫn', 'Đống Đa', 'Đống Đa – vai trò', 'Lớp 2013', 'Học viên 2013', 'Tiến độ']);
    const r = await importBytes(await saved(wb), data);
    expect(r.problems).toEqual([]);
    expect(r.texts.size).toBe(0);
  });
});
