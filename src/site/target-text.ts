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
