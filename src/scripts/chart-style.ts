/**
 * How series look, chosen so a chart still reads in greyscale print: value series step through
 * clearly different lightness (and bars add a pattern, lines a point shape); the goal is a dark
 * dashed line and the pace line a dotted one.
 */

/** Dark to light: neighbours differ by about 20 points of lightness. */
export const FILLS = ['#2b0a22', '#7a1f5c', '#b4508f', '#dc9fc8', '#f6e1ee'] as const;
/** Lines need contrast with the white page, so only the darker steps, told apart by shape too. */
export const LINE_COLOURS = ['#2b0a22', '#7a1f5c', '#a8477f'] as const;
export const POINT_STYLES = ['circle', 'rect', 'triangle', 'rectRot', 'crossRot'] as const;

export type PatternKind = 'solid' | 'diagonal' | 'dots' | 'cross' | 'horizontal';
export const PATTERNS: readonly PatternKind[] = ['solid', 'diagonal', 'dots', 'cross', 'horizontal'];

export const GOAL = { colour: '#000000', dash: [8, 4], width: 2 } as const;
export const PACE = { colour: '#4a4a55', dash: [2, 3], width: 2 } as const;
export const CITY = { colour: '#7a1f5c', dash: [10, 3, 2, 3], width: 2 } as const;
export const BORDER = '#1b1b1f';

/**
 * Which of the FILLS steps `count` value series use: spread over the whole range so that two
 * series are as far apart in lightness as possible.
 */
export function fillSteps(count: number): number[] {
  const last = FILLS.length - 1;
  if (count <= 1) return [1];
  if (count > FILLS.length) return Array.from({ length: count }, (_, i) => i % FILLS.length);
  return Array.from({ length: count }, (_, i) => Math.round((i * last) / (count - 1)));
}

/** Ink for pattern strokes: light on dark fills, dark on light ones. */
export function patternInk(fill: string): string {
  const n = Number.parseInt(fill.slice(1), 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128 ? 'rgba(255,255,255,0.75)' : 'rgba(0,0,0,0.6)';
}
