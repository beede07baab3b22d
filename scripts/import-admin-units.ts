/**
 * Builds data/districts.yaml from the GSO list of Hanoi's administrative units in 2012.
 *   node scripts/import-admin-units.ts [file.csv] [--out data/districts.yaml]
 * The default input is ../shared/data/hanoi-admin-units-2012.csv next to the repository.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { slugify } from '../src/format/slug.ts';
import { districtsFile, type District, type DistrictsFile } from '../src/schema/index.ts';
import { failWith, problem, type Problem } from './sample/problems.ts';
import { renderDistricts } from './sample/render-districts.ts';
import { writeFilesAtomically } from './sample/write-files.ts';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_CSV = resolve(REPO, '../shared/data/hanoi-admin-units-2012.csv');

const DISTRICT_TYPES = { 'Quận': 'quan', 'Thị xã': 'thi-xa', 'Huyện': 'huyen' } as const;
const COMMUNE_TYPES = { 'Xã': 'xa', 'Phường': 'phuong', 'Thị trấn': 'thi-tran' } as const;
const COLUMNS = ['district_code', 'district_name', 'district_type', 'commune_code', 'commune_name', 'commune_type'];

/**
 * The plan (V.2.4, VI.1.2) names one urban and two rural clusters without listing their members.
 * This split is the project's: Hanoi's rural districts before the 2008 expansion, plus Mê Linh,
 * form the first rural cluster; the former Hà Tây (Sơn Tây and its huyện) the second.
 */
const CLUSTERS = [
  { id: 'cum-quan', name: 'Cụm khối quận', kind: 'urban' },
  { id: 'cum-huyen-1', name: 'Cụm khối huyện 1', kind: 'rural' },
  { id: 'cum-huyen-2', name: 'Cụm khối huyện 2', kind: 'rural' },
] as const;
const RURAL_1 = ['soc-son', 'dong-anh', 'gia-lam', 'tu-liem', 'thanh-tri', 'me-linh'];
const CLUSTER_NOTE =
  'Đề án (mục V.2.4, VI.1.2) nói tới 1 cụm khối quận và 2 cụm khối huyện nhưng không kê cụm nào gồm những đơn vị nào. ' +
  'Cách chia ở đây là của dự án, không phải của văn bản: cụm khối quận gồm 10 quận; cụm khối huyện 1 gồm các huyện ' +
  'thuộc Hà Nội trước khi mở rộng địa giới năm 2008 và huyện Mê Linh (Sóc Sơn, Đông Anh, Gia Lâm, Từ Liêm, Thanh Trì, ' +
  'Mê Linh); cụm khối huyện 2 gồm thị xã Sơn Tây và các huyện thuộc tỉnh Hà Tây cũ.';

interface Field { value: string; col: number }

/** RFC 4180 fields with their 1-based columns; the GSO export has no quotes, but a re-export might. */
function splitCsvLine(line: string): Field[] {
  const fields: Field[] = [];
  let i = 0;
  while (i <= line.length) {
    const col = i + 1;
    let value = '';
    if (line[i] === '"') {
      i++;
      while (i < line.length && !(line[i] === '"' && line[i + 1] !== '"')) {
        value += line[i];
        i += line[i] === '"' ? 2 : 1;
      }
      i++;
    } else {
      while (i < line.length && line[i] !== ',') value += line[i++];
    }
    fields.push({ value: value.trim(), col });
    i++;
  }
  return fields;
}

function stripPrefix<T extends string>(name: string, type: string, types: Record<string, T>): T | undefined {
  return name.startsWith(`${type} `) ? types[type] : undefined;
}

