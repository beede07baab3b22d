/**
 * `astro build` runs src/site/assessment.ts twice in one process: the search integration's copy
 * (loaded with the config) and the pages' (bundled into the prerender chunks). The integration
 * shares its assessment as the build starts, and the pages' copy must answer with that very object,
 * not load and assess data/ once more. Two copies are two imports of the file under different ids.
 */
import { describe, expect, it } from 'vitest';

type AssessmentModule = typeof import('../../src/site/assessment.ts');

const copy = (id: string) => import(/* @vite-ignore */ `../../src/site/assessment.ts?copy=${id}`) as Promise<AssessmentModule>;

describe('the build assessment, shared between two copies of its module', () => {
  it('two imports under different ids are two module instances (each with its own cache)', async () => {
    const [a, b] = await Promise.all([copy('separate-a'), copy('separate-b')]);
    expect(a).not.toBe(b);
    expect(a.getAssessment).not.toBe(b.getAssessment);
  });

  it('once one copy shares its assessment, the other answers with the same object', async () => {
    const [integration, pages] = await Promise.all([copy('integration'), copy('pages')]);
    const shared = integration.shareAssessmentWithPages();
    const seen = pages.getAssessment();
    expect(seen).toBe(shared);
    const [x, y] = await Promise.all([shared, seen]);
    expect(y).toBe(x);
    expect(x.dataset.people.length).toBeGreaterThan(0);
  });
});
