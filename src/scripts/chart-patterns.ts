import { patternInk, type PatternKind } from './chart-style.ts';

const SIZE = 8;
const cache = new Map<string, CanvasPattern | string>();

/** A fill colour overlaid with a small repeating pattern, so bars differ without colour. */
export function patternFill(fill: string, kind: PatternKind): CanvasPattern | string {
  if (kind === 'solid') return fill;
  const key = `${fill}|${kind}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const tile = document.createElement('canvas');
  tile.width = tile.height = SIZE;
  const ctx = tile.getContext('2d');
  if (!ctx) return fill;
  ctx.fillStyle = fill;
  ctx.fillRect(0, 0, SIZE, SIZE);
  ctx.strokeStyle = ctx.fillStyle = patternInk(fill);
  ctx.lineWidth = 1.5;
  ctx.beginPath();
  if (kind === 'diagonal' || kind === 'cross') {
    ctx.moveTo(0, SIZE);
    ctx.lineTo(SIZE, 0);
    ctx.moveTo(-SIZE / 2, SIZE / 2);
    ctx.lineTo(SIZE / 2, -SIZE / 2);
    ctx.moveTo(SIZE / 2, SIZE * 1.5);
    ctx.lineTo(SIZE * 1.5, SIZE / 2);
  }
  if (kind === 'cross') {
    ctx.moveTo(0, 0);
    ctx.lineTo(SIZE, SIZE);
  }
  if (kind === 'horizontal') {
    ctx.moveTo(0, SIZE / 2);
    ctx.lineTo(SIZE, SIZE / 2);
  }
  ctx.stroke();
  if (kind === 'dots') {
    ctx.beginPath();
    ctx.arc(SIZE / 2, SIZE / 2, 1.6, 0, 2 * Math.PI);
    ctx.fill();
  }
  const pattern = ctx.createPattern(tile, 'repeat') ?? fill;
  cache.set(key, pattern);
  return pattern;
}

