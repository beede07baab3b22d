/**
 * The tile map of a target: one square per district where data/tile-map.yaml puts it, shaded by how
 * far the district is towards the goal, with its share written in the square and its verdict both as
 * a mark and as a hatch, so nothing rests on colour alone. The same figures come as a table.
 */
import type { Assessment } from '../assessment/index.ts';
import type { IsoDate } from '../domain/dates.ts';
import { districtHref } from '../site/links.ts';
import { TONE_MARKS, VERDICT_WORDS, withVerdict, type JudgedFigure } from '../site/status.ts';

/** Shading steps: the share of the goal reached, lower bounds; step i is "at least STEPS[i]% of the goal". */
const STEPS = [0, 25, 50, 75, 100] as const;

export interface TileStep {
  /** 1 (lightest) to 5 (goal reached). */
  step: number;
  /** "Dưới 25% mục tiêu", "Đạt mục tiêu". */
  label: string;
}

export interface MapTile {
  district: string;
  name: string;
  short: string;
  href: string;
  row: number;
  col: number;
  figure: JudgedFigure;
  /** 0 when the district has nothing to count. */
  step: number;
  /** The verdict's mark in the square: ✓ on track or reached, ! behind or missed, – nothing to count. */
  mark: string;
}

export interface TileMapModel {
  targetId: string;
  caption: string;
  note: string;
  rows: number;
  cols: number;
  tiles: MapTile[];
  steps: TileStep[];
  marks: { mark: string; label: string }[];
}

function stepOf(f: JudgedFigure): number {
  if (f.percent === null) return 0;
  if (f.reached) return STEPS.length;
  const share = f.goal === 0 ? 100 : (f.percent / f.goal) * 100;
  let step = 1;
  STEPS.forEach((lower, i) => {
    if (share >= lower && i < STEPS.length - 1) step = i + 1;
  });
  return step;
}

const STEP_LABELS: TileStep[] = STEPS.map((lower, i) => {
  const upper = STEPS[i + 1];
  if (upper === undefined) return { step: i + 1, label: 'Đạt mục tiêu' };
  return { step: i + 1, label: lower === 0 ? `Dưới ${upper}% mục tiêu` : `Từ ${lower}% đến dưới ${upper}% mục tiêu` };
});

const markOf = (f: JudgedFigure): string => TONE_MARKS[f.verdict.tone];

/** The map of one target at a date, or undefined when the data have no tile map (a scaled sample). */
export function tileMapOf(a: Assessment, targetId: string, date: IsoDate): TileMapModel | undefined {
  const map = a.dataset.tileMap;
  const target = a.dataset.plan.targets.find((t) => t.id === targetId);
  if (!map || !target) return undefined;
  const byDistrict = new Map(a.targetsByDistrict(date).map((d) => [d.id, d]));
  const tiles = map.tiles.flatMap((t): MapTile[] => {
    const d = byDistrict.get(t.district);
    const f = d?.targets.find((x) => x.id === targetId);
    if (!d || !f) return [];
    const figure = withVerdict(f);
    return [{ district: d.id, name: d.name, short: t.short, href: districtHref(d.id), row: t.row, col: t.col, figure, step: stepOf(figure), mark: markOf(figure) }];
  });
  const final = date >= a.deadline;
  return {
    targetId,
    caption: `Bản đồ ô: chỉ tiêu ${target.number} ở từng quận, huyện, thị xã`,
    note: map.note,
    rows: Math.max(...map.tiles.map((t) => t.row)) + 1,
    cols: Math.max(...map.tiles.map((t) => t.col)) + 1,
    tiles,
    steps: STEP_LABELS,
    marks: [
      { mark: TONE_MARKS.good, label: final ? VERDICT_WORDS.reached : VERDICT_WORDS['on-track'] },
      { mark: TONE_MARKS.bad, label: `${final ? VERDICT_WORDS.missed : VERDICT_WORDS.behind} (ô gạch chéo)` },
    ],
  };
}
