import type { Dimension } from '../../src/schema/index.ts';
import { randomDate, type IsoDate } from './dates.ts';
import type { Rng } from './prng.ts';

/**
 * Source cadres (cán bộ nguồn) of one commune: younger women planned as future chairwomen,
 * with their own qualifications. Sample-design weights, not document figures: the plan gives none.
 */
const PER_COMMUNE: readonly (readonly [number, number])[] = [[0, 15], [1, 55], [2, 30]];
const AGE = { min: 25, max: 40 };
const LEVELS: Record<Dimension, readonly (readonly [string, number])[]> = {
  education: [['thpt', 1]],
  professional: [['chua-qua-dao-tao', 3], ['so-cap', 7], ['trung-cap', 35], ['cao-dang', 15], ['dai-hoc', 40]],
  politicalTheory: [['chua-qua', 25], ['so-cap', 55], ['trung-cap', 20]],
  unionWork: [['duoi-1-thang', 80], ['boi-duong-1-thang', 15], ['so-cap', 5]],
};
const PARTY_SHARE = 0.6;
/** Planned after the 2011 congress; a fifth added by the 2012 review of the plan (VI.1.1). */
const PLANNED: readonly (readonly [IsoDate, IsoDate, number])[] = [['2011-07-01', '2012-03-31', 4], ['2012-08-15', '2013-01-31', 1]];

export interface CadreDraft {
  age: number;
  levels: Record<Dimension, string>;
  partyMember: boolean;
  from: IsoDate;
}

export function communeCadres(rng: Rng): CadreDraft[] {
  const n = rng.weighted(PER_COMMUNE);
  return Array.from({ length: n }, () => {
    const [a, b] = rng.weighted(PLANNED.map(([x, y, w]) => [[x, y] as const, w] as const));
    return {
      age: rng.int(AGE.min, AGE.max),
      levels: {
        education: rng.weighted(LEVELS.education),
        professional: rng.weighted(LEVELS.professional),
        politicalTheory: rng.weighted(LEVELS.politicalTheory),
        unionWork: rng.weighted(LEVELS.unionWork),
      },
      partyMember: rng.chance(PARTY_SHARE),
      from: randomDate(rng, a, b),
    };
  });
}
