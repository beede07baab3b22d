import { levelHolds } from '../../src/domain/condition.ts';
import { levelsOf } from '../../src/domain/levels.ts';
import { countOnCells } from '../../src/domain/printed-cells.ts';
import {
  DIMENSIONS,
  type AgeBand,
  type Baseline,
  type BaselineFigure,
  type Condition,
  type Dimension,
  type Plan,
} from '../../src/schema/index.ts';
import type { Problem } from './problems.ts';
import type { Inputs } from './inputs.ts';

/**
 * What the roster must reproduce at the baseline date, read from baseline.yaml: the tables give
 * each age band's levels, the figures the counts of the attributes no table shows. The generator
 * types none of the printed numbers; when the document contradicts itself the roster follows the
 * table cells and the contradiction is listed in `discrepancies`.
 */
export interface BaselineSpec {
  date: string;
  year: number;
  /** Chairwomen at the baseline: the sum of the table cells. */
  size: number;
  bands: BandSpec[];
  tableDims: Dimension[];
  /** Per free dimension (no table), how many chairwomen hold each level; absent: the generator's default rule. */
  levelCounts: Partial<Record<Dimension, Map<string, number>>>;
  booleans: BooleanRule[];
  /** Checks the finished roster must pass, figure by figure. */
  checks: FigureCheck[];
  /** Where the printed document contradicts itself (Vietnamese), for the generator's report. */
  discrepancies: string[];
}

export interface BandSpec {
  band: AgeBand;
  /** One entry per chairwoman in the band, for each dimension that has a table. */
  levels: Partial<Record<Dimension, string[]>>;
  size: number;
}

export const BOOLEANS = ['firstTerm', 'partyMember'] as const;
export type BooleanAttribute = (typeof BOOLEANS)[number];

/** Nested groups, widest first: within `where`, `count` chairwomen have the attribute true (or false). */
export interface BooleanRule {
  attribute: BooleanAttribute;
  chain: { where: Condition; value: boolean; count: number; figure: string; index: number }[];
}

