import type { TargetFigure } from '../assessment/index.ts';
import { formatNumber } from './format.ts';

/** What a target counts. */
export function unitNoun(unit: TargetFigure['unit']): string {
  return unit === 'person' ? 'người' : 'xã, phường, thị trấn';
}

/** "354/577 người". */
export function ratioText(f: TargetFigure): string {
  return `${formatNumber(f.numerator)}/${formatNumber(f.denominator)} ${unitNoun(f.unit)}`;
}

/** Where the target stands against its goal and the linear pace, in one short phrase. */
export function paceText(f: TargetFigure): string {
  if (f.percent === null || f.pace.onTrack === null) return 'Chưa có số liệu để xét tiến độ';
  if (f.reached) return 'Đã đạt mục tiêu';
  return f.pace.onTrack ? 'Đúng tiến độ' : 'Chậm so với tiến độ';
}
