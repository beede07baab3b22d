/** One level changed in one cell: one line of one YAML file changes, nothing else, and the output says so. */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LEVEL_CHOICES } from '../../scripts/lib/xlsx/labels.ts';
import { loadDatasetSync } from '../../src/data/load.ts';
import { SCALES } from '../../src/schema/index.ts';
import { changedFiles, copyOfData, exported, node, removeTemps, rowOf, saved, setCell, sheet, snapshot, tempFile } from './helpers.ts';

afterAll(removeTemps);

describe('one level changed in a cell', () => {
  it('gives a one-line YAML diff, and names the person, the field and the cell', async () => {
    const data = copyOfData();
    const { dataset } = loadDatasetSync(data);
    const her = dataset!.people.find((p) => p.district === 'dong-da' && p.roles.some((r) => r.role === 'chairwoman'))!;
    const other = LEVEL_CHOICES.politicalTheory.find((l) => l.code !== her.politicalTheory)!;
    const wb = await exported(data);
    const ws = sheet(wb, 'Đống Đa');
    const cell = setCell(ws, rowOf(ws, 'id', her.id), 'politicalTheory', other.label);
    const file = tempFile('sua.xlsx');
    writeFileSync(file, await saved(wb));

    const before = snapshot(data);
    const r = node('scripts/import-xlsx.ts', file, '--data', data, '--allow-sample');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const after = snapshot(data);
    expect(changedFiles(before, after)).toEqual([path.join('people', 'dong-da.yaml')]);
    const a = before.get(path.join('people', 'dong-da.yaml'))!.toString('utf8').split('\n');
    const b = after.get(path.join('people', 'dong-da.yaml'))!.toString('utf8').split('\n');
    expect(b.length).toBe(a.length);
    const diff = a.map((l, i) => [l, b[i]] as const).filter(([x, y]) => x !== y);
    expect(diff).toEqual([[`    politicalTheory: ${her.politicalTheory}`, `    politicalTheory: ${other.code}`]]);

    const was = LEVEL_CHOICES.politicalTheory.find((l) => l.code === her.politicalTheory)!.label;
    expect(r.stdout).toContain(`- ${her.name} (${her.id}) — people/dong-da.yaml\n    ${SCALES.politicalTheory.label}: ${was} → ${other.label} (${cell})`);
    expect(r.stdout).toContain('## Tác động của thay đổi đến các chỉ số');
    expect(loadDatasetSync(data).dataset!.people.find((p) => p.id === her.id)!.politicalTheory).toBe(other.code);
  });

  it('keeps quoting and comments: a commune changed in a role stays quoted, its comment stays', async () => {
    const data = copyOfData();
    const { dataset } = loadDatasetSync(data);
    const district = dataset!.districts.find((d) => d.id === 'dong-da')!;
    // A source cadre: moving her does not give a commune two chairwomen.
    const her = dataset!.people.find((p) => p.district === 'dong-da' && p.roles.length === 1 && p.roles[0]!.role === 'sourceCadre')!;
    const other = district.communes.find((c) => c.code !== her.roles[0]!.commune)!;
    const wb = await exported(data);
    const ws = sheet(wb, 'Đống Đa – vai trò');
    // Typed as the code alone, as a number: read as the commune it names.
    setCell(ws, rowOf(ws, 'ref', `${her.id}#1`), 'commune', Number(other.code));
    const file = tempFile('xa.xlsx');
    writeFileSync(file, await saved(wb));
    const yaml = path.join(data, 'people', 'dong-da.yaml');
    const a = readFileSync(yaml, 'utf8').split('\n');
    expect(node('scripts/import-xlsx.ts', file, '--data', data, '--allow-sample').status).toBe(0);
    const b = readFileSync(yaml, 'utf8').split('\n');
    const diff = a.map((l, i) => [l, b[i]] as const).filter(([x, y]) => x !== y);
    expect(diff.length).toBe(1);
    expect(diff[0]![0]).toMatch(new RegExp(`^        commune: "${her.roles[0]!.commune}"  # `));
    expect(diff[0]![1]).toBe(diff[0]![0].replace(`"${her.roles[0]!.commune}"`, `"${other.code}"`));
  });
});
