/**
 * A person target read by age band, and target 1 against the full standard (target-readings.ts),
 * checked against the assessment's own figures on the sample data.
 */
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { assess } from '../../src/assessment/index.ts';
import { loadDatasetSync } from '../../src/data/load.ts';

const a = assess(loadDatasetSync(path.resolve(import.meta.dirname, '../../data')).dataset!);
const { plan } = a.dataset;

describe('a person target by the plan age bands', () => {
  it('counts in each band the people the target counts, no more: bands add up to the target', () => {
    for (const t of plan.targets.filter((x) => x.unit === 'person')) {
      const bands = a.ageBands(t.id)!;
      const figure = a.targetsAt(a.currentDate).find((f) => f.id === t.id)!;
      expect(bands.length).toBeGreaterThan(0);
      const sum = (k: 'numerator' | 'denominator') => bands.reduce((n, b) => n + b[k], 0);
      // Every chairwoman has a birth year in the sample, so the bands (which cover every age) partition her.
      expect([sum('numerator'), sum('denominator')]).toEqual([figure.numerator, figure.denominator]);
      for (const b of bands) expect(b.numerator).toBeLessThanOrEqual(b.denominator);
    }
  });

  it('has no age bands for a target that counts communes', () => {
    for (const t of plan.targets.filter((x) => x.unit === 'commune')) expect(a.ageBands(t.id)).toBeUndefined();
  });
});

describe('target 1 against the full standard', () => {
  const targetOverEveryone = plan.targets.filter((t) => t.unit === 'person' && !t.population.where);

  it('is given only for a target over every chairwoman', () => {
    expect(targetOverEveryone.length).toBe(1);
    for (const t of plan.targets) expect(a.standardVersusTarget(t.id) !== undefined).toBe(targetOverEveryone.includes(t));
  });

  it('puts the target beside the standard, and names criteria that account for the gap', () => {
    const t = targetOverEveryone[0]!;
    const v = a.standardVersusTarget(t.id)!;
    const standard = a.standardAt(a.currentDate);
    expect(v.targetCount).toBe(a.targetsAt(a.currentDate).find((f) => f.id === t.id)!.numerator);
    expect([v.meeting, v.population]).toEqual([standard.meeting, standard.population]);
    expect(v.difference).toBe(v.targetCount - v.meeting);
    // Whoever the target counts and the standard does not fails at least one criterion the target leaves out.
    expect(v.criteria.reduce((n, c) => n + c.failing, 0)).toBeGreaterThanOrEqual(v.difference);
    for (const c of v.criteria) {
      expect(c.failing).toBeGreaterThan(0);
      expect(plan.standard.criteria.map((x) => x.id)).toContain(c.id);
    }
  });
});
