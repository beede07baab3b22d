/**
 * Wrong values: every problem at once, each at its Sheet!Cell with check:data's own Vietnamese
 * message and key; nothing written, a non-zero exit.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDatasetSync } from '../../src/data/load.ts';
import { changedFiles, copyOfData, exported, importBytes, node, removeTemps, rowOf, saved, setCell, sheet, snapshot, tempFile } from './helpers.ts';

afterAll(removeTemps);

/** What check:data says about `field: value` written into a person's YAML record. */
function loaderSays(id: string, field: string, value: string) {
  const data = copyOfData();
  const file = path.join(data, 'people', 'dong-da.yaml');
  const text = readFileSync(file, 'utf8');
  const at = text.indexOf(`id: ${id}\n`);
  const m = new RegExp(`${field}: .*`).exec(text.slice(at))!;
  writeFileSync(file, text.slice(0, at + m.index) + `${field}: ${value}` + text.slice(at + m.index + m[0].length));
  return loadDatasetSync(data).problems.filter((p) => p.severity === 'error');
}

describe('a wrong value in the workbook', () => {
  it('is reported at its cell with the message and key check:data gives, every problem at once, and nothing is written', async () => {
    const data = copyOfData();
    const { dataset } = loadDatasetSync(data);
    const [a, b] = dataset!.people.filter((p) => p.district === 'dong-da');
    const wb = await exported(data);
    const ws = sheet(wb, 'Đống Đa');
    const levelCell = setCell(ws, rowOf(ws, 'id', a!.id), 'politicalTheory', 'trung cap');
    const dateCell = setCell(ws, rowOf(ws, 'id', b!.id), 'birthDate', '31/2/1970');
    const file = tempFile('sai.xlsx');
    writeFileSync(file, await saved(wb));

    const before = snapshot(data);
    const r = node('scripts/import-xlsx.ts', file, '--data', data, '--allow-sample');
    expect(r.status).toBe(1);
    expect(changedFiles(before, snapshot(data))).toEqual([]);
    const lines = r.stdout.split('\n');

    const [level] = loaderSays(a!.id, 'politicalTheory', 'trung cap');
    expect(level).toMatchObject({ key: 'invalid_value', path: expect.stringMatching(/\.politicalTheory$/) });
    const levelLine = lines.find((l) => l.startsWith(`${levelCell}  error  `))!;
    expect(levelLine).toContain(`  ${level!.message} (`);
    expect(levelLine).toMatch(/\[invalid_value\]$/);
    // The hint names the labels the dropdown offers.
    expect(levelLine).toContain('giá trị hợp lệ: Chưa qua LLCT; Sơ cấp; Trung cấp; Cao cấp, cử nhân');

    // 31/2/1970 is no date: passed on as typed, the loader refuses it as it would in YAML.
    const date = loaderSays(b!.id, 'birthDate', '31/2/1970');
    expect(date.length).toBeGreaterThan(0);
    for (const p of date) expect(lines).toContain(`${dateCell}  error  ${p.message}${p.hint ? ` (${p.hint})` : ''} [${p.key}]`);

    expect(lines.at(-2)).toMatch(/^\d+ lỗi, \d+ cảnh báo: không ghi tệp nào\.$/);
  });

  it('brings the cross-file checks back to their cells too', async () => {
    const data = copyOfData();
    const a = loadDatasetSync(data).dataset!.people.find((p) => p.district === 'dong-da')!;
    const wb = await exported(data);
    const roles = sheet(wb, 'Đống Đa – vai trò');
    const cell = setCell(roles, rowOf(roles, 'ref', `${a.id}#1`), 'to', '1/1/2000');
    const before = snapshot(data);
    const r = await importBytes(await saved(wb), data);
    expect(r.texts.size).toBe(0);
    expect(r.problems).toEqual([{ severity: 'error', at: cell, key: 'date_order', message: `Ngày thôi 2000-01-01 trước ngày bắt đầu ${a.roles[0]!.from}` }]);
    expect(changedFiles(before, snapshot(data))).toEqual([]);
  });

  it('refuses a workbook that was not made by export:xlsx', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Đống Đa').getCell('A1').value = 'x';
    const file = tempFile('la.xlsx');
    await wb.xlsx.writeFile(file);
    const r = node('scripts/import-xlsx.ts', file, '--data', copyOfData());
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('[not_an_export]');
  });
});
