/** Dates typed in Vietnamese order, numbers stored as text, stray spaces and NFD text: read as meant. */
import { afterAll, describe, expect, it } from 'vitest';
import { booleanValue, cleanText, columnLetter, dateValue, numberValue, textOf } from '../../scripts/lib/xlsx/cells.ts';
import { loadDatasetSync } from '../../src/data/load.ts';
import { copyOfData, exported, importBytes, removeTemps, rowOf, saved, setCell, sheet } from './helpers.ts';

afterAll(removeTemps);

describe('a cell read as a person means it', () => {
  it('reads dates as real dates, day/month/year text, ISO text or a bare serial number', () => {
    expect(dateValue(new Date(Date.UTC(2013, 5, 28)))).toBe('2013-06-28');
    for (const typed of ['28/6/2013', '28/06/2013', ' 28 / 6 / 2013 ', '28-6-2013', '28.6.2013', '2013-06-28', '2013-6-28']) expect(dateValue(typed)).toBe('2013-06-28');
    // 41453 is 28/6/2013 as Excel counts days: a date cell whose format was lost.
    expect(dateValue(41_453)).toBe('2013-06-28');
    // Not a date: left as typed, for the loader to refuse in its own words.
    expect(dateValue('31/2/2013')).toBe('31/2/2013');
    expect(dateValue('6/28/2013')).toBe('6/28/2013');
    expect(dateValue('   ')).toBeNull();
  });

  it('reads numbers stored as text, in Vietnamese or plain notation', () => {
    expect(numberValue('87')).toBe(87);
    expect(numberValue(' 87 ')).toBe(87);
    expect(numberValue('605.500.000')).toBe(605_500_000);
    expect(numberValue('1 200')).toBe(1200);
    expect(numberValue('12,5')).toBe(12.5);
    expect(numberValue(87)).toBe(87);
    expect(numberValue('tám mươi')).toBe('tám mươi');
    expect(numberValue({ formula: 'A1*2', result: 10 })).toBe(10);
  });

  it('cleans text: trimmed, runs of spaces and no-break spaces as one, NFC', () => {
    const nfd = 'Nguyễn Thị Hằng'.normalize('NFD');
    expect(nfd).not.toBe('Nguyễn Thị Hằng');
    expect(cleanText(`  ${nfd.replace(' ', '\u00a0 ')}  `)).toBe('Nguyễn Thị Hằng');
    expect(textOf({ richText: [{ text: 'Nguyễn ' }, { text: ' Thị' }] })).toBe('Nguyễn Thị');
    expect(textOf('   ')).toBeNull();
  });

  it('reads Có/Không in any case, true/false and ticks', () => {
    for (const yes of ['Có', 'có', ' CÓ ', true, 'x', 'TRUE']) expect(booleanValue(yes)).toBe(true);
    for (const no of ['Không', 'không', false, 'FALSE']) expect(booleanValue(no)).toBe(false);
    expect(booleanValue('có lẽ')).toBe('có lẽ');
  });

  it('names columns as a spreadsheet does', () => {
    expect([1, 26, 27, 52, 703].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AZ', 'AAA']);
  });

  it('imports text dates, text numbers, stray spaces and NFD names exactly as the exporter wrote them: no change', async () => {
    const data = copyOfData();
    const d = loadDatasetSync(data).dataset!;
    const her = d.people.find((p) => p.district === 'dong-da')!;
    const wb = await exported(data);
    const people = sheet(wb, 'Đống Đa');
    const row = rowOf(people, 'id', her.id);
    const [y, m, day] = her.birthDate.split('-').map(Number);
    setCell(people, row, 'birthDate', `${day}/${m}/${y}`);
    setCell(people, row, 'name', `  ${her.name.normalize('NFD').replace(/ /g, '  ')} `);
    const progress = sheet(wb, 'Tiến độ');
    const entry = d.progress.entries.find((e) => e.achieved !== undefined)!;
    setCell(progress, rowOf(progress, 'item', entry.item), 'achieved', ` ${entry.achieved} `);
    const r = await importBytes(await saved(wb), data);
    expect(r.problems).toEqual([]);
    expect(r.changes).toEqual([]);
    expect(r.texts.size).toBe(0);
  });

  it('writes a real change typed the same ways as the value meant', async () => {
    const data = copyOfData();
    const d = loadDatasetSync(data).dataset!;
    const her = d.people.find((p) => p.district === 'dong-da' && p.roles.length === 1 && p.roles[0]!.to === undefined && p.roles[0]!.role === 'sourceCadre')!;
    const run = async (value: unknown) => {
      const wb = await exported(data);
      const roles = sheet(wb, 'Đống Đa – vai trò');
      setCell(roles, rowOf(roles, 'ref', `${her.id}#1`), 'to', value as never);
      const r = await importBytes(await saved(wb), data);
      expect(r.problems).toEqual([]);
      return r.texts.get('people/dong-da.yaml')!;
    };
    const asDate = await run(new Date(Date.UTC(2015, 11, 31)));
    expect(asDate).toContain('to: 2015-12-31\n');
    expect(await run('31/12/2015')).toBe(asDate);
    expect(await run(' 31 / 12 / 2015 ')).toBe(asDate);
  });
});
