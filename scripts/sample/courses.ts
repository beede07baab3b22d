import { conditionHolds, type PersonFacts } from '../../src/domain/condition.ts';
import { SEAT_UNIT } from '../../src/assessment/coverage.ts';
import { ageAt, within } from '../../src/domain/dates.ts';
import { raise } from '../../src/domain/levels.ts';
import type { Course, District, LevelOnScale, Measure, Participant, Plan, Qualifications, RoadmapItem, Role, RoleTerm } from '../../src/schema/index.ts';
import { DESIGNS, type ClassDesign } from './course-designs.ts';
import { addDays, overlaps, type IsoDate } from './dates.ts';
import type { Rng } from './prng.ts';
import type { Draft } from './world.ts';

interface Enrolment { start: IsoDate; end: IsoDate; partTime: boolean }

/** A course completed: the date it counts from and the levels it gives. */
export interface Completion { on: IsoDate; confers: readonly LevelOnScale[] }

export function roleOn(p: { roles: readonly RoleTerm[] }, roles: readonly Role[], date: IsoDate): RoleTerm | undefined {
  return p.roles.find((t) => roles.includes(t.role) && within(date, t.from, t.to));
}

/** Roadmap items that open courses but have no design in course-designs.ts, and designs for unknown items. */
export function designGaps(plan: Plan): { missing: RoadmapItem[]; unknown: string[] } {
  const items = plan.roadmap.flatMap((y) => y.items);
  return {
    missing: items.filter((i) => i.kind === 'course' && !(i.id in DESIGNS)),
    unknown: Object.keys(DESIGNS).filter((id) => !items.some((i) => i.id === id && i.kind === 'course')),
  };
}

/** What a person may take at a date: her recorded levels raised by the courses completed before it. */
export function factsAt(p: Draft, completions: readonly Completion[], date: IsoDate): PersonFacts {
  let qualifications = p.levels as Qualifications;
  for (const c of completions) if (c.on < date) for (const l of c.confers) qualifications = raise(qualifications, l.dimension, l.level);
  return { age: ageAt(p.birthDate, date), qualifications, firstTerm: p.firstTerm, partyMember: p.partyMember };
}

const promisedSeats = (item: RoadmapItem) => (item.promise?.unit === SEAT_UNIT ? item.promise.value : undefined);

/** Still holding some role when the course ends: nobody is sent to a course she will leave office during. */
const staysUntil = (p: Draft, date: IsoDate) => p.roles.some((r) => r.to === undefined || r.to >= date);

/**
 * Runs every roadmap course in date order, choosing participants among those eligible at the
 * start — in the measure's target group, given the courses they completed earlier — so that
 * the loader's target-group check and the assessment agree with the sample.
 */
export function runCourses(
  plan: Plan,
  people: readonly Draft[],
  districts: readonly District[],
  asOf: IsoDate,
  suffix: string,
  rng: Rng,
): Course[] {
  const measures = new Map(plan.measures.map((m) => [m.id, m]));
  const items = plan.roadmap.flatMap((y) => y.items).filter((i) => i.kind === 'course' && i.id in DESIGNS);
  const planned = items.flatMap((item) => DESIGNS[item.id]!(districts, rng.fork(`design/${item.id}`)).map((design) => ({ item, design })));
  planned.sort((a, b) => (a.design.start < b.design.start ? -1 : a.design.start > b.design.start ? 1 : a.design.id < b.design.id ? -1 : 1));

  // Participants are listed in roster order (district, then commune), as staff would look them up.
  const order = new Map(people.map((p, i) => [p.id, i]));
  const completions = new Map<string, Completion[]>();
  const enrolments = new Map<string, Enrolment[]>();
  const courses: Course[] = [];
  for (const { item, design } of planned) {
    const measure = measures.get(item.measure!)!;
    const r = rng.fork(`course/${design.id}`);
    const chosen = choose(design, item, measure, people, completions, enrolments, plan.age.minTrainingAge, r).sort((a, b) => order.get(a.id)! - order.get(b.id)!);
    if (chosen.length === 0) continue;
    const participants = chosen.map((p) => outcome(p, design, asOf, r));
    for (const x of participants) {
      const list = enrolments.get(x.person) ?? [];
      list.push({ start: design.start, end: design.end, partTime: design.partTime });
      enrolments.set(x.person, list);
      if (x.outcome === 'completed') {
        const done = completions.get(x.person) ?? [];
        done.push({ on: x.completedOn ?? design.end, confers: measure.confers });
        completions.set(x.person, done);
      }
    }
    courses.push({
      id: `${design.id}${suffix}`,
      title: suffix ? `${design.title} (mẫu ${suffix.slice(1)})` : design.title,
      kind: design.kind,
      roadmapItem: item.id,
      measure: measure.id,
      organiser: design.organiser,
      start: design.start,
      end: design.end,
      // Without a promise (district classes) the seats are the places the Hội asked for: its participants.
      seats: promisedSeats(item) ?? participants.length,
      cost: Math.round((design.cost.fixed + design.cost.perSeat * participants.length) / 1000) * 1000,
      subjects: design.subjects,
      confers: measure.confers,
      participants,
      ...(design.note ? { note: design.note } : {}),
    });
  }
  return courses;
}

function choose(
  design: ClassDesign,
  item: RoadmapItem,
  measure: Measure,
  people: readonly Draft[],
  completions: Map<string, Completion[]>,
  enrolments: Map<string, Enrolment[]>,
  minAge: number,
  rng: Rng,
): Draft[] {
  const { start, end } = design;
  const group = measure.targetGroup;
  const pool = people.filter(
    (p) =>
      (design.district === undefined || p.district === design.district) &&
      roleOn(p, design.roles, start) !== undefined &&
      roleOn(p, group.roles, start) !== undefined &&
      ageAt(p.birthDate, start) >= minAge &&
      staysUntil(p, end) &&
      !(enrolments.get(p.id) ?? []).some((e) => e.partTime === design.partTime && overlaps(e, design)) &&
      conditionHolds(group.where, factsAt(p, completions.get(p.id) ?? [], start)),
  );
  const age = (p: Draft) => ageAt(p.birthDate, start);
  if (design.chance) return pool.filter((p) => rng.chance(design.chance!(age(p))));

  const seats = promisedSeats(item) ?? pool.length;
  const n = Math.min(seats, Math.round(pool.length * design.uptake));
  if (!design.onePerCommune) return rng.sample(pool, n, (p) => design.priority(p, age(p)));
  const byPriority = rng.sample(pool, pool.length, (p) => design.priority(p, age(p)));
  const communes = new Set<string>();
  const out: Draft[] = [];
  for (const p of byPriority) {
    if (out.length === n) break;
    const commune = roleOn(p, design.roles, start)!.commune;
    if (communes.has(commune)) continue;
    communes.add(commune);
    out.push(p);
  }
  return out;
}

function outcome(p: Draft, design: ClassDesign, asOf: IsoDate, rng: Rng): Participant {
  if (rng.chance(design.dropRate)) return { person: p.id, outcome: 'dropped' };
  if (design.end > asOf) return { person: p.id, outcome: 'enrolled' };
  // In long courses some pass their final examinations at an earlier session.
  const early = design.partTime && rng.chance(0.1);
  return { person: p.id, outcome: 'completed', ...(early ? { completedOn: addDays(design.end, -rng.int(14, 45)) } : {}) };
}
