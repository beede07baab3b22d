import type { District, DistrictsFile } from '../../src/schema/index.ts';
import { readBaselineSpec } from './baseline-spec.ts';
import { buildWorld, type World } from './build-world.ts';
import { designGaps } from './courses.ts';
import type { Inputs } from './inputs.ts';
import { createRng } from './prng.ts';
import { problem, type Problem } from './problems.ts';
import { AS_OF, progressEntries } from './progress.ts';
import { renderCourses, renderPeople, renderProgress } from './render.ts';
import { renderDistricts } from './render-districts.ts';
import { BaselineInfeasible } from './roster.ts';
import { baselineErrors } from './verify.ts';
import type { Draft, WorldCommune } from './world.ts';

export const DEFAULT_SEED = '04/ĐA-BCH';

/**
 * Scaled copies live in invented communes with codes from 40000 up: the GSO list has no code
 * that high anywhere in Viet Nam (the largest is about 32 250), so no copy can pass for a real place.
 */
const SYNTHETIC_CODE_BASE = 40_000;
const SYNTHETIC_CODE_END = 99_999;

export interface SampleOptions {
  scale: number;
  seed: string;
}

export interface SampleOutput {
  /** Relative path under the output folder → text. districts.yaml only when scaled. */
  files: Map<string, string>;
  /** Where the printed baseline contradicts itself; the roster follows the table cells. */
  discrepancies: string[];
  counts: { people: number; chairwomen: number; sourceCadres: number; courses: number; participants: number; cost: number };
}

export function maxScale(communes: number): number {
  return 1 + Math.floor((SYNTHETIC_CODE_END - SYNTHETIC_CODE_BASE + 1) / communes);
}

