/**
 * Every sample participant could really have been sent: at the course start she holds a role of
 * the measure's target group and meets its condition with the levels she had then (recorded
 * levels raised by the courses she completed before). Counted from the YAML alone.
 */
import { describe, expect, it } from 'vitest';
import { conditionHolds } from '../../src/domain/condition.ts';
import { raise } from '../../src/domain/levels.ts';
import type { Course, Person, Qualifications } from '../../src/schema/index.ts';
import { DATA, readRaw } from './helpers.ts';

const data = readRaw(DATA);
const { plan } = data;
const people = new Map(data.people.map((p) => [p.id, p]));
const measures = new Map(plan.measures.map((m) => [m.id, m]));
const items = new Map(plan.roadmap.flatMap((y) => y.items).map((i) => [i.id, i]));
const year = (d: string) => Number(d.slice(0, 4));
const holds = (p: Person, roles: readonly string[], on: string) =>
  p.roles.some((r) => roles.includes(r.role) && r.from <= on && (r.to === undefined || on <= r.to));

function levelsAt(p: Person, before: string): Qualifications {
  let q: Qualifications = { education: p.education, professional: p.professional, politicalTheory: p.politicalTheory, unionWork: p.unionWork };
  for (const c of data.courses) {
    for (const x of c.participants) {
      if (x.person !== p.id || x.outcome !== 'completed' || (x.completedOn ?? c.end) >= before) continue;
      for (const l of c.confers) q = raise(q, l.dimension, l.level);
    }
  }
  return q;
}

describe('the sample courses', () => {
  it('take only people of the measure’s target group at the course start', () => {
    const wrong: string[] = [];
    for (const c of data.courses) {
      const m = measures.get(c.measure)!;
      for (const x of c.participants) {
        const p = people.get(x.person)!;
        const age = year(c.start) - year(p.birthDate);
        const facts = { age, qualifications: levelsAt(p, c.start), firstTerm: p.firstTerm, partyMember: p.partyMember };
        if (!holds(p, m.targetGroup.roles, c.start) || !conditionHolds(m.targetGroup.where, facts) || age < plan.age.minTrainingAge) {
          wrong.push(`${c.id}: ${p.id}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('confer what their measure confers, belong to a course item of the roadmap, and date completions inside the course', () => {
    for (const c of data.courses) {
      expect(c.confers, c.id).toEqual(measures.get(c.measure)!.confers);
      const item = items.get(c.roadmapItem)!;
      expect({ kind: item.kind, measure: item.measure }, c.id).toEqual({ kind: 'course', measure: c.measure });
      for (const x of c.participants) {
        if (x.completedOn) expect(x.completedOn >= c.start && x.completedOn <= c.end, `${c.id} ${x.person}`).toBe(true);
      }
      expect(new Set(c.participants.map((x) => x.person)).size, c.id).toBe(c.participants.length);
    }
  });

  it('fill no more than the seats the roadmap promised', () => {
    for (const c of data.courses) {
      const promise = items.get(c.roadmapItem)!.promise;
      if (promise) expect(c.participants.length, c.id).toBeLessThanOrEqual(promise.value);
      expect(c.participants.length, c.id).toBeLessThanOrEqual(c.seats);
    }
  });

  it('cost less in total than the plan’s budget', () => {
    const total = data.courses.reduce((s, c: Course) => s + c.cost, 0);
    expect(total).toBeGreaterThan(0);
    expect(total).toBeLessThanOrEqual(plan.budget.total);
  });

  it('run every roadmap item that opens courses', () => {
    const run = new Set(data.courses.map((c) => c.roadmapItem));
    const courseItems = [...items.values()].filter((i) => i.kind === 'course').map((i) => i.id);
    expect(courseItems.filter((id) => !run.has(id))).toEqual([]);
  });
});

describe('the sample roster over the plan period', () => {
  it('has exactly one chairwoman in every commune at the baseline and at every year end', () => {
    const communes = new Set(data.people.flatMap((p) => p.roles.map((r) => r.commune)));
    for (const on of [data.baseline.date, ...Array.from({ length: plan.period.end - plan.period.start + 1 }, (_, i) => `${plan.period.start + i}-12-31`)]) {
      const held = data.people.filter((p) => holds(p, ['chairwoman'], on)).map((p) => p.roles.find((r) => r.role === 'chairwoman' && r.from <= on && (r.to === undefined || on <= r.to))!.commune);
      expect({ on, chairs: held.length, distinct: new Set(held).size }).toEqual({ on, chairs: communes.size, distinct: communes.size });
    }
  });

  it('replaces a few chairwomen mid-term, the successor starting the day after', () => {
    const ended = data.people.flatMap((p) => p.roles.filter((r) => r.role === 'chairwoman' && r.to !== undefined));
    expect(ended.length).toBeGreaterThan(0);
    for (const r of ended) {
      const next = new Date(`${r.to}T00:00:00Z`);
      next.setUTCDate(next.getUTCDate() + 1);
      const from = next.toISOString().slice(0, 10);
      const successors = data.people.filter((p) => p.firstTerm && p.roles.some((s) => s.role === 'chairwoman' && s.commune === r.commune && s.from === from));
      expect(successors.length, `${r.commune} ${r.to}`).toBe(1);
    }
  });
});
