import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDatasetSync } from '../../src/data/load.ts';
import { formatProblem } from '../../src/data/report.ts';
import { NODE, ROOT } from './helpers.ts';

describe('the committed data/', () => {
  it('loads with no error and no warning', () => {
    const result = loadDatasetSync(path.join(ROOT, 'data'));
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result.dataset).toBeDefined();
  });

  it('has the tile map, one tile per district (the loader refuses a missing, doubled or shared tile)', () => {
    const { dataset } = loadDatasetSync(path.join(ROOT, 'data'));
    expect(dataset?.tileMap?.tiles.map((t) => t.district).sort()).toEqual(dataset?.districts.map((d) => d.id).sort());
  });

  it('passes npm run check:data', () => {
    const { DATA_DIR: _, ...env } = process.env;
    const r = spawnSync(NODE, ['scripts/check-data.ts'], { cwd: ROOT, encoding: 'utf8', env });
    expect(r.stdout).toMatch(/^0 lỗi, 0 cảnh báo trong \d+ tệp\n$/);
    expect(r.status).toBe(0);
  });
});
