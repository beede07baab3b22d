/** Every enum column has a list of Vietnamese labels made from the zod schema; the import maps them back. */
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { choicesOf, LEVEL_CHOICES, OUTCOME_CHOICES, ROLE_CHOICES, STATUS_CHOICES } from '../../scripts/lib/xlsx/labels.ts';
import { COLUMNS } from '../../scripts/lib/xlsx/model.ts';
import { FIRST_ROW, HEADER_ROW, KEY_ROW, LISTS_SHEET } from '../../scripts/lib/xlsx/write.ts';
import { loadDatasetSync } from '../../src/data/load.ts';
import { DIMENSIONS, LEVEL_SCHEMAS, OUTCOMES, SCALES, STATUSES, participant, progressEntry, role } from '../../src/schema/index.ts';
import { copyOfData, exported, importBytes, removeTemps, rowOf, saved, setCell, sheet } from './helpers.ts';
import { z } from 'zod';

afterAll(removeTemps);

type Validation = { type: string; formulae: string[] };

async function reread(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const back = new ExcelJS.Workbook();
  await back.xlsx.load((await saved(wb)) as unknown as ArrayBuffer);
  return back;
}

/** The labels a list validation offers: the cells of its range in the lists sheet. */
function offered(wb: ExcelJS.Workbook, v: Validation): string[] {
  const m = /^'?(.+?)'?!\$([A-Z]+)\$(\d+):\$[A-Z]+\$(\d+)$/.exec(v.formulae[0]!)!;
  expect(m[1]).toBe(LISTS_SHEET);
  const ws = wb.getWorksheet(m[1]!)!;
  const out: string[] = [];
  for (let r = Number(m[3]); r <= Number(m[4]); r++) out.push(String(ws.getCell(`${m[2]}${r}`).value));
  return out;
}

describe('dropdowns from the schema', () => {
  it('labels every code of every enum, from the schema and its label maps', () => {
    for (const d of DIMENSIONS) expect(LEVEL_CHOICES[d]).toEqual(LEVEL_SCHEMAS[d].options.map((code) => ({ code, label: SCALES[d].levels.find((l) => l.id === code)!.label })));
    expect(OUTCOME_CHOICES.map((c) => c.code)).toEqual(participant.shape.outcome.options);
    expect(OUTCOME_CHOICES.map((c) => c.label)).toEqual(participant.shape.outcome.options.map((c) => OUTCOMES[c]));
    expect(STATUS_CHOICES.map((c) => [c.code, c.label])).toEqual(progressEntry.shape.status.options.map((c) => [c, STATUSES[c]]));
    expect(ROLE_CHOICES.map((c) => c.code)).toEqual(role.options);
    // A code the schema gains without a label is refused, not shown raw.
    expect(() => choicesOf(z.enum(['a', 'b']), { a: 'A' })).toThrow(/"b"/);
  });

  it('puts a list validation on every enum column of every sheet, offering those labels', async () => {
    const data = copyOfData();
    const d = loadDatasetSync(data).dataset!;
    const wb = await reread(await exported(data));
    const kinds = { people: 'Đống Đa', roles: 'Đống Đa – vai trò', participants: 'Học viên 2013', progress: 'Tiến độ', courses: 'Lớp 2013' } as const;
    let checked = 0;
    for (const [kind, name] of Object.entries(kinds) as [keyof typeof COLUMNS, string][]) {
      const ws = sheet(wb, name);
      const model = (ws as unknown as { dataValidations: { model: Record<string, Validation> } }).dataValidations.model;
      COLUMNS[kind].forEach((c, i) => {
        const letter = ws.getColumn(i + 1).letter;
        expect(ws.getRow(KEY_ROW).getCell(i + 1).value).toBe(c.display ? null : c.key);
        expect(ws.getRow(HEADER_ROW).getCell(i + 1).value).toBe(c.header);
        const v = model[`${letter}${FIRST_ROW}`];
        if (c.type !== 'choice' && c.type !== 'bool') return expect(v).toBeUndefined();
        expect(v?.type).toBe('list');
        const labels = offered(wb, v!);
        const expected =
          c.type === 'bool' ? ['Có', 'Không']
          : c.key in LEVEL_CHOICES ? LEVEL_CHOICES[c.key as keyof typeof LEVEL_CHOICES].map((l) => l.label)
          : c.key === 'role' ? ROLE_CHOICES.map((l) => l.label)
          : c.key === 'outcome' ? OUTCOME_CHOICES.map((l) => l.label)
          : c.key === 'status' ? STATUS_CHOICES.map((l) => l.label)
          : c.key === 'commune' ? d.districts.find((x) => x.id === 'dong-da')!.communes.map((m) => `${m.code} – ${m.type === 'phuong' ? 'Phường' : m.type === 'xa' ? 'Xã' : 'Thị trấn'} ${m.name}`)
          : c.key === 'course' ? d.courses.filter((x) => x.start.startsWith('2013-')).map((x) => x.id)
          : undefined;
        if (expected) expect(labels).toEqual(expected);
        else expect(labels.length).toBeGreaterThan(0);
        checked++;
      });
    }
    expect(checked).toBeGreaterThanOrEqual(13);
  });

  it('maps each label back to its code, and a code typed as such too', async () => {
    const data = copyOfData();
    const her = loadDatasetSync(data).dataset!.people.find((p) => p.district === 'dong-da')!;
    for (const [dim, pick] of [['unionWork', LEVEL_CHOICES.unionWork.find((l) => l.code !== her.unionWork)!.label], ['professional', LEVEL_CHOICES.professional.find((l) => l.code !== her.professional)!.code]] as const) {
      const wb = await exported(data);
      const ws = sheet(wb, 'Đống Đa');
      setCell(ws, rowOf(ws, 'id', her.id), dim, pick.toUpperCase());
      const r = await importBytes(await saved(wb), data);
      expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
      const code = LEVEL_CHOICES[dim].find((l) => l.label === pick || l.code === pick)!.code;
      expect(r.texts.get('people/dong-da.yaml')).toContain(`    ${dim}: ${code}\n`);
    }
  });

  it('freezes the header and the id column, hides the key row and locks the row keys', async () => {
    const wb = await reread(await exported(copyOfData()));
    const ws = sheet(wb, 'Đống Đa');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: HEADER_ROW });
    expect(ws.getRow(KEY_ROW).hidden).toBe(true);
    // Locked is the default of a cell: the file says only which cells are free.
    expect(ws.getCell(`A${FIRST_ROW}`).protection?.locked ?? true).toBe(true);
    expect(ws.getCell(`B${FIRST_ROW}`).protection?.locked).toBe(false);
    expect((ws as unknown as { sheetProtection: { sheet: boolean } }).sheetProtection.sheet).toBe(true);
    expect(ws.getCell(`C${FIRST_ROW}`).value).toBeInstanceOf(Date);
    expect(ws.getColumn(2).width).toBeGreaterThan(20);
  });
});
