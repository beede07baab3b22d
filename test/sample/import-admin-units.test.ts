import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { Baseline } from '../../src/schema/index.ts';
import { DISTRICTS_HEADER, importAdminUnits } from '../../scripts/import-admin-units.ts';
import { formatProblem } from '../../scripts/sample/problems.ts';
import { slugify } from '../../src/format/slug.ts';
import { renderDistricts } from '../../scripts/sample/render-districts.ts';
import { ROOT, runCli, tempDir } from './helpers.ts';

/** A copy of /work/shared/data/hanoi-admin-units-2012.csv (GSO list of 3/5/2012), so the test runs anywhere. */
const CSV = path.join(import.meta.dirname, 'fixtures/hanoi-admin-units-2012.csv');
const HEADER = 'district_code,district_name,district_type,commune_code,commune_name,commune_type';

describe('district ids (src/format/slug.ts, the one slug function)', () => {
  it('drop diacritics, turn đ into d and join words with hyphens', () => {
    expect(slugify('Đống Đa')).toBe('dong-da');
    expect(slugify('Hai Bà Trưng')).toBe('hai-ba-trung');
    expect(slugify('Ứng Hòa')).toBe('ung-hoa');
    expect(slugify('Sơn Tây'.normalize('NFD'))).toBe('son-tay');
  });
});

describe('import-admin-units', () => {
  const imported = importAdminUnits(readFileSync(CSV, 'utf8'), 'units.csv');

  it('reproduces the committed data/districts.yaml exactly', () => {
    expect(imported.problems).toEqual([]);
    expect(renderDistricts(imported.districts!, DISTRICTS_HEADER)).toBe(readFileSync(path.join(ROOT, 'data/districts.yaml'), 'utf8'));
  });

  it('has one commune for each chairwoman the plan counts', () => {
    const baseline: Baseline = parse(readFileSync(path.join(ROOT, 'data/baseline.yaml'), 'utf8'));
    expect(imported.districts!.districts.flatMap((d) => d.communes)).toHaveLength(baseline.population.printed);
  });

  it('puts every quận in the urban cluster and splits the rest as the clusterNote says', () => {
    const d = imported.districts!;
    const kind = new Map(d.clusters.map((c) => [c.id, c.kind]));
    for (const x of d.districts) expect(kind.get(x.cluster) === 'urban', x.id).toBe(x.type === 'quan');
    const rural1 = d.districts.filter((x) => x.cluster === 'cum-huyen-1').map((x) => x.name);
    for (const name of rural1) expect(d.clusterNote).toContain(name);
    expect(d.clusterNote).toContain('của dự án, không phải của văn bản');
    expect(new Set(d.districts.map((x) => x.cluster))).toEqual(new Set(d.clusters.map((c) => c.id)));
  });

  it('names units without their prefix, keeps the type apart', () => {
    const dongDa = imported.districts!.districts.find((x) => x.id === 'dong-da')!;
    expect(dongDa).toMatchObject({ name: 'Đống Đa', type: 'quan' });
    expect(dongDa.communes.find((c) => c.name === 'Văn Miếu')).toMatchObject({ type: 'phuong' });
    const sonTay = imported.districts!.districts.find((x) => x.id === 'son-tay')!;
    expect(sonTay.type).toBe('thi-xa');
  });

  it('reports every bad line at once, positioned, in Vietnamese with the key', () => {
    const csv = [
      HEADER,
      '001,Quận Ba Đình,Quận,00001,Phường Phúc Xá,Phường',
      '001,Quận Ba Đình,Quận,0004,Phường Trúc Bạch,Phường',
      '001,Quận Ba Đình,Quận,00006,Phường Vĩnh Phúc,Làng',
      '001,Quận Ba Đình,Quận,00001,Phường Cống Vị,Phường',
      '001,Quận Ba Đình,Quận,00008',
    ].join('\n');
    const r = importAdminUnits(csv, 'units.csv');
    expect(r.districts).toBeUndefined();
    expect(r.problems.map(formatProblem)).toEqual([
      'units.csv:3:23  error  -  Mã xã "0004" phải gồm 5 chữ số [invalid_commune_code]',
      'units.csv:4:46  error  -  Loại "Làng" không hợp lệ hoặc không khớp tên "Phường Vĩnh Phúc" (cần Xã, Phường hoặc Thị trấn) [invalid_commune_type]',
      'units.csv:5:23  error  -  Mã xã 00001 đã có ở dòng 2 [duplicate_commune]',
      'units.csv:6:1  error  -  Dòng có 4 cột, cần 6 [csv_columns]',
      ...['soc-son', 'dong-anh', 'gia-lam', 'tu-liem', 'thanh-tri', 'me-linh'].map(
        (id) => `units.csv  error  -  Không thấy huyện "${id}" của cụm khối huyện 1 trong danh mục [cluster_member_missing]`,
      ),
    ]);
  });

  it('writes nothing and exits 1 when the file is bad', () => {
    const t = tempDir();
    try {
      const bad = path.join(t.dir, 'bad.csv');
      const out = path.join(t.dir, 'districts.yaml');
      writeFileSync(bad, 'a,b\n1,2\n');
      const r = runCli('scripts/import-admin-units.ts', [bad, '--out', out]);
      expect(r.code).toBe(1);
      expect(r.err).toContain('[csv_header]');
      expect(() => readFileSync(out)).toThrow();
    } finally {
      t.cleanup();
    }
  });
});
