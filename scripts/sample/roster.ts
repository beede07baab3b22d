import { conditionHolds, type PersonFacts } from '../../src/domain/condition.ts';
import { levelRank, levelsOf } from '../../src/domain/levels.ts';
import type { Condition, Dimension, Qualifications } from '../../src/schema/index.ts';
import type { BaselineSpec, BooleanRule } from './baseline-spec.ts';
import { fromDays, toDays, type IsoDate } from './dates.ts';
import type { Rng } from './prng.ts';
import type { WorldCommune } from './world.ts';

/** One chairwoman at the baseline date, before she has a name or an id. */
export interface BaselineChair {
  age: number;
  levels: Record<Dimension, string>;
  firstTerm: boolean;
  partyMember: boolean;
  commune?: WorldCommune;
}

/** Sample-design choices, not document figures. */
const CHAIR_AGE = { youngest: 24, oldest: 60 };
/** Older women in the "PTTH" row given lower-secondary schooling, so the standard's education criterion flags someone. */
const LOWER_SECONDARY = { count: 8, minAge: 46 };
/** How strongly the levels of the tabled scales go together (0: in lockstep; larger: independent). */
const PAIRING_NOISE = 0.35;

const rank = levelRank;

function factsOf(c: BaselineChair): PersonFacts {
  return { age: c.age, qualifications: c.levels as Qualifications, firstTerm: c.firstTerm, partyMember: c.partyMember };
}

/** Roughly normal noise without transcendental functions: the sum of three uniforms, centred. */
const noise = (rng: Rng) => rng.next() + rng.next() + rng.next() - 1.5;

/**
 * The chairwomen at the baseline, reproducing every table cell and figure of `spec`. Within an age
 * band the tabled levels are paired through a shared latent "schooling" score, so a woman with a
 * degree tends to have more political theory too; any pairing keeps the cells.
 */
export function baselineChairs(spec: BaselineSpec, communes: readonly WorldCommune[], rng: Rng): BaselineChair[] {
  const chairs: BaselineChair[] = [];
  for (const b of spec.bands) {
    const lo = Math.max(b.band.min, CHAIR_AGE.youngest);
    const hi = Math.min(b.band.max ?? CHAIR_AGE.oldest, CHAIR_AGE.oldest);
    const group: BaselineChair[] = Array.from({ length: b.size }, () => ({
      age: rng.int(lo, Math.max(lo, hi)),
      levels: {} as Record<Dimension, string>,
      firstTerm: false,
      partyMember: false,
    }));
    const latent = group.map((_, i) => (i + 0.5) / b.size);
    for (const dim of spec.tableDims) {
      const order = group.map((_, i) => ({ i, key: latent[i]! + PAIRING_NOISE * noise(rng) })).sort((x, y) => x.key - y.key);
      const sorted = [...b.levels[dim]!].sort((x, y) => rank(dim, x) - rank(dim, y));
      order.forEach(({ i }, k) => (group[i]!.levels[dim] = sorted[k]!));
    }
    chairs.push(...group);
  }

  for (const dim of (Object.keys(spec.levelCounts) as Dimension[])) assignLevels(chairs, dim, spec.levelCounts[dim]!, rng);
  for (const dim of levelsFree(spec)) for (const c of chairs) c.levels[dim] = defaultLevel(dim);
  if (!spec.levelCounts.education && !spec.tableDims.includes('education')) lowerSecondary(chairs, rng);
  for (const rule of spec.booleans) assignBoolean(chairs, rule, rng);

  placeInCommunes(chairs, communes, rng);
  return chairs;
}

function levelsFree(spec: BaselineSpec): Dimension[] {
  return (['education', 'professional', 'politicalTheory', 'unionWork'] as Dimension[]).filter(
    (d) => !spec.tableDims.includes(d) && !spec.levelCounts[d],
  );
}

function defaultLevel(dim: Dimension): string {
  const levels: string[] = levelsOf(dim);
  return dim === 'education' ? levels[levels.length - 1]! : levels[0]!;
}

