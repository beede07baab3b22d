import type { Course, District, Plan } from '../../src/schema/index.ts';
import type { BaselineSpec } from './baseline-spec.ts';
import { communeCadres } from './cadres.ts';
import { runCourses } from './courses.ts';
import { randomDate, yearOf, type IsoDate } from './dates.ts';
import { womanName } from './names.ts';
import type { Rng } from './prng.ts';
import { newTerm, vacancies } from './replacements.ts';
import { baselineChairs, birthDateFor } from './roster.ts';
import type { Draft, WorldCommune } from './world.ts';

/** The 2011 commune congresses that elected the 2011–2016 chairwomen. */
const CONGRESS: [IsoDate, IsoDate] = ['2011-03-01', '2011-06-30'];
/** A successor from outside the commune's cadre list: a younger Hội officer. */
const NEWCOMER = {
  age: [30, 45] as const,
  levels: { education: 'thpt', professional: 'trung-cap', politicalTheory: 'so-cap', unionWork: 'duoi-1-thang' },
};

export interface World {
  people: Draft[];
  courses: Course[];
}

export interface WorldInput {
  spec: BaselineSpec;
  plan: Plan;
  districts: readonly District[];
  /** "" for the real communes, "-k2", "-k3"… for the scaled copies. */
  suffix: string;
  asOf: IsoDate;
  rng: Rng;
}

/** One complete roster with its courses: the real communes, or one scaled copy of them. */
export function buildWorld({ spec, plan, districts, suffix, asOf, rng }: WorldInput): World {
  const communes: WorldCommune[] = districts.flatMap((d) => d.communes.map((c) => ({ ...c, district: d })));
  const chairs = new Map(baselineChairs(spec, communes, rng.fork('baseline')).map((c) => [c.commune!.code, c]));
  const names = rng.fork('names');
  const dates = rng.fork('dates');
  const cadreRng = rng.fork('cadres');
  const counters = new Map<string, number>();
  const nextId = (d: District) => {
    const n = (counters.get(d.id) ?? 0) + 1;
    counters.set(d.id, n);
    return `${d.id}-${String(n).padStart(3, '0')}${suffix}`;
  };
  const usedNames = new Map<string, Set<string>>();
  const nameFor = (commune: string, birthYear: number) => {
    const used = usedNames.get(commune) ?? new Set([plan.signer.name]);
    usedNames.set(commune, used);
    const name = womanName(names, birthYear, used);
    used.add(name);
    return name;
  };

  const byDistrict = new Map<string, Draft[]>();
  const cadresByCommune = new Map<string, Draft[]>();
  const baselineChairDrafts: Draft[] = [];
  for (const commune of communes) {
    const d = commune.district;
    const list = byDistrict.get(d.id) ?? [];
    byDistrict.set(d.id, list);
    const c = chairs.get(commune.code)!;
    const birthYear = spec.year - c.age;
    const chair: Draft = {
      id: nextId(d),
      district: d.id,
      commune,
      name: nameFor(commune.code, birthYear),
      birthDate: birthDateFor(dates, birthYear),
      levels: c.levels,
      firstTerm: c.firstTerm,
      partyMember: c.partyMember,
      roles: [{ role: 'chairwoman', commune: commune.code, from: randomDate(dates, ...CONGRESS) }],
    };
    list.push(chair);
    baselineChairDrafts.push(chair);
    const cadres = communeCadres(cadreRng).map((k): Draft => {
      const year = spec.year - k.age;
      return {
        id: nextId(d),
        district: d.id,
        commune,
        name: nameFor(commune.code, year),
        birthDate: birthDateFor(dates, year),
        levels: k.levels,
        firstTerm: false,
        partyMember: k.partyMember,
        roles: [{ role: 'sourceCadre', commune: commune.code, from: k.from }],
      };
    });
    list.push(...cadres);
    cadresByCommune.set(commune.code, cadres);
  }

  const succession = rng.fork('succession');
  for (const v of vacancies(baselineChairDrafts, (code) => cadresByCommune.get(code) ?? [], succession)) {
    if (v.successor) continue;
    const commune = v.leaving.commune;
    const year = yearOf(v.date) - succession.int(...NEWCOMER.age);
    byDistrict.get(commune.district.id)!.push({
      id: nextId(commune.district),
      district: commune.district.id,
      commune,
      name: nameFor(commune.code, year),
      birthDate: birthDateFor(succession, year),
      levels: { ...NEWCOMER.levels },
      firstTerm: true,
      partyMember: succession.chance(0.85),
      roles: [newTerm(commune.code, v.date)],
    });
  }

  const people = districts.flatMap((d) => byDistrict.get(d.id) ?? []);
  const courses = runCourses(plan, people, districts, asOf, suffix, rng.fork('courses'));
  return { people, courses };
}
