/** What the import refuses or only reports: rows gone from a sheet, files changed since the export, sample files. */
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LEVEL_CHOICES } from '../../scripts/lib/xlsx/labels.ts';
import { loadDatasetSync } from '../../src/data/load.ts';
import { changedFiles, copyOfData, exported, importBytes, removeTemps, rowOf, saved, setCell, sheet, snapshot } from './helpers.ts';

afterAll(removeTemps);

describe('a row missing from a sheet', () => {
  it('is reported, never deleted', async () => {
    const data = copyOfData();
    const her = loadDatasetSync(data).dataset!.people.find((p) => p.district === 'dong-da')!;
    const wb = await exported(data);
    const ws = sheet(wb, 'Đống Đa');
    ws.spliceRows(rowOf(ws, 'id', her.id), 1);
    const before = snapshot(data);
    const r = await importBytes(await saved(wb), data);
    expect(r.problems).toEqual([
      expect.objectContaining({ severity: 'warning', at: 'Đống Đa', key: 'missing_row', message: `Người "${her.name}" (${her.id}) không có trong trang: không xoá` }),
    ]);
    expect(r.texts.size).toBe(0);
    expect(changedFiles(before, snapshot(data))).toEqual([]);
  });
});

describe('the import refuses', () => {
  it('a file changed since the export, when the workbook would change it: that change would be lost', async () => {
    const data = copyOfData();
    const her = loadDatasetSync(data).dataset!.people.find((p) => p.district === 'dong-da')!;
    const wb = await exported(data);
    const ws = sheet(wb, 'Đống Đa');
    setCell(ws, rowOf(ws, 'id', her.id), 'unionWork', LEVEL_CHOICES.unionWork.find((l) => l.code !== her.unionWork)!.label);
    appendFileSync(path.join(data, 'people', 'dong-da.yaml'), '# một ghi chú thêm sau khi xuất\n');
    const before = snapshot(data);
    const r = await importBytes(await saved(wb), data);
    expect(r.problems.map((p) => [p.at, p.key])).toEqual([['Đống Đa', 'stale_workbook']]);
    expect(r.texts.size).toBe(0);
    expect(changedFiles(before, snapshot(data))).toEqual([]);
  });

  it('to write a sample file without --allow-sample, and writes a real one', async () => {
    const data = copyOfData();
    const her = loadDatasetSync(data).dataset!.people.find((p) => p.district === 'dong-da')!;
    const level = LEVEL_CHOICES.unionWork.find((l) => l.code !== her.unionWork)!;
    const edit = async () => {
      const wb = await exported(data);
      const ws = sheet(wb, 'Đống Đa');
      setCell(ws, rowOf(ws, 'id', her.id), 'unionWork', level.label);
      return saved(wb);
    };
    const refused = await importBytes(await edit(), data, {});
    expect(refused.problems.map((p) => [p.at, p.key])).toEqual([['Đống Đa', 'sample_file']]);
    expect(refused.texts.size).toBe(0);

    // The file made real: the flag removed, the same edit goes through.
    const file = path.join(data, 'people', 'dong-da.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^sample: true\n/m, ''));
    const real = await importBytes(await edit(), data, {});
    expect(real.problems).toEqual([]);
    expect([...real.texts.keys()]).toEqual(['people/dong-da.yaml']);
  });
});
