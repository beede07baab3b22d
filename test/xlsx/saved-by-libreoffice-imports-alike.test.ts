/**
 * A workbook opened and saved by a real spreadsheet program (LibreOffice Calc, headless) imports
 * exactly as the exporter's own file: the same YAML bytes, the same report; unedited, no change.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LEVEL_CHOICES, ROLE_CHOICES } from '../../scripts/lib/xlsx/labels.ts';
import { communeChoice } from '../../scripts/lib/xlsx/model.ts';
import { loadDatasetSync } from '../../src/data/load.ts';
import { changedFiles, copyOfData, exported, importBytes, nextRow, removeTemps, rowOf, saved, setCell, sheet, snapshot, tempFile } from './helpers.ts';

const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p));
afterAll(removeTemps);

/** xlsx → xlsx through LibreOffice Calc, as a person opening and saving the file would. */
function throughCalc(files: string[]): string[] {
  if (!SOFFICE) throw new Error('LibreOffice Calc is needed: apt-get install -y libreoffice-calc-nogui (.ci/run installs it)');
  const out = path.join(path.dirname(tempFile('x')), 'calc');
  mkdirSync(out);
  // Its own profile: runs in parallel (or a desktop LibreOffice open) do not share one.
  const profile = `file://${path.join(path.dirname(out), 'profile')}`;
  const r = spawnSync(SOFFICE, [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', 'xlsx', '--outdir', out, ...files], { encoding: 'utf8', timeout: 400_000 });
  const converted = files.map((f) => path.join(out, path.basename(f)));
  if (!converted.every((f) => existsSync(f))) throw new Error(`soffice failed (${r.status}): ${r.stderr}`);
  return converted;
}

let data: string;
let unedited: Buffer;
let edited: Buffer;
let viaCalc: { unedited: Buffer; edited: Buffer };

beforeAll(async () => {
  data = copyOfData();
  const d = loadDatasetSync(data).dataset!;
  const her = d.people.find((p) => p.district === 'dong-da' && p.roles.some((r) => r.role === 'chairwoman'))!;
  unedited = await saved(await exported(data));
  const wb = await exported(data);
  const ws = sheet(wb, 'Đống Đa');
  setCell(ws, rowOf(ws, 'id', her.id), 'politicalTheory', LEVEL_CHOICES.politicalTheory.find((l) => l.code !== her.politicalTheory)!.label);
  setCell(ws, rowOf(ws, 'id', her.id), 'note', 'Ghi chú gõ trong bảng tính');
  const row = nextRow(ws);
  setCell(ws, row, 'name', 'Phạm Thị Mới');
  setCell(ws, row, 'birthDate', '2/9/1984');
  for (const dim of ['education', 'professional', 'politicalTheory', 'unionWork'] as const) setCell(ws, row, dim, LEVEL_CHOICES[dim][0]!.label);
  setCell(ws, row, 'firstTerm', 'Không');
  setCell(ws, row, 'partyMember', 'Không');
  const roles = sheet(wb, 'Đống Đa – vai trò');
  const r = nextRow(roles);
  setCell(roles, r, 'person', 'Phạm Thị Mới');
  setCell(roles, r, 'role', ROLE_CHOICES.find((x) => x.code === 'sourceCadre')!.label);
  setCell(roles, r, 'commune', communeChoice(d.districts.find((x) => x.id === 'dong-da')!.communes[0]!).label);
  setCell(roles, r, 'from', new Date(Date.UTC(2014, 2, 1)));
  edited = await saved(wb);
  const a = tempFile('chua-sua.xlsx');
  const b = tempFile('da-sua.xlsx');
  writeFileSync(a, unedited);
  writeFileSync(b, edited);
  const [ca, cb] = throughCalc([a, b]);
  viaCalc = { unedited: readFileSync(ca!), edited: readFileSync(cb!) };
}, 600_000);

describe('a workbook saved by LibreOffice Calc', () => {
  it('is a different file from the exporter’s (Calc rewrote it)', () => {
    expect(viaCalc.edited.equals(edited)).toBe(false);
  });

  it('unedited, imports as no change at all', async () => {
    const before = snapshot(data);
    const r = await importBytes(viaCalc.unedited, data);
    expect(r.problems).toEqual([]);
    expect(r.changes).toEqual([]);
    expect(changedFiles(before, snapshot(data))).toEqual([]);
  });

  it('edited, gives the same YAML, changes and report as the exporter’s own file', async () => {
    const ours = await importBytes(edited, data);
    const calc = await importBytes(viaCalc.edited, data);
    expect(ours.problems).toEqual([]);
    expect(ours.texts.size).toBe(1);
    expect(calc.problems).toEqual(ours.problems);
    expect(calc.changes).toEqual(ours.changes);
    expect([...calc.texts]).toEqual([...ours.texts]);
  });
});
