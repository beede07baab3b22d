/** A new row becomes a new person with the district's next id, her role and her course; check:data passes. */
import { writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { LEVEL_CHOICES, OUTCOME_CHOICES, ROLE_CHOICES } from '../../scripts/lib/xlsx/labels.ts';
import { communeChoice } from '../../scripts/lib/xlsx/model.ts';
import { loadDatasetSync } from '../../src/data/load.ts';
import { copyOfData, exported, importBytes, nextRow, node, removeTemps, saved, setCell, sheet, tempFile } from './helpers.ts';

afterAll(removeTemps);

describe('a new person row', () => {
  it('gets the next id of her district, her role and course, and the data pass check:data', async () => {
    const data = copyOfData();
    const before = loadDatasetSync(data).dataset!;
    const district = before.districts.find((d) => d.id === 'dong-da')!;
    const numbers = before.people.filter((p) => p.district === 'dong-da').map((p) => Number(/^dong-da-(\d+)$/.exec(p.id)![1]));
    const expectedId = `dong-da-${String(Math.max(...numbers) + 1).padStart(3, '0')}`;
    const course = before.courses.find((c) => c.start.startsWith('2013-') && c.measure === 'trung-cap-ly-luan-chinh-tri')!;
    const commune = district.communes.at(-1)!;

    const wb = await exported(data);
    const people = sheet(wb, 'Đống Đa');
    const row = nextRow(people);
    const name = 'Nguyễn Thị Mới';
    setCell(people, row, 'name', name);
    setCell(people, row, 'birthDate', '5/3/1985');
    setCell(people, row, 'education', LEVEL_CHOICES.education.at(-1)!.label);
    setCell(people, row, 'professional', LEVEL_CHOICES.professional.at(-1)!.label);
    setCell(people, row, 'politicalTheory', LEVEL_CHOICES.politicalTheory[1]!.label);
    setCell(people, row, 'unionWork', LEVEL_CHOICES.unionWork[0]!.label);
    setCell(people, row, 'firstTerm', 'Không');
    setCell(people, row, 'partyMember', 'Có');
    const roles = sheet(wb, 'Đống Đa – vai trò');
    const r = nextRow(roles);
    // Named by her full name: she has no id until the import gives her one.
    setCell(roles, r, 'person', name);
    setCell(roles, r, 'role', ROLE_CHOICES.find((x) => x.code === 'sourceCadre')!.label);
    setCell(roles, r, 'commune', communeChoice(commune).label);
    setCell(roles, r, 'from', new Date(Date.UTC(2012, 0, 2)));
    const learners = sheet(wb, 'Học viên 2013');
    const k = nextRow(learners);
    setCell(learners, k, 'course', course.id);
    setCell(learners, k, 'person', name);
    setCell(learners, k, 'outcome', OUTCOME_CHOICES.find((x) => x.code === 'enrolled')!.label);
    const file = tempFile('moi.xlsx');
    writeFileSync(file, await saved(wb));

    const im = node('scripts/import-xlsx.ts', file, '--data', data, '--allow-sample');
    expect(im.stderr).toBe('');
    expect(im.status).toBe(0);
    expect(im.stdout).toContain(`- Thêm: ${name} (${expectedId}) — people/dong-da.yaml`);
    const check = node('scripts/check-data.ts', '--data', data);
    expect(check.status).toBe(0);
    const after = loadDatasetSync(data).dataset!;
    const her = after.people.find((p) => p.id === expectedId)!;
    expect(her).toMatchObject({
      name,
      district: 'dong-da',
      birthDate: '1985-03-05',
      education: LEVEL_CHOICES.education.at(-1)!.code,
      professional: LEVEL_CHOICES.professional.at(-1)!.code,
      politicalTheory: LEVEL_CHOICES.politicalTheory[1]!.code,
      unionWork: LEVEL_CHOICES.unionWork[0]!.code,
      firstTerm: false,
      partyMember: true,
      roles: [{ role: 'sourceCadre', commune: commune.code, from: '2012-01-02' }],
    });
    expect(after.people.length).toBe(before.people.length + 1);
    expect(after.courses.find((c) => c.id === course.id)!.participants.at(-1)).toEqual({ person: expectedId, outcome: 'enrolled' });
  });

  it('without a role is refused at its row: a person needs one', async () => {
    const data = copyOfData();
    const wb = await exported(data);
    const people = sheet(wb, 'Đống Đa');
    const row = nextRow(people);
    setCell(people, row, 'name', 'Trần Thị Lẻ');
    const r = await importBytes(await saved(wb), data);
    expect(r.texts.size).toBe(0);
    expect(r.problems.find((p) => p.key === 'invalid_type' && p.message === 'Thiếu khoá bắt buộc "roles"')?.at).toBe(`Đống Đa!A${row}`);
    expect(r.problems.find((p) => p.message === 'Thiếu khoá bắt buộc "birthDate"')?.at).toBe(`Đống Đa!C${row}`);
  });
});
