import { describe, expect, it } from 'vitest';
import { loadDatasetSync } from '../../src/data/load.ts';
import { VALID } from './helpers.ts';

describe('the minimal valid dataset', () => {
  it('loads without a single problem', () => {
    const result = loadDatasetSync(VALID);
    expect(result.problems).toEqual([]);
    expect(result.dataset).toBeDefined();
  });

  it('lists people in the order of districts.yaml, each with her district and where she is written', () => {
    const { dataset } = loadDatasetSync(VALID);
    expect(dataset!.people.map((p) => [p.id, p.district])).toEqual([
      ['ba-dinh-001', 'ba-dinh'],
      ['ba-dinh-002', 'ba-dinh'],
      ['me-linh-001', 'me-linh'],
      ['me-linh-002', 'me-linh'],
    ]);
    // Paths are relative to the data folder's parent, whatever the working directory.
    expect(dataset!.people[1]!.source).toEqual({ file: 'valid-minimal/people/ba-dinh.yaml', line: 18 });
    expect(dataset!.courses[0]!.source).toEqual({ file: 'valid-minimal/courses/2013.yaml', line: 4 });
    expect(dataset!.districts[1]!.source).toEqual({ file: 'valid-minimal/districts.yaml', line: 26 });
  });

  it('applies schema defaults and trims text', () => {
    const { dataset } = loadDatasetSync(VALID);
    expect(dataset!.baseline.documentNotes).toEqual([]);
    expect(dataset!.plan.measures[1]!.confers).toEqual([]);
    expect(dataset!.sample).toEqual({ people: true, courses: true, progress: true });
    expect(dataset!.clusterNote).toBeUndefined();
  });
});
