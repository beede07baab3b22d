/** Pages ask a.count() with a new group object each time: equal groups must share one pass over everyone. */
import { describe, expect, it, vi } from 'vitest';
import { assess } from '../../src/assessment/assessment.ts';
import { tallyGroup } from '../../src/assessment/groups.ts';
import { cadre, fourChairwomen, makeDataset, person } from './fixtures.ts';

vi.mock('../../src/assessment/groups.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/assessment/groups.ts')>();
  return { ...original, tallyGroup: vi.fn(original.tallyGroup) };
});

describe('a.count', () => {
  it('tallies a group once per date, whatever object and scope ask for it', () => {
    const a = assess(makeDataset({ people: [...fourChairwomen(), person({ id: 'c', roles: [cadre('00012', '2012-01-01')] })] }));
    const passes = vi.mocked(tallyGroup);
    passes.mockClear();
    expect(a.count({ roles: ['sourceCadre'] }, '2013-12-31')).toBe(1);
    expect(a.count({ roles: ['sourceCadre'] }, '2013-12-31', { district: 'huyen-b' })).toBe(1);
    expect(a.count({ roles: ['sourceCadre'] }, '2013-12-31', { district: 'quan-a' })).toBe(0);
    expect(passes).toHaveBeenCalledTimes(1);
    a.count({ roles: ['sourceCadre'] }, '2014-12-31');
    expect(a.count({ roles: ['chairwoman'] }, '2013-12-31')).toBe(4);
    expect(passes).toHaveBeenCalledTimes(3);
  });
});