/** Higher levels go, by weight, to older women: training accumulates over years in office. */
function assignLevels(chairs: BaselineChair[], dim: Dimension, counts: Map<string, number>, rng: Rng): void {
  const levels: string[] = levelsOf(dim);
  let open = chairs;
  for (let r = levels.length - 1; r > 0; r--) {
    const level = levels[r]!;
    const picked = new Set(rng.sample(open, counts.get(level) ?? 0, (c) => Math.max(0.02, (c.age - 22) / 38) ** r));
    for (const c of picked) c.levels[dim] = level;
    open = open.filter((c) => !picked.has(c));
  }
  for (const c of open) c.levels[dim] = levels[0]!;
}

function lowerSecondary(chairs: BaselineChair[], rng: Rng): void {
  const lowest: string = levelsOf('professional')[0]!;
  const pool = chairs.filter((c) => c.levels.professional === lowest && c.age >= LOWER_SECONDARY.minAge);
  const below = levelsOf('education').at(-2)!;
  for (const c of rng.sample(pool, Math.min(LOWER_SECONDARY.count, pool.length))) c.levels.education = below;
}

const BOOLEAN_WEIGHT: Record<BooleanRule['attribute'], (c: BaselineChair) => number> = {
  // Newcomers of the 2011 congress are younger.
  firstTerm: (c) => Math.max(0.05, (62 - c.age) / 38) ** 2,
  // Party membership goes with political-theory training and years.
  partyMember: (c) => (rank('politicalTheory', c.levels.politicalTheory) + 1) ** 2 * (c.age > 30 ? 1 : 0.5),
};

/** The figures cannot all hold together on this roster; `figure` is the index in baseline.figures. */
export class BaselineInfeasible extends Error {
  figure: number;
  constructor(message: string, figure: number) {
    super(message);
    this.figure = figure;
  }
}

/** Places each nested count group by group, innermost first, so every figure of the chain holds. */
function assignBoolean(chairs: BaselineChair[], rule: BooleanRule, rng: Rng): void {
  const sets = rule.chain.map((g) => new Set(chairs.filter((c) => matches(g.where, c))));
  const wanted = rule.chain.map((g, k) => (g.value ? g.count : sets[k]!.size - g.count));
  const chosen = new Set<BaselineChair>();
  for (let k = sets.length - 1; k >= 0; k--) {
    const inner = sets[k + 1];
    const ring = [...sets[k]!].filter((c) => !chosen.has(c) && !inner?.has(c));
    const need = wanted[k]! - (wanted[k + 1] ?? 0);
    if (need < 0 || need > ring.length) {
      throw new BaselineInfeasible(`con số "${rule.chain[k]!.figure}" không thể đạt cùng các con số khác về ${rule.attribute}`, rule.chain[k]!.index);
    }
    for (const c of rng.sample(ring, need, BOOLEAN_WEIGHT[rule.attribute])) chosen.add(c);
  }
  for (const c of chairs) c[rule.attribute] = chosen.has(c);
}

function matches(where: Condition, c: BaselineChair): boolean {
  return conditionHolds(where, factsOf(c));
}

/** Degrees are likelier in wards (phường) than in rural communes: noisy sort of both sides, then pair. */
function placeInCommunes(chairs: BaselineChair[], communes: readonly WorldCommune[], rng: Rng): void {
  const urban = { phuong: 1, 'thi-tran': 0.6, xa: 0 } as const;
  const school = (c: BaselineChair) => rank('professional', c.levels.professional) / 4;
  const people = chairs.map((c) => ({ c, key: school(c) + 0.6 * noise(rng) })).sort((a, b) => a.key - b.key);
  const places = communes.map((m) => ({ m, key: urban[m.type] + 0.6 * noise(rng) })).sort((a, b) => a.key - b.key);
  people.forEach(({ c }, i) => (c.commune = places[i]!.m));
}

export function birthDateFor(rng: Rng, year: number): IsoDate {
  return fromDays(rng.int(toDays(`${year}-01-01`), toDays(`${year}-12-31`)));
}
