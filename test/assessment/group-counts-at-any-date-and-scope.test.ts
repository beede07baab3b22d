/**
 * Pages ask a.count() with a new group object each time, at several dates and scopes; the
 * assessment keeps one tally per group and date. Whatever it keeps, each answer must be the
 * count of that group, at that date, in that scope — never one served for another.
 */
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assessment/index.ts';
import { cadre, fourChairwomen, makeDataset, person } from './fixtures.ts';

describe('a.count', () => {
  const people = [
    ...fourChairwomen(),
    person({ id: 'c1', roles: [cadre('00012', '2012-01-01')] }),
    person({ id: 'c2', born: 1990, roles: [cadre('00001', '2014-01-01')] }),
  ];
  const a = assess(makeDataset({ people }));

  it('gives the same count for equal groups passed as new objects', () => {
    const first = a.count({ roles: ['sourceCadre'] }, '2013-12-31');
    expect(a.count({ roles: ['sourceCadre'] }, '2013-12-31')).toBe(first);
    expect(first).toBe(1);
  });

  it('counts each date for itself', () => {
    expect(a.count({ roles: ['sourceCadre'] }, '2013-12-31')).toBe(1);
    expect(a.count({ roles: ['sourceCadre'] }, '2014-12-31')).toBe(2);
  });

  it('counts each scope for itself from the same tally', () => {
    expect(a.count({ roles: ['sourceCadre'] }, '2014-12-31', { district: 'huyen-b' })).toBe(1);
    expect(a.count({ roles: ['sourceCadre'] }, '2014-12-31', { district: 'quan-a' })).toBe(1);
  });

  it('tells groups apart by everything in them, not by their roles alone', () => {
    expect(a.count({ roles: ['chairwoman'] }, '2014-12-31')).toBe(4);
    expect(a.count({ roles: ['sourceCadre'], where: { age: { max: 30 } } }, '2014-12-31')).toBe(1);
    expect(a.count({ roles: ['sourceCadre'], where: { age: { min: 31 } } }, '2014-12-31')).toBe(1);
  });
});
