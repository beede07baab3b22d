import { addDays, randomDate, yearOf, type IsoDate } from './dates.ts';
import type { Rng } from './prng.ts';
import type { Draft } from './world.ts';

/** A few chairwomen leave mid-term; the plan's term is 2011–2016. Sample-design choices. */
const COUNT = { min: 6, max: 10 };
const WINDOW: [IsoDate, IsoDate] = ['2013-01-15', '2015-10-30'];
const RETIREMENT_AGE = 55;
const OTHER_REASONS = ['chuyển công tác', 'được bầu giữ chức vụ khác ở địa phương', 'xin thôi vì lý do gia đình'];
const CADRE_SUCCEEDS = 0.7;

export interface Vacancy {
  leaving: Draft;
  date: IsoDate;
  /** A cadre of the commune who takes over, or undefined: the generator creates a newcomer. */
  successor?: Draft;
}

/**
 * Ends some baseline chairwomen's terms (retirees first) and names who succeeds each: often the
 * commune's own source cadre, whose cadre role ends the same day. The new term starts the next day.
 */
export function vacancies(chairs: readonly Draft[], cadresOf: (commune: string) => Draft[], rng: Rng): Vacancy[] {
  const n = Math.min(rng.int(COUNT.min, COUNT.max), chairs.length);
  const leaving = rng.sample(chairs, n, (p) => (yearOf(WINDOW[0]) - yearOf(p.birthDate) >= RETIREMENT_AGE ? 6 : 1));
  return leaving.map((p) => {
    const date = randomDate(rng, ...WINDOW);
    const term = p.roles[0]!;
    const reason = yearOf(date) - yearOf(p.birthDate) >= RETIREMENT_AGE ? 'nghỉ hưu' : rng.pick(OTHER_REASONS);
    term.to = date;
    term.note = `Thôi giữ chức Chủ tịch Hội: ${reason}.`;
    const cadres = cadresOf(term.commune).filter((c) => c.roles[0]!.from < date && c.roles[0]!.to === undefined);
    if (cadres.length === 0 || !rng.chance(CADRE_SUCCEEDS)) return { leaving: p, date };
    const successor = rng.pick(cadres);
    successor.roles[0]!.to = date;
    successor.roles[0]!.note = 'Thôi là cán bộ nguồn: được bầu làm Chủ tịch Hội.';
    successor.firstTerm = true;
    successor.roles.push(newTerm(term.commune, date));
    return { leaving: p, date, successor };
  });
}

export function newTerm(commune: string, vacated: IsoDate) {
  return { role: 'chairwoman' as const, commune, from: addDays(vacated, 1), note: 'Bầu bổ sung giữa nhiệm kỳ.' };
}
