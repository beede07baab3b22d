/** A seeded random dataset over the fixture geography, for invariants that must hold for any data. */
import type { Dataset, PersonRecord, Sourced } from '../../src/data/dataset.ts';
import type { Course, Participant, RoleTerm } from '../../src/schema/index.ts';
import { levelsOf } from '../../src/domain/levels.ts';
import { cadre, chair, course, makeDataset, person } from './fixtures.ts';

/** mulberry32: small, seeded, good enough to vary test data. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COMMUNES = ['00001', '00002', '00010', '00011', '00012'];
const DATES = ['2011-01-01', '2012-09-01', '2013-07-01', '2014-05-15', '2015-11-30'];

export function randomDataset(seed: number): Dataset {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const people: PersonRecord[] = [];
  let n = 0;
  for (const commune of COMMUNES) {
    // One to three chairwomen in a row, and a source cadre or two.
    const cuts = [...new Set([DATES[0]!, ...DATES.slice(1).filter(() => r() < 0.3)])].sort();
    cuts.forEach((from, i) => {
      const next = cuts[i + 1];
      const to = next ? new Date(Date.parse(next) - 86_400_000).toISOString().slice(0, 10) : undefined;
      people.push(randomPerson(`p${n++}`, commune, [chair(commune, from, to)]));
    });
    for (let k = Math.floor(r() * 3); k > 0; k--) people.push(randomPerson(`p${n++}`, commune, [cadre(commune, pick(DATES))]));
  }
  function randomPerson(id: string, commune: string, roles: RoleTerm[]): PersonRecord {
    return person({
      id,
      commune,
      roles,
      born: 1950 + Math.floor(r() * 45),
      education: pick(levelsOf('education')),
      professional: pick(levelsOf('professional')),
      politicalTheory: pick(levelsOf('politicalTheory')),
      unionWork: pick(levelsOf('unionWork')),
      firstTerm: r() < 0.3,
      partyMember: r() < 0.9,
    });
  }
  const kinds: Pick<Course, 'measure' | 'roadmapItem' | 'subjects' | 'confers'>[] = [
    { measure: 'boi-duong', roadmapItem: '2013-boi-duong', subjects: ['nghiep-vu-cong-tac-hoi'], confers: [{ dimension: 'unionWork', level: 'boi-duong-1-thang' }] },
    { measure: 'trung-cap-llct', roadmapItem: '2013-boi-duong', subjects: ['ly-luan-chinh-tri', 'nghiep-vu-cong-tac-hoi'], confers: [{ dimension: 'politicalTheory', level: 'trung-cap' }] },
    { measure: 'dai-hoc', roadmapItem: '2012-dai-hoc', subjects: ['chuyen-mon'], confers: [{ dimension: 'professional', level: 'dai-hoc' }] },
    { measure: 'so-cap-ctpn', roadmapItem: '2013-boi-duong', subjects: ['chuyen-mon'], confers: [{ dimension: 'professional', level: 'so-cap' }] },
  ];
  const courses: Sourced<Course>[] = [];
  for (let c = 0; c < 8; c++) {
    const year = 2012 + Math.floor(r() * 5);
    const participants: Participant[] = people
      .filter(() => r() < 0.3)
      .map((p) => ({ person: p.id, outcome: pick(['enrolled', 'completed', 'completed', 'dropped'] as const) }));
    courses.push(course({ id: `c${c}`, start: `${year}-02-01`, end: `${year}-06-30`, ...pick(kinds), participants }));
  }
  return makeDataset({ people, courses, asOf: '2016-12-31' });
}