export function generateSample(inputs: Inputs, opts: SampleOptions): { output?: SampleOutput; problems: Problem[] } {
  const { plan, baseline, districts } = inputs;
  const communeCount = districts.districts.reduce((n, d) => n + d.communes.length, 0);
  const problems: Problem[] = [];
  const { spec, problems: specProblems } = readBaselineSpec(baseline, plan, communeCount, inputs.problemAt);
  problems.push(...specProblems);
  const gaps = designGaps(plan);
  for (const item of gaps.missing) {
    const at = plan.roadmap.flatMap((y, i) => y.items.map((x, j) => ({ x, path: ['roadmap', i, 'items', j, 'kind'] }))).find((e) => e.x === item)!;
    problems.push(inputs.problemAt('plan', at.path, 'unsupported_roadmap_item', `Bộ sinh dữ liệu mẫu chưa biết cách mở lớp cho nhiệm vụ "${item.id}"`, 'thêm một mục vào DESIGNS trong scripts/sample/course-designs.ts'));
  }
  for (const id of gaps.unknown) {
    problems.push(problem('scripts/sample/course-designs.ts', 'dangling_reference', `DESIGNS có nhiệm vụ "${id}" mà plan.yaml không có (hoặc không phải nhiệm vụ mở lớp)`));
  }
  const limit = maxScale(communeCount);
  if (!Number.isInteger(opts.scale) || opts.scale < 1 || opts.scale > limit) {
    problems.push(problem('--scale', 'invalid_scale', `Hệ số nhân phải là số nguyên từ 1 đến ${limit}`, { hint: `mã xã giả từ ${SYNTHETIC_CODE_BASE} đến ${SYNTHETIC_CODE_END} chỉ đủ cho ${limit} bản` }));
  }
  if (!spec || problems.length > 0) return { problems };

  const copies = Array.from({ length: opts.scale }, (_, i) => i + 1).map((k) => {
    const suffix = k === 1 ? '' : `-k${k}`;
    const own = k === 1 ? districts.districts : twinDistricts(districts.districts, k, communeCount);
    let world: World;
    try {
      world = buildWorld({ spec, plan, districts: own, suffix, asOf: AS_OF, rng: createRng(k === 1 ? opts.seed : `${opts.seed}#k${k}`) });
    } catch (e) {
      if (!(e instanceof BaselineInfeasible)) throw e;
      problems.push(inputs.problemAt('baseline', ['figures', e.figure, 'printed'], 'infeasible_baseline', `Không dựng được danh sách khớp thực trạng: ${(e as Error).message}`));
      return undefined;
    }
    for (const err of baselineErrors(world, spec, plan)) {
      problems.push(problem('scripts/sample', 'sample_mismatch', `Bản ${k}: danh sách sinh ra không khớp thực trạng: ${err}`, { hint: 'đây là lỗi của bộ sinh dữ liệu mẫu' }));
    }
    const cost = world.courses.reduce((s, c) => s + c.cost, 0);
    if (cost > plan.budget.total) {
      problems.push(problem('scripts/sample/course-designs.ts', 'over_budget', `Bản ${k}: kinh phí các lớp mẫu (${cost} đ) vượt tổng kinh phí đề án (${plan.budget.total} đ)`));
    }
    return { world, districts: own };
  });
  if (problems.length > 0) return { problems };
  const done = copies.map((c) => c!);

  const files = new Map<string, string>();
  const communes = new Map<string, WorldCommune>();
  for (const { districts: own } of done) for (const d of own) for (const c of d.communes) communes.set(c.code, { ...c, district: d });
  const people = done.flatMap((c) => c.world.people);
  const byDistrict = new Map<string, Draft[]>();
  for (const p of people) {
    const list = byDistrict.get(p.district);
    if (list) list.push(p);
    else byDistrict.set(p.district, [p]);
  }
  for (const d of districts.districts) files.set(`people/${d.id}.yaml`, renderPeople(d, byDistrict.get(d.id) ?? [], communes));
  const byId = new Map<string, Draft>(people.map((p) => [p.id, p]));
  const courses = done.flatMap((c) => c.world.courses);
  const years = new Set([...Array.from({ length: plan.period.end - plan.period.start + 1 }, (_, i) => plan.period.start + i), ...courses.map((c) => Number(c.start.slice(0, 4)))]);
  for (const year of [...years].sort()) {
    files.set(`courses/${year}.yaml`, renderCourses(year, courses.filter((c) => c.start.startsWith(`${year}-`)), plan, byId));
  }
  files.set('progress.yaml', renderProgress(AS_OF, progressEntries(plan, done[0]!.world.courses)));
  if (opts.scale > 1) files.set('districts.yaml', renderDistricts(scaledDistricts(districts, done.map((c) => c.districts), opts.scale), scaledHeader(opts.scale)));

  return {
    output: {
      files,
      discrepancies: spec.discrepancies,
      counts: {
        people: people.length,
        chairwomen: people.filter((p) => p.roles.some((r) => r.role === 'chairwoman')).length,
        sourceCadres: people.filter((p) => p.roles.some((r) => r.role === 'sourceCadre')).length,
        courses: courses.length,
        participants: courses.reduce((n, c) => n + c.participants.length, 0),
        cost: courses.reduce((n, c) => n + c.cost, 0),
      },
    },
    problems,
  };
}

/** Copy k of every commune: same names marked "(mẫu kN)", codes in the unused range. */
function twinDistricts(real: readonly District[], k: number, communeCount: number): District[] {
  let index = 0;
  return real.map((d) => ({
    ...d,
    communes: d.communes.map((c) => ({
      ...c,
      code: String(SYNTHETIC_CODE_BASE + (k - 2) * communeCount + index++).padStart(5, '0'),
      name: `${c.name} (mẫu k${k})`,
    })),
  }));
}

function scaledDistricts(file: DistrictsFile, copies: District[][], scale: number): DistrictsFile {
  return {
    ...file,
    source: `${file.source} Bản nhân ${scale} lần để thử tải: các xã mã từ ${SYNTHETIC_CODE_BASE} trở lên là xã giả.`,
    districts: file.districts.map((d, i) => ({ ...d, communes: copies.flatMap((c) => c[i]!.communes) })),
  };
}

function scaledHeader(scale: number): string[] {
  return [
    `BẢN THỬ TẢI (nhân ${scale} lần), sinh bằng \`npm run generate:sample -- --scale ${scale}\`; không bao giờ ghi vào data/.`,
    `Các xã có tên "(mẫu kN)" và mã từ ${SYNTHETIC_CODE_BASE} trở lên không có thật.`,
  ];
}
