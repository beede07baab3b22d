import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { formatPath, type Problem } from '../../src/data/problem.ts';
import { formatProblem, githubAnnotation, summaryLine } from '../../src/data/report.ts';
import { person, planFile, target } from '../../src/schema/index.ts';
import { issueProblems, vietnameseErrors } from '../../src/data/zod-messages.ts';

function problemsOf(schema: z.ZodType, value: unknown) {
  const r = schema.safeParse(value, { error: vietnameseErrors });
  if (r.success) throw new Error('expected a failure');
  return issueProblems(r.error.issues);
}

const okPerson = {
  id: 'x-001',
  name: 'Nguyễn Thị A',
  birthDate: '1970-01-01',
  education: 'thpt',
  professional: 'so-cap',
  politicalTheory: 'so-cap',
  unionWork: 'so-cap',
  firstTerm: false,
  partyMember: true,
  roles: [{ role: 'chairwoman', commune: '00001', from: '2011-01-01' }],
};

describe('zod issues in Vietnamese', () => {
  it('an enum names the value and lists the allowed ones', () => {
    expect(problemsOf(person, { ...okPerson, politicalTheory: 'trung cap' })).toEqual([
      { path: ['politicalTheory'], key: 'invalid_value', message: 'Giá trị không hợp lệ "trung cap"', hint: 'giá trị hợp lệ: chua-qua, so-cap, trung-cap, cao-cap' },
    ]);
  });

  it('a wrong type says what it must be and what it is', () => {
    expect(problemsOf(person, { ...okPerson, firstTerm: 'có' })[0]).toMatchObject({ key: 'invalid_type', message: 'Sai kiểu: phải là true hoặc false (đang là chuỗi "có")' });
    expect(problemsOf(person, { ...okPerson, roles: 'chairwoman' })[0]).toMatchObject({ message: 'Sai kiểu: phải là danh sách (đang là chuỗi "chairwoman")' });
  });

  it('each unknown key is its own problem, with the allowed keys', () => {
    const ps = problemsOf(person, { ...okPerson, phone: '1', email: 'a' });
    expect(ps.map((p) => [p.path, p.message, p.unknownKey])).toEqual([
      [['phone'], 'Khoá không được phép: "phone"', 'phone'],
      [['email'], 'Khoá không được phép: "email"', 'email'],
    ]);
    expect(ps[0]!.hint).toBe('khoá hợp lệ: id, name, birthDate, education, professional, politicalTheory, unionWork, firstTerm, partyMember, roles, note');
  });

  it('a missing key is named, with its description as the hint', () => {
    const { birthDate: _, ...noBirth } = okPerson;
    expect(problemsOf(person, noBirth)).toEqual([
      { path: ['birthDate'], key: 'invalid_type', message: 'Thiếu khoá bắt buộc "birthDate"', hint: 'Ngày sinh (không công bố; trang web chỉ hiện nhóm tuổi)' },
    ]);
  });

  it('keeps the messages the schema already words in Vietnamese', () => {
    expect(problemsOf(person, { ...okPerson, birthDate: '2013-02-30' })[0]).toMatchObject({ key: 'custom', message: 'Ngày không có thật trên lịch' });
    expect(problemsOf(person, { ...okPerson, name: '  ' })[0]).toMatchObject({ key: 'too_small', message: 'Không được để trống' });
  });

  it('a bad discriminator lists the allowed kinds', () => {
    const ps = problemsOf(z.array(target), [{ unit: 'xa' }]);
    expect(ps).toEqual([{ path: [0, 'unit'], key: 'invalid_union', message: 'Giá trị không hợp lệ "xa"', hint: 'giá trị hợp lệ: person, commune' }]);
    expect(problemsOf(z.array(target), [{ id: 'x' }])).toEqual([
      { path: [0, 'unit'], key: 'invalid_union', message: 'Thiếu khoá bắt buộc "unit"', hint: 'giá trị hợp lệ: person, commune' },
    ]);
  });

  it('numbers out of range and empty lists', () => {
    const ps = problemsOf(planFile.shape.targets, []);
    expect(ps[0]).toMatchObject({ key: 'too_small', message: 'Danh sách không được rỗng' });
    const ages = problemsOf(person.shape.roles, [{ role: 'chairwoman', commune: '00001', from: '2011-01-01', to: 5 }]);
    expect(ages[0]).toMatchObject({ path: [0, 'to'], message: 'Sai kiểu: phải là chuỗi văn bản (đang là số 5)' });
  });
});

describe('printing problems', () => {
  const p: Problem = {
    file: 'data/people/dong-da.yaml',
    line: 42,
    col: 7,
    severity: 'error',
    path: 'people[3].politicalTheory',
    key: 'invalid_value',
    message: 'Giá trị không hợp lệ "trung cap"',
    hint: 'giá trị hợp lệ: chua-qua, so-cap, trung-cap, cao-cap',
  };

  it('formats a field path', () => {
    expect(formatPath(['people', 3, 'politicalTheory'])).toBe('people[3].politicalTheory');
    expect(formatPath([0, 'unit'])).toBe('[0].unit');
    expect(formatPath([])).toBe('');
  });

  it('one line per problem: file:line:col, severity, path, message, hint, key', () => {
    expect(formatProblem(p)).toBe(
      'data/people/dong-da.yaml:42:7  error  people[3].politicalTheory  Giá trị không hợp lệ "trung cap" (giá trị hợp lệ: chua-qua, so-cap, trung-cap, cao-cap) [invalid_value]',
    );
    expect(formatProblem({ ...p, path: '', hint: undefined as never, key: 'empty_file', message: 'Tệp rỗng' })).toBe('data/people/dong-da.yaml:42:7  error  -  Tệp rỗng [empty_file]');
  });

  it('a GitHub annotation escapes what GitHub would misread', () => {
    expect(githubAnnotation(p)).toBe(
      '::error file=data/people/dong-da.yaml,line=42,col=7,title=invalid_value::people[3].politicalTheory: Giá trị không hợp lệ "trung cap" (giá trị hợp lệ: chua-qua, so-cap, trung-cap, cao-cap)',
    );
    expect(githubAnnotation({ ...p, severity: 'warning', file: 'a,b:c.yaml', message: '100%\nx', hint: undefined as never })).toBe(
      '::warning file=a%2Cb%3Ac.yaml,line=42,col=7,title=invalid_value::people[3].politicalTheory: 100%25%0Ax',
    );
  });

  it('summarises in Vietnamese', () => {
    expect(summaryLine([p, p, { ...p, severity: 'warning' }], 34)).toBe('2 lỗi, 1 cảnh báo trong 34 tệp');
    expect(summaryLine([], 1234)).toBe('0 lỗi, 0 cảnh báo trong 1.234 tệp');
  });
});