export function importAdminUnits(csv: string, file: string): { districts?: DistrictsFile; problems: Problem[] } {
  const problems: Problem[] = [];
  const at = (line: number, col: number, key: string, message: string) => problems.push(problem(file, key, message, { line, col }));
  const lines = csv.normalize('NFC').replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = splitCsvLine(lines[0] ?? '').map((f) => f.value);
  if (header.join(',') !== COLUMNS.join(',')) {
    at(1, 1, 'csv_header', `Dòng tiêu đề phải là "${COLUMNS.join(',')}"`);
    return { problems };
  }

  const byCode = new Map<string, District & { line: number }>();
  const communeLines = new Map<string, number>();
  lines.slice(1).forEach((text, i) => {
    const line = i + 2;
    if (text.trim() === '') return;
    const f = splitCsvLine(text);
    if (f.length !== COLUMNS.length) return at(line, 1, 'csv_columns', `Dòng có ${f.length} cột, cần ${COLUMNS.length}`);
    const [dCode, dName, dType, cCode, cName, cType] = f as [Field, Field, Field, Field, Field, Field];
    if (!/^\d{3}$/.test(dCode.value)) at(line, dCode.col, 'invalid_district_code', `Mã quận/huyện "${dCode.value}" phải gồm 3 chữ số`);
    if (!/^\d{5}$/.test(cCode.value)) at(line, cCode.col, 'invalid_commune_code', `Mã xã "${cCode.value}" phải gồm 5 chữ số`);
    const districtType = stripPrefix(dName.value, dType.value, DISTRICT_TYPES);
    if (!districtType) at(line, dType.col, 'invalid_district_type', `Loại "${dType.value}" không hợp lệ hoặc không khớp tên "${dName.value}" (cần Quận, Huyện hoặc Thị xã)`);
    const communeType = stripPrefix(cName.value, cType.value, COMMUNE_TYPES);
    if (!communeType) at(line, cType.col, 'invalid_commune_type', `Loại "${cType.value}" không hợp lệ hoặc không khớp tên "${cName.value}" (cần Xã, Phường hoặc Thị trấn)`);
    const seen = communeLines.get(cCode.value);
    if (seen) at(line, cCode.col, 'duplicate_commune', `Mã xã ${cCode.value} đã có ở dòng ${seen}`);
    communeLines.set(cCode.value, line);
    if (!districtType || !communeType) return;

    const name = dName.value.slice(dType.value.length + 1);
    let district = byCode.get(dCode.value);
    if (!district) {
      const id = slugify(name);
      const cluster = districtType === 'quan' ? 'cum-quan' : RURAL_1.includes(id) ? 'cum-huyen-1' : 'cum-huyen-2';
      district = { id, code: dCode.value, name, type: districtType, cluster, communes: [], line };
      byCode.set(dCode.value, district);
    } else if (district.name !== name || district.type !== districtType) {
      at(line, dName.col, 'inconsistent_district', `Mã ${dCode.value} đã mang tên "${district.name}" ở dòng ${district.line}`);
    }
    district.communes.push({ code: cCode.value, name: cName.value.slice(cType.value.length + 1), type: communeType });
  });

  const ids = new Map<string, number>();
  for (const d of byCode.values()) {
    const other = ids.get(d.id);
    if (other) at(d.line, 1, 'duplicate_id', `Mã "${d.id}" của ${d.name} trùng với quận/huyện ở dòng ${other}`);
    ids.set(d.id, d.line);
  }
  for (const id of RURAL_1) {
    if (!ids.has(id)) problems.push(problem(file, 'cluster_member_missing', `Không thấy huyện "${id}" của cụm khối huyện 1 trong danh mục`));
  }
  if (problems.length > 0) return { problems };

  const result = districtsFile.safeParse({
    source:
      'Danh mục đơn vị hành chính của Tổng cục Thống kê, bản ngày 03/5/2012 (mã không đổi từ 5/2009 đến 12/2013): ' +
      'các xã, phường, thị trấn của Hà Nội năm 2012.',
    clusterNote: CLUSTER_NOTE,
    clusters: CLUSTERS,
    districts: [...byCode.values()].map(({ line: _line, ...d }) => d),
  });
  if (!result.success) {
    return { problems: result.error.issues.map((i) => problem(file, 'schema', `${i.path.join('.')}: ${i.message}`)) };
  }
  return { districts: result.data, problems };
}

export const DISTRICTS_HEADER = [
  'Danh mục quận, huyện, thị xã và xã, phường, thị trấn của Hà Nội năm 2012 — dữ liệu thật của Tổng cục Thống kê.',
  'Sinh bằng `node scripts/import-admin-units.ts` từ hanoi-admin-units-2012.csv; cách chia cụm: xem clusterNote.',
];

function main(): void {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { out: { type: 'string' } } });
  const csvPath = resolve(positionals[0] ?? DEFAULT_CSV);
  const outPath = resolve(values.out ?? join(REPO, 'data/districts.yaml'));
  const shown = relative(process.cwd(), csvPath) || csvPath;
  let csv: string;
  try {
    csv = readFileSync(csvPath, 'utf8');
  } catch {
    failWith([problem(shown, 'unreadable_file', 'Không đọc được tệp danh mục hành chính')], 'Nhập danh mục');
  }
  const { districts, problems } = importAdminUnits(csv, shown);
  if (!districts) failWith(problems, 'Nhập danh mục');
  writeFilesAtomically(dirname(outPath), new Map([[relative(dirname(outPath), outPath), renderDistricts(districts, DISTRICTS_HEADER)]]));

  const count = <T,>(xs: T[], key: (x: T) => string) => {
    const n = new Map<string, number>();
    for (const x of xs) n.set(key(x), (n.get(key(x)) ?? 0) + 1);
    return [...n].map(([k, v]) => `${v} ${k}`).join(', ');
  };
  const communes = districts.districts.flatMap((d) => d.communes);
  console.log(`Đã ghi ${relative(process.cwd(), outPath)}: ${districts.districts.length} quận/huyện/thị xã (${count(districts.districts, (d) => d.type)}), ` +
    `${communes.length} xã/phường/thị trấn (${count(communes, (c) => c.type)}); cụm: ${count(districts.districts, (d) => d.cluster)}.`);
}

if (import.meta.main) main();
