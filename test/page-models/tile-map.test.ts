import { describe, expect, it } from 'vitest';
import { tileMapOf } from '../../src/page-models/tile-map.ts';
import { sampleContext } from './context.ts';
import { contextAt } from './earlier-context.ts';

describe('the tile map model', () => {
  const { a } = sampleContext();
  const tiles = a.dataset.tileMap!.tiles;

  it('places every district once, on its own square, where data/tile-map.yaml puts it', () => {
    for (const t of a.dataset.plan.targets) {
      const m = tileMapOf(a, t.id, a.currentDate)!;
      expect(m.tiles.map((x) => x.district).sort()).toEqual(a.dataset.districts.map((d) => d.id).sort());
      expect(new Set(m.tiles.map((x) => `${x.row},${x.col}`)).size).toBe(m.tiles.length);
      for (const x of m.tiles) expect(tiles.find((y) => y.district === x.district)).toMatchObject({ row: x.row, col: x.col, short: x.short });
      expect(m.rows).toBe(Math.max(...tiles.map((x) => x.row)) + 1);
      expect(m.cols).toBe(Math.max(...tiles.map((x) => x.col)) + 1);
    }
  });

  it('shades each district by the share of the goal reached, the top step only when the goal is reached', () => {
    const byId = new Map(a.targetsByDistrict(a.currentDate).map((d) => [d.id, d]));
    for (const [i, t] of a.dataset.plan.targets.entries()) {
      for (const x of tileMapOf(a, t.id, a.currentDate)!.tiles) {
        const f = byId.get(x.district)!.targets[i]!;
        expect(x.figure.percent).toBe(f.percent);
        if (f.percent === null) expect(x.step).toBe(0);
        else if (f.reached) expect(x.step).toBe(5);
        else expect(x.step).toBe(1 + Math.min(3, Math.floor((f.percent / f.goal) * 4)));
      }
    }
  });

  it('marks each tile with its verdict, so that colour is never the only sign, and names every mark and step', () => {
    for (const ctx of [sampleContext(), contextAt('2014-06-30')]) {
      const m = tileMapOf(ctx.a, ctx.a.dataset.plan.targets[0]!.id, ctx.a.currentDate)!;
      for (const x of m.tiles) {
        const good = x.figure.verdict.key === 'on-track' || x.figure.verdict.key === 'reached';
        expect(x.mark).toBe(good ? '✓' : x.figure.percent === null ? '–' : '!');
      }
      expect(m.steps.map((s) => s.step)).toEqual([1, 2, 3, 4, 5]);
      expect(m.marks.map((k) => k.mark)).toEqual(['✓', '!']);
    }
  });

  it('is absent without a tile map in the data', () => {
    const { tileMap: _, ...rest } = a.dataset;
    const without = { ...a, dataset: rest } as typeof a;
    expect(tileMapOf(without, a.dataset.plan.targets[0]!.id, a.currentDate)).toBeUndefined();
  });
});