export interface FigureCheck {
  figure: BaselineFigure;
  /** For figures the tables decide: the value the cells give. */
  fromTables?: number;
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function percentOf(count: number, of: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round((count / of) * 100 * f) / f;
}

export function readBaselineSpec(
  baseline: Baseline,
  plan: Plan,
  communes: number,
  problemAt: Inputs['problemAt'],
): { spec?: BaselineSpec; problems: Problem[] } {
  const problems: Problem[] = [];
  const fail = (path: (string | number)[], key: string, message: string, hint?: string) => problems.push(problemAt('baseline', path, key, message, hint));
  const discrepancies: string[] = [];
  const bandById = new Map(plan.age.bands.map((b) => [b.id, b]));

  const tables = new Map<Dimension, Baseline['tables'][number]>();
  baseline.tables.forEach((t, i) => {
    if (tables.has(t.dimension)) fail(['tables', i, 'dimension'], 'unsupported_baseline', `Hai bảng cùng thang "${t.dimension}": bộ sinh dữ liệu mẫu chỉ tái tạo được một bảng mỗi thang`);
    tables.set(t.dimension, t);
  });
  const first = baseline.tables[0]!;
  const columns = first.columns;
  const columnSizes = columns.map((_, j) => sum(first.rows.map((r) => r.cells[j] ?? 0)));
  baseline.tables.forEach((t, i) => {
    if (!same(t.columns, columns)) fail(['tables', i, 'columns'], 'unsupported_baseline', `Bảng "${t.id}" có các cột nhóm tuổi khác bảng "${first.id}"`);
    const sizes = columns.map((_, j) => sum(t.rows.map((r) => r.cells[j] ?? 0)));
    if (!same(sizes, columnSizes)) {
      fail(['tables', i, 'rows'], 'inconsistent_baseline', `Tổng các ô theo nhóm tuổi của bảng "${t.id}" (${sizes.join(', ')}) khác bảng "${first.id}" (${columnSizes.join(', ')}): không có danh sách nào khớp cả hai bảng`);
    }
    for (const r of t.rows) {
      if (sum(r.cells) !== r.total) discrepancies.push(`Bảng "${t.id}", hàng "${r.printedLabel}": văn bản in tổng ${r.total} nhưng các ô cộng lại ${sum(r.cells)}; danh sách theo các ô.`);
    }
    if (!same(t.totalRow.cells, sizes)) discrepancies.push(`Bảng "${t.id}", hàng "${t.totalRow.printedLabel}": văn bản in ${t.totalRow.cells.join(', ')} nhưng các ô cộng lại ${sizes.join(', ')}; danh sách theo các ô.`);
  });
  columns.forEach((c, j) => {
    if (!bandById.has(c)) fail(['tables', 0, 'columns', j], 'dangling_reference', `Cột "${c}" không phải một nhóm tuổi trong plan.yaml age.bands`);
  });
  const size = sum(columnSizes);
  if (size !== communes) {
    fail(['tables'], 'inconsistent_baseline', `Các bảng thực trạng có ${size} chủ tịch nhưng danh mục có ${communes} xã, phường, thị trấn; mỗi xã cần đúng một chủ tịch`);
  }
  if (baseline.population.printed !== size) discrepancies.push(`Văn bản in tổng số ${baseline.population.printed} chủ tịch nhưng các ô bảng cộng lại ${size}.`);
  if (problems.length > 0) return { problems };

  const tableDims = [...tables.keys()];
  const bands: BandSpec[] = columns.map((c, j) => ({
    band: bandById.get(c)!,
    size: columnSizes[j]!,
    levels: Object.fromEntries(tableDims.map((d) => [d, tables.get(d)!.rows.flatMap((r) => Array<string>(r.cells[j]!).fill(r.level))])),
  }));

  const freeDims = DIMENSIONS.filter((d) => !tables.has(d));
  const levelSets = new Map<Dimension, { levels: string[]; count: number; figure: string; index: number }[]>();
  const boolFigures = new Map<BooleanAttribute, BooleanRule['chain']>();
  const checks: FigureCheck[] = [];
  const unsupported = (i: number, f: BaselineFigure, why: string) =>
    fail(['figures', i, 'count'], 'unsupported_figure', `Bộ sinh dữ liệu mẫu không tái tạo được con số "${f.id}": ${why}`, 'mở rộng scripts/sample/baseline-spec.ts hoặc ghi lại con số theo dạng đã hỗ trợ');

  for (const [i, f] of baseline.figures.entries()) {
    if (!same(f.count.roles, baseline.population.count.roles) || (f.of && !same(f.of, baseline.population.count))) {
      unsupported(i, f, 'chỉ đếm được trên toàn bộ chủ tịch Hội');
      continue;
    }
    const where = f.count.where ?? {};
    const keys = Object.keys(where) as (keyof Condition)[];
    const tableKeys = keys.filter((k) => k === 'age' || tableDims.includes(k as Dimension));
    if (tableKeys.length === keys.length) {
      const dims = tableDims.filter((d) => d in where);
      const fromTables = dims.length > 1 ? undefined : countOnCells(tables.get(dims[0]!) ?? first, plan.age.bands, where);
      if (fromTables === undefined) {
        unsupported(i, f, 'điều kiện tuổi không trùng ranh giới nhóm tuổi, hoặc hỏi hai thang có bảng cùng lúc');
        continue;
      }
      const value = f.unit === 'percent' ? percentOf(fromTables, size, f.percentDecimals ?? 0) : fromTables;
      if (value !== f.printed) discrepancies.push(`Con số "${f.id}" (${f.where}): văn bản in ${f.printed} nhưng các ô bảng cho ${value}; danh sách theo các ô.`);
      checks.push({ figure: f, fromTables: value });
      continue;
    }
    checks.push({ figure: f });
    if (f.unit === 'percent') continue; // follows from the count figure with the same condition
    const bool = [...BOOLEANS].reverse().find((b) => b in where);
    if (bool) {
      const rest: Condition = { ...where };
      delete rest[bool];
      const later = BOOLEANS.slice(BOOLEANS.indexOf(bool) + 1);
      if (later.some((b) => b in rest)) {
        unsupported(i, f, 'điều kiện lồng nhau quá phức tạp');
        continue;
      }
      const chain = boolFigures.get(bool) ?? [];
      chain.push({ where: rest, value: where[bool]!, count: f.printed, figure: f.id, index: i });
      boolFigures.set(bool, chain);
      continue;
    }
    const dim = keys[0] as Dimension;
    if (keys.length !== 1 || !freeDims.includes(dim)) {
      unsupported(i, f, 'chỉ tái tạo được con số về một thang không có bảng, hoặc về đảng viên, lần đầu tham gia');
      continue;
    }
    const test = where[dim]!;
    const levels: string[] = levelsOf(dim).filter((l) => levelHolds(dim, l, test));
    const list = levelSets.get(dim) ?? [];
    list.push({ levels, count: f.printed, figure: f.id, index: i });
    levelSets.set(dim, list);
  }

  const levelCounts: BaselineSpec['levelCounts'] = {};
  for (const [dim, sets] of levelSets) {
    const counts = solveLevelCounts(levelsOf(dim), sets, size);
    if (typeof counts === 'string') fail(['figures', sets[0]!.index], 'unsupported_figure', `Thang "${dim}": ${counts}`);
    else {
      levelCounts[dim] = counts;
      for (const s of sets) {
        const got = sum(s.levels.map((l) => counts.get(l) ?? 0));
        if (got !== s.count) discrepancies.push(`Con số "${s.figure}": văn bản in ${s.count} nhưng các con số khác về cùng thang cho ${got}; danh sách theo các con số từng mức.`);
      }
    }
  }

  const booleans: BooleanRule[] = [];
  for (const [attribute, chain] of boolFigures) {
    // Widest group first; each must lie inside the one before, so the counts can be placed group by group.
    chain.sort((a, b) => Object.keys(a.where).length - Object.keys(b.where).length);
    for (let i = 1; i < chain.length; i++) {
      const outer = chain[i - 1]!.where;
      const inner = chain[i]!.where;
      if (!Object.entries(outer).every(([k, v]) => same(inner[k as keyof Condition], v)) || same(outer, inner)) {
        fail(['figures', chain[i]!.index], 'unsupported_figure', `Các con số "${chain[i - 1]!.figure}" và "${chain[i]!.figure}" về ${attribute} không lồng vào nhau (nhóm này không nằm trong nhóm kia)`);
      }
    }
    booleans.push({ attribute, chain });
  }
  if (problems.length > 0) return { problems };
  return {
    spec: { date: baseline.date, year: Number(baseline.date.slice(0, 4)), size, bands, tableDims, levelCounts, booleans, checks, discrepancies },
    problems,
  };
}

/**
 * Counts per level from figures that each count a set of levels: a set with one level still
 * unknown fixes that level; the last unknown level takes what is left of the population.
 */
function solveLevelCounts(levels: string[], sets: { levels: string[]; count: number }[], size: number): Map<string, number> | string {
  const counts = new Map<string, number>();
  for (let progress = true; progress; ) {
    progress = false;
    for (const s of sets) {
      const unknown = s.levels.filter((l) => !counts.has(l));
      if (unknown.length === 1) {
        counts.set(unknown[0]!, s.count - sum(s.levels.filter((l) => counts.has(l)).map((l) => counts.get(l)!)));
        progress = true;
      }
    }
  }
  const unknown = levels.filter((l) => !counts.has(l));
  if (unknown.length > 1) return `các con số không đủ để biết số người ở từng mức (${unknown.join(', ')})`;
  if (unknown.length === 1) counts.set(unknown[0]!, size - sum([...counts.values()]));
  if ([...counts.values()].some((n) => n < 0)) return 'các con số mâu thuẫn: có mức mang số người âm';
  if (sum([...counts.values()]) !== size) return `các mức cộng lại ${sum([...counts.values()])}, khác ${size} chủ tịch`;
  return counts;
}
