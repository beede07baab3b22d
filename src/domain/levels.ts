import { DIMENSIONS, SCALES, type Dimension, type LevelOf, type LevelOnScale, type Qualifications } from '../schema/levels.ts';

/** One value per scale. */
export function perDimension<T>(make: (d: Dimension) => T): Record<Dimension, T> {
  const out: Partial<Record<Dimension, T>> = {};
  for (const d of DIMENSIONS) out[d] = make(d);
  return out as Record<Dimension, T>;
}

/** Position of each level on its scale: the scale's order is the meaning of "at least". */
const RANKS = perDimension((d) => new Map<string, number>(SCALES[d].levels.map((l, i) => [l.id, i])));

/** Each level id as the scale spells it in code: one string instance per id, compared by identity. */
const CANONICAL = perDimension((d) => new Map<string, string>(SCALES[d].levels.map((l) => [l.id, l.id])));

const LABELS = perDimension((d) => new Map<string, string>(SCALES[d].levels.map((l) => [l.id, l.label])));

export function levelRank(d: Dimension, level: string): number {
  const r = RANKS[d].get(level);
  // The loader validates every level, so an unknown one is a programming error, not a data error.
  if (r === undefined) throw new RangeError(`Trình độ "${level}" không có trên thang ${d} (unknown-level)`);
  return r;
}

/** Negative when a is lower than b, 0 when equal, positive when higher. */
export function compareLevels(d: Dimension, a: string, b: string): number {
  return levelRank(d, a) - levelRank(d, b);
}

export function atLeast(d: Dimension, level: string, min: string): boolean {
  return compareLevels(d, level, min) >= 0;
}

export function below(d: Dimension, level: string, bound: string): boolean {
  return compareLevels(d, level, bound) < 0;
}

export function levelLabel(d: Dimension, level: string): string {
  return LABELS[d].get(level) ?? level;
}

export function dimensionLabel(d: Dimension): string {
  return SCALES[d].label;
}

/** The scale's level ids, lowest first. */
export function levelsOf<D extends Dimension>(d: D): LevelOf<D>[] {
  return SCALES[d].levels.map((l) => l.id) as LevelOf<D>[];
}

/** A copy of q with d raised to level if that is higher; never lowers. */
export function raise(q: Qualifications, d: Dimension, level: string): Qualifications {
  if (compareLevels(d, level, q[d]) <= 0) return q;
  // Same construction as qualificationsOf, so every Qualifications object has one shape.
  const out = qualificationsOf(q);
  (out as Record<Dimension, string>)[d] = CANONICAL[d].get(level) ?? level;
  return out;
}

/** q raised by every level a completed course confers. */
export function raiseBy(q: Qualifications, confers: readonly LevelOnScale[]): Qualifications {
  for (const l of confers) q = raise(q, l.dimension, l.level);
  return q;
}

/**
 * A clean copy with the scale's own strings: data read from YAML carry strings sliced from the
 * file, which the hot loops would compare character by character.
 */
export function qualificationsOf(p: Qualifications): Qualifications {
  const c = <D extends Dimension>(d: D) => (CANONICAL[d].get(p[d]) ?? p[d]) as Qualifications[D];
  return { education: c('education'), professional: c('professional'), politicalTheory: c('politicalTheory'), unionWork: c('unionWork') };
}
